import { z } from "zod";
import { isCalendarDate } from "../meetings/meetings";
import { languages } from "../shared/language";
import { type Face, faceScale, speakingChoices, statementLimits, worryScale } from "./kinds";

const id = z.string({ error: "invalidInput" }).uuid("invalidInput");
/** An answer as typed: kept as written (line breaks too), refused only when too long or unstorable. */
const answer = z
  .string({ error: "invalidInput" })
  .max(statementLimits.text, "tooLong")
  .refine((text) => !text.includes("\u0000"), "invisibleCharacters")
  .default("");

export const statementContentInput = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("getReady"),
      meetingId: id.nullable().default(null),
      goingWell: answer,
      worried: answer,
      change: answer,
      whoThere: answer,
      speaking: z.enum(speakingChoices, { error: "invalidChoice" }).nullable().default(null),
    }),
    z.object({
      kind: z.literal("feeling"),
      face: z
        .number({ error: "statementFaceRequired" })
        .int("statementFaceRequired")
        .min(faceScale[0], "statementFaceRequired")
        .max(faceScale[faceScale.length - 1] ?? 5, "statementFaceRequired")
        .transform((face) => face as Face),
      worry: z
        .number({ error: "invalidChoice" })
        .int("invalidChoice")
        .min(worryScale.min, "invalidChoice")
        .max(worryScale.max, "invalidChoice")
        .nullable()
        .default(null),
      why: answer,
    }),
    z.object({ kind: z.literal("problem"), what: answer, who: answer, help: answer }),
    z.object({ kind: z.literal("goodNews"), what: answer }),
    z.object({ kind: z.literal("other"), text: answer }),
  ],
  { error: "invalidChoice" },
);

/**
 * A message from the family app. The phone makes the idempotency key when the person presses
 * Send, so a message retried from the outbox is stored once.
 */
export const sendStatementInput = z.object({
  idempotencyKey: z.string({ error: "invalidInput" }).min(16, "invalidInput").max(100, "invalidInput"),
  language: z.enum(languages, { error: "invalidChoice" }),
  content: statementContentInput,
});
export type SendStatementInput = z.output<typeof sendStatementInput>;

export const statementIdInput = z.object({ id });

export const replyStatementInput = z.object({
  id,
  text: z
    .string({ error: "required" })
    .trim()
    .min(1, "required")
    .max(statementLimits.reply, "tooLong")
    .refine((text) => !text.includes("\u0000"), "invisibleCharacters"),
});
export type ReplyStatementInput = z.output<typeof replyStatementInput>;

/** A get-ready message shared at its meeting (or, for "a meeting soon", at the meeting staff name). */
export const shareStatementInput = z.object({ id, meetingId: id.optional() });

export const statementInboxViews = ["mine", "team"] as const;
export const statementInboxFilters = ["all", "unanswered", "late"] as const;
export const statementInboxInput = z
  .object({
    view: z.enum(statementInboxViews, { error: "invalidChoice" }).default("mine"),
    filter: z.enum(statementInboxFilters, { error: "invalidChoice" }).default("all"),
    limit: z.number().int().min(1).max(200).default(100),
  })
  .optional();
export type StatementInboxInput = z.output<typeof statementInboxInput>;

/** Allocating a worker to a family account; null takes the allocation away. */
export const allocateWorkerInput = z.object({ familyId: id, workerId: id.nullable() });
export type AllocateWorkerInput = z.output<typeof allocateWorkerInput>;

export const setAwayInput = z.object({ away: z.boolean({ error: "invalidInput" }) });

export const familyFeelingsInput = z.object({ familyId: id });

/** Linking the family accounts a meeting is about, so its get-ready messages can name it. */
export const meetingFamiliesInput = z.object({ meetingId: id, familyIds: z.array(id).max(20, "tooLong") });

const calendarDate = z.string({ error: "invalidDate" }).trim().refine(isCalendarDate, "invalidDate");
/** Whole months, as every result: the last twelve unless said. */
export const statementFiguresInput = z.object({ from: calendarDate.optional(), to: calendarDate.optional() }).optional();
