import {
  applySwap,
  type GlossaryEntry,
  type GlossaryMatch,
  type GlossaryMatcher,
  glossaryMatcher,
  type Language,
  type LetterSection,
  type LetterSectionContent,
  letterReadability,
  type PlanRow,
  planColumns,
  readability,
} from "@heard/domain";

/**
 * The plain-language checks the writer sees as they type, from the domain's pure rules: the
 * reading age (English only: Flesch–Kincaid is made for English), sentences over 20 words, and
 * social-work words with their everyday swaps. Each finding says where it is (the section's
 * text, a step, a cell of the plan), so a swap rewrites exactly that piece of text.
 */

export type PlanColumn = (typeof planColumns)[number];

/** Where a piece of a section's text is. */
export type SlotPlace = { kind: "text" } | { kind: "step"; step: number } | { kind: "cell"; row: number; column: PlanColumn };

export type Slot = { place: SlotPlace; text: string };

/** Every piece of text a section holds, in reading order. */
export function slotsOf(section: LetterSectionContent): Slot[] {
  switch (section.type) {
    case "text":
      return [{ place: { kind: "text" }, text: section.text }];
    case "steps":
      return section.steps.map((text, step) => ({ place: { kind: "step", step }, text }));
    case "planTable":
      return section.rows.flatMap((row, index) =>
        planColumns.map((column) => ({ place: { kind: "cell", row: index, column } as SlotPlace, text: row[column] })),
      );
  }
}

/** The text at a place of a section, or undefined when the section has no such place. */
export function slotText(section: LetterSectionContent, place: SlotPlace): string | undefined {
  if (place.kind === "text") return section.type === "text" ? section.text : undefined;
  if (place.kind === "step") return section.type === "steps" ? section.steps[place.step] : undefined;
  return section.type === "planTable" ? section.rows[place.row]?.[place.column] : undefined;
}

/** The section with the text at one place replaced (the section itself when it has no such place). */
export function withSlotText<S extends LetterSectionContent>(section: S, place: SlotPlace, text: string): S {
  if (place.kind === "text" && section.type === "text") return { ...section, text };
  if (place.kind === "step" && section.type === "steps" && place.step < section.steps.length)
    return { ...section, steps: section.steps.map((step, index) => (index === place.step ? text : step)) };
  if (place.kind === "cell" && section.type === "planTable" && place.row < section.rows.length)
    return {
      ...section,
      rows: section.rows.map((row, index): PlanRow => (index === place.row ? { ...row, [place.column]: text } : row)),
    };
  return section;
}

export type LongSentence = { place: SlotPlace; start: number; end: number; words: number; sentence: string };
export type Jargon = { place: SlotPlace; match: GlossaryMatch };

export type Checks = {
  /** Flesch–Kincaid grade + 5; null for Welsh and Arabic, and for no words. */
  readingAge: number | null;
  /** At or below the child's target; null when there is no reading age. */
  withinTarget: boolean | null;
  words: number;
  longSentences: LongSentence[];
  jargon: Jargon[];
};

/** A matcher for the letter's language from the organisation's glossary (terms turned off are left out). */
export function matcherFor(
  terms: readonly (GlossaryEntry & { language: Language; disabled?: boolean })[],
  language: Language,
): GlossaryMatcher {
  return glossaryMatcher(
    terms.filter((term) => term.language === language && !term.disabled),
    language,
  );
}

/** The long sentences and glossary words of one piece of text. */
function slotFindings(slot: Slot, language: Language, matcher: GlossaryMatcher): Pick<Checks, "longSentences" | "jargon"> {
  return {
    longSentences: readability(slot.text, language).longSentences.map((span) => ({
      place: slot.place,
      ...span,
      sentence: slot.text.slice(span.start, span.end),
    })),
    jargon: matcher(slot.text).map((match) => ({ place: slot.place, match })),
  };
}

/** The checks of one section. */
export function checkSection(section: LetterSection, language: Language, matcher: GlossaryMatcher): Checks {
  const found = slotsOf(section).map((slot) => slotFindings(slot, language, matcher));
  const measured = letterReadability([section], language);
  return {
    readingAge: measured.readingAge,
    withinTarget: measured.withinTarget,
    words: measured.words,
    longSentences: found.flatMap((f) => f.longSentences),
    jargon: found.flatMap((f) => f.jargon),
  };
}

/** The checks of the whole letter, and of each section by its key. */
export function checkLetter(
  sections: readonly LetterSection[],
  language: Language,
  matcher: GlossaryMatcher,
): Checks & { bySection: Record<string, Checks> } {
  const bySection = Object.fromEntries(sections.map((section) => [section.key, checkSection(section, language, matcher)]));
  const measured = letterReadability(sections, language);
  const all = Object.values(bySection);
  return {
    readingAge: measured.readingAge,
    withinTarget: measured.withinTarget,
    words: measured.words,
    longSentences: all.flatMap((c) => c.longSentences),
    jargon: all.flatMap((c) => c.jargon),
    bySection,
  };
}

const articles = new Set(["a", "an", "the"]);
const determiners = new Set(["a", "an", "the", "your", "my", "our", "his", "her", "their", "this", "that"]);

/** Capitalises the first letter (for a swap at the start of a sentence). */
function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * The text with a glossary word swapped for its everyday words, as one click does it. The match
 * must still be where it was found (the text may have changed since): otherwise null. At the
 * start of a sentence the swap gets a capital letter. In English, "the" or "a" is not doubled
 * ("the core group" → "the small group who…", not "the the small group…"), and "a" becomes
 * "an" before a vowel and back.
 */
export function swapJargon(text: string, match: GlossaryMatch, language: Language): string | null {
  if (text.slice(match.start, match.end) !== match.text) return null;
  let swap = match.swap;
  let before = text.slice(0, match.start);
  const startsSentence = /(^|[.!?؟\n])\s*$/u.test(before);
  if (startsSentence && /^\p{Lu}/u.test(match.text)) swap = capitalised(swap);
  if (language === "en") {
    const previous = before.match(/(?:^|[^\p{L}'’])(\p{L}+)(\s+)$/u);
    const previousWord = previous?.[1];
    if (previousWord && determiners.has(previousWord.toLowerCase())) {
      const [first, ...rest] = swap.split(" ");
      if (first && rest.length > 0 && articles.has(first.toLowerCase())) swap = rest.join(" ");
      if (previousWord.toLowerCase() === "a" || previousWord.toLowerCase() === "an") {
        const wanted = /^[aeiou]/i.test(swap) ? "an" : "a";
        const cased = /^\p{Lu}/u.test(previousWord) ? capitalised(wanted) : wanted;
        const wordStart = before.length - (previousWord.length + (previous?.[2]?.length ?? 0));
        before = before.slice(0, wordStart) + cased + before.slice(wordStart + previousWord.length);
      }
    }
  }
  const shift = before.length - match.start;
  return applySwap(before + text.slice(match.start), { start: match.start + shift, end: match.end + shift, swap });
}

/** A piece of text to show in the marked-up copy under a text box. */
export type MarkedPiece = { text: string; long: boolean; jargon: boolean };

/** The text cut where long sentences and glossary words start and end, each piece saying which it is in. */
export function markedPieces(text: string, longSentences: readonly { start: number; end: number }[], jargon: readonly GlossaryMatch[]) {
  const cuts = new Set([0, text.length]);
  for (const span of [...longSentences, ...jargon]) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].filter((cut) => cut >= 0 && cut <= text.length).sort((a, b) => a - b);
  const pieces: MarkedPiece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const inside = (span: { start: number; end: number }) => span.start <= start && end <= span.end;
    pieces.push({ text: text.slice(start, end), long: longSentences.some(inside), jargon: jargon.some(inside) });
  }
  return pieces;
}

/** Whether two places are the same place. */
export function samePlace(a: SlotPlace, b: SlotPlace): boolean {
  if (a.kind === "text" || b.kind === "text") return a.kind === b.kind;
  if (a.kind === "step" || b.kind === "step") return a.kind === "step" && b.kind === "step" && a.step === b.step;
  return a.row === b.row && a.column === b.column;
}
