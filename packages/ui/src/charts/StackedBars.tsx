import { createSignal, createUniqueId, For, type JSX, onCleanup, onMount, Show } from "solid-js";
import { ChartFigure, type ChartHeading, ChartTable, NoneText, SuppressedText } from "./ChartFigure";
import { chartBackground, chartGuide, chartMuted, chartText, type StackTone, stackTones } from "./palette";
import { minInsideShare, stackSegments } from "./stack";
import type { ChartDirection, ChartSeries, ChartText } from "./types";

export interface StackCategory {
  key: string;
  label: string;
  tone: StackTone;
}

/** One bar's figures: a count and a whole percentage per category (adding up to 100). */
export interface StackFigures {
  counts: readonly number[];
  percentages: readonly number[];
  total: number;
}

export interface StackRow extends ChartSeries {
  value: StackFigures | "suppressed" | null;
}

export interface StackedBarsProps {
  caption: JSX.Element;
  heading?: ChartHeading;
  description?: JSX.Element;
  tableCaption: string;
  /** The headings of the table's first and last columns ("Tip", "Responses"). */
  rowHeader: string;
  totalHeader: string;
  categories: readonly StackCategory[];
  rows: readonly StackRow[];
  formatCount: (value: number) => string;
  formatPercent: (percent: number) => string;
  text: ChartText;
  dir: ChartDirection;
}

const barHeight = 32;

/**
 * 100% stacked bars: each row's share of each category (Yes / A bit / No), in the reading
 * direction. Every share is written, inside its segment when it fits and beside the bar when
 * not; a hidden row is a hatched bar that says "Fewer than 5", never an empty one.
 */
export function StackedBars(props: StackedBarsProps) {
  const patternId = `stack-${createUniqueId()}`;
  const fill = (tone: StackTone) => (stackTones[tone].pattern ? `url(#${patternId}-${tone})` : stackTones[tone].fill);
  // Whether a figure fits inside its segment depends on the bar's width in pixels.
  const [barPixels, setBarPixels] = createSignal(0);
  let rowsList: HTMLUListElement | undefined;
  onMount(() => {
    if (!rowsList || typeof ResizeObserver === "undefined") return;
    const list = rowsList;
    setBarPixels(list.clientWidth);
    const observer = new ResizeObserver(() => setBarPixels(list.clientWidth));
    observer.observe(list);
    onCleanup(() => observer.disconnect());
  });
  const share = (category: StackCategory | undefined, percent: number) => `${category?.label ?? ""} ${props.formatPercent(percent)}`;

  return (
    <ChartFigure
      class="chart--stack"
      caption={props.caption}
      heading={props.heading}
      description={props.description}
      text={props.text}
      numbers={<StackTable {...props} />}
    >
      <svg class="chart-defs" aria-hidden="true" width="0" height="0">
        <defs>
          <pattern id={`${patternId}-middle`} patternUnits="userSpaceOnUse" width="6" height="6">
            <rect width="6" height="6" fill={stackTones.middle.fill} />
            <circle cx="3" cy="3" r="1.3" fill={stackTones.middle.pattern ?? stackTones.middle.fill} />
          </pattern>
          <pattern id={`${patternId}-negative`} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
            <rect width="8" height="8" fill={stackTones.negative.fill} />
            <rect width="3" height="8" fill={stackTones.negative.pattern ?? stackTones.negative.fill} />
          </pattern>
          <pattern id={`${patternId}-hidden`} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
            <rect width="8" height="8" fill={chartBackground} />
            <rect width="2" height="8" fill={chartGuide} />
          </pattern>
        </defs>
      </svg>
      <ul class="stack-key" aria-hidden="true">
        <For each={props.categories}>
          {(category) => (
            <li>
              <svg class="chart-swatch" viewBox="0 0 16 16" aria-hidden="true">
                <rect width="16" height="16" fill={fill(category.tone)} />
              </svg>
              {category.label}
            </li>
          )}
        </For>
      </ul>
      <ul class="stack-rows" ref={rowsList}>
        <For each={props.rows}>
          {(row) => {
            const figures = () => (typeof row.value === "object" && row.value !== null ? row.value : null);
            const segments = () => stackSegments(figures()?.percentages ?? [], props.dir, minInsideShare(barPixels()));
            const label = () => {
              const shown = figures();
              if (row.value === "suppressed") return props.text.suppressed;
              if (!shown) return props.text.none;
              return props.categories.map((category, i) => share(category, shown.percentages[i] ?? 0)).join(", ");
            };
            return (
              <li class="stack-row">
                <span class="stack-row__label" lang={row.lang}>
                  {row.label}
                </span>
                <svg
                  class="stack-row__bar"
                  classList={{
                    "stack-row__bar--hidden": row.value === "suppressed",
                    "stack-row__bar--none": !figures() && row.value !== "suppressed",
                  }}
                  width="100%"
                  height={barHeight}
                  role="img"
                  aria-label={label()}
                >
                  <Show
                    when={figures() && segments().length > 0}
                    fallback={
                      <>
                        <rect
                          width="100%"
                          height={barHeight}
                          fill={row.value === "suppressed" ? `url(#${patternId}-hidden)` : chartBackground}
                        />
                        <text
                          x="50%"
                          y="50%"
                          dy="0.35em"
                          text-anchor="middle"
                          class="stack-row__empty"
                          fill={row.value === "suppressed" ? chartText : chartMuted}
                        >
                          {row.value === "suppressed" ? props.text.suppressed : props.text.none}
                        </text>
                      </>
                    }
                  >
                    <For each={segments()}>
                      {(segment) => {
                        const tone = () => props.categories[segment.index]?.tone ?? "positive";
                        return (
                          <>
                            <rect
                              x={`${segment.x}%`}
                              y="0"
                              width={`${segment.width}%`}
                              height={barHeight}
                              fill={fill(tone())}
                              stroke={chartBackground}
                              stroke-width="2"
                            />
                            <Show when={segment.labelInside}>
                              <text
                                x={`${segment.centre}%`}
                                y="50%"
                                dy="0.35em"
                                text-anchor="middle"
                                fill={stackTones[tone()].text}
                                class="stack-row__value"
                              >
                                {props.formatPercent(figures()?.percentages[segment.index] ?? 0)}
                              </text>
                            </Show>
                          </>
                        );
                      }}
                    </For>
                  </Show>
                </svg>
                <Show when={segments().some((segment) => !segment.labelInside)}>
                  <p class="stack-row__outside" aria-hidden="true">
                    <For each={segments().filter((segment) => !segment.labelInside)}>
                      {(segment) => <span>{share(props.categories[segment.index], figures()?.percentages[segment.index] ?? 0)}</span>}
                    </For>
                  </p>
                </Show>
              </li>
            );
          }}
        </For>
      </ul>
    </ChartFigure>
  );
}

/** The bars' numbers: how many gave each answer, with its share, and how many answered. */
function StackTable(props: StackedBarsProps) {
  return (
    <ChartTable caption={props.tableCaption}>
      <thead>
        <tr>
          <th scope="col">{props.rowHeader}</th>
          <For each={props.categories}>
            {(category) => (
              <th scope="col" class="chart-table__numeric">
                {category.label}
              </th>
            )}
          </For>
          <th scope="col" class="chart-table__numeric">
            {props.totalHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(row) => (
            <tr>
              <th scope="row" lang={row.lang}>
                {row.label}
              </th>
              <Show
                when={typeof row.value === "object" && row.value !== null ? row.value : null}
                fallback={
                  <td colSpan={props.categories.length + 1}>
                    {row.value === "suppressed" ? <SuppressedText text={props.text.suppressed} /> : <NoneText text={props.text.none} />}
                  </td>
                }
              >
                {(figures) => (
                  <>
                    <For each={props.categories}>
                      {(_, i) => (
                        <td class="chart-table__numeric">
                          <bdi>{props.formatCount(figures().counts[i()] ?? 0)}</bdi>{" "}
                          <bdi>({props.formatPercent(figures().percentages[i()] ?? 0)})</bdi>
                        </td>
                      )}
                    </For>
                    <td class="chart-table__numeric">{props.formatCount(figures().total)}</td>
                  </>
                )}
              </Show>
            </tr>
          )}
        </For>
      </tbody>
    </ChartTable>
  );
}
