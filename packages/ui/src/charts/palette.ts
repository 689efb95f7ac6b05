/**
 * The charts' colours, with the contrast each needs (WCAG 2.2: text 4.5:1, 1.4.3; the parts
 * of a graphic 3:1, 1.4.11), checked by palette.test.ts. Colours come from the design tokens
 * in theme.css; charts never tell things apart by colour alone: every value is written out,
 * and the three answers also differ by pattern.
 */

/** The page behind every chart (--color-bg). */
export const chartBackground = "#ffffff";
/** Text on light fills (--color-text). */
export const chartText = "#1b1f24";
/** Muted text and the hatching of hidden figures (--color-text-muted, --color-border). */
export const chartMuted = "#4f5660";
export const chartRule = "#6b7280";
/** Light lines behind the data (guides only: the values are labelled). */
export const chartGuide = "#d5d9de";
/** A line over time and its points (--color-primary). */
export const chartLine = "#1c4fb8";

/** The tone of a category in a stacked bar: the answers Yes, A bit, No. */
export type StackTone = "positive" | "middle" | "negative";

/**
 * Each tone's fill, the second colour of its pattern, and its label's colour. Segments are
 * separated by a gap of the background, so each needs 3:1 against the background only.
 */
export const stackTones: Readonly<Record<StackTone, { fill: string; pattern: string | null; text: string }>> = {
  positive: { fill: "#1b6b34", pattern: null, text: "#ffffff" }, // --color-success
  middle: { fill: "#8a4b00", pattern: "#5c3200", text: "#ffffff" }, // --color-warning, dotted
  negative: { fill: "#b3261e", pattern: "#8a1c15", text: "#ffffff" }, // --color-danger, striped
};

/**
 * The shades of a heat table, lightest (lowest) to darkest (highest), each with the colour of
 * the figure written on it. One hue, so it reads the same to people who see colour differently.
 */
export const heatSteps: readonly { background: string; text: string }[] = [
  { background: "#eef3fb", text: chartText },
  { background: "#d0def4", text: chartText },
  { background: "#a8c2ea", text: chartText },
  { background: "#3d6cc0", text: "#ffffff" },
  { background: "#163d8c", text: "#ffffff" },
];

/** sRGB relative luminance of a #rrggbb colour (WCAG 2.x). */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new RangeError(`not a #rrggbb colour: ${hex}`);
  const [r = 0, g = 0, b = 0] = match.slice(1).map((part) => {
    const c = Number.parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Which of `steps` equal bands of `domain` a value falls in, 0 (lowest) to steps − 1. Values
 * outside the domain go to the end bands; the top of the domain is in the last band.
 */
export function shadeStep(value: number, domain: readonly [number, number], steps = heatSteps.length): number {
  const [lo, hi] = domain;
  if (hi <= lo) return steps - 1;
  const band = Math.floor(((value - lo) / (hi - lo)) * steps);
  return Math.min(steps - 1, Math.max(0, band));
}

/** Where each band of `domain` starts and ends, for the legend. */
export function stepRanges(domain: readonly [number, number], steps = heatSteps.length): [number, number][] {
  const [lo, hi] = domain;
  const width = (hi - lo) / steps;
  return Array.from({ length: steps }, (_, i) => [lo + i * width, i === steps - 1 ? hi : lo + (i + 1) * width]);
}
