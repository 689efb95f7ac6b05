import { describe, expect, it } from "vitest";
import { concernCategories } from "./categories";
import { labelledSet } from "./labelled-set";
import { measureScreen } from "./measure";

const measure = measureScreen(labelledSet);

describe("the labelled set", () => {
  it("is big and covers every category and language", () => {
    expect(labelledSet.length).toBeGreaterThanOrEqual(150);
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

describe("screen quality on the labelled set", () => {
  it("misses no immediate danger and no self-harm", () => {
    const missed = measure.mistakes.filter(
      (mistake) =>
        (mistake.expected.includes("immediateDanger") && !mistake.found.includes("immediateDanger")) ||
        (mistake.expected.includes("selfHarm") && !mistake.found.includes("selfHarm")),
    );
    expect(missed).toEqual([]);
    expect(measure.byCategory.immediateDanger.recall).toBe(1);
    expect(measure.byCategory.selfHarm.recall).toBe(1);
  });

  it("keeps overall recall and precision above the agreed floor", () => {
    expect(measure.recall).toBeGreaterThanOrEqual(0.95);
    expect(measure.precision).toBeGreaterThanOrEqual(0.9);
  });

  it("flags every harmful sentence with some category", () => {
    const unflagged = measure.mistakes.filter((mistake) => mistake.expected.length > 0 && mistake.found.length === 0);
    expect(unflagged).toEqual([]);
  });
});
