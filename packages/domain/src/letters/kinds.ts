import type { Language } from "../shared/language";

/**
 * Child-friendly letters: after a child protection conference (initial or review), after a
 * child in need or children in care review, the plan a family group conference made for the
 * child, or a letter of the writer's own.
 */
export const letterKinds = ["cpConference", "review", "fgcPlan", "free"] as const;
export type LetterKind = (typeof letterKinds)[number];

/** How a section is written: words, numbered steps, or a plan as a table. */
export const letterSectionTypes = ["text", "steps", "planTable"] as const;
export type LetterSectionType = (typeof letterSectionTypes)[number];

/** Pictures a section may carry beside its heading; the apps draw them. */
export const letterIcons = [
  "people",
  "speech",
  "worry",
  "sun",
  "steps",
  "calendar",
  "phone",
  "heart",
  "star",
  "ear",
  "pencil",
  "table",
] as const;
export type LetterIcon = (typeof letterIcons)[number];

/** One row of a plan: what will happen, who will do it, by when, how we will know it worked. */
export type PlanRow = { what: string; who: string; byWhen: string; howWeKnow: string };
export const planColumns = ["what", "who", "byWhen", "howWeKnow"] as const satisfies readonly (keyof PlanRow)[];

/** What a section says, by its type. */
export type LetterSectionContent =
  | { type: "text"; text: string }
  | { type: "steps"; steps: string[] }
  | { type: "planTable"; rows: PlanRow[] };

/** A section of a letter as it is kept with the letter: its heading in the letter's language, and what it says. */
export type LetterSection = LetterSectionContent & {
  key: string;
  heading: string;
  required: boolean;
  icon: LetterIcon | null;
};

/** A heading and the prompt the writer sees under it, in one language. */
export type SectionWording = { heading: string; prompt: string };

/** A section of a template: what a new letter of its kind starts with. */
export type TemplateSection = {
  key: string;
  type: LetterSectionType;
  required: boolean;
  icon: LetterIcon | null;
  wording: Record<Language, SectionWording>;
};

export type LetterTemplate = { kind: LetterKind; sections: TemplateSection[] };

/** Limits that keep a letter a letter. */
export const letterLimits = {
  sectionText: 4000,
  heading: 120,
  prompt: 400,
  steps: 20,
  step: 400,
  planRows: 20,
  planCell: 300,
  sections: 20,
  sectionKey: 40,
  reply: 2000,
  comment: 2000,
} as const;

/** The empty content a new section of a type starts with. */
export function emptyContent(type: LetterSectionType): LetterSectionContent {
  switch (type) {
    case "text":
      return { type, text: "" };
    case "steps":
      return { type, steps: [] };
    case "planTable":
      return { type, rows: [] };
  }
}

/** A new letter's sections from its template, in the letter's language. */
export function sectionsFromTemplate(template: LetterTemplate, language: Language): LetterSection[] {
  return template.sections.map((section) => ({
    key: section.key,
    heading: section.wording[language].heading,
    required: section.required,
    icon: section.icon,
    ...emptyContent(section.type),
  }));
}

/** Whether a section says anything: blank words, steps and rows do not count. */
export function sectionIsEmpty(section: LetterSectionContent): boolean {
  switch (section.type) {
    case "text":
      return section.text.trim() === "";
    case "steps":
      return section.steps.every((step) => step.trim() === "");
    case "planTable":
      return section.rows.every((row) => planColumns.every((column) => row[column].trim() === ""));
  }
}

/** The keys of required sections that say nothing: a letter cannot go for approval with any. */
export function emptyRequiredSections(sections: readonly LetterSection[]): string[] {
  return sections.filter((section) => section.required && sectionIsEmpty(section)).map((section) => section.key);
}

/**
 * A section's words as sentences for the reading age: a step or a plan row is read as a
 * sentence of its own even when the writer left off the full stop.
 */
export function sectionSentences(section: LetterSectionContent): string[] {
  switch (section.type) {
    case "text":
      return [section.text];
    case "steps":
      return section.steps;
    case "planTable":
      return section.rows.flatMap((row) => planColumns.map((column) => row[column]));
  }
}
