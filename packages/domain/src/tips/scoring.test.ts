import { describe, expect, it } from "vitest";
import { addTipCounts, largestRemainder, scoreTip } from "./scoring";

describe("largestRemainder", () => {
  it("always adds up to the total", () => {
    for (const counts of [
      [1, 1, 1],
      [2, 2, 2],
      [1, 2, 3],
      [7, 0, 0],
      [33, 33, 34],
      [1, 1, 5],
      [13, 29, 58],
      [999, 1, 0],
    ]) {
      expect(largestRemainder(counts).reduce((a, b) => a + b, 0)).toBe(100);
    }
  });

  it("gives the left-over units to the largest fractions, ties to the earlier entry", () => {
    expect(largestRemainder([1, 1, 1])).toEqual([34, 33, 33]);
    expect(largestRemainder([1, 2, 3])).toEqual([17, 33, 50]); // 16.67, 33.33, 50
    expect(largestRemainder([1, 1, 5])).toEqual([14, 14, 72]); // 14.29, 14.29, 71.43
    expect(largestRemainder([2, 1])).toEqual([67, 33]);
  });

  it("is all zeros for no counts, and works for other totals", () => {
    expect(largestRemainder([0, 0, 0])).toEqual([0, 0, 0]);
    expect(largestRemainder([1, 1, 1], 10)).toEqual([4, 3, 3]);
  });
});

describe("scoreTip", () => {
  it("counts yes as 1, a bit as a half and no as 0", () => {
    expect(scoreTip({ yes: 6, aBit: 2, no: 2 })).toEqual({
      yes: 6,
      aBit: 2,
      no: 2,
      responses: 10,
      percentages: { yes: 60, aBit: 20, no: 20 },
      score: 70,
    });
    expect(scoreTip({ yes: 1, aBit: 1, no: 1 }).score).toBe(50);
    expect(scoreTip({ yes: 2, aBit: 1, no: 0 }).score).toBe(83.3);
    expect(scoreTip({ yes: 0, aBit: 0, no: 9 }).score).toBe(0);
    expect(scoreTip({ yes: 9, aBit: 0, no: 0 }).score).toBe(100);
  });

  it("has percentages that always add up to 100", () => {
    const { percentages } = scoreTip({ yes: 1, aBit: 1, no: 1 });
    expect(percentages.yes + percentages.aBit + percentages.no).toBe(100);
  });

  it("has no score when nobody answered (skipped answers are never counted)", () => {
    expect(scoreTip({ yes: 0, aBit: 0, no: 0 })).toMatchObject({ responses: 0, score: null, percentages: { yes: 0, aBit: 0, no: 0 } });
  });

  it("refuses counts that cannot be counts", () => {
    expect(() => scoreTip({ yes: -1, aBit: 0, no: 0 })).toThrow(RangeError);
    expect(() => scoreTip({ yes: 1.5, aBit: 0, no: 0 })).toThrow(RangeError);
  });

  it("adds counts", () => {
    expect(addTipCounts({ yes: 1, aBit: 2, no: 3 }, { yes: 10, aBit: 20, no: 30 })).toEqual({ yes: 11, aBit: 22, no: 33 });
  });
});
