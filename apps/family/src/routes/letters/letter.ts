/**
 * What the letter screens work out from a letter as the API sends it: which sections to show,
 * where the glossary's words are in a text, what a section's read-aloud says, which version
 * came before. No DOM, so it is tested as it is.
 */
import type { RouterOutputs } from "@heard/api";
import { type GlossaryMatcher, type LetterIcon, type LetterSection, planColumns, sectionIsEmpty } from "@heard/domain/rules";

export type OpenedLetter = RouterOutputs["letters"]["read"];
export type LetterInList = RouterOutputs["letters"]["mine"][number];
export type PlanColumn = (typeof planColumns)[number];

/** A stretch of text: plain, or a glossary term as written there with its everyday explanation. */
export type Run = { text: string; term?: undefined } | { text: string; term: string; explanation: string };

/** A text cut into plain runs and glossary terms, in order; joined, the runs are the text again. */
export function glossaryRuns(text: string, match: GlossaryMatcher): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const found of match(text)) {
    if (found.start > at) runs.push({ text: text.slice(at, found.start) });
    runs.push({ text: found.text, term: found.term, explanation: found.swap });
    at = found.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/** A text section's paragraphs: the writer's blank lines divide them (single line breaks stay in them). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** The sections with something in them: a section the writer left empty is not shown to the family. */
export function sectionsToShow(sections: readonly LetterSection[]): LetterSection[] {
  return sections.filter((section) => !sectionIsEmpty(section));
}

/** One row of a plan without its empty cells. */
function filledCells(row: Record<PlanColumn, string>): PlanColumn[] {
  return planColumns.filter((column) => row[column].trim() !== "");
}

/** What "Read aloud" says for a section: its heading, then its words, steps or plan rows (each cell after its column's name). */
export function spokenText(section: LetterSection, columnName: (column: PlanColumn) => string): string {
  const sentence = (text: string) => {
    const trimmed = text.trim();
    return /[.!?؟。]$/.test(trimmed) ? trimmed : `${trimmed}.`;
  };
  const parts = [section.heading];
  switch (section.type) {
    case "text":
      parts.push(...paragraphsOf(section.text));
      break;
    case "steps":
      parts.push(...section.steps.filter((step) => step.trim() !== ""));
      break;
    case "planTable":
      for (const row of section.rows) parts.push(...filledCells(row).map((column) => `${columnName(column)}: ${row[column]}`));
      break;
  }
  return parts.map(sentence).join(" ");
}

/** The steps of a steps section that say something. */
export function stepsToShow(steps: readonly string[]): string[] {
  return steps.filter((step) => step.trim() !== "");
}

/** The plan rows that say something. */
export function rowsToShow<Row extends Record<PlanColumn, string>>(rows: readonly Row[]): Row[] {
  return rows.filter((row) => filledCells(row).length > 0);
}

/** The sent version just before the one shown, if there is one (the API lists them newest first). */
export function earlierVersion(letter: Pick<OpenedLetter, "version" | "versions">): number | null {
  const before = letter.versions.map((v) => v.number).filter((n) => n < letter.version);
  return before.length > 0 ? Math.max(...before) : null;
}

/** Where a letter opens: its newest version, or an earlier one. */
export function letterHref(id: string, version?: number): string {
  return version === undefined ? `/letters/${id}` : `/letters/${id}/version/${version}`;
}

/** A picture beside a section's heading: an emoji, drawn by the phone's own font (nothing to download). */
export const iconPictures: Record<LetterIcon, string> = {
  people: "👥",
  speech: "💬",
  worry: "😟",
  sun: "🌞",
  steps: "👣",
  calendar: "📅",
  phone: "📞",
  heart: "💛",
  star: "⭐",
  ear: "👂",
  pencil: "✏️",
  table: "📋",
};
