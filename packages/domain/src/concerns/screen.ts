import type { Language } from "../shared/language";
import { type ConcernCategory, concernCategories, type PhraseList } from "./categories";
import { foldWord, normaliseForScreen, sentenceBreak } from "./normalise";
import { arabicPhrases } from "./phrases/ar";
import { welshPhrases } from "./phrases/cy";
import { englishPhrases } from "./phrases/en";

export interface ConcernMatch {
  category: ConcernCategory;
  /** The phrase from the list, as written there (in the lists' pattern syntax). */
  phrase: string;
  /** The words of the text that matched it, as the screen read them (folded, text-speak expanded). */
  words: string;
}

export interface ConcernScreen {
  mayDiscloseHarm: boolean;
  /** Categories found, most urgent first (the order of `concernCategories`). */
  categories: ConcernCategory[];
  matches: ConcernMatch[];
}

/** One word position in a phrase: exact words, plus `*` patterns as one regular expression. */
interface Slot {
  words: Set<string>;
  pattern: RegExp | null;
  /** Whether the patterns are Arabic, Latin or both, so words of another script skip them. */
  patternScripts: Set<Script>;
}

type Script = "arabic" | "latin";

function scriptOf(word: string): Script {
  const code = word.charCodeAt(0);
  return code >= 0x0600 && code <= 0x06ff ? "arabic" : "latin";
}

/** A slot while its words are collected; `finishSlot` compiles its patterns. */
interface SlotBuilder {
  words: Set<string>;
  starts: string[];
  ends: string[];
  contains: string[];
}

interface CompiledPhrase {
  /** Position in the compiled screen, to remember cheaply which phrases already matched. */
  id: number;
  category: ConcernCategory;
  source: string;
  slots: Slot[];
  /** Filler words allowed before each slot (index 0 unused). */
  gaps: number[];
  /** The phrase does not count when the next word matches this slot. */
  guard: Slot | null;
}

const gapMarkers: Readonly<Record<string, number>> = { "...": 3, "..": 1 };

function newSlot(): SlotBuilder {
  return { words: new Set(), starts: [], ends: [], contains: [] };
}

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One regular expression per slot: far cheaper than looping over many startsWith/endsWith calls. */
function finishSlot(slot: SlotBuilder): Slot {
  const parts = [
    ...slot.starts.map((start) => `^${escapeForRegExp(start)}`),
    ...slot.ends.map((end) => `${escapeForRegExp(end)}$`),
    ...slot.contains.map(escapeForRegExp),
  ];
  const patternScripts = new Set([...slot.starts, ...slot.ends, ...slot.contains].map(scriptOf));
  return { words: slot.words, pattern: parts.length > 0 ? new RegExp(parts.join("|")) : null, patternScripts };
}

// Group words recur in many phrases; folding each once keeps the first screen quick.
const foldedWords = new Map<string, string[]>();

function folded(word: string, source: string): string {
  let words = foldedWords.get(word);
  if (!words) {
    words = foldWord(word);
    foldedWords.set(word, words);
  }
  if (words.length !== 1) throw new Error(`phrase "${source}": "${word}" is not one word once folded`);
  return words[0] as string;
}

function addAlternative(slot: SlotBuilder, alternative: string, source: string): void {
  const atStart = alternative.startsWith("*");
  const atEnd = alternative.endsWith("*") && alternative.length > 1;
  const core = folded(alternative.replace(/^\*|\*$/g, ""), source);
  if (atStart && atEnd) slot.contains.push(core);
  else if (atStart) slot.ends.push(core);
  else if (atEnd) slot.starts.push(core);
  else slot.words.add(core);
}

function parseSlot(element: string, list: PhraseList, source: string): Slot {
  const slot = newSlot();
  for (const alternative of element.split("/")) {
    const group = /^\{(\w+)\}$/.exec(alternative)?.[1];
    if (group === undefined) {
      addAlternative(slot, alternative, source);
      continue;
    }
    const members = list.groups[group];
    if (!members) throw new Error(`phrase "${source}": no group {${group}} in ${list.language}`);
    for (const member of members) addAlternative(slot, member, source);
  }
  return finishSlot(slot);
}

function compilePhrase(id: number, source: string, category: ConcernCategory, list: PhraseList): CompiledPhrase {
  const phrase: CompiledPhrase = { id, category, source, slots: [], gaps: [], guard: null };
  let guard: SlotBuilder | null = null;
  let gap = 0;
  for (const element of source.trim().split(/\s+/)) {
    const gapSize = gapMarkers[element];
    if (gapSize !== undefined) {
      gap = gapSize;
    } else if (element.startsWith("-") && element.length > 1) {
      guard ??= newSlot();
      addAlternative(guard, element.slice(1), source);
    } else {
      if (guard) throw new Error(`phrase "${source}": guards must come last`);
      phrase.slots.push(parseSlot(element, list, source));
      phrase.gaps.push(gap);
      gap = 0;
    }
  }
  if (phrase.slots.length === 0) throw new Error(`phrase "${source}" has no words`);
  if (guard) phrase.guard = finishSlot(guard);
  return phrase;
}

function slotMatches(slot: Slot, word: string | undefined): boolean {
  if (word === undefined || word === sentenceBreak) return false;
  if (slot.words.has(word)) return true;
  return slot.pattern !== null && slot.patternScripts.has(scriptOf(word)) && slot.pattern.test(word);
}

/**
 * Tries the rest of the phrase after slot `index - 1` matched at `previous`; backtracks over
 * fillers. Returns where the match ends, or -1.
 */
function restMatches(phrase: CompiledPhrase, words: readonly string[], index: number, previous: number): number {
  if (index === phrase.slots.length) return !phrase.guard || !slotMatches(phrase.guard, words[previous + 1]) ? previous : -1;
  const slot = phrase.slots[index] as Slot;
  const last = previous + 1 + (phrase.gaps[index] ?? 0);
  for (let position = previous + 1; position <= last && position < words.length; position++) {
    const word = words[position];
    if (word === sentenceBreak) return -1; // fillers never cross a sentence end
    if (slotMatches(slot, word)) {
      const end = restMatches(phrase, words, index + 1, position);
      if (end >= 0) return end;
    }
  }
  return -1;
}

/** Every list's phrases, compiled once and indexed by their first word. */
export interface CompiledPhraseLists {
  byFirstWord: Map<string, CompiledPhrase[]>;
  /** Phrases whose first slot has patterns, tried at every word of the patterns' script. */
  patternFirst: Record<Script, CompiledPhrase[]>;
  vocabulary: Set<string>;
  phraseCount: number;
}

export const phraseLists: readonly PhraseList[] = [englishPhrases, welshPhrases, arabicPhrases];

export function compilePhraseLists(lists: readonly PhraseList[]): CompiledPhraseLists {
  const screen: CompiledPhraseLists = {
    byFirstWord: new Map(),
    patternFirst: { arabic: [], latin: [] },
    vocabulary: new Set(),
    phraseCount: 0,
  };
  for (const list of lists) {
    for (const category of concernCategories) {
      for (const source of list.phrases[category] ?? []) {
        const phrase = compilePhrase(screen.phraseCount++, source, category, list);
        for (const slot of phrase.slots) for (const word of slot.words) screen.vocabulary.add(word);
        const first = phrase.slots[0] as Slot;
        for (const script of first.patternScripts) screen.patternFirst[script].push(phrase);
        for (const word of first.words) {
          const phrases = screen.byFirstWord.get(word) ?? [];
          phrases.push(phrase);
          screen.byFirstWord.set(word, phrases);
        }
      }
    }
  }
  return screen;
}

let compiled: CompiledPhraseLists | undefined;

/**
 * Screens free text for words that may disclose harm, so a person can read it
 * at once. It errs towards flagging: a false alarm costs a worker a minute,
 * a missed disclosure can cost far more. It does not understand negation on
 * purpose ("I don't feel safe" is itself a disclosure). `otherWorry` is only
 * reported when nothing more specific is found.
 *
 * Every language's list runs whatever the person's language is, not only
 * theirs and English: people mix languages, a Welsh speaker may leave the app
 * in English, and the lists do not collide (Arabic is another script; the
 * Welsh phrases are not English word sequences). The language stays in the
 * signature so callers state it and per-language tuning needs no API change.
 */
export function screenForConcerns(text: string, _language: Language): ConcernScreen {
  compiled ??= compilePhraseLists(phraseLists);
  const words = normaliseForScreen(text, compiled.vocabulary);
  const matched = new Uint8Array(compiled.phraseCount);
  const found: ConcernMatch[] = [];
  const tryPhrase = (phrase: CompiledPhrase, word: string, position: number) => {
    if (matched[phrase.id]) return;
    if (!slotMatches(phrase.slots[0] as Slot, word)) return;
    const end = restMatches(phrase, words, 1, position);
    if (end >= 0) {
      matched[phrase.id] = 1;
      found.push({ category: phrase.category, phrase: phrase.source, words: words.slice(position, end + 1).join(" ") });
    }
  };
  for (let position = 0; position < words.length; position++) {
    const word = words[position] as string;
    if (word === sentenceBreak) continue;
    for (const phrase of compiled.byFirstWord.get(word) ?? []) tryPhrase(phrase, word, position);
    for (const phrase of compiled.patternFirst[scriptOf(word)]) tryPhrase(phrase, word, position);
  }
  let matches = found;
  if (matches.some((match) => match.category !== "otherWorry")) {
    matches = matches.filter((match) => match.category !== "otherWorry");
  }
  const categories = concernCategories.filter((category) => matches.some((match) => match.category === category));
  matches.sort((a, b) => concernCategories.indexOf(a.category) - concernCategories.indexOf(b.category));
  return { mayDiscloseHarm: categories.length > 0, categories, matches };
}
