import type { LetterSection } from "@heard/domain";
import { describe, expect, it } from "vitest";
import { type DrawOp, type LetterPdfWords, layOutLetter, page } from "./pdf-layout";

/** Every character half the type size wide; Latin only. */
const measure = (run: { text: string }, _weight: unknown, size: number) => [...run.text].length * size * 0.5;
const latin = () => "latin" as const;

const words: LetterPdfWords = {
  title: "Letter after a child protection conference",
  organisation: "Testshire Council",
  heading: ["For Sam", "From Jo", "Sent on 2 March 2026"],
  planColumns: { what: "What will happen", who: "Who will do it", byWhen: "By when", howWeKnow: "How we will know it worked" },
  page: (n, count) => `Page ${n} of ${count}`,
};

const texts = (ops: DrawOp[]) => ops.flatMap((op) => (op.kind === "text" ? [op] : []));
const pageText = (ops: DrawOp[]) =>
  texts(ops)
    .map((op) => op.text)
    .join(" ");

const text = (key: string, heading: string, body: string): LetterSection => ({
  key,
  heading,
  type: "text",
  text: body,
  required: true,
  icon: null,
});
const plan = (rows: number): LetterSection => ({
  key: "plan",
  heading: "The plan",
  type: "planTable",
  required: true,
  icon: null,
  rows: Array.from({ length: rows }, (_, i) => ({
    what: `Row ${i + 1} what will happen`,
    who: "Mum",
    byWhen: "May",
    howWeKnow: "School says so ".repeat(1 + (i % 4)),
  })),
});

describe("laying out a letter's pages", () => {
  it("numbers every page and keeps all text between the margins", () => {
    const pages = layOutLetter(
      { direction: "ltr", sections: [text("a", "What we talked about", "Home and school. ".repeat(300))], words },
      measure,
      latin,
    );
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((ops, i) => {
      expect(pageText(ops)).toContain(`Page ${i + 1} of ${pages.length}`);
      for (const op of texts(ops)) {
        expect(op.x).toBeGreaterThanOrEqual(56);
        expect(op.x).toBeLessThan(page.width - 56);
        expect(op.baseline).toBeLessThan(page.height - 20);
      }
    });
  });

  it("repeats the plan's header row on each page the table runs onto, and never leaves a heading at the foot of a page", () => {
    const sections = [text("a", "What we talked about", "Home and school. ".repeat(150)), plan(30)];
    const pages = layOutLetter({ direction: "ltr", sections, words }, measure, latin);
    const withRows = pages.filter((ops) => pageText(ops).includes("Row "));
    expect(withRows.length).toBeGreaterThan(1);
    for (const ops of withRows) expect(pageText(ops)).toContain("What will happen");
    // The heading is on the page where the table starts.
    const headingPage = pages.findIndex((ops) => pageText(ops).includes("The plan"));
    expect(pageText(pages[headingPage] ?? [])).toContain("Row 1 ");
    // Each row whole on one page: its first column and last column on the same page.
    for (let i = 1; i <= 30; i++) {
      const on = pages.filter((ops) => pageText(ops).includes(`Row ${i} `));
      expect(on).toHaveLength(1);
    }
  });

  it("leaves out sections with nothing in them and mirrors the page for Arabic", () => {
    const empty: LetterSection = { key: "b", heading: "Nothing here", type: "steps", steps: ["", " "], required: false, icon: null };
    const [ltr] = layOutLetter({ direction: "ltr", sections: [empty, text("a", "Heading", "Words")], words }, measure, latin);
    expect(pageText(ltr ?? [])).not.toContain("Nothing here");
    const [rtl] = layOutLetter({ direction: "rtl", sections: [text("a", "Heading", "Words")], words }, measure, latin);
    const heading = (ops: DrawOp[] | undefined) => texts(ops ?? []).find((op) => op.text === "Heading");
    // Right-aligned: the heading ends at the right margin instead of starting at the left one.
    expect(heading(ltr)?.x).toBe(56);
    expect((heading(rtl)?.x ?? 0) + measure({ text: "Heading" }, "bold", 15)).toBeCloseTo(page.width - 56);
  });
});
