import type { ChartCell, ChartDirection } from "./types";

/** A straight-line map from `domain` to `range`, values outside the domain held at its ends. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (value) => {
    if (span === 0) return (r0 + r1) / 2;
    const t = Math.min(1, Math.max(0, (value - d0) / span));
    return r0 + t * (r1 - r0);
  };
}

/** The numbers among some cells (hidden and empty ones left out). */
export function numbersOf(cells: readonly ChartCell[]): number[] {
  return cells.filter((cell): cell is number => typeof cell === "number");
}

/**
 * The range a scale should show for some values: out to whole `step`s, inside `limits`, and at
 * least `minSpan` wide (so one value, or a flat line, still has room above and below). With no
 * values, the limits. Small multiples share one such range, so their heights can be compared.
 */
export function niceExtent(
  values: readonly number[],
  options: { step?: number; limits?: readonly [number, number]; minSpan?: number } = {},
): [number, number] {
  const step = options.step ?? 10;
  const [lowest, highest] = options.limits ?? [0, 100];
  const minSpan = Math.min(options.minSpan ?? step * 2, highest - lowest);
  if (values.length === 0) return [lowest, highest];
  let lo = Math.max(lowest, Math.floor(Math.min(...values) / step) * step);
  let hi = Math.min(highest, Math.ceil(Math.max(...values) / step) * step);
  while (hi - lo < minSpan) {
    // Widen upwards first, then downwards, a step at a time.
    if (hi + step <= highest) hi += step;
    else if (lo - step >= lowest) lo -= step;
    else return [lowest, highest];
  }
  return [lo, hi];
}

/**
 * The centres of `count` equal bands from `start` to `end` (the months along a time axis).
 * Right to left, the first band is at the end: time runs in the reading direction, as the
 * table of numbers beside the chart does.
 */
export function bandCentres(count: number, start: number, end: number, dir: ChartDirection): number[] {
  if (count <= 0) return [];
  const width = (end - start) / count;
  return Array.from({ length: count }, (_, i) => (dir === "rtl" ? end - (i + 0.5) * width : start + (i + 0.5) * width));
}

/** The width of one band of `count` from `start` to `end`. */
export function bandWidth(count: number, start: number, end: number): number {
  return count > 0 ? (end - start) / count : 0;
}

/**
 * A range for `steps` shaded bands of a round width (a multiple of `unit`) that holds every
 * value: the narrowest such bands, so neighbouring figures differ in shade where they can.
 * Scores of 55 to 92 in five bands: 50–60, 60–70 … 90–100.
 */
export function bandedExtent(
  values: readonly number[],
  options: { steps?: number; unit?: number; limits?: readonly [number, number] } = {},
): [number, number] {
  const steps = options.steps ?? 5;
  const unit = options.unit ?? 10;
  const [lowest, highest] = options.limits ?? [0, 100];
  if (values.length === 0) return [lowest, highest];
  const min = Math.max(lowest, Math.min(...values));
  const max = Math.min(highest, Math.max(...values));
  for (let width = unit; width * steps <= highest - lowest; width += unit) {
    let lo = Math.max(lowest, Math.floor(min / unit) * unit);
    let hi = lo + width * steps;
    if (hi > highest) {
      hi = highest;
      lo = hi - width * steps;
    }
    if (lo <= min && hi >= max) return [lo, hi];
  }
  return [lowest, highest];
}
