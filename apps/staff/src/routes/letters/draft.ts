import type { Language, LetterKind, LetterSection, letterSchemas, MeetingType, PlanRow } from "@heard/domain";

/** One section's words as `letters.saveDraft` takes them. */
export type SectionWords = letterSchemas.SectionContentInput;

export const emptyRow = (): PlanRow => ({ what: "", who: "", byWhen: "", howWeKnow: "" });

const blankRow = (row: PlanRow) =>
  row.what.trim() === "" && row.who.trim() === "" && row.byWhen.trim() === "" && row.howWeKnow.trim() === "";

/** Sections ready to write in: a list of steps has at least one box, a plan at least one row. */
export function editable(sections: readonly LetterSection[]): LetterSection[] {
  return sections.map((section) => {
    if (section.type === "steps" && section.steps.length === 0) return { ...section, steps: [""] };
    if (section.type === "planTable" && section.rows.length === 0) return { ...section, rows: [emptyRow()] };
    return section;
  });
}

/** What the draft says, section by section, as it is saved: empty step boxes and plan rows are left out. */
export function wordsOf(sections: readonly LetterSection[]): SectionWords[] {
  return sections.map((section): SectionWords => {
    if (section.type === "text") return { key: section.key, type: "text", text: section.text };
    if (section.type === "steps") return { key: section.key, type: "steps", steps: section.steps.filter((step) => step.trim() !== "") };
    return { key: section.key, type: "planTable", rows: section.rows.filter((row) => !blankRow(row)) };
  });
}

export function sameWords(a: readonly SectionWords[], b: readonly SectionWords[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The sections with these words put in, by key (words for a section the letter lacks, or of another type, are left out). */
export function withWords(sections: readonly LetterSection[], words: readonly SectionWords[]): LetterSection[] {
  const byKey = new Map(words.map((w) => [w.key, w]));
  return editable(
    sections.map((section) => {
      const found = byKey.get(section.key);
      if (!found || found.type !== section.type) return section;
      const { heading: _heading, key: _key, ...content } = found;
      return { ...section, ...content } as LetterSection;
    }),
  );
}

/** The words of the sections for the preview and print: what the family will see (blank steps and rows left out). */
export function asSent(sections: readonly LetterSection[]): LetterSection[] {
  return sections.map((section) => {
    if (section.type === "steps") return { ...section, steps: section.steps.filter((step) => step.trim() !== "") };
    if (section.type === "planTable") return { ...section, rows: section.rows.filter((row) => !blankRow(row)) };
    return section;
  });
}

/** The addressees' ids by their preferred language: one letter each, in their own language, one create per language. */
export function byLanguage(addressees: readonly { id: string; preferredLanguage: Language }[]): [Language, string[]][] {
  const groups = new Map<Language, string[]>();
  for (const addressee of addressees)
    groups.set(addressee.preferredLanguage, [...(groups.get(addressee.preferredLanguage) ?? []), addressee.id]);
  return [...groups];
}

/** The kind of letter a meeting usually leads to (the writer may choose another). */
export function kindForMeeting(type: MeetingType | null | undefined): LetterKind {
  switch (type) {
    case "childProtectionConference":
      return "cpConference";
    case "childInNeedReview":
    case "childrenInCareReview":
      return "review";
    case "familyGroupConference":
      return "fgcPlan";
    default:
      return "free";
  }
}
