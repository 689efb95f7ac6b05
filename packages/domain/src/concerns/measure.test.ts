import { describe, expect, it } from "vitest";
import { concernCategories } from "./categories";
import { labelledSet } from "./labelled-set";
import { measureScreen } from "./measure";

const measure = measureScreen(labelledSet);

describe("the labelled set", () => {
  it("is big and covers every category and language", () => {
    expect(labelledSet.length).toBeGreaterThanOrEqual(1000);
    for (const category of concernCategories) {
      expect(labelledSet.some((sentence) => sentence.expected.includes(category))).toBe(true);
    }
    for (const language of ["en", "cy", "ar"] as const) {
      const inLanguage = labelledSet.filter((sentence) => sentence.language === language);
      expect(inLanguage.some((sentence) => sentence.expected.length === 0)).toBe(true);
      expect(inLanguage.some((sentence) => sentence.expected.includes("immediateDanger"))).toBe(true);
      expect(inLanguage.some((sentence) => sentence.expected.includes("selfHarm"))).toBe(true);
    }
  });
});

// The screen was written on this set, so these figures are optimistic; the held-out test
// (screen-held-out.test.ts) is the honest one.
describe("screen quality on the labelled set", () => {
  it("flags every sentence of danger now and of self-harm, and names the category", () => {
    const missed = measure.mistakes.filter(
      (mistake) =>
        (mistake.expected.includes("immediateDanger") && !mistake.found.includes("immediateDanger")) ||
        (mistake.expected.includes("selfHarm") && !mistake.found.includes("selfHarm")),
    );
    expect(missed.map((mistake) => mistake.text)).toEqual([]);
  });

  it("flags harmful sentences and leaves ordinary ones alone", () => {
    const unflagged = measure.mistakes.filter((mistake) => mistake.expected.length > 0 && mistake.found.length === 0);
    expect(unflagged.map((mistake) => mistake.text)).toEqual([]);
    expect(measure.ordinaryQuiet).toBeGreaterThanOrEqual(0.95);
  });
});
