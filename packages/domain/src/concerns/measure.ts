import type { Language } from "../shared/language";
import { type ConcernCategory, concernCategories } from "./categories";
import { screenForConcerns } from "./screen";

/** A sentence with the categories a safeguarding lead would tag; empty means benign. */
export interface LabelledSentence {
  text: string;
  language: Language;
  expected: readonly ConcernCategory[];
}

export interface CategoryMeasure {
  recall: number;
  precision: number;
  /** Sentences labelled with the category. */
  expected: number;
  /** Sentences the screen put in the category. */
  flagged: number;
  /** Sentences both labelled and flagged. */
  correct: number;
}

export interface ScreenMistake {
  text: string;
  expected: readonly ConcernCategory[];
  found: ConcernCategory[];
}

export interface ScreenMeasure {
  /** Share of (sentence, expected category) pairs the screen found. */
  recall: number;
  /** Share of (sentence, category) pairs the screen reported that were expected. */
  precision: number;
  byCategory: Record<ConcernCategory, CategoryMeasure>;
  /** Sentences where found and expected differ, for reading when a number drops. */
  mistakes: ScreenMistake[];
}

// With nothing to find, nothing was missed; with nothing flagged, nothing was wrong.
function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/**
 * Measures the screen against a labelled set, per (sentence, category) pair:
 * a sentence labelled abuse and flagged abuse + neglect is one hit and one
 * false alarm. Strict on purpose, so the numbers do not flatter the screen.
 */
export function measureScreen(set: readonly LabelledSentence[]): ScreenMeasure {
  const counts = Object.fromEntries(concernCategories.map((category) => [category, { expected: 0, flagged: 0, correct: 0 }])) as Record<
    ConcernCategory,
    { expected: number; flagged: number; correct: number }
  >;
  const mistakes: ScreenMistake[] = [];
  for (const sentence of set) {
    const found = screenForConcerns(sentence.text, sentence.language).categories;
    for (const category of concernCategories) {
      const expected = sentence.expected.includes(category);
      const flagged = found.includes(category);
      if (expected) counts[category].expected++;
      if (flagged) counts[category].flagged++;
      if (expected && flagged) counts[category].correct++;
    }
    const same = found.length === sentence.expected.length && found.every((c) => sentence.expected.includes(c));
    if (!same) mistakes.push({ text: sentence.text, expected: sentence.expected, found });
  }
  let expectedTotal = 0;
  let flaggedTotal = 0;
  let correctTotal = 0;
  const byCategory = {} as Record<ConcernCategory, CategoryMeasure>;
  for (const category of concernCategories) {
    const { expected, flagged, correct } = counts[category];
    expectedTotal += expected;
    flaggedTotal += flagged;
    correctTotal += correct;
    byCategory[category] = { recall: ratio(correct, expected), precision: ratio(correct, flagged), expected, flagged, correct };
  }
  return {
    recall: ratio(correctTotal, expectedTotal),
    precision: ratio(correctTotal, flaggedTotal),
    byCategory,
    mistakes,
  };
}
