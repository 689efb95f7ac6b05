import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import type { Language } from "../shared/language";
import { type LetterSection, sectionSentences } from "./kinds";

/** A child's letter should read at this UK reading age or below (shown to the writer, never blocking). */
export const childReadingAgeTarget = 9;

/** Sentences longer than this are pointed out to the writer. */
export const longSentenceWords = 20;

/**
 * UK reading age from the Flesch–Kincaid grade level: a US grade is a school year, and US
 * grade 1 is taken at age 6 (UK Year 2), so reading age = grade + 5. This is the same
 * convention most UK readability tools use.
 */
export function ukReadingAge(grade: number): number {
  return grade + 5;
}

export type SentenceSpan = { start: number; end: number; words: number };

export type Readability = {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch–Kincaid grade (wooorm's `flesch-kincaid`, syllables from `syllable`); null for no words or a language it does not measure. */
  grade: number | null;
  /** UK reading age (grade + 5), one decimal place; null when there is no grade. */
  readingAge: number | null;
  /** Sentences over `longSentenceWords` words, with offsets into the text. */
  longSentences: SentenceSpan[];
  /** Whether the reading age is at or below the child's target (null when there is none). */
  withinTarget: boolean | null;
};

/** Letters, digits and the joiners inside words (don't, well-known). */
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
/** A sentence ends at . ! ? (and Arabic's ؟), or at a line break: a list item is a sentence. */
const sentencePattern = /[^.!?؟\n]+(?:[.!?؟]+|\n|$)/gu;

/** The sentences of a text with their offsets and word counts (empty ones left out). */
export function sentencesOf(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const match of text.matchAll(sentencePattern)) {
    const words = match[0].match(wordPattern)?.length ?? 0;
    if (words === 0) continue;
    const leading = match[0].length - match[0].trimStart().length;
    const start = match.index + leading;
    spans.push({ start, end: start + match[0].trim().length, words });
  }
  return spans;
}

/**
 * How hard a text is to read. The Flesch–Kincaid formula and the syllable counter are both
 * made for English, so only English gets a reading age; Welsh and Arabic letters still get
 * their long sentences pointed out.
 */
export function readability(text: string, language: Language = "en"): Readability {
  const spans = sentencesOf(text);
  const words = text.match(wordPattern) ?? [];
  const syllables = language === "en" ? words.reduce((sum, word) => sum + syllable(word), 0) : 0;
  const grade =
    language === "en" && words.length > 0 ? fleschKincaid({ sentence: spans.length, word: words.length, syllable: syllables }) : null;
  const readingAge = grade === null || Number.isNaN(grade) ? null : Math.round(ukReadingAge(grade) * 10) / 10;
  return {
    sentences: spans.length,
    words: words.length,
    syllables,
    grade: readingAge === null ? null : grade,
    readingAge,
    longSentences: spans.filter((span) => span.words > longSentenceWords),
    withinTarget: readingAge === null ? null : readingAge <= childReadingAgeTarget,
  };
}

/** How hard a whole letter is to read: every section's words, each step and plan cell a sentence of its own. */
export function letterReadability(sections: readonly LetterSection[], language: Language): Readability {
  const text = sections
    .flatMap(sectionSentences)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== "")
    .join("\n");
  return readability(text, language);
}
