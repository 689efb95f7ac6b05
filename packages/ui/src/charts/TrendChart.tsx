import { createMemo, createUniqueId, For, type JSX, Show } from "solid-js";
import { CellText, ChartFigure, type ChartHeading, ChartTable } from "./ChartFigure";
import { lastShown, lineRuns, pathThrough } from "./line";
import { chartBackground, chartGuide, chartLine, chartMuted, chartRule } from "./palette";
import { bandCentres, bandWidth, linearScale, niceExtent, numbersOf } from "./scale";
import type { ChartCell, ChartColumn, ChartDirection, ChartSeries, ChartText } from "./types";

export interface TrendSeries extends ChartSeries {
  /** One cell per period, oldest first. */
  values: readonly ChartCell[];
}

export interface TrendChartText extends ChartText {
  /** "Latest: 72 (Oct 2026)". */
  latest: (value: string, period: string) => string;
  /** "Fewer than 5 in Dec 2025 and Jan 2026". */
  suppressedIn: (periods: readonly string[]) => string;
}

export interface TrendChartProps {
  caption: JSX.Element;
  heading?: ChartHeading;
  description?: JSX.Element;
  /** The caption of the table of numbers. */
  tableCaption: string;
  /** When it says what the figure's caption says: for screen readers only. */
  hideTableCaption?: boolean;
  /** The heading of the table's first column (what each line is: "Tip"). */
  seriesHeader: string;
  /** The periods along the time axis, oldest first. */
  periods: readonly ChartColumn[];
  series: readonly TrendSeries[];
  /** The scale every small chart shares; by default worked out from the values. */
  domain?: readonly [number, number];
  /** The furthest the scale may go (a score: 0 to 100). */
  limits?: readonly [number, number];
  format: (value: number) => string;
  text: TrendChartText;
  dir: ChartDirection;
}

// The drawing's own units; the SVG scales to the width of its panel.
const width = 240;
const height = 96;
const gutter = 30; // room for the scale's figures, at the start of the line
const edge = 6;
const top = 8;
const bottom = height - 8;

/**
 * Small multiples: one small line chart per series (a tip's score over the months), all on
 * one scale so they can be compared at a glance. Hidden months are hatched gaps in the line,
 * empty months plain gaps; the latest figure and any hidden months are written out.
 */
export function TrendChart(props: TrendChartProps) {
  const domain = createMemo<readonly [number, number]>(
    () => props.domain ?? niceExtent(numbersOf(props.series.flatMap((series) => series.values)), { limits: props.limits ?? [0, 100] }),
  );
  return (
    <ChartFigure
      class="chart--trend"
      caption={props.caption}
      heading={props.heading}
      description={props.description}
      text={props.text}
      numbers={<TrendTable {...props} />}
    >
      <ul class="trend-panels">
        <For each={props.series}>{(series) => <TrendPanel series={series} domain={domain()} chart={props} />}</For>
      </ul>
    </ChartFigure>
  );
}

function TrendPanel(props: { series: TrendSeries; domain: readonly [number, number]; chart: TrendChartProps }) {
  const hatchId = `trend-hatch-${createUniqueId()}`;
  const dir = () => props.chart.dir;
  const plotStart = () => (dir() === "rtl" ? edge : gutter);
  const plotEnd = () => (dir() === "rtl" ? width - gutter : width - edge);
  const xs = () => bandCentres(props.series.values.length, plotStart(), plotEnd(), dir());
  const band = () => bandWidth(props.series.values.length, plotStart(), plotEnd());
  const y = () => linearScale(props.domain, [bottom, top]);
  const point = (i: number): [number, number] => [xs()[i] ?? 0, y()(props.series.values[i] as number)];
  const runs = () => lineRuns(props.series.values);
  const latest = () => lastShown(props.series.values);
  const periodLabel = (i: number) => props.chart.periods[i]?.label ?? "";
  const hidden = () => props.series.values.flatMap((cell, i) => (cell === "suppressed" ? [periodLabel(i)] : []));
  const labelX = () => (dir() === "rtl" ? width - gutter + 4 : gutter - 4);
  const anchor = () => (dir() === "rtl" ? "start" : "end");

  return (
    <li class="trend-panel">
      <p class="trend-panel__title" lang={props.series.lang}>
        {props.series.label}
      </p>
      <p class="trend-panel__latest">
        <Show when={latest()} fallback={hidden().length > 0 ? props.chart.text.suppressed : props.chart.text.none}>
          {(shown) => props.chart.text.latest(props.chart.format(shown().value), periodLabel(shown().index))}
        </Show>
      </p>
      <svg class="trend-panel__plot" viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
        <defs>
          <pattern id={hatchId} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="2" height="6" fill={chartRule} />
          </pattern>
        </defs>
        <For each={[props.domain[0], props.domain[1]]}>
          {(value) => (
            <>
              <line x1={plotStart()} x2={plotEnd()} y1={y()(value)} y2={y()(value)} stroke={chartGuide} stroke-width="1" />
              <text x={labelX()} y={y()(value)} dy="0.35em" text-anchor={anchor()} fill={chartMuted} class="trend-panel__scale">
                {props.chart.format(value)}
              </text>
            </>
          )}
        </For>
        <For each={props.series.values}>
          {(cell, i) => (
            <Show when={cell === "suppressed"}>
              <rect
                x={(xs()[i()] ?? 0) - band() / 2 + 1}
                width={Math.max(1, band() - 2)}
                y={top}
                height={bottom - top}
                fill={`url(#${hatchId})`}
                stroke={chartRule}
                stroke-width="1"
              />
            </Show>
          )}
        </For>
        <For each={runs()}>
          {(run) => (
            <path
              d={pathThrough(Array.from({ length: run.to - run.from + 1 }, (_, k) => point(run.from + k)))}
              fill="none"
              stroke={chartLine}
              stroke-width="2.5"
              stroke-linejoin="round"
              stroke-linecap="round"
            />
          )}
        </For>
        <For each={props.series.values}>
          {(cell, i) => (
            <Show when={typeof cell === "number"}>
              <circle cx={point(i())[0]} cy={point(i())[1]} r="3.5" fill={chartLine} stroke={chartBackground} stroke-width="1.5" />
            </Show>
          )}
        </For>
      </svg>
      <div class="trend-panel__axis" aria-hidden="true">
        <span>{periodLabel(0)}</span>
        <Show when={props.chart.periods.length > 1}>
          <span>{periodLabel(props.chart.periods.length - 1)}</span>
        </Show>
      </div>
      <Show when={hidden().length > 0}>
        <p class="trend-panel__note">
          <span class="chart-swatch chart-swatch--hidden" aria-hidden="true" />
          {props.chart.text.suppressedIn(hidden())}
        </p>
      </Show>
    </li>
  );
}

/** The small multiples' numbers: a row per series, a column per period. */
function TrendTable(props: TrendChartProps) {
  return (
    <ChartTable caption={props.tableCaption} hideCaption={props.hideTableCaption}>
      <thead>
        <tr>
          <th scope="col">{props.seriesHeader}</th>
          <For each={props.periods}>
            {(period) => (
              <th scope="col" class="chart-table__numeric">
                {period.label}
              </th>
            )}
          </For>
        </tr>
      </thead>
      <tbody>
        <For each={props.series}>
          {(series) => (
            <tr>
              <th scope="row" lang={series.lang}>
                {series.label}
              </th>
              <For each={series.values}>
                {(cell) => (
                  <td class="chart-table__numeric">
                    <CellText cell={cell} format={props.format} text={props.text} />
                  </td>
                )}
              </For>
            </tr>
          )}
        </For>
      </tbody>
    </ChartTable>
  );
}
