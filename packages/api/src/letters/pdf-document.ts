import type { Language, LetterKind, LetterSection } from "@heard/domain";
import { serverTranslator } from "../platform/i18n";
import { type FontSubset, fontName, letterFonts, subsetOf } from "./pdf-fonts";
import { type DrawOp, type LetterPdfWords, layOutLetter, type Measurer, page } from "./pdf-layout";

/** What a letter's PDF shows: the letter's own words and who and when it is for. */
export type LetterForPdf = {
  kind: LetterKind;
  language: Language;
  sections: readonly LetterSection[];
  addresseeName: string;
  writerName: string;
  organisationName: string;
  version: number;
  /** When this version was sent; null for one not sent yet (staff only). */
  sentAt: Date | null;
};

type PdfDocument = PDFKit.PDFDocument;
type PdfDocumentClass = new (options?: PDFKit.PDFDocumentOptions) => PdfDocument;
let pdfkit: Promise<PdfDocumentClass> | undefined;

/** pdfkit and its font engine load on the first PDF, not at start. */
function loadPdfkit(): Promise<PdfDocumentClass> {
  pdfkit ??= import("pdfkit").then((module) => module.default as unknown as PdfDocumentClass);
  return pdfkit;
}

const locales: Record<Language, string> = { en: "en-GB", cy: "cy", ar: "ar" };

/** A day as the letter's language writes it, in UK time, with Western digits (as the apps write them). */
export function letterDate(moment: Date, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/London",
    numberingSystem: "latn",
  }).format(moment);
}

async function wordsFor(letter: LetterForPdf, today: Date): Promise<LetterPdfWords> {
  const t = await serverTranslator(letter.language, "letters");
  const date = letterDate(letter.sentAt ?? today, letter.language);
  const when = !letter.sentAt ? t("pdf.draft", { date }) : letter.version > 1 ? t("pdf.updated", { date }) : t("pdf.sent", { date });
  const number = new Intl.NumberFormat(locales[letter.language], { numberingSystem: "latn" });
  return {
    title: t(`kinds.${letter.kind}`),
    organisation: letter.organisationName,
    heading: [t("pdf.for", { name: letter.addresseeName }), t("pdf.from", { name: letter.writerName }), when],
    planColumns: {
      what: t("pdf.plan.what"),
      who: t("pdf.plan.who"),
      byWhen: t("pdf.plan.byWhen"),
      howWeKnow: t("pdf.plan.howWeKnow"),
    },
    page: (n, count) => t("pdf.page", { page: number.format(n), count: number.format(count) }),
  };
}

function draw(doc: PdfDocument, op: DrawOp) {
  switch (op.kind) {
    case "text": {
      doc.font(fontName(op.subset, op.weight)).fontSize(op.size).fillColor(op.colour);
      const options = { lineBreak: false, baseline: "alphabetic" } as const;
      // An Arabic word is shaped by fontkit's Arabic shaper without naming features (naming
      // any, such as "rtla", turns off pdfkit's layout cache): the line's order is ours.
      if (op.mode !== "glyphs") doc.text(op.text, op.x, op.baseline, options);
      else {
        let x = op.x;
        for (const char of op.text) {
          doc.text(char, x, op.baseline, options);
          x += doc.widthOfString(char);
        }
      }
      return;
    }
    case "box":
      doc.lineWidth(0.75).rect(op.x, op.y, op.width, op.height);
      if (op.fill && op.stroke) doc.fillAndStroke(op.fill, op.stroke);
      else if (op.fill) doc.fill(op.fill);
      else if (op.stroke) doc.stroke(op.stroke);
      return;
    case "rule":
      doc.lineWidth(0.75).moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).stroke(op.colour);
      return;
  }
}

/** The parts of pdfkit's embedded font used below (pdfkit 0.20; the Arabic PDF test fails if they change). */
type EmbeddedFont = {
  layout(text: string, features?: unknown): { glyphs: { id: number; codePoints: number[]; advanceWidth: number }[]; positions: unknown[] };
  subset: { glyphs: number[]; includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  scale: number;
  encode(text: string, features?: unknown): [string[], unknown[]];
  /** fontkit's font, which keeps one glyph object per shape with the letter it was first used for. */
  font: { getGlyph(id: number, codePoints?: number[]): { codePoints: number[] } | null };
};

/** fontkit's font of each file, parsed once per process and shared by every document (each embeds its own subset). */
const parsedFonts = new Map<string, EmbeddedFont["font"]>();
const keepsLetters = new WeakSet<object>();

/**
 * Noto Sans Arabic draws letters that differ only by their dots (ح ج خ, ب ت ث ن ي) as one
 * shared shape plus dot marks. pdfkit maps each glyph of the embedded font to one letter for
 * text extraction, so the first letter seen would stand for all of them, and copying, search
 * and screen readers would read "الاحتماع" for "الاجتماع". This gives a shape a copy of its own
 * in the embedded font for each letter it draws (a few hundred bytes each), so each maps to its letter.
 */
function oneGlyphPerLetter(font: EmbeddedFont) {
  const fontkitFont = font.font;
  if (!keepsLetters.has(fontkitFont)) {
    keepsLetters.add(fontkitFont);
    const getGlyph = fontkitFont.getGlyph.bind(fontkitFont);
    // The shaper knows which letter each glyph draws; keep it on the glyph handed back.
    fontkitFont.getGlyph = (id, codePoints = []) => {
      const glyph = getGlyph(id, codePoints);
      if (!glyph || codePoints.length === 0 || glyph.codePoints.join(",") === codePoints.join(",")) return glyph;
      return Object.assign(Object.create(glyph) as typeof glyph, { codePoints });
    };
  }
  const gids = new Map<string, number>();
  font.encode = (text, features) => {
    const { glyphs, positions } = font.layout(text, features);
    const codes = glyphs.map((glyph) => {
      const key = `${glyph.id}:${glyph.codePoints.join(",")}`;
      let gid = gids.get(key);
      if (gid === undefined) {
        gid = font.subset.includeGlyph(glyph.id);
        const mapped = font.unicode[gid];
        if (mapped && mapped.join(",") !== glyph.codePoints.join(",")) {
          font.subset.glyphs.push(glyph.id);
          gid = font.subset.glyphs.length - 1;
        }
        gids.set(key, gid);
        font.widths[gid] ??= glyph.advanceWidth * font.scale;
        font.unicode[gid] ??= glyph.codePoints;
      }
      return `0000${gid.toString(16)}`.slice(-4);
    });
    return [codes, positions];
  };
}

export type LetterPdf = { pages: number; bytes: AsyncIterable<Uint8Array> };

/**
 * The letter as a PDF: laid out first (so a layout failure is answered before any byte is
 * sent, and "page n of N" is known), then written page by page as the download is read.
 */
export async function letterPdf(letter: LetterForPdf, today: Date): Promise<LetterPdf> {
  const [PDFDocument, words] = await Promise.all([loadPdfkit(), wordsFor(letter, today)]);
  const fonts = letterFonts();
  const doc = new PDFDocument({
    size: "A4",
    margin: 0,
    autoFirstPage: false,
    // No default font: only the Noto files below are ever used (and embedded, as subsets).
    font: null as unknown as undefined,
    lang: letter.language,
    displayTitle: true,
    info: { Title: words.title, Author: letter.organisationName, Creator: "Heard", Producer: "Heard" },
  });
  for (const [name, file] of fonts.files) {
    doc.registerFont(name, (parsedFonts.get(name) ?? file) as Buffer);
    doc.font(name);
    const font = (doc as unknown as { _font: EmbeddedFont })._font;
    parsedFonts.set(name, font.font);
    if (name.startsWith("arabic")) oneGlyphPerLetter(font);
  }
  const measure: Measurer = (run, weight, size) => {
    doc.font(fontName(run.subset, weight)).fontSize(size);
    return doc.widthOfString(run.text);
  };
  const pages = layOutLetter(
    { direction: letter.language === "ar" ? "rtl" : "ltr", sections: letter.sections, words },
    measure,
    (codePoint): FontSubset => subsetOf(codePoint, fonts.ranges),
  );
  async function* bytes(): AsyncGenerator<Uint8Array> {
    for (const ops of pages) {
      doc.addPage({ size: [page.width, page.height], margin: 0 });
      for (const op of ops) draw(doc, op);
      // pdfkit writes a page out when the next one starts; send what it has so far.
      for (let chunk = doc.read() as Buffer | null; chunk; chunk = doc.read() as Buffer | null) yield chunk;
    }
    doc.end();
    for await (const chunk of doc as AsyncIterable<Buffer>) yield chunk;
  }
  return { pages: pages.length, bytes: bytes() };
}
