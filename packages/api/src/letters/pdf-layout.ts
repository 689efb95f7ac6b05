import { type LetterSection, type PlanRow, planColumns, sectionIsEmpty } from "@heard/domain";
import type { FontSubset, FontWeight } from "./pdf-fonts";
import { breakLines, type Direction, type Line, type Run, type RunMode } from "./pdf-text";

/** What the layout draws on a page: text by its baseline, filled or outlined boxes, rules. */
export type DrawOp =
  | {
      kind: "text";
      text: string;
      subset: FontSubset;
      weight: FontWeight;
      size: number;
      x: number;
      baseline: number;
      mode: RunMode;
      colour: string;
    }
  | { kind: "box"; x: number; y: number; width: number; height: number; fill: string | null; stroke: string | null }
  | { kind: "rule"; x1: number; y1: number; x2: number; y2: number; colour: string };

/** A measured run at a size and weight. */
export type Measurer = (run: Run, weight: FontWeight, size: number) => number;

/** The words around the letter's own, already in the letter's language. */
export type LetterPdfWords = {
  title: string;
  organisation: string;
  /** "For Sam", "From Jo", the date (and "updated on …" for a correction). */
  heading: string[];
  planColumns: Record<keyof PlanRow, string>;
  page: (page: number, count: number) => string;
};

export type LetterPdfLayout = {
  direction: Direction;
  sections: readonly LetterSection[];
  words: LetterPdfWords;
};

/** A4 in points, the margins, and the type. Big and plain: many readers are children. */
export const page = { width: 595.28, height: 841.89 } as const;
const margin = { side: 56, top: 56, bottom: 72, footer: 40 } as const;
const ink = "#1a1a1a";
const grey = "#4d4d4d";
const border = "#8c8c8c";
const headerFill = "#e6e6e6";
type Style = { size: number; leading: number; weight: FontWeight; colour: string };
const styles = {
  title: { size: 22, leading: 30, weight: "bold", colour: ink },
  meta: { size: 12, leading: 18, weight: "regular", colour: ink },
  small: { size: 10, leading: 14, weight: "regular", colour: grey },
  heading: { size: 15, leading: 22, weight: "bold", colour: ink },
  body: { size: 12.5, leading: 19, weight: "regular", colour: ink },
  cell: { size: 10.5, leading: 15, weight: "regular", colour: ink },
  cellHeading: { size: 10.5, leading: 15, weight: "bold", colour: ink },
} as const satisfies Record<string, Style>;
const gap = { paragraph: 6, afterHeading: 4, section: 16, step: 4, cellPadding: 5 } as const;
const columnShares: Record<keyof PlanRow, number> = { what: 0.3, who: 0.2, byWhen: 0.18, howWeKnow: 0.32 };
const stepGutter = 26;

/**
 * The pages a letter takes, as drawing operations, so the page count is known before anything
 * is drawn (for "page 1 of 2") and the PDF can be written page by page as it is sent.
 */
export function layOutLetter(letter: LetterPdfLayout, measure: Measurer, subsetOf: (codePoint: number) => FontSubset): DrawOp[][] {
  const rtl = letter.direction === "rtl";
  const left = margin.side;
  const right = page.width - margin.side;
  const bottom = page.height - margin.bottom;
  const pages: DrawOp[][] = [[]];
  let y = margin.top;
  let onNewPage: (() => void) | null = null;

  const current = () => pages[pages.length - 1] as DrawOp[];
  const newPage = () => {
    pages.push([]);
    y = margin.top;
    onNewPage?.();
  };
  /** Room for `height` more on this page, or a new page (never a new one for a page still empty). */
  const ensure = (height: number) => {
    if (y + height > bottom && y > margin.top) newPage();
  };
  const lines = (text: string, style: Style, width: number): Line[] =>
    breakLines(text, width, letter.direction, (run) => measure(run, style.weight, style.size), subsetOf);
  /** Draws one line with its top at `top`, in a column from `from` to `to`, at its start (the reading side) or its end. */
  const drawLine = (line: Line, style: Style, top: number, from: number, to: number, end = false, ops = current()) => {
    const start = rtl !== end ? to - line.width : from;
    const baseline = top + (style.leading - style.size) / 2 + style.size * 0.8;
    for (const run of line.runs) {
      if (run.text.trim() === "") continue;
      ops.push({
        kind: "text",
        text: run.text,
        subset: run.subset,
        weight: style.weight,
        size: style.size,
        x: start + run.x,
        baseline,
        mode: run.mode,
        colour: style.colour,
      });
    }
  };
  /** Paragraphs of a text, breaking across pages between lines. */
  const paragraphs = (text: string, style: Style, from: number, to: number) => {
    const blocks = text.split(/\r?\n/).map((p) => p.trim());
    blocks.forEach((block, index) => {
      if (block === "") {
        if (index > 0) y += gap.paragraph;
        return;
      }
      for (const line of lines(block, style, to - from)) {
        ensure(style.leading);
        drawLine(line, style, y, from, to);
        y += style.leading;
      }
      if (index < blocks.length - 1) y += gap.paragraph;
    });
  };

  // The letter's head: who it is from, the title, whom it is for and when.
  paragraphs(letter.words.organisation, styles.small, left, right);
  y += 6;
  paragraphs(letter.words.title, styles.title, left, right);
  for (const line of letter.words.heading) paragraphs(line, styles.meta, left, right);
  y += 8;
  current().push({ kind: "rule", x1: left, y1: y, x2: right, y2: y, colour: border });
  y += gap.section;

  for (const section of letter.sections) {
    if (sectionIsEmpty(section)) continue;
    const heading = lines(section.heading, styles.heading, right - left);
    const table =
      section.type === "planTable"
        ? planTable(section.rows.filter((row) => planColumns.some((column) => row[column].trim() !== "")))
        : null;
    // A heading never ends a page: it keeps the start of what it heads with it.
    ensure(heading.length * styles.heading.leading + gap.afterHeading + (table?.keep ?? 2 * styles.body.leading));
    for (const line of heading) {
      drawLine(line, styles.heading, y, left, right);
      y += styles.heading.leading;
    }
    y += gap.afterHeading;
    if (section.type === "text") paragraphs(section.text, styles.body, left, right);
    if (section.type === "steps") {
      let number = 0;
      for (const step of section.steps) {
        if (step.trim() === "") continue;
        number += 1;
        const stepLines = lines(step, styles.body, right - left - stepGutter);
        ensure(styles.body.leading * Math.min(2, stepLines.length));
        const [label] = lines(`${number}.`, styles.body, stepGutter);
        if (label) drawLine(label, styles.body, y, rtl ? right - stepGutter : left, rtl ? right : left + stepGutter);
        for (const line of stepLines) {
          ensure(styles.body.leading);
          drawLine(line, styles.body, y, rtl ? left : left + stepGutter, rtl ? right - stepGutter : right);
          y += styles.body.leading;
        }
        y += gap.step;
      }
    }
    if (table) {
      table.draw();
      onNewPage = null;
    }
    y += gap.section;
  }

  /**
   * The plan as a table: its header row again at the top of each page it runs onto; a row
   * breaks only if a page cannot hold it. `keep`: the header and first row, kept together.
   */
  function planTable(rows: PlanRow[]) {
    const width = right - left;
    let offset = 0;
    const columns = planColumns.map((column) => {
      const columnWidth = width * columnShares[column];
      const from = rtl ? right - offset - columnWidth : left + offset;
      offset += columnWidth;
      return { column, from, to: from + columnWidth };
    });
    const inner = (c: { from: number; to: number }) => [c.from + gap.cellPadding, c.to - gap.cellPadding] as const;
    const cellLines = (cells: Record<keyof PlanRow, string>, style: Style) =>
      columns.map((c) => {
        const [from, to] = inner(c);
        return lines(cells[c.column], style, to - from);
      });
    const drawRow = (cells: Line[][], style: Style, fill: string | null) => {
      const height = Math.max(1, ...cells.map((c) => c.length)) * style.leading + 2 * gap.cellPadding;
      columns.forEach((c, i) => {
        current().push({ kind: "box", x: c.from, y, width: c.to - c.from, height, fill, stroke: border });
        const [from, to] = inner(c);
        (cells[i] ?? []).forEach((line, n) => {
          drawLine(line, style, y + gap.cellPadding + n * style.leading, from, to);
        });
      });
      y += height;
    };
    const header = cellLines(letter.words.planColumns, styles.cellHeading);
    const headerHeight = Math.max(...header.map((c) => c.length)) * styles.cellHeading.leading + 2 * gap.cellPadding;
    const drawHeader = () => drawRow(header, styles.cellHeading, headerFill);
    const rowLines = rows.map((row) => cellLines(row, styles.cell));
    const firstHeight = Math.max(1, ...(rowLines[0] ?? []).map((c) => c.length)) * styles.cell.leading + 2 * gap.cellPadding;
    const keep = headerHeight + Math.min(firstHeight, bottom - margin.top - headerHeight);
    return { keep, draw: () => drawRows(keep) };

    function drawRows(keep: number) {
      ensure(keep);
      drawHeader();
      onNewPage = drawHeader;
      for (let cells of rowLines) {
        while (cells.some((c) => c.length > 0)) {
          const tallest = Math.max(...cells.map((c) => c.length));
          const room = Math.floor((bottom - y - 2 * gap.cellPadding) / styles.cell.leading);
          if (tallest <= room) {
            drawRow(cells, styles.cell, null);
            break;
          }
          const fullPage = Math.floor((bottom - margin.top - headerHeight - 2 * gap.cellPadding) / styles.cell.leading);
          if (tallest <= fullPage || room < 1) {
            newPage();
            continue;
          }
          // Taller than a whole page (very long cells): what fits here, the rest on the next page.
          drawRow(
            cells.map((c) => c.slice(0, room)),
            styles.cell,
            null,
          );
          cells = cells.map((c) => c.slice(room));
          newPage();
        }
      }
    }
  }

  // Each page's foot: the organisation at the reading side, "page n of N" at the other.
  const foot = page.height - margin.footer;
  pages.forEach((ops, index) => {
    const [name] = lines(letter.words.organisation, styles.small, (right - left) / 2);
    const [number] = lines(letter.words.page(index + 1, pages.length), styles.small, (right - left) / 2);
    if (name) drawLine(name, styles.small, foot, left, right, false, ops);
    if (number) drawLine(number, styles.small, foot, left, right, true, ops);
  });
  return pages;
}
