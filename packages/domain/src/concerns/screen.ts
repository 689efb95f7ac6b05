import type { Language } from "../shared/language";
import { type ConcernCategory, concernCategories } from "./categories";
import { featuresOf, usedUp } from "./classifier/features";
import { type ClassifierModel, classifierScore } from "./classifier/model";
import shippedModel from "./classifier/weights.json" with { type: "json" };
import { type CompiledPhrases, compilePhrases, findPhrases, type PhraseHit } from "./matcher";
import { normaliseForScreen, sentenceBreak } from "./normalise";
import { arabicPhrases } from "./phrases/ar";
import { welshPhrases } from "./phrases/cy";
import { englishPhrases } from "./phrases/en";
import { arabicSignals } from "./signals/ar";
import { welshSignals } from "./signals/cy";
import { englishSignals } from "./signals/en";
import { negatableClasses, negationReach, type SignalRule, signalRules } from "./signals/rules";
import { type SignalClass, signalClasses } from "./signals/types";
import { type ConcernLevel, concernLevels } from "./workflow";

export interface ConcernMatch {
  category: ConcernCategory;
  /** How urgent this match alone is. */
  level: ConcernLevel;
  /** The phrase or rule that matched, as written in its list. */
  phrase: string;
  /** The words of the text that matched it, as the screen read them (folded, text-speak expanded). */
  words: string;
}

export interface ConcernScreen {
  /** True at every level, review included: a person should read the words. */
  mayDiscloseHarm: boolean;
  /** Categories found, most urgent first (the order of `concernCategories`). */
  categories: ConcernCategory[];
  /** The most urgent level of any match; null when nothing was found. */
  level: ConcernLevel | null;
  matches: ConcernMatch[];
}

export const phraseLists = [englishPhrases, welshPhrases, arabicPhrases] as const;
export const signalLists = [englishSignals, welshSignals, arabicSignals] as const;

interface CompiledScreen {
  phrases: CompiledPhrases<ConcernCategory>;
  signals: CompiledPhrases<SignalClass>;
  vocabulary: Set<string>;
}

let compiled: CompiledScreen | undefined;

/** The classifier speaks only where one of these signals is in the text, so plain praise and complaints never reach it. */
const classifierCues: ReadonlySet<SignalClass> = new Set<SignalClass>([
  "hurt",
  "injury",
  "fear",
  "worry",
  "unease",
  "confide",
  "neglectCue",
  "controlCue",
  "sexualCue",
  "exploitCue",
  "bullyCue",
  "selfHarmCue",
  "hopelessCue",
  "secret",
  "weapon",
  "approach",
  "now",
  "placement",
  "older",
  "online",
]);
const model: ClassifierModel = shippedModel;

/** The text's folded words with idioms used up, and the signals found in them. */
function readWords(screen: CompiledScreen, text: string): { words: string[]; signalHits: PhraseHit<SignalClass>[] } {
  const words = normaliseForScreen(text, screen.vocabulary);
  const signalHits = findPhrases(screen.signals, words);
  for (const hit of signalHits) {
    if (hit.phrase.label === "idiom") for (let position = hit.start; position <= hit.end; position++) words[position] = usedUp;
  }
  return { words, signalHits };
}

/** The words the classifier reads in a text (what it is trained on, and what it hears): no idioms, nothing just after a negation. */
export function screenedWords(text: string): string[] {
  compiled ??= compileScreen();
  const { words, signalHits } = readWords(compiled, text);
  const negators = signalHits.filter((hit) => hit.phrase.label === "negator");
  return withoutNegated(words, negationMarks(words, negators, sentencesOf(words)));
}

function withoutNegated(words: readonly string[], negatedAt: Uint8Array): string[] {
  return words.map((word, position) => (negatedAt[position] ? usedUp : word));
}

/** The features that weighed most towards harm, so a person sees why the classifier spoke. */
function strongestFeatures(features: ReadonlySet<string>): string[] {
  return [...features]
    .filter((feature) => (model.weights[feature] ?? 0) > 0)
    .sort((a, b) => (model.weights[b] ?? 0) - (model.weights[a] ?? 0))
    .slice(0, 3)
    .map((feature) => feature.replace(/~$/, "…"));
}

export function compileScreen(): CompiledScreen {
  const phrases = compilePhrases(phraseLists, concernCategories);
  const signals = compilePhrases(
    signalLists.map((list) => ({ language: list.language, groups: list.groups, phrases: list.signals })),
    signalClasses,
  );
  return { phrases, signals, vocabulary: new Set([...phrases.vocabulary, ...signals.vocabulary]) };
}

const urgency = (level: ConcernLevel) => concernLevels.length - concernLevels.indexOf(level);
const phraseLevel = (category: ConcernCategory): ConcernLevel =>
  category === "immediateDanger" || category === "selfHarm" ? "urgent" : category === "otherWorry" ? "review" : "concern";

/** Sentence number of every word, so rules and negation stay inside one sentence. */
function sentencesOf(words: readonly string[]): Uint16Array {
  const sentence = new Uint16Array(words.length);
  let current = 0;
  for (let position = 0; position < words.length; position++) {
    if (words[position] === sentenceBreak) current++;
    sentence[position] = current;
  }
  return sentence;
}

/** Marks the words a negator reaches: the few after it, in its sentence. */
function negationMarks(words: readonly string[], negators: readonly PhraseHit<SignalClass>[], sentence: Uint16Array): Uint8Array {
  const marks = new Uint8Array(words.length);
  for (const negator of negators) {
    for (let position = negator.end + 1; position <= negator.end + negationReach && position < words.length; position++) {
      if (sentence[position] !== sentence[negator.end]) break;
      marks[position] = 1;
    }
  }
  return marks;
}

/** A phrase is negated by a negator just before it or inside it that is not one of its own words ("i am not scared"). */
function negatedPhrase(
  hit: PhraseHit<ConcernCategory>,
  negators: readonly PhraseHit<SignalClass>[],
  sentence: Uint16Array,
  words: readonly string[],
): boolean {
  return negators.some(
    (negator) =>
      negator.end <= hit.end &&
      hit.start - negator.end <= negationReach &&
      sentence[negator.end] === sentence[hit.start] &&
      !hit.phrase.slots.some((slot) => slot.words.has(words[negator.start] as string)),
  );
}

function inSentenceWith(
  hit: { start: number },
  byClass: ReadonlyMap<SignalClass, PhraseHit<SignalClass>[]>,
  sentence: Uint16Array,
  classes: readonly SignalClass[],
): boolean {
  return classes.some((label) => (byClass.get(label) ?? []).some((other) => sentence[other.start] === sentence[hit.start]));
}

function ruleHit(
  rule: SignalRule,
  byClass: ReadonlyMap<SignalClass, PhraseHit<SignalClass>[]>,
  sentence: Uint16Array,
): PhraseHit<SignalClass> | null {
  const window = rule.window ?? 8;
  const [first, ...others] = rule.all;
  const close = (a: PhraseHit<SignalClass>, b: PhraseHit<SignalClass>, reach: number) =>
    sentence[a.start] === sentence[b.start] && a !== b && Math.max(a.start - b.end, b.start - a.end) <= reach;
  for (const anchor of byClass.get(first) ?? []) {
    if (rule.unless?.some((other) => (byClass.get(other) ?? []).some((hit) => close(hit, anchor, 2)))) continue;
    if (rule.unlessInSentence?.some((other) => (byClass.get(other) ?? []).some((hit) => sentence[hit.start] === sentence[anchor.start])))
      continue;
    const near = others.every((other) => (byClass.get(other) ?? []).some((hit) => close(hit, anchor, window)));
    if (near) return anchor;
  }
  return null;
}

/**
 * Screens free text for words that may disclose harm, so a person can read it at once. Two
 * layers: fixed phrases (./phrases), and signals (./signals) that rules combine — an actor
 * with an act or a feeling within a few words, harm said with "now" or where a child is
 * placed. Idioms ("the wait was killing me", "scared of the dentist") are taken out first,
 * and acts and feelings right after "not", "never", "nobody" do not count; "I don't feel safe"
 * is its own signal, so it still does. `otherWorry` is only reported when nothing more
 * specific is found.
 *
 * Levels: `urgent` (danger now, self-harm), `concern` (other harm), `review` (worth a look:
 * a person with a frightening feeling, worry about home, a lone act). It errs towards
 * flagging: a false alarm costs a worker a minute, a missed disclosure can cost far more.
 *
 * Every language's lists run whatever the person's language is: people mix languages, a Welsh
 * speaker may leave the app in English, and the lists do not collide (Arabic is another
 * script; the Welsh words are not English ones). The language stays in the signature so
 * callers state it and per-language tuning needs no API change.
 */
export function screenForConcerns(text: string, _language: Language): ConcernScreen {
  compiled ??= compileScreen();
  const { words, signalHits } = readWords(compiled, text);
  const sentence = sentencesOf(words);
  const negators = signalHits.filter((hit) => hit.phrase.label === "negator");
  const negatedAt = negationMarks(words, negators, sentence);
  const byClass = new Map<SignalClass, PhraseHit<SignalClass>[]>();
  for (const hit of signalHits) {
    const label = hit.phrase.label;
    if (label === "idiom" || label === "negator") continue;
    if (words[hit.start] === usedUp || words[hit.end] === usedUp) continue;
    if (negatableClasses.has(label) && negatedAt[hit.start]) continue;
    const hits = byClass.get(label) ?? [];
    hits.push(hit);
    byClass.set(label, hits);
  }

  const found: ConcernMatch[] = [];
  const quote = (hit: { start: number; end: number }) => words.slice(hit.start, hit.end + 1).join(" ");
  for (const hit of findPhrases(compiled.phrases, words)) {
    // "I'm not scared of him now" and "I've never felt unsafe" are not disclosures; "I don't
    // want to die" still is, so self-harm ignores negation. Danger's own negations ("not safe",
    // "won't let me leave") are its phrases' words, which never count as negating them.
    const level = phraseLevel(hit.phrase.label);
    if (hit.phrase.label !== "selfHarm" && negatedPhrase(hit, negators, sentence, words)) continue;
    // "my brother hits me… in the game", "bruised my knee at the trampoline park"
    if ((hit.phrase.label === "abuse" || hit.phrase.label === "bullying") && inSentenceWith(hit, byClass, sentence, ["play", "accident"]))
      continue;
    found.push({ category: hit.phrase.label, level, phrase: hit.phrase.source, words: quote(hit) });
  }
  for (const rule of signalRules) {
    const hit = ruleHit(rule, byClass, sentence);
    if (hit)
      found.push({
        category: rule.category,
        level: rule.level,
        phrase: `${rule.all.join(" + ")}: ${hit.phrase.source}`,
        words: quote(hit),
      });
  }

  if (found.length === 0 && [...byClass.keys()].some((label) => classifierCues.has(label))) {
    // Nothing the rules know, but some word that can carry harm: the classifier may still hear
    // enough in the words around it for a person to look.
    const features = featuresOf(withoutNegated(words, negatedAt));
    if (features.size > 0 && classifierScore(model, features) > model.threshold) {
      found.push({ category: "otherWorry", level: "review", phrase: "classifier", words: strongestFeatures(features).join(", ") });
    }
  }

  let matches = found;
  if (matches.some((match) => match.category !== "otherWorry")) matches = matches.filter((match) => match.category !== "otherWorry");
  matches.sort(
    (a, b) => concernCategories.indexOf(a.category) - concernCategories.indexOf(b.category) || urgency(b.level) - urgency(a.level),
  );
  const categories = concernCategories.filter((category) => matches.some((match) => match.category === category));
  const level = matches.reduce<ConcernLevel | null>(
    (most, match) => (most === null || urgency(match.level) > urgency(most) ? match.level : most),
    null,
  );
  return { mayDiscloseHarm: matches.length > 0, categories, level, matches };
}
