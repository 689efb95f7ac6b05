import type { Language } from "../shared/language";
import { type ConcernCategory, concernCategories } from "./categories";
import { screenForConcerns } from "./screen";
import { type ConcernLevel, concernLevels } from "./workflow";

/** A sentence with the categories a safeguarding lead would tag (empty: ordinary) and, where known, the level. */
export interface LabelledSentence {
  text: string;
  language: Language;
  expected: readonly ConcernCategory[];
  level?: ConcernLevel | null;
}

export interface CategoryMeasure {
  /** Sentences labelled with the category. */
  expected: number;
  /** Of those, how many the screen flagged at any level. */
  flagged: number;
  /** Of those, how many the screen also put in this category. */
  named: number;
  /** Sentences the screen put in the category, labelled so or not. */
  reported: number;
  /** flagged / expected: what reaches a person. */
  recall: number;
  /** named / expected. */
  namedRecall: number;
  /** Of the sentences put in the category, the share labelled with it. */
  precision: number;
}

export interface LevelMeasure {
  expected: number;
  /** Flagged at any level. */
  flagged: number;
  /** Flagged at exactly the labelled level. */
  same: number;
  /** Flagged at a less urgent level than labelled. */
  lower: number;
  recall: number;
}

export interface ScreenMistake {
  text: string;
  expected: readonly ConcernCategory[];
  found: ConcernCategory[];
  expectedLevel: ConcernLevel | null | undefined;
  level: ConcernLevel | null;
}

export interface ScreenMeasure {
  harmful: number;
  ordinary: number;
  /** Harmful sentences flagged at any level. */
  recall: number;
  /** Flagged sentences that are harmful. */
  precision: number;
  /** Ordinary sentences that raised nothing at all. */
  ordinaryQuiet: number;
  byCategory: Record<ConcernCategory, CategoryMeasure>;
  /** Only for sentences labelled with a level. */
  byLevel: Record<ConcernLevel, LevelMeasure>;
  /** Sentences missed, or ordinary ones flagged, or flagged under other categories, for reading when a number drops. */
  mistakes: ScreenMistake[];
}

// With nothing to find, nothing was missed; with nothing flagged, nothing was wrong.
function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

const urgency = (level: ConcernLevel) => concernLevels.length - concernLevels.indexOf(level);

/**
 * Measures the screen against a labelled set. What matters most is whether a harmful
 * sentence reaches a person at all (any level), and whether ordinary feedback raises
 * nothing; categories and levels are reported beside it, strictly, so they do not flatter.
 */
export function measureScreen(set: readonly LabelledSentence[]): ScreenMeasure {
  const byCategory = Object.fromEntries(
    concernCategories.map((category) => [
      category,
      { expected: 0, flagged: 0, named: 0, reported: 0, recall: 0, namedRecall: 0, precision: 0 },
    ]),
  ) as Record<ConcernCategory, CategoryMeasure>;
  const byLevel = Object.fromEntries(
    concernLevels.map((level) => [level, { expected: 0, flagged: 0, same: 0, lower: 0, recall: 0 }]),
  ) as Record<ConcernLevel, LevelMeasure>;
  const reportedCorrect = Object.fromEntries(concernCategories.map((category) => [category, 0])) as Record<ConcernCategory, number>;
  const mistakes: ScreenMistake[] = [];
  let harmful = 0;
  let caught = 0;
  let ordinary = 0;
  let quiet = 0;
  let flaggedTotal = 0;
  for (const sentence of set) {
    const screen = screenForConcerns(sentence.text, sentence.language);
    const isHarmful = sentence.expected.length > 0;
    if (screen.mayDiscloseHarm) flaggedTotal++;
    if (isHarmful) {
      harmful++;
      if (screen.mayDiscloseHarm) caught++;
    } else {
      ordinary++;
      if (!screen.mayDiscloseHarm) quiet++;
    }
    for (const category of concernCategories) {
      const expected = sentence.expected.includes(category);
      const reported = screen.categories.includes(category);
      const counts = byCategory[category];
      if (reported) counts.reported++;
      if (expected) {
        counts.expected++;
        if (screen.mayDiscloseHarm) counts.flagged++;
        if (reported) {
          counts.named++;
          reportedCorrect[category]++;
        }
      }
    }
    if (sentence.level) {
      const counts = byLevel[sentence.level];
      counts.expected++;
      if (screen.level) {
        counts.flagged++;
        if (screen.level === sentence.level) counts.same++;
        else if (urgency(screen.level) < urgency(sentence.level)) counts.lower++;
      }
    }
    const sameCategories =
      screen.categories.length === sentence.expected.length && screen.categories.every((c) => sentence.expected.includes(c));
    if (!sameCategories || screen.mayDiscloseHarm !== isHarmful) {
      mistakes.push({
        text: sentence.text,
        expected: sentence.expected,
        found: screen.categories,
        expectedLevel: sentence.level,
        level: screen.level,
      });
    }
  }
  for (const category of concernCategories) {
    const counts = byCategory[category];
    counts.recall = ratio(counts.flagged, counts.expected);
    counts.namedRecall = ratio(counts.named, counts.expected);
    counts.precision = ratio(reportedCorrect[category], counts.reported);
  }
  for (const level of concernLevels) byLevel[level].recall = ratio(byLevel[level].flagged, byLevel[level].expected);
  return {
    harmful,
    ordinary,
    recall: ratio(caught, harmful),
    precision: ratio(caught, flaggedTotal),
    ordinaryQuiet: ratio(quiet, ordinary),
    byCategory,
    byLevel,
    mistakes,
  };
}
