import { describe, expect, it } from "vitest";
import { lastShown, lineRuns, pathThrough } from "./line";
import { bandCentres, bandedExtent, bandWidth, linearScale, niceExtent, numbersOf } from "./scale";

describe("scales", () => {
  it("maps a domain onto a range, holding values outside it at the ends", () => {
    const y = linearScale([50, 100], [88, 8]);
    expect(y(50)).toBe(88);
    expect(y(100)).toBe(8);
    expect(y(75)).toBe(48);
    expect(y(20)).toBe(88);
    expect(y(130)).toBe(8);
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });

  it("keeps numbers only: hidden and empty figures are not values", () => {
    expect(numbersOf([72, "suppressed", null, 0, 64.5])).toEqual([72, 0, 64.5]);
  });

  it("rounds a shared range out to tens, within the limits, at least twenty wide", () => {
    expect(niceExtent([63.5, 71, 88])).toEqual([60, 90]);
    expect(niceExtent([70])).toEqual([70, 90]);
    expect(niceExtent([95, 100])).toEqual([80, 100]);
    expect(niceExtent([0, 100])).toEqual([0, 100]);
    expect(niceExtent([])).toEqual([0, 100]);
    expect(niceExtent([3, 4], { step: 1, limits: [0, 5], minSpan: 10 })).toEqual([0, 5]);
  });

  it("finds the narrowest round bands that hold every value", () => {
    expect(bandedExtent([55, 92])).toEqual([50, 100]);
    expect(bandedExtent([61, 78])).toEqual([50, 100]);
    expect(bandedExtent([22, 64])).toEqual([20, 70]);
    expect(bandedExtent([96, 99])).toEqual([50, 100]);
    expect(bandedExtent([30, 95])).toEqual([0, 100]);
    expect(bandedExtent([12, 40])).toEqual([10, 60]);
    expect(bandedExtent([])).toEqual([0, 100]);
  });

  it("spaces months evenly, oldest at the left, or at the right when reading right to left", () => {
    expect(bandCentres(4, 0, 40, "ltr")).toEqual([5, 15, 25, 35]);
    expect(bandCentres(4, 0, 40, "rtl")).toEqual([35, 25, 15, 5]);
    expect(bandCentres(1, 30, 234, "ltr")).toEqual([132]);
    expect(bandCentres(0, 0, 10, "ltr")).toEqual([]);
    expect(bandWidth(12, 30, 234)).toBe(17);
  });
});

describe("lines", () => {
  it("breaks the line at hidden and empty months, so it never joins across a gap", () => {
    expect(lineRuns([70, 72, "suppressed", 75, null, 80, 81])).toEqual([
      { from: 0, to: 1 },
      { from: 3, to: 3 },
      { from: 5, to: 6 },
    ]);
    expect(lineRuns(["suppressed", "suppressed"])).toEqual([]);
    expect(lineRuns([1])).toEqual([{ from: 0, to: 0 }]);
  });

  it("writes a path to one decimal place", () => {
    expect(
      pathThrough([
        [30, 88],
        [47.04, 40.333],
      ]),
    ).toBe("M30 88 L47 40.3");
  });

  it("finds the latest figure shown", () => {
    expect(lastShown([70, 72, "suppressed"])).toEqual({ index: 1, value: 72 });
    expect(lastShown([null, "suppressed"])).toBeNull();
  });
});
