/**
 * Turns free text into the words the safeguarding screen compares, so that
 * "Im sooo scard, he HIIIT me!!" and "I'm so scared, he hit me." look the same.
 *
 * Both the text and the phrase lists go through `foldWord`/`foldText`, so the
 * phrase lists can be written naturally and still meet the folded text.
 */

/** Token that marks the end of a sentence: filler words never cross it. */
export const sentenceBreak = "";

// Apostrophes join rather than split: "don't" -> "dont", "mum's" -> "mums",
// Welsh "teimlo'n" -> "teimlon". The text-speak table then expands "dont".
const apostrophes = /['\u2018\u2019\u02bc\u0060\u00b4\u2032]/g;
// Sentence ends (Latin and Arabic punctuation, new lines).
const sentenceEnds = /[.!?;\u2026\u061f\u061b\u06d4\r\n]+/;
const nonWord = /[^\p{L}\p{N}]+/u;
const combiningMarks = /\p{M}/gu;
// Tatweel (kashida) stretches Arabic words for looks; it carries no meaning.
const tatweel = /\u0640/g;
// Repeated letters ("pleeeease", "hiiit", "hitt"). Squeezing every run to one
// letter is blunt ("kill" -> "kil") but both sides are squeezed, and it also
// folds Welsh mutations that differ only by a doubled letter (lladd/ladd).
// Digits are left alone so "999" survives.
const repeatedLetters = /(\p{L})\1+/gu;

const arabicLetters: Readonly<Record<string, string>> = {
  // Alef forms (hamza, madda and wasla are mostly removed with the marks after
  // NFKD; these catch the precomposed ones NFKD leaves alone).
  "\u0623": "\u0627",
  "\u0625": "\u0627",
  "\u0622": "\u0627",
  "\u0671": "\u0627",
  "\u0649": "\u064a", // alef maqsura -> ya
  "\u0629": "\u0647", // ta marbuta -> ha
  "\u0624": "\u0648", // waw with hamza -> waw
  "\u0626": "\u064a", // ya with hamza -> ya
  "\u0621": "", // a lone hamza is often left out when typing quickly
  "\u06cc": "\u064a", // Persian ya, common on some keyboards
  "\u06a9": "\u0643", // Persian kaf
};
const arabicLetterPattern = /[\u0621\u0623\u0625\u0622\u0671\u0649\u0629\u0624\u0626\u06cc\u06a9]/g;
// Arabic-Indic and Eastern Arabic-Indic digits -> 0-9, so "٩٩٩" is "999".
const arabicDigits = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Case, accents (Welsh â ŵ ŷ...), Arabic letter forms and repeated letters. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(apostrophes, "")
    .normalize("NFKD") // splits accents and Arabic hamza/madda into marks; unfolds ligatures
    .replace(combiningMarks, "") // accents, Arabic tashkeel, shadda, hamza marks
    .replace(tatweel, "")
    .replace(arabicLetterPattern, (letter) => arabicLetters[letter] ?? letter)
    .replace(arabicDigits, (digit) => String((digit.charCodeAt(0) & 0x0f) % 10))
    .replace(repeatedLetters, "$1");
}

/** Folds one word of a phrase list; returns the words it folds to (usually one). */
export function foldWord(word: string): string[] {
  return foldText(word).split(nonWord).filter(Boolean);
}

/**
 * Text-speak, contractions and frequent misspellings -> canonical words.
 * Keys are folded when the table is built, so "wanna" also catches "wana".
 */
const textSpeakSource: Readonly<Record<string, string>> = {
  // self-harm and suicide slang
  kms: "kill myself",
  kys: "kill yourself",
  unalive: "kill",
  unalives: "kills",
  unaliving: "killing",
  unalived: "killed",
  sewerslide: "suicide",
  suicde: "suicide",
  sucide: "suicide",
  suside: "suicide",
  suiside: "suicide",
  sooicide: "suicide",
  suicidle: "suicidal",
  suicidel: "suicidal",
  sucidal: "suicidal",
  suisidal: "suicidal",
  suicidial: "suicidal",
  selfharm: "self harm",
  selfharming: "self harming",
  selfharmed: "self harmed",
  // contractions (apostrophes are already gone)
  im: "i am",
  ive: "i have",
  dont: "do not",
  doesnt: "does not",
  didnt: "did not",
  cant: "can not",
  cannot: "can not",
  wont: "will not",
  wouldnt: "would not",
  couldnt: "could not",
  shouldnt: "should not",
  isnt: "is not",
  wasnt: "was not",
  arent: "are not",
  werent: "were not",
  havent: "have not",
  hasnt: "has not",
  aint: "am not",
  hes: "he is",
  hed: "he would",
  theyd: "they would",
  shes: "she is",
  theyre: "they are",
  youre: "you are",
  dnt: "do not",
  dosnt: "does not",
  didint: "did not",
  // text-speak
  wanna: "want to",
  wana: "want to",
  wnt: "want",
  gonna: "going to",
  gunna: "going to",
  gna: "going to",
  gotta: "got to",
  tryna: "trying to",
  u: "you",
  r: "are",
  ur: "your",
  ya: "you",
  urself: "yourself",
  yaself: "yourself",
  cuz: "because",
  coz: "because",
  cos: "because",
  bc: "because",
  becoz: "because",
  pls: "please",
  plz: "please",
  plez: "please",
  plis: "please",
  ppl: "people",
  sum1: "someone",
  some1: "someone",
  no1: "no one",
  noone: "no one",
  nobdy: "nobody",
  any1: "anyone",
  every1: "everyone",
  "2": "to",
  "4": "for",
  b4: "before",
  nite: "night",
  wiv: "with",
  ded: "dead",
  // misspellings seen in children's writing
  scard: "scared",
  scaird: "scared",
  scred: "scared",
  skared: "scared",
  myslef: "myself",
  myslf: "myself",
  mysef: "myself",
  meself: "myself",
  mself: "myself",
  tuch: "touch",
  tuches: "touches",
  tuched: "touched",
  tuching: "touching",
  lonley: "lonely",
  lonly: "lonely",
  hungary: "hungry",
  agen: "again",
};

/** Two words that mean one: "my self" -> "myself". */
const joinedSource: readonly (readonly [string, string, string])[] = [
  ["my", "self", "myself"],
  ["your", "self", "yourself"],
  ["any", "more", "anymore"],
  ["some", "one", "someone"],
  ["no", "body", "nobody"],
  // one word for "nobody" so phrases need not spell both
  ["no", "one", "nobody"],
  ["sewer", "slide", "suicide"],
  ["un", "alive", "kill"],
];

/**
 * Long, distinctive words whose one-letter slips ("sucide", "bulling",
 * "frightend") are corrected. Words with a harmless neighbour are left out on
 * purpose: "lonely"/"lovely", "abused"/"amused", "scared"/"cared",
 * "killing"/"kissing", "hitting"/"sitting", "harming"/"charming".
 */
const fuzzySource = [
  "suicide",
  "suicidal",
  "myself",
  "yourself",
  "bullying",
  "bullied",
  "bullies",
  "frightened",
  "terrified",
  "threatened",
  "threatening",
  "strangled",
  "overdose",
  "depressed",
  "afraid",
  "touching",
  "touched",
  "inappropriately",
  "sexually",
  "molested",
  "neglected",
  "nightmares",
  "hungry",
  "bruises",
  "bruised",
];

const textSpeak = new Map<string, string[]>();
for (const [from, to] of Object.entries(textSpeakSource)) {
  textSpeak.set(foldText(from), foldWord(to));
}
const joined = new Map<string, string>();
for (const [first, second, word] of joinedSource) {
  joined.set(`${foldText(first)} ${foldText(second)}`, foldText(word));
}
const fuzzyTargets = fuzzySource.map(foldText);

/** True when the two words differ by at most one insertion, deletion, substitution or swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = endA - start;
  const restB = endB - start;
  if (restA <= 1 && restB <= 1) return true; // one substitution, insertion or deletion
  // one swap of neighbours: "myslef" / "myself"
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}

/**
 * Corrects one folded word that is not itself a phrase word: a dropped "g"
 * ("hurtin" -> "hurting") or a one-letter slip of a distinctive word.
 */
function correct(word: string, vocabulary: ReadonlySet<string>): string {
  if (vocabulary.has(word)) return word;
  let memo = corrections.get(vocabulary);
  if (!memo) {
    memo = new Map();
    corrections.set(vocabulary, memo);
  }
  let corrected = memo.get(word);
  if (corrected === undefined) {
    corrected = correctUnknown(word, vocabulary);
    if (memo.size >= correctionMemoLimit) memo.clear();
    memo.set(word, corrected);
  }
  return corrected;
}

// Free text repeats its words: remember corrections per vocabulary, within a bound.
const corrections = new WeakMap<ReadonlySet<string>, Map<string, string>>();
const correctionMemoLimit = 50_000;

function correctUnknown(word: string, vocabulary: ReadonlySet<string>): string {
  if (word.endsWith("in") && vocabulary.has(`${word}g`)) return `${word}g`;
  if (word.length >= 5) {
    for (const target of fuzzyTargets) if (withinOneEdit(word, target)) return target;
  }
  return word;
}

/**
 * Folds, splits and canonicalises text. The result is a list of words with
 * `sentenceBreak` between sentences. `vocabulary` (the phrase lists' words)
 * lets the normaliser restore dropped letters only where a phrase needs them.
 */
export function normaliseForScreen(text: string, vocabulary: ReadonlySet<string> = new Set()): string[] {
  const words: string[] = [];
  // Folding keeps sentence punctuation, so fold once and split afterwards.
  for (const sentence of foldText(text).split(sentenceEnds)) {
    const raw = sentence.split(nonWord).filter(Boolean);
    if (raw.length === 0) continue;
    const expanded: string[] = [];
    for (const word of raw) {
      const replacement = textSpeak.get(word);
      if (replacement) expanded.push(...replacement);
      else expanded.push(correct(word, vocabulary));
    }
    if (words.length > 0) words.push(sentenceBreak);
    for (let i = 0; i < expanded.length; i++) {
      const current = expanded[i] as string;
      const next = expanded[i + 1];
      const pair = next === undefined ? undefined : joined.get(`${current} ${next}`);
      if (pair !== undefined) {
        words.push(pair);
        i++;
      } else {
        words.push(current);
      }
    }
  }
  return words;
}

/** The text-speak keys, folded: phrase lists must not use them (tests check). */
export function isTextSpeak(word: string): boolean {
  return textSpeak.has(word);
}
