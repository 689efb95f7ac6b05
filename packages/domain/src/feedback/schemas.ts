import { z } from "zod";
import { language } from "../auth/schemas";
import {
  ageBands,
  characterCount,
  contactMethodNeedsDetail,
  contactMethods,
  feedbackProblems,
  freeTextMaxLength,
  maxAnswersPerResponse,
  respondentKinds,
  tipAnswers,
} from "./feedback";

/** What a person types; the server parses it with `parseFeedbackCode`, so any spacing or case is fine. */
export const feedbackCode = z.string({ error: "required" }).trim().min(1, "required").max(40, "feedbackCodeUnknown");

export const openFeedbackInput = z.object({ code: feedbackCode });

/** Made on the phone before the first try and kept for every retry of the same submission. */
export const idempotencyKey = z
  .string({ error: "invalidInput" })
  .min(16, "invalidInput")
  .max(100, "invalidInput")
  .regex(/^[A-Za-z0-9_-]+$/, "invalidInput");

export const respondentKind = z.enum(respondentKinds, { error: "invalidChoice" });
export const ageBand = z.enum(ageBands, { error: "invalidChoice" });
export const tipAnswer = z.enum(tipAnswers, { error: "invalidChoice" });
export const contactMethod = z.enum(contactMethods, { error: "invalidChoice" });

export const freeText = z
  .string()
  .trim()
  .refine((text) => characterCount(text) <= freeTextMaxLength, "tooLong");

const email = z.string().trim().toLowerCase().max(254, "tooLong").email("invalidEmail");

const answers = z
  .array(z.object({ tipId: z.string().uuid("invalidInput"), answer: tipAnswer }), { error: "invalidInput" })
  .max(maxAnswersPerResponse, "tooLong")
  .refine((list) => new Set(list.map((a) => a.tipId)).size === list.length, "invalidInput");

/**
 * One person's feedback on one meeting. Age band only for a child; a contact method only
 * when contact is asked for; a number or address only for phone or email. Anything that does
 * not apply is dropped, so the stored response (and its content hash) holds only what counts.
 */
export const submitFeedbackInput = z
  .object({
    code: feedbackCode,
    idempotencyKey,
    respondentKind,
    ageBand: ageBand.nullish(),
    language,
    answers,
    freeText: freeText.nullish(),
    contactRequested: z.boolean({ error: "invalidInput" }),
    contactMethod: contactMethod.nullish(),
    contactDetail: z.string().trim().max(254, "tooLong").nullish(),
    /** When the person pressed Send, by the phone's clock (kept with the response; proves nothing). */
    writtenAt: z.iso.datetime({ offset: true, error: "invalidInput" }).nullish(),
    /** The signed token the server gave when the form was opened: lets answers saved offline arrive late. */
    openedToken: z.string().max(200, "invalidInput").nullish(),
  })
  .superRefine((input, ctx) => {
    // The same rules the phone checks before sending (feedbackProblems); the email check is zod's, stricter.
    const problems = feedbackProblems(input);
    for (const [field, key] of Object.entries(problems)) ctx.addIssue({ code: "custom", path: [field], message: key });
    if (
      !problems.contactDetail &&
      input.contactRequested &&
      input.contactMethod === "email" &&
      !email.safeParse(input.contactDetail).success
    ) {
      ctx.addIssue({ code: "custom", path: ["contactDetail"], message: "invalidEmail" });
    }
  })
  .transform((input) => {
    const method = input.contactRequested ? (input.contactMethod ?? null) : null;
    const detail = method && contactMethodNeedsDetail(method) ? (input.contactDetail ?? "").trim() : null;
    return {
      code: input.code,
      idempotencyKey: input.idempotencyKey,
      respondentKind: input.respondentKind,
      ageBand: input.respondentKind === "child" ? (input.ageBand ?? null) : null,
      language: input.language,
      answers: input.answers,
      freeText: input.freeText ? input.freeText : null,
      contactRequested: input.contactRequested,
      contactMethod: method,
      contactDetail: detail === null ? null : method === "email" ? detail.toLowerCase() : detail,
      writtenAt: input.writtenAt ? new Date(input.writtenAt) : null,
      openedToken: input.openedToken ?? null,
    };
  });
export type SubmitFeedbackInput = z.input<typeof submitFeedbackInput>;
export type SubmittedFeedback = z.output<typeof submitFeedbackInput>;
