import { createSignal, createUniqueId, type JSX, Show } from "solid-js";
import { Dynamic } from "solid-js/web";
import { cx } from "../cx";
import type { ChartCell, ChartText } from "./types";

export type ChartHeading = "h2" | "h3" | "h4";

export interface ChartFigureProps {
  /** What the chart shows, in a sentence: the figure's caption. */
  caption: JSX.Element;
  /** Makes the caption a heading of the page's outline too, so it can be found by heading. */
  heading?: ChartHeading | undefined;
  /** How to read it (the scale, what a gap means). */
  description?: JSX.Element;
  /** The picture: hidden from screen readers, which read the numbers instead. */
  children: JSX.Element;
  /** The same figures as a table, behind "Show the numbers". */
  numbers?: JSX.Element;
  /** The disclosure's words; needed with `numbers`. */
  text?: Pick<ChartText, "showNumbers" | "hideNumbers">;
  class?: string;
}

/**
 * A chart as a figure: its caption, the picture, and its numbers in a real table that anyone
 * can open (a native disclosure: keyboard and screen readers know it without any script).
 */
export function ChartFigure(props: ChartFigureProps) {
  const [open, setOpen] = createSignal(false);
  return (
    <figure class={cx("chart", props.class)}>
      <figcaption class="chart__caption">
        <Show when={props.heading} fallback={props.caption}>
          {(level) => (
            <Dynamic component={level()} class="chart__heading">
              {props.caption}
            </Dynamic>
          )}
        </Show>
      </figcaption>
      <Show when={props.description}>
        <div class="chart__description">{props.description}</div>
      </Show>
      {props.children}
      <Show when={props.numbers}>
        <details class="chart__numbers" onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary class="chart__numbers-toggle">{open() ? props.text?.hideNumbers : props.text?.showNumbers}</summary>
          {props.numbers}
        </details>
      </Show>
    </figure>
  );
}

/**
 * A table of a chart's numbers. It may be wider than a phone: then it scrolls sideways inside
 * a labelled region that the keyboard can reach (WCAG 1.4.10, 2.1.1).
 */
export function ChartTable(props: {
  caption: string;
  /** For screen readers only, when the figure's caption above already says it. */
  hideCaption?: boolean;
  children: JSX.Element;
  class?: string;
}) {
  const captionId = `chart-table-${createUniqueId()}`;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section class="chart-table" aria-labelledby={captionId} tabIndex={0}>
      <table class={cx("chart-table__table", props.class)}>
        <caption id={captionId} class={props.hideCaption ? "visually-hidden" : undefined}>
          {props.caption}
        </caption>
        {props.children}
      </table>
    </section>
  );
}

/** A hidden figure as every chart writes it: "Fewer than 5", never a number. */
export function SuppressedText(props: { text: string }) {
  return <span class="chart-suppressed">{props.text}</span>;
}

/** An empty figure: a dash to the eye, its meaning to a screen reader. */
export function NoneText(props: { text: string }) {
  return (
    <span class="chart-none">
      <span aria-hidden="true">–</span>
      <span class="visually-hidden">{props.text}</span>
    </span>
  );
}

/** A figure in a chart's table: its number, "Fewer than 5", or a dash that says "No answers". */
export function CellText(props: { cell: ChartCell; format: (value: number) => string; text: Pick<ChartText, "suppressed" | "none"> }) {
  return (
    <Show
      when={typeof props.cell === "number"}
      fallback={props.cell === "suppressed" ? <SuppressedText text={props.text.suppressed} /> : <NoneText text={props.text.none} />}
    >
      {props.format(props.cell as number)}
    </Show>
  );
}
