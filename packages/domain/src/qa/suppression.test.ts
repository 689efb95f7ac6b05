import { describe, expect, it } from "vitest";
import { suppress, suppressionMask, suppressOne, suppressTable } from "./suppression";

const cells = (...counts: number[]) => counts.map((responses, i) => ({ id: i, responses }));

describe("suppress (one group)", () => {
  it("hides cells below the threshold, keeping none of their figures", () => {
    const shown = suppress(cells(12, 3, 20, 7), 5, { totalShown: false });
    expect(shown).toEqual([
      { id: 0, responses: 12, suppressed: false },
      { suppressed: true },
      { id: 2, responses: 20, suppressed: false },
      { id: 3, responses: 7, suppressed: false },
    ]);
  });

  it("shows zeros: they reveal nobody", () => {
    expect(suppressionMask([0, 0, 10], 5)).toEqual([false, false, false]);
  });

  it("with a shown total, hides the next smallest cell too when exactly one is hidden", () => {
    // 12 + 3 + 20 + 7 = 42 is shown; alone, the 3 could be worked out as 42 − 12 − 20 − 7.
    expect(suppressionMask([12, 3, 20, 7], 5)).toEqual([false, true, false, true]);
  });

  it("does not pick a zero as the complementary cell", () => {
    expect(suppressionMask([0, 2, 0, 9, 30], 5)).toEqual([false, true, false, true, false]);
  });

  it("keeps hiding until the hidden cells together reach the threshold", () => {
    // 1 + 2 = 3 hidden is still a group of 3: hide the 6 too.
    expect(suppressionMask([1, 2, 6, 40], 5)).toEqual([true, true, true, false]);
    // 3 + 4 = 7 hidden already protects both.
    expect(suppressionMask([3, 4, 50], 5)).toEqual([true, true, false]);
  });

  it("breaks ties by the earlier cell", () => {
    expect(suppressionMask([8, 2, 8], 5)).toEqual([true, true, false]);
  });

  it("hides everything in a group whose total is itself below the threshold", () => {
    expect(suppressionMask([1, 2, 1], 5)).toEqual([true, true, true]);
  });

  it("uses the organisation's threshold", () => {
    expect(suppressionMask([5, 6, 9], 7)).toEqual([true, true, false]);
    expect(suppressionMask([5, 6, 9], 5)).toEqual([false, false, false]);
    expect(() => suppressionMask([1], 0)).toThrow(RangeError);
  });

  it("suppressOne hides a lone small cell", () => {
    expect(suppressOne({ responses: 4 })).toEqual({ suppressed: true });
    expect(suppressOne({ responses: 5 })).toEqual({ responses: 5, suppressed: false });
    expect(suppressOne({ responses: 0 })).toEqual({ responses: 0, suppressed: false });
  });
});

describe("suppressTable (rows and columns with shown totals)", () => {
  it("protects a small cell in both its row and its column, so no line has a lone hidden cell", () => {
    const counts = [
      [20, 3, 15],
      [10, 12, 30],
      [25, 18, 9],
    ];
    const hidden = suppressTable(counts, 5);
    // 3 is primary; its row hides the 15, its column the 12; the 15's column then needs the 9,
    // the 12's row the 10, the 9's row the 18, the 10's column the 20: every row and column
    // ends with none or at least two hidden.
    expect(hidden).toEqual([
      [true, true, true],
      [true, true, false],
      [false, true, true],
    ]);
    const lines = [
      ...counts.map((row, r) => row.map((n, c) => [n, hidden[r]?.[c]] as const)),
      ...[0, 1, 2].map((c) => counts.map((row, r) => [row[c] ?? 0, hidden[r]?.[c]] as const)),
    ];
    for (const line of lines) {
      const hiddenCounts = line.filter(([n, h]) => h && n > 0).map(([n]) => n);
      expect(hiddenCounts.length === 0 || (hiddenCounts.length >= 2 && hiddenCounts.reduce((a, b) => a + b, 0) >= 5)).toBe(true);
    }
  });

  it("leaves a table with no small cells alone and ignores zeros", () => {
    expect(
      suppressTable(
        [
          [10, 0],
          [0, 7],
        ],
        5,
      ),
    ).toEqual([
      [false, false],
      [false, false],
    ]);
  });
});
