import type { Language } from "../shared/language";

/**
 * What a piece of free text may disclose, most urgent first. The order is the
 * order categories are reported in, so the first one is the one to act on.
 */
export const concernCategories = [
  "immediateDanger",
  "selfHarm", // self-harm or suicide
  "abuse",
  "neglect",
  "sexualHarm", // sexual harm and sexual exploitation
  "exploitation", // criminal exploitation: county lines, being made to carry or sell
  "domesticAbuse",
  "bullying",
  "otherWorry",
] as const;
export type ConcernCategory = (typeof concernCategories)[number];

/**
 * Phrases for one language, written in plain words so a safeguarding lead can
 * read and extend them. Phrase syntax (whitespace separates elements):
 *
 * - `hit/hits/hitting` one slot with alternatives; any one word must match
 * - `suicid*`, `*قتلني`, `*نتحر*` a word starting with / ending with / containing
 * - `{parent}` one slot holding every word of the group `parent`
 * - `...` up to 3 filler words may stand here; `..` up to 1. Without either
 *   the words must be next to each other. Fillers never cross a sentence end.
 * - `-with` (only at the end) the phrase does not count when the next word is
 *   `with` ("don't want to live with dad" is not "don't want to live")
 *
 * Words are folded exactly as the text is (case, accents, repeated letters,
 * Arabic letter forms), so write them naturally. Write the canonical form of
 * text-speak ("do not", not "dont"): the normaliser expands it in the text.
 */
export interface PhraseList {
  language: Language;
  groups: Readonly<Record<string, readonly string[]>>;
  phrases: Readonly<Partial<Record<ConcernCategory, readonly string[]>>>;
}

/** English has a list for every category; other languages may cover fewer. */
export interface CompletePhraseList extends PhraseList {
  phrases: Readonly<Record<ConcernCategory, readonly string[]>>;
}
