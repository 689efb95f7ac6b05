import { z } from "zod";
import { languages } from "../shared/language";
import { glossaryLimits } from "./glossary/match";
import { letterIcons, letterKinds, letterLimits, letterSectionTypes } from "./kinds";
import { letterReceiptAnswers, letterStatuses } from "./lifecycle";

const id = z.string({ error: "invalidInput" }).uuid("invalidInput");
const language = z.enum(languages, { error: "invalidChoice" });
// Writers paste from other documents: keep their line breaks, refuse only what a database cannot hold.
const writing = (max: number) =>
  z
    .string({ error: "invalidInput" })
    .max(max, "tooLong")
    .refine((text) => !text.includes("\u0000"), "invisibleCharacters");
const sectionKey = z
  .string({ error: "invalidInput" })
  .regex(/^[a-z][A-Za-z0-9]*$/, "invalidInput")
  .max(letterLimits.sectionKey, "tooLong");

export const letterIdInput = z.object({ id });
/** A letter as staff open it: the newest version, or an earlier one. */
export const getLetterInput = z.object({ id, version: z.number().int().min(1).optional() });

/**
 * A new letter, from a meeting or from a family account, to one or more family accounts: each
 * addressee gets a letter of their own (a letter to a child and one to a parent are two letters).
 */
export const createLetterInput = z
  .object({
    kind: z.enum(letterKinds, { error: "invalidChoice" }),
    language,
    meetingId: id.nullish(),
    familyId: id.nullish(),
    addresseeIds: z
      .array(id, { error: "letterNoAddressee" })
      .min(1, "letterNoAddressee")
      .max(10, "tooLong")
      .transform((ids) => [...new Set(ids)]),
  })
  .superRefine((input, ctx) => {
    if (!input.meetingId === !input.familyId) ctx.addIssue({ code: "custom", path: ["meetingId"], message: "letterSourceRequired" });
  });
export type CreateLetterInput = z.output<typeof createLetterInput>;

const planRow = z.object({
  what: writing(letterLimits.planCell),
  who: writing(letterLimits.planCell),
  byWhen: writing(letterLimits.planCell),
  howWeKnow: writing(letterLimits.planCell),
});

const sectionBase = {
  key: sectionKey,
  heading: z.string().trim().min(1, "required").max(letterLimits.heading, "tooLong").optional(),
};

/** What a section says, as the writer's screen sends it; its heading may be reworded. */
export const sectionContentInput = z.discriminatedUnion(
  "type",
  [
    z.object({ ...sectionBase, type: z.literal("text"), text: writing(letterLimits.sectionText) }),
    z.object({ ...sectionBase, type: z.literal("steps"), steps: z.array(writing(letterLimits.step)).max(letterLimits.steps, "tooLong") }),
    z.object({ ...sectionBase, type: z.literal("planTable"), rows: z.array(planRow).max(letterLimits.planRows, "tooLong") }),
  ],
  { error: "invalidInput" },
);
export type SectionContentInput = z.output<typeof sectionContentInput>;

/**
 * An autosave of the draft. `revision` is the one the screen last saw: a save from a screen
 * that has missed another save is refused rather than overwriting it.
 */
export const saveDraftInput = z.object({
  id,
  revision: z.number().int().min(0).optional(),
  sections: z.array(sectionContentInput).max(letterLimits.sections, "tooLong"),
});
export type SaveDraftInput = z.output<typeof saveDraftInput>;

/** Sending for approval; a worker may name the colleague who will review it, when the organisation allows. */
export const submitLetterInput = z.object({ id, reviewerId: id.nullish() });
export type SubmitLetterInput = z.output<typeof submitLetterInput>;

const comment = z.string({ error: "required" }).trim().min(1, "required").max(letterLimits.comment, "tooLong");

export const returnLetterInput = z.object({ id, comment });
export const approveLetterInput = z.object({ id, comment: comment.optional() });
/** A correction says what was wrong, for the review history. */
export const correctLetterInput = z.object({ id, comment });

export const letterListViews = ["mine", "team", "toApprove"] as const;
export const letterDueFilters = ["due", "overdue"] as const;

export const listLettersInput = z
  .object({
    view: z.enum(letterListViews, { error: "invalidChoice" }).default("mine"),
    status: z.enum(letterStatuses, { error: "invalidChoice" }).optional(),
    due: z.enum(letterDueFilters, { error: "invalidChoice" }).optional(),
    limit: z.number().int().min(1).max(200).default(100),
  })
  .optional();
export type ListLettersInput = z.output<typeof listLettersInput>;

const wording = z.object({
  heading: z.string({ error: "required" }).trim().min(1, "required").max(letterLimits.heading, "tooLong"),
  prompt: z.string({ error: "required" }).trim().min(1, "required").max(letterLimits.prompt, "tooLong"),
});

export const templateSectionInput = z.object({
  key: sectionKey,
  type: z.enum(letterSectionTypes, { error: "invalidChoice" }),
  required: z.boolean({ error: "invalidInput" }),
  icon: z.enum(letterIcons, { error: "invalidChoice" }).nullable(),
  wording: z.object({ en: wording, cy: wording, ar: wording }),
});

/** A kind's template as the participation team edits it: every heading and prompt in the three languages. */
export const updateTemplateInput = z.object({
  kind: z.enum(letterKinds, { error: "invalidChoice" }),
  sections: z
    .array(templateSectionInput)
    .min(1, "required")
    .max(letterLimits.sections, "tooLong")
    .superRefine((sections, ctx) => {
      const seen = new Set<string>();
      sections.forEach((section, index) => {
        if (seen.has(section.key)) ctx.addIssue({ code: "custom", path: [index, "key"], message: "letterSectionKeysRepeat" });
        seen.add(section.key);
      });
    }),
});
export type UpdateTemplateInput = z.output<typeof updateTemplateInput>;

export const glossaryListInput = z.object({ language: language.optional() }).optional();

/** A glossary term, new (no id) or edited; `disabled` takes it out of the writers' help without losing it. */
export const upsertGlossaryInput = z.object({
  id: id.optional(),
  language,
  term: z.string({ error: "required" }).trim().min(1, "required").max(glossaryLimits.term, "tooLong"),
  swap: z.string({ error: "required" }).trim().min(1, "required").max(glossaryLimits.swap, "tooLong"),
  forms: z.array(z.string().trim().min(1, "required").max(glossaryLimits.term, "tooLong")).max(glossaryLimits.forms, "tooLong").default([]),
  disabled: z.boolean().default(false),
});
export type UpsertGlossaryInput = z.output<typeof upsertGlossaryInput>;

/** Opening a letter as the family: the version they were last sent, or an earlier one. */
export const readLetterInput = z.object({ id, version: z.number().int().min(1).optional() });

/** What the family says about the version they read, with an optional reply. */
export const letterReceiptInput = z.object({
  id,
  version: z.number({ error: "invalidInput" }).int().min(1),
  answer: z.enum(letterReceiptAnswers, { error: "invalidChoice" }),
  reply: z
    .string()
    .trim()
    .max(letterLimits.reply, "tooLong")
    .refine((text) => !text.includes("\u0000"), "invisibleCharacters")
    .optional()
    .transform((text) => (text ? text : undefined)),
});
export type LetterReceiptInput = z.output<typeof letterReceiptInput>;

export const letterTaskIdInput = z.object({ id });
