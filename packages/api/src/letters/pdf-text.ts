import type { FontSubset } from "./pdf-fonts";

/**
 * Lines of text for the letter's PDF: which font file sets each run, where lines break, and
 * the order runs appear in on a line. Arabic reads right to left, and an Arabic letter may
 * hold a name, a phone number or a date written left to right; fontkit shapes an Arabic word
 * (joining and reversing its letters) but orders nothing across words or fonts, so this does
 * what a browser's bidi algorithm does, simplified: the words of a line are placed right to
 * left, and numbers and Latin words keep their own order inside them.
 */

export type Direction = "ltr" | "rtl";

/**
 * How a run is drawn: `plain` left to right; `shaped` as one Arabic word (fontkit joins and
 * reverses it); `glyphs` one character at a time, left to right (Arabic-Indic digits, which
 * fontkit would otherwise reverse as Arabic).
 */
export type RunMode = "plain" | "shaped" | "glyphs";

export type Run = { text: string; subset: FontSubset; mode: RunMode };
export type PlacedRun = Run & { x: number; width: number };
/** One line, its runs left to right from x = 0. */
export type Line = { runs: PlacedRun[]; width: number };

/** The width of a run at the size and weight being set. */
export type Measure = (run: Run) => number;
export type SubsetOf = (codePoint: number) => FontSubset;

type Class = "R" | "L" | "EN" | "N";

const arabicLetter = /[\u0600-\u065f\u066a-\u06ef\u06fa-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefc]/u;
const digit = /[0-9\u0660-\u0669\u06f0-\u06f9]/u;
const letter = /\p{L}/u;
const mark = /\p{M}/u;

function classOf(char: string): Class {
  if (digit.test(char)) return "EN";
  if (arabicLetter.test(char)) return "R";
  if (letter.test(char)) return "L";
  return "N";
}

const mirrored: Record<string, string> = {
  "(": ")",
  ")": "(",
  "[": "]",
  "]": "[",
  "{": "}",
  "}": "{",
  "<": ">",
  ">": "<",
  "«": "»",
  "»": "«",
};

/** Direction marks and other invisible controls: the layout below decides the order itself. */
const invisible = /[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/gu;

type Piece = { text: string; level: number; subset: FontSubset };

/** Characters grouped by class, combining marks kept with the character before them. */
function classify(text: string): { text: string; cls: Class }[] {
  const pieces: { text: string; cls: Class }[] = [];
  for (const char of text) {
    const last = pieces[pieces.length - 1];
    const cls = mark.test(char) && last ? last.cls : classOf(char);
    if (last && last.cls === cls) last.text += char;
    else pieces.push({ text: char, cls });
  }
  return pieces;
}

/**
 * Embedding levels, as the Unicode bidi algorithm gives them for these classes: strong letters
 * their own direction; numbers left to right, inside the run around them; neutrals (spaces,
 * punctuation) the direction of both neighbours when they agree, else the line's. Unlike the
 * full algorithm, spaces between two numbers stay with the numbers, so "01234 567890" reads as
 * written inside an Arabic sentence.
 */
function levels(pieces: { text: string; cls: Class }[], direction: Direction): number[] {
  const base = direction === "rtl" ? 1 : 0;
  let lastStrong: Class | null = null;
  // Strong letters and numbers first (a number after Arabic sits inside the Arabic run).
  const own = pieces.map((piece) => {
    if (piece.cls === "N") return null;
    const level = piece.cls === "R" ? 1 : base === 1 || (piece.cls === "EN" && lastStrong === "R") ? 2 : 0;
    if (piece.cls !== "EN") lastStrong = piece.cls;
    return level;
  });
  const nearest = (i: number, step: 1 | -1): number | null => {
    for (let j = i + step; j >= 0 && j < pieces.length; j += step) if (own[j] !== null && own[j] !== undefined) return j;
    return null;
  };
  const ltr = (cls: Class | undefined) => cls === "L" || cls === "EN";
  const rtlOrNumber = (cls: Class | undefined) => cls === "R" || cls === "EN";
  return own.map((level, i) => {
    if (level !== null && level !== undefined) return level;
    const before = nearest(i, -1);
    const after = nearest(i, 1);
    if (before === null || after === null) return base;
    const [b, a] = [pieces[before]?.cls, pieces[after]?.cls];
    if (ltr(b) && ltr(a)) return Math.min(own[before] ?? base, own[after] ?? base);
    if (rtlOrNumber(b) && rtlOrNumber(a)) return 1;
    return base;
  });
}

/** The runs of one line in the order they appear, left to right. */
export function visualRuns(text: string, direction: Direction, subsetOf: SubsetOf): Run[] {
  const classes = classify(text.replace(invisible, ""));
  const lineLevels = levels(classes, direction);
  // Split by font file; a space inside Arabic stays in the Arabic font, so a phrase is shaped as one run.
  const pieces: Piece[] = [];
  classes.forEach((piece, i) => {
    const level = lineLevels[i] ?? 0;
    for (const char of piece.text) {
      const own = subsetOf(char.codePointAt(0) ?? 32);
      const last = pieces[pieces.length - 1];
      const subset = char === " " && level % 2 === 1 && last?.subset === "arabic" ? "arabic" : own;
      if (last && last.level === level && last.subset === subset) last.text += char;
      else pieces.push({ text: char, level, subset });
    }
  });
  // Rule L2: from the highest level down to the lowest odd one, reverse every stretch at that level or above.
  const highest = Math.max(0, ...pieces.map((p) => p.level));
  const lowestOdd = Math.min(...pieces.map((p) => (p.level % 2 === 1 ? p.level : highest + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < pieces.length; ) {
      if ((pieces[i]?.level ?? 0) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < pieces.length && (pieces[j]?.level ?? 0) >= level) j++;
      pieces.splice(i, j - i, ...pieces.slice(i, j).reverse());
      i = j;
    }
  }
  return pieces.flatMap((piece): Run[] => {
    const rtl = piece.level % 2 === 1;
    if (piece.subset === "arabic") {
      if (!rtl) return [{ text: piece.text, subset: piece.subset, mode: "glyphs" }];
      // fontkit reverses a run only when it holds Arabic letters; reverse the others here.
      if (!arabicLetter.test(piece.text)) return [{ text: [...piece.text].reverse().join(""), subset: piece.subset, mode: "glyphs" }];
      // One word at a time, right to left: fontkit shapes and reverses each word (and pdfkit keeps its layout).
      return piece.text
        .split(/( +)/)
        .filter(Boolean)
        .reverse()
        .map((word) => ({ text: word, subset: piece.subset, mode: word.trim() ? "shaped" : "plain" }));
    }
    const text = rtl
      ? [...piece.text]
          .reverse()
          .map((c) => mirrored[c] ?? c)
          .join("")
      : piece.text;
    return [{ text, subset: piece.subset, mode: "plain" }];
  });
}

/** Runs placed one after another from x = 0. */
function place(runs: Run[], measure: Measure): Line {
  let x = 0;
  const placed = runs.map((run) => {
    const width = measure(run);
    const at = { ...run, x, width };
    x += width;
    return at;
  });
  return { runs: placed, width: x };
}

/** A word too long for a line, cut into pieces that fit (a long link, a name with no spaces). */
function cutWord(word: string, maxWidth: number, widthOf: (text: string) => number): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const char of word) {
    if (current && widthOf(current + char) > maxWidth) {
      pieces.push(current);
      current = char;
    } else current += char;
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * One paragraph broken into lines no wider than `maxWidth` (greedy, at spaces), each laid out
 * in visual order. An empty paragraph gives no lines.
 */
export function breakLines(text: string, maxWidth: number, direction: Direction, measure: Measure, subsetOf: SubsetOf): Line[] {
  const cache = new Map<string, number>();
  const widthOf = (words: string) => {
    let width = cache.get(words);
    if (width === undefined) {
      width = visualRuns(words, direction, subsetOf).reduce((sum, run) => sum + measure(run), 0);
      cache.set(words, width);
    }
    return width;
  };
  const space = widthOf(" ");
  const words = text
    .replace(/[\t\u00a0]/g, " ")
    .split(/ +/)
    .filter(Boolean)
    .flatMap((word) => (widthOf(word) > maxWidth ? cutWord(word, maxWidth, widthOf) : [word]));
  const lines: string[][] = [];
  let current: string[] = [];
  let width = 0;
  for (const word of words) {
    const wordWidth = widthOf(word);
    if (current.length > 0 && width + space + wordWidth > maxWidth) {
      lines.push(current);
      current = [];
      width = 0;
    }
    width += (current.length > 0 ? space : 0) + wordWidth;
    current.push(word);
  }
  if (current.length > 0) lines.push(current);
  return lines.flatMap((lineWords) => {
    const line = place(visualRuns(lineWords.join(" "), direction, subsetOf), measure);
    if (line.width <= maxWidth + 0.5 || lineWords.length === 1) return [line];
    // Shaping across words made the line a little wider than its words: move the last word down.
    const last = lineWords.pop() ?? "";
    return [place(visualRuns(lineWords.join(" "), direction, subsetOf), measure), place(visualRuns(last, direction, subsetOf), measure)];
  });
}
