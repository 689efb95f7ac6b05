import { foldWord, sentenceBreak } from "./normalise";

/**
 * The phrase matcher under the safeguarding screen: phrase lists written in plain words
 * (syntax: `PhraseList` in ./categories.ts) compiled once into slots, and found in the
 * screen's folded words. The concern phrase lists and the signal lists both use it.
 */

type Groups = Readonly<Record<string, readonly string[]>>;

/** One word position in a phrase: exact words, plus `*` patterns as one regular expression. */
export interface Slot {
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

export interface CompiledPhrase<Label extends string = string> {
  /** Position in its compiled list, to remember cheaply which phrases already matched. */
  id: number;
  /** What a match means: a concern category, or a signal the rules combine. */
  label: Label;
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

function parseSlot(element: string, groups: Groups, language: string, source: string): Slot {
  const slot = newSlot();
  for (const alternative of element.split("/")) {
    const group = /^\{(\w+)\}$/.exec(alternative)?.[1];
    if (group === undefined) {
      addAlternative(slot, alternative, source);
      continue;
    }
    const members = groups[group];
    if (!members) throw new Error(`phrase "${source}": no group {${group}} in ${language}`);
    for (const member of members) addAlternative(slot, member, source);
  }
  return finishSlot(slot);
}

function compilePhrase<Label extends string>(
  id: number,
  source: string,
  label: Label,
  groups: Groups,
  language: string,
): CompiledPhrase<Label> {
  const phrase: CompiledPhrase<Label> = { id, label, source, slots: [], gaps: [], guard: null };
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
      phrase.slots.push(parseSlot(element, groups, language, source));
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
function restMatches(phrase: CompiledPhrase<string>, words: readonly string[], index: number, previous: number): number {
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

/** One list of phrases with labels, compiled once and indexed by first word. */
export interface CompiledPhrases<Label extends string> {
  byFirstWord: Map<string, CompiledPhrase<Label>[]>;
  /** Phrases whose first slot has patterns, tried at every word of the patterns' script. */
  patternFirst: Record<Script, CompiledPhrase<Label>[]>;
  /** Every exact word of every slot: the normaliser corrects misspellings towards these. */
  vocabulary: Set<string>;
  phraseCount: number;
  /**
   * For phrases of several slots, the words of one later slot with exact words only: a phrase
   * is tried only when the text has one of them, which spares most attempts at "i" and "not".
   */
  byAnchorWord: Map<string, number[]>;
  anchored: Uint8Array;
  /** Which pattern-first phrases a word can start, remembered: free text repeats its words. */
  patternStarts: Map<string, CompiledPhrase<Label>[]>;
}

/** Enough for the words of a busy day; cleared when full, so memory stays bounded. */
const patternMemoLimit = 50_000;

export interface PhraseSource<Label extends string> {
  language: string;
  groups: Groups;
  phrases: Readonly<Partial<Record<Label, readonly string[]>>>;
}

export function compilePhrases<Label extends string>(
  lists: readonly PhraseSource<Label>[],
  labels: readonly Label[],
): CompiledPhrases<Label> {
  const compiled: CompiledPhrases<Label> = {
    byFirstWord: new Map(),
    patternFirst: { arabic: [], latin: [] },
    vocabulary: new Set(),
    phraseCount: 0,
    byAnchorWord: new Map(),
    anchored: new Uint8Array(0),
    patternStarts: new Map(),
  };
  const anchoredIds: number[] = [];
  for (const list of lists) {
    for (const label of labels) {
      for (const source of list.phrases[label] ?? []) {
        const phrase = compilePhrase(compiled.phraseCount++, source, label, list.groups, list.language);
        const anchor = phrase.slots
          .slice(1)
          .filter((slot) => slot.pattern === null)
          .sort((a, b) => a.words.size - b.words.size)[0];
        if (anchor) {
          anchoredIds.push(phrase.id);
          for (const word of anchor.words) {
            const ids = compiled.byAnchorWord.get(word) ?? [];
            ids.push(phrase.id);
            compiled.byAnchorWord.set(word, ids);
          }
        }
        for (const slot of phrase.slots) for (const word of slot.words) compiled.vocabulary.add(word);
        const first = phrase.slots[0] as Slot;
        for (const script of first.patternScripts) compiled.patternFirst[script].push(phrase);
        for (const word of first.words) {
          const phrases = compiled.byFirstWord.get(word) ?? [];
          phrases.push(phrase);
          compiled.byFirstWord.set(word, phrases);
        }
      }
    }
  }
  compiled.anchored = new Uint8Array(compiled.phraseCount);
  for (const id of anchoredIds) compiled.anchored[id] = 1;
  return compiled;
}

function patternStarts<Label extends string>(compiled: CompiledPhrases<Label>, word: string): CompiledPhrase<Label>[] {
  let phrases = compiled.patternStarts.get(word);
  if (!phrases) {
    phrases = compiled.patternFirst[scriptOf(word)].filter((phrase) => slotMatches(phrase.slots[0] as Slot, word));
    if (compiled.patternStarts.size >= patternMemoLimit) compiled.patternStarts.clear();
    compiled.patternStarts.set(word, phrases);
  }
  return phrases;
}

/** A phrase found in the words: `start` and `end` are positions in them, both inclusive. */
export interface PhraseHit<Label extends string> {
  phrase: CompiledPhrase<Label>;
  start: number;
  end: number;
}

/**
 * Every phrase of the list found in the words, each at most once (its first place), in the
 * order of their starts. `skip` marks words that must not begin a match (idioms).
 */
export function findPhrases<Label extends string>(
  compiled: CompiledPhrases<Label>,
  words: readonly string[],
  skip?: Uint8Array,
): PhraseHit<Label>[] {
  // 1: matched already, or anchored and its anchor is nowhere in the words, so not worth trying.
  const matched = compiled.anchored.slice();
  for (const word of words) {
    const ids = compiled.byAnchorWord.get(word);
    if (ids) for (const id of ids) matched[id] = 0;
  }
  const hits: PhraseHit<Label>[] = [];
  const tryPhrase = (phrase: CompiledPhrase<Label>, word: string, position: number) => {
    if (matched[phrase.id]) return;
    if (!slotMatches(phrase.slots[0] as Slot, word)) return;
    const end = restMatches(phrase, words, 1, position);
    if (end >= 0) {
      matched[phrase.id] = 1;
      hits.push({ phrase, start: position, end });
    }
  };
  for (let position = 0; position < words.length; position++) {
    const word = words[position] as string;
    if (word === sentenceBreak || skip?.[position]) continue;
    for (const phrase of compiled.byFirstWord.get(word) ?? []) tryPhrase(phrase, word, position);
    for (const phrase of patternStarts(compiled, word)) tryPhrase(phrase, word, position);
  }
  return hits;
}
