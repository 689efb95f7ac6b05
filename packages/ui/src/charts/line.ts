import type { ChartCell } from "./types";

/** A stretch of consecutive numbers in a series: indexes `from` to `to`, both included. */
export type LineRun = { from: number; to: number };

/**
 * The stretches a line is drawn through. A hidden or empty month breaks the line: joining
 * across it would draw a figure nobody may see, or one that does not exist.
 */
export function lineRuns(cells: readonly ChartCell[]): LineRun[] {
  const runs: LineRun[] = [];
  let from = -1;
  cells.forEach((cell, i) => {
    if (typeof cell === "number") {
      if (from < 0) from = i;
    } else if (from >= 0) {
      runs.push({ from, to: i - 1 });
      from = -1;
    }
  });
  if (from >= 0) runs.push({ from, to: cells.length - 1 });
  return runs;
}

/** An SVG path through points, to one decimal place. */
export function pathThrough(points: readonly (readonly [number, number])[]): string {
  const round = (n: number) => Math.round(n * 10) / 10;
  return points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${round(x)} ${round(y)}`).join(" ");
}

/** The last number in a series and where it is, or null when it has none. */
export function lastShown(cells: readonly ChartCell[]): { index: number; value: number } | null {
  for (let i = cells.length - 1; i >= 0; i--) {
    const cell = cells[i];
    if (typeof cell === "number") return { index: i, value: cell };
  }
  return null;
}
