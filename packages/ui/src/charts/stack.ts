import type { ChartDirection } from "./types";

/** One part of a 100% bar, in percent of its length from the left edge. */
export type StackSegment = {
  /** The category's index (segments of 0% are left out). */
  index: number;
  /** Left edge and width, 0–100. */
  x: number;
  width: number;
  /** The middle, where a label inside goes. */
  centre: number;
  /** Wide enough for its figure inside it; otherwise the figure is written beside the bar. */
  labelInside: boolean;
};

/** Below this share (percent) a segment's figure does not fit inside it on a phone. */
export const minInsideLabel = 12;

/** The room a figure such as "100%" needs inside a segment, in CSS pixels. */
export const insideLabelPixels = 36;

/**
 * The smallest share (percent) whose figure fits inside its segment on a bar `barPixels` wide;
 * before the bar is measured, the phone's.
 */
export function minInsideShare(barPixels: number, labelPixels = insideLabelPixels): number {
  if (!(barPixels > 0)) return minInsideLabel;
  return Math.min(100, (labelPixels / barPixels) * 100);
}

/**
 * The segments of a 100% stacked bar from whole percentages (which add up to 100). Categories
 * go in the reading direction: the first starts at the left, or at the right in Arabic.
 */
export function stackSegments(percentages: readonly number[], dir: ChartDirection, minInside = minInsideLabel): StackSegment[] {
  const total = percentages.reduce((sum, p) => sum + Math.max(0, p), 0);
  if (total <= 0) return [];
  const segments: StackSegment[] = [];
  let offset = 0;
  percentages.forEach((raw, index) => {
    const width = (Math.max(0, raw) / total) * 100;
    if (width <= 0) return;
    const x = dir === "rtl" ? 100 - offset - width : offset;
    segments.push({ index, x, width, centre: x + width / 2, labelInside: width >= minInside });
    offset += width;
  });
  return segments;
}
