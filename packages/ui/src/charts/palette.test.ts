import { describe, expect, it } from "vitest";
import {
  chartBackground,
  chartGuide,
  chartLine,
  chartMuted,
  chartRule,
  chartText,
  contrastRatio,
  heatSteps,
  shadeStep,
  stackTones,
  stepRanges,
} from "./palette";
import { minInsideLabel, minInsideShare, stackSegments } from "./stack";

describe("contrast", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    expect(contrastRatio("#1c4fb8", "#ffffff")).toBeCloseTo(7.34, 2);
    expect(() => contrastRatio("blue", "#ffffff")).toThrow(RangeError);
  });

  it("gives every figure written on a shade at least 4.5:1", () => {
    for (const step of heatSteps) expect(contrastRatio(step.text, step.background)).toBeGreaterThanOrEqual(4.5);
  });

  it("makes shades step from light to dark", () => {
    const ratios = heatSteps.map((step) => contrastRatio(step.background, chartBackground));
    expect([...ratios].sort((a, b) => a - b)).toEqual(ratios);
  });

  it("gives each answer's segment 3:1 against the page and the gap between segments, and its figure 4.5:1", () => {
    for (const tone of Object.values(stackTones)) {
      expect(contrastRatio(tone.fill, chartBackground)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(tone.text, tone.fill)).toBeGreaterThanOrEqual(4.5);
      if (tone.pattern) {
        expect(contrastRatio(tone.pattern, chartBackground)).toBeGreaterThanOrEqual(3);
        expect(contrastRatio(tone.text, tone.pattern)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it("draws lines, points and hatching at 3:1, and text at 4.5:1 (the guides are only guides)", () => {
    expect(contrastRatio(chartLine, chartBackground)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(chartRule, chartBackground)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(chartMuted, chartBackground)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(chartText, chartGuide)).toBeGreaterThanOrEqual(4.5);
  });
});

describe("shading", () => {
  it("puts a value in one of five equal bands, the top of the range in the last", () => {
    const domain = [50, 100] as const;
    expect([50, 59.9, 60, 75, 89.9, 90, 100].map((value) => shadeStep(value, domain))).toEqual([0, 0, 1, 2, 3, 4, 4]);
    expect(shadeStep(10, domain)).toBe(0);
    expect(shadeStep(120, domain)).toBe(4);
    expect(shadeStep(7, [7, 7])).toBe(4);
  });

  it("names each band for the legend", () => {
    expect(stepRanges([50, 100])).toEqual([
      [50, 60],
      [60, 70],
      [70, 80],
      [80, 90],
      [90, 100],
    ]);
  });
});

describe("stacked bars", () => {
  it("lays the shares end to end, left to right", () => {
    expect(stackSegments([60, 25, 15], "ltr")).toEqual([
      { index: 0, x: 0, width: 60, centre: 30, labelInside: true },
      { index: 1, x: 60, width: 25, centre: 72.5, labelInside: true },
      { index: 2, x: 85, width: 15, centre: 92.5, labelInside: true },
    ]);
  });

  it("starts at the right when reading right to left", () => {
    expect(stackSegments([60, 25, 15], "rtl").map(({ x, width }) => [x, width])).toEqual([
      [40, 60],
      [15, 25],
      [0, 15],
    ]);
  });

  it("leaves out empty shares, and writes the figures of thin ones beside the bar", () => {
    const segments = stackSegments([90, 0, 10], "ltr");
    expect(segments.map((segment) => segment.index)).toEqual([0, 2]);
    expect(segments.map((segment) => segment.labelInside)).toEqual([true, 10 >= minInsideLabel]);
  });

  it("draws nothing for a bar with no answers (the chart says so in words)", () => {
    expect(stackSegments([0, 0, 0], "ltr")).toEqual([]);
    expect(stackSegments([], "rtl")).toEqual([]);
  });

  it("fills the bar even when the shares do not add up to 100", () => {
    const segments = stackSegments([1, 1], "ltr");
    expect(segments.map(({ x, width }) => [x, width])).toEqual([
      [0, 50],
      [50, 50],
    ]);
  });

  it("fits a figure inside a segment by the bar's width in pixels", () => {
    expect(minInsideShare(360)).toBe(10);
    expect(minInsideShare(900)).toBe(4);
    expect(minInsideShare(20)).toBe(100);
    expect(minInsideShare(0)).toBe(minInsideLabel);
    expect(stackSegments([89, 11, 0], "ltr", minInsideShare(900)).map((segment) => segment.labelInside)).toEqual([true, true]);
    expect(stackSegments([89, 11, 0], "ltr", minInsideShare(290)).map((segment) => segment.labelInside)).toEqual([true, false]);
  });
});
