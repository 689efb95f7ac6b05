import { createMemo, For, type JSX } from "solid-js";
import { CellText, ChartFigure, type ChartHeading, ChartTable } from "./ChartFigure";
import { heatSteps, shadeStep, stepRanges } from "./palette";
import { bandedExtent, numbersOf } from "./scale";
import type { ChartCell, ChartColumn, ChartSeries, ChartText } from "./types";

export interface HeatRow extends ChartSeries {
  /** One cell per column. */
  values: readonly ChartCell[];
}

export interface HeatTableText extends Pick<ChartText, "suppressed" | "none"> {
  /** Above the legend: "Darker means a higher score." */
  legend: string;
  /** A band of the legend: "60–70". */
  range: (from: string, to: string) => string;
}

export interface HeatTableProps {
  caption: JSX.Element;
  heading?: ChartHeading;
  description?: JSX.Element;
  /** The table's own caption (read by screen readers as its name). */
  tableCaption: string;
  /** When it says what the figure's caption says: for screen readers only. */
  hideTableCaption?: boolean;
  /** The heading of the first column ("Tip"). */
  rowHeader: string;
  columns: readonly ChartColumn[];
  rows: readonly HeatRow[];
  /** The values the lightest and darkest shades stand for; by default from the values. */
  domain?: readonly [number, number];
  limits?: readonly [number, number];
  format: (value: number) => string;
  text: HeatTableText;
}

/**
 * A table shaded by value (a tip's score in each team). It is the chart and its own table of
 * numbers at once: every cell writes its figure, the shade only helps the eye find high and
 * low; a hidden cell says "Fewer than 5" on a plain background.
 */
export function HeatTable(props: HeatTableProps) {
  const domain = createMemo<readonly [number, number]>(
    () => props.domain ?? bandedExtent(numbersOf(props.rows.flatMap((row) => row.values)), { limits: props.limits ?? [0, 100] }),
  );
  const shade = (value: number) => heatSteps[shadeStep(value, domain())] ?? heatSteps[0];
  return (
    <ChartFigure class="chart--heat" caption={props.caption} heading={props.heading} description={props.description}>
      <ChartTable caption={props.tableCaption} hideCaption={props.hideTableCaption} class="heat-table">
        <thead>
          <tr>
            <th scope="col">{props.rowHeader}</th>
            <For each={props.columns}>
              {(column) => (
                <th scope="col" class="chart-table__numeric">
                  {column.label}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr>
                <th scope="row" lang={row.lang}>
                  {row.label}
                </th>
                <For each={row.values}>
                  {(cell) => (
                    <td
                      class="chart-table__numeric heat-table__cell"
                      classList={{ "heat-table__cell--hidden": cell === "suppressed", "heat-table__cell--none": cell === null }}
                      style={
                        typeof cell === "number" ? { "background-color": shade(cell)?.background, color: shade(cell)?.text } : undefined
                      }
                    >
                      <CellText cell={cell} format={props.format} text={props.text} />
                    </td>
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </ChartTable>
      <div class="heat-legend">
        <p class="heat-legend__title">{props.text.legend}</p>
        <ul class="heat-legend__steps" aria-hidden="true">
          <For each={stepRanges(domain())}>
            {([from, to], i) => (
              <li>
                <span class="chart-swatch" style={{ "background-color": heatSteps[i()]?.background }} />
                {props.text.range(props.format(from), props.format(to))}
              </li>
            )}
          </For>
        </ul>
      </div>
    </ChartFigure>
  );
}
