import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { inflateSync } from "node:zlib";

/**
 * The fonts a letter's PDF is set in: Noto Sans (its `latin` file, and `latin-ext` for Welsh ŵ
 * and ŷ) and Noto Sans Arabic, from the @fontsource packages (OFL). Each file holds one
 * Unicode subset, so every run of text is set in the file that has its characters. pdfkit
 * embeds only the glyphs a document uses.
 */

/**
 * A WOFF file as the plain OpenType font inside it. fontkit reads WOFF itself, but inflates a
 * table (in JavaScript) each time it reads from it, once per glyph embedded: seconds for an
 * Arabic letter. Unpacked once here, every read is a slice.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error("not a WOFF file");
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const packed = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const bytes = woff.subarray(offset, offset + packed);
    return {
      tag: woff.readUInt32BE(entry),
      checksum: woff.readUInt32BE(entry + 16),
      data: packed < length ? inflateSync(bytes) : bytes,
    };
  });
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + count * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    header.writeUInt32BE(table.tag, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padding = (4 - (table.data.length % 4)) % 4;
    parts.push(table.data, Buffer.alloc(padding));
    offset += table.data.length + padding;
  });
  return Buffer.concat(parts);
}
export const fontSubsets = ["latin", "latinExt", "arabic"] as const;
export type FontSubset = (typeof fontSubsets)[number];
export type FontWeight = "regular" | "bold";

const files: Record<FontSubset, { pkg: string; file: (weight: number) => string; rangeKey: string }> = {
  latin: { pkg: "@fontsource/noto-sans", file: (w) => `noto-sans-latin-${w}-normal.woff`, rangeKey: "latin" },
  latinExt: { pkg: "@fontsource/noto-sans", file: (w) => `noto-sans-latin-ext-${w}-normal.woff`, rangeKey: "latin-ext" },
  arabic: { pkg: "@fontsource/noto-sans-arabic", file: (w) => `noto-sans-arabic-arabic-${w}-normal.woff`, rangeKey: "arabic" },
};

const weights: Record<FontWeight, number> = { regular: 400, bold: 700 };

/** The name a font is registered under in a document. */
export function fontName(subset: FontSubset, weight: FontWeight): string {
  return `${subset}-${weight}`;
}

// Resolved from the installed packages (the server bundle keeps them as dependencies beside it).
const resolveFrom = createRequire(import.meta.url);

type Range = readonly [number, number];
type Fonts = { files: Map<string, Buffer>; ranges: Record<FontSubset, Range[]> };
let loaded: Fonts | undefined;

/** "U+0600-06FF,U+200C" → [[0x600, 0x6ff], [0x200c, 0x200c]], as the packages' unicode.json writes them. */
export function parseUnicodeRanges(text: string): Range[] {
  return text.split(",").map((part) => {
    const [from = "0", to] = part.trim().replace(/^U\+/i, "").split("-");
    const start = Number.parseInt(from, 16);
    return [start, to === undefined ? start : Number.parseInt(to, 16)] as const;
  });
}

/** The font files and the characters each holds, read once per process on first use. */
export function letterFonts(): Fonts {
  if (loaded) return loaded;
  const fontFiles = new Map<string, Buffer>();
  const ranges = {} as Record<FontSubset, Range[]>;
  for (const subset of fontSubsets) {
    const { pkg, file, rangeKey } = files[subset];
    const unicode = JSON.parse(readFileSync(resolveFrom.resolve(`${pkg}/unicode.json`), "utf8")) as Record<string, string>;
    ranges[subset] = parseUnicodeRanges(unicode[rangeKey] ?? "");
    for (const weight of ["regular", "bold"] as const) {
      const woff = readFileSync(resolveFrom.resolve(`${pkg}/files/${file(weights[weight])}`));
      fontFiles.set(fontName(subset, weight), woffToSfnt(woff));
    }
  }
  loaded = { files: fontFiles, ranges };
  return loaded;
}

const inRanges = (ranges: readonly Range[], codePoint: number) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

/** The font file that holds a character: Latin first, then Arabic, then Latin Extended; anything else falls back to Latin. */
export function subsetOf(codePoint: number, ranges: Record<FontSubset, readonly Range[]>): FontSubset {
  if (inRanges(ranges.latin, codePoint)) return "latin";
  if (inRanges(ranges.arabic, codePoint)) return "arabic";
  if (inRanges(ranges.latinExt, codePoint)) return "latinExt";
  return "latin";
}
