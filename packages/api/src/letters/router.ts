import { letterSchemas } from "@heard/domain";
import { defineDownload } from "../platform/http";
import { familyProcedure, router, staffProcedure } from "../platform/trpc";
import * as letters from "./service";

const writes = staffProcedure("letters.write");
const approves = staffProcedure("letters.approve");

export const lettersRouter = router({
  /** The template each kind of letter starts from; the participation team edits them. */
  templates: router({
    list: staffProcedure("letters.help").query(({ ctx }) => letters.listTemplates(ctx)),
    update: staffProcedure("letters.templates")
      .input(letterSchemas.updateTemplateInput)
      .mutation(({ ctx, input }) => letters.updateTemplate(ctx, input)),
  }),
  /** Social-work words and their everyday swaps, for the writer's plain-language help. */
  glossary: router({
    list: staffProcedure("letters.help")
      .input(letterSchemas.glossaryListInput)
      .query(({ ctx, input }) => letters.listGlossary(ctx, input)),
    upsert: staffProcedure("letters.templates")
      .input(letterSchemas.upsertGlossaryInput)
      .mutation(({ ctx, input }) => letters.upsertGlossaryTerm(ctx, input)),
  }),
  /** Starts a letter for each addressee, from a meeting or a family account. */
  create: writes.input(letterSchemas.createLetterInput).mutation(({ ctx, input }) => letters.createLetters(ctx, input)),
  get: writes.input(letterSchemas.getLetterInput).query(({ ctx, input }) => letters.getLetter(ctx, input)),
  /** The person's letters, their teams' (due and overdue), or those waiting for their approval. */
  list: writes.input(letterSchemas.listLettersInput).query(({ ctx, input }) => letters.listLetters(ctx, input)),
  /** Autosave: saving the same words again changes nothing. */
  saveDraft: writes.input(letterSchemas.saveDraftInput).mutation(({ ctx, input }) => letters.saveDraft(ctx, input)),
  /** Colleagues the writer may name to review the letter (none unless the organisation allows it). */
  reviewers: writes.input(letterSchemas.letterIdInput).query(({ ctx, input }) => letters.namedReviewers(ctx, input)),
  submit: writes.input(letterSchemas.submitLetterInput).mutation(({ ctx, input }) => letters.submitLetter(ctx, input)),
  return: approves.input(letterSchemas.returnLetterInput).mutation(({ ctx, input }) => letters.returnLetter(ctx, input)),
  approve: approves.input(letterSchemas.approveLetterInput).mutation(({ ctx, input }) => letters.approveLetter(ctx, input)),
  send: writes.input(letterSchemas.letterIdInput).mutation(({ ctx, input }) => letters.sendLetter(ctx, input)),
  /** A new version of a sent letter, to go through approval again. */
  correct: writes.input(letterSchemas.correctLetterInput).mutation(({ ctx, input }) => letters.correctLetter(ctx, input)),
  /** Follow-ups for the writer (a family did not understand all of a letter), for the home page. */
  tasks: writes.query(({ ctx }) => letters.myLetterTasks(ctx)),
  completeTask: writes.input(letterSchemas.letterTaskIdInput).mutation(({ ctx, input }) => letters.completeLetterTask(ctx, input)),
  /** The family member's own letters, newest first, unread ones marked. */
  mine: familyProcedure.query(({ ctx }) => letters.myLetters(ctx)),
  /** Opens a letter (or an earlier version of it) and marks it read. */
  read: familyProcedure.input(letterSchemas.readLetterInput).mutation(({ ctx, input }) => letters.readLetter(ctx, input)),
  /** Understood, not all of it, or "I want to talk to someone", with an optional reply. */
  receipt: familyProcedure.input(letterSchemas.letterReceiptInput).mutation(({ ctx, input }) => letters.giveReceipt(ctx, input)),
});

/**
 * A letter as a PDF: GET /api/exports/letter.pdf?input={"id":…,"version"?:n} for staff (who may
 * open it with `letters.get`), /api/exports/my-letter.pdf?input={"id":…,"version"?:n} for the
 * family member it was sent to (as `letters.read`).
 */
export const letterDownloads = [
  defineDownload({
    path: "/letter.pdf",
    permission: "letters.write",
    input: letterSchemas.getLetterInput,
    produce: letters.staffLetterPdf,
  }),
  defineDownload({
    path: "/my-letter.pdf",
    audience: "family",
    permission: "letters.receive",
    input: letterSchemas.readLetterInput,
    produce: letters.familyLetterPdf,
  }),
];
