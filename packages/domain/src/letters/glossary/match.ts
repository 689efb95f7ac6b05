import type { Language } from "../../shared/language";

/**
 * Social-work words a child should not have to decode, each with a swap in everyday words.
 * The writer sees each one underlined and may swap it with one click; nothing is changed for
 * them. `forms` are other ways the term is written that the rules below do not find (an
 * irregular plural, a Welsh plural, an Arabic broken plural).
 */
export type GlossaryEntry = { term: string; swap: string; forms?: readonly string[] };

/** A term found in a text: where (offsets into the text, end exclusive), as written, and its swap. */
export type GlossaryMatch = { start: number; end: number; text: string; term: string; swap: string; entry: number };

export const glossaryLimits = { term: 80, swap: 200, forms: 10 } as const;

type Token = { start: number; end: number; text: string };

const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

function tokensOf(text: string): Token[] {
  return [...text.matchAll(wordPattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** A term written all in capitals (LAC, IRO, PLO) is matched in capitals only: "lac" and "cin" are other words. */
function isAcronym(word: string): boolean {
  return word.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(word) && /\p{Lu}/u.test(word);
}

const arabicMarks = /[\u064B-\u065F\u0670\u0640]/g;

/** Spelling that does not change the word: apostrophes, case, and Arabic's optional marks and letter variants. */
function normalise(word: string, language: Language): string {
  const plain = word.replace(/’/g, "'");
  if (language !== "ar") return plain.toLowerCase();
  return plain.replace(arabicMarks, "").replace(/[أإآ]/g, "ا").replace(/ة/g, "ه").replace(/ى/g, "ي");
}

/** Welsh words change their first letters after some words (cynllun, ei gynllun, fy nghynllun, ei chynllun). */
const welshMutations: readonly [string, readonly string[]][] = [
  ["ngh", ["c"]],
  ["mh", ["p"]],
  ["nh", ["t"]],
  ["ng", ["g"]],
  ["ch", ["c"]],
  ["ph", ["p"]],
  ["th", ["t"]],
  ["dd", ["d"]],
  ["g", ["c"]],
  ["b", ["p"]],
  ["d", ["t"]],
  ["f", ["b", "m"]],
  ["l", ["ll"]],
  ["r", ["rh"]],
  ["m", ["b"]],
  ["n", ["d"]],
];

/** Arabic joins "and", "so", "with", "for", "like" and "the" to the word that follows. */
const arabicPrefix = /^(?:[وف])?(?:(?:[بك]?ال)|لل|[بلك])?/;

/** The forms a word of the text may be a form of: itself, and what it is without a plural ending, mutation or prefix. */
function baseForms(word: string, language: Language): string[] {
  const w = normalise(word, language);
  const forms = new Set([w]);
  switch (language) {
    case "en":
      for (const ending of ["'s", "s'", "es", "s"])
        if (w.endsWith(ending) && w.length > ending.length + 1) forms.add(w.slice(0, -ending.length));
      if (w.endsWith("ies") && w.length > 4) forms.add(`${w.slice(0, -3)}y`);
      break;
    case "cy":
      for (const [mutated, radicals] of welshMutations) {
        if (!w.startsWith(mutated)) continue;
        for (const radical of radicals) forms.add(radical + w.slice(mutated.length));
      }
      // A soft-mutated g disappears (gofal → ei ofal), and h comes before a vowel (ei henw).
      if (/^[aeiouwyâêîôûŵŷ]/.test(w)) forms.add(`g${w}`);
      if (/^h[aeiouwyâêîôûŵŷ]/.test(w)) forms.add(w.slice(1));
      break;
    case "ar": {
      const prefix = w.match(arabicPrefix)?.[0] ?? "";
      for (let cut = 1; cut <= prefix.length; cut++) if (w.length - cut >= 2) forms.add(w.slice(cut));
      break;
    }
  }
  return [...forms];
}

/** A term's own word, as the text's words are compared with it (Arabic without its "the"). */
function termWord(word: string, language: Language): string {
  const w = normalise(word, language);
  // Only a bare alef-lam is "the": إلزامي begins with a hamza and is one word.
  const article = language === "ar" && word.replace(arabicMarks, "").startsWith("ال") && w.length > 3;
  return article ? w.slice(2) : w;
}

type Candidate = { words: string[]; acronym: boolean[]; entry: number };

export type GlossaryMatcher = (text: string) => GlossaryMatch[];

/**
 * A matcher for one language's glossary. Whole words only; any case (acronyms in capitals
 * only); plural and possessive forms in English, mutated forms in Welsh, joined prefixes in
 * Arabic; terms of several words; at each place the longest term wins, left to right.
 */
export function glossaryMatcher(entries: readonly GlossaryEntry[], language: Language): GlossaryMatcher {
  const byFirstWord = new Map<string, Candidate[]>();
  entries.forEach((entry, index) => {
    for (const written of [entry.term, ...(entry.forms ?? [])]) {
      const words = tokensOf(written).map((t) => t.text);
      if (words.length === 0) continue;
      const candidate = { words: words.map((w) => termWord(w, language)), acronym: words.map(isAcronym), entry: index };
      const first = candidate.words[0] as string;
      const list = byFirstWord.get(first) ?? [];
      list.push(candidate);
      byFirstWord.set(first, list);
    }
  });
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length || a.entry - b.entry);

  const wordMatches = (token: Token, forms: string[], candidate: Candidate, k: number): boolean => {
    const wanted = candidate.words[k] as string;
    if (!candidate.acronym[k]) return forms.includes(wanted);
    const raw = token.text.replace(/’/g, "'");
    return raw === wanted.toUpperCase() || raw === `${wanted.toUpperCase()}s` || raw === `${wanted.toUpperCase()}'s`;
  };

  return (text) => {
    const tokens = tokensOf(text);
    const forms = tokens.map((token) => baseForms(token.text, language));
    const matches: GlossaryMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      let best: Candidate | undefined;
      for (const form of forms[i] as string[]) {
        for (const candidate of byFirstWord.get(form) ?? []) {
          if (best && best.words.length >= candidate.words.length) continue;
          const n = candidate.words.length;
          if (i + n > tokens.length) continue;
          let ok = true;
          for (let k = 0; k < n && ok; k++) ok = wordMatches(tokens[i + k] as Token, forms[i + k] as string[], candidate, k);
          if (ok) best = candidate;
        }
      }
      if (!best) {
        i++;
        continue;
      }
      const first = tokens[i] as Token;
      const last = tokens[i + best.words.length - 1] as Token;
      const entry = entries[best.entry] as GlossaryEntry;
      matches.push({
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        term: entry.term,
        swap: entry.swap,
        entry: best.entry,
      });
      i += best.words.length;
    }
    return matches;
  };
}

/** The text with one match swapped for its swap (what the one-click swap does). */
export function applySwap(text: string, match: Pick<GlossaryMatch, "start" | "end" | "swap">): string {
  return text.slice(0, match.start) + match.swap + text.slice(match.end);
}
