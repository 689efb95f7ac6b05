import { createHash } from "node:crypto";
import {
  concerns,
  feedbackAnswers,
  feedbackResponses,
  mailOutbox,
  meetings,
  organisation,
  teams,
  tips,
  type Tx,
} from "@heard/db";
import {
  answerMonthOf,
  concernAcknowledgeBy,
  type ConcernCategory,
  type ConcernReason,
  feedbackContentHashInput,
  feedbackSchemas,
  formatFeedbackCode,
  meetingCodeStatus,
  parseFeedbackCode,
  screenForConcerns,
  type SubmittedFeedback,
  tipAnswerCodes,
} from "@heard/domain";
import { asc, eq } from "drizzle-orm";
import type { Logger } from "pino";
import { fail } from "../../errors";
import { nudgeMail } from "../../jobs/signals";
import { concernAlertMail } from "../../mail/concern-alert";
import { publicProcedure, router } from "../../trpc";

const defaultAckTargetMinutes = 60;

/** The meeting a code belongs to, or the reason it cannot take feedback. */
async function meetingForCode(db: Pick<Tx, "select">, input: string) {
  const code = parseFeedbackCode(input);
  if (!code) return fail("NOT_FOUND", "feedbackCodeUnknown");
  const [meeting] = await db
    .select({
      id: meetings.id,
      type: meetings.type,
      heldOn: meetings.heldOn,
      teamId: meetings.teamId,
      teamName: teams.name,
      tipVersionId: meetings.tipVersionId,
      feedbackCode: meetings.feedbackCode,
      codeExpiresAt: meetings.codeExpiresAt,
      codeClosedAt: meetings.codeClosedAt,
    })
    .from(meetings)
    .innerJoin(teams, eq(teams.id, meetings.teamId))
    .where(eq(meetings.feedbackCode, code))
    .limit(1);
  if (!meeting) return fail("NOT_FOUND", "feedbackCodeUnknown");
  return meeting;
}

type Meeting = Awaited<ReturnType<typeof meetingForCode>>;

function refuseUnlessOpen(meeting: Meeting, now: Date): void {
  const status = meetingCodeStatus(meeting, now);
  if (status === "closed") fail("BAD_REQUEST", "feedbackCodeClosed");
  if (status === "expired") fail("BAD_REQUEST", "feedbackCodeExpired");
}

function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export type SubmitResult = {
  responseId: string;
  /** A concern was raised (words that may disclose harm, or a request to be contacted). */
  concernRaised: boolean;
  /** The words may disclose harm: the app shows where to get help now. */
  mayDiscloseHarm: boolean;
  /** This was a retry of a submission already stored; nothing new was stored. */
  duplicate: boolean;
};

/** The first result for an idempotency key, when the content is the same; CONFLICT when it is not. */
async function earlierResult(tx: Tx, idempotencyKey: string, contentHash: string): Promise<SubmitResult | null> {
  const [earlier] = await tx
    .select({ id: feedbackResponses.id, contentHash: feedbackResponses.contentHash })
    .from(feedbackResponses)
    .where(eq(feedbackResponses.idempotencyKey, idempotencyKey))
    .limit(1);
  if (!earlier) return null;
  if (earlier.contentHash !== contentHash) return fail("CONFLICT", "idempotencyConflict");
  const raised = await tx.select({ reason: concerns.reason }).from(concerns).where(eq(concerns.responseId, earlier.id));
  return {
    responseId: earlier.id,
    concernRaised: raised.length > 0,
    mayDiscloseHarm: raised.some((c) => c.reason === "screened"),
    duplicate: true,
  };
}

/**
 * Screens free text. If the screen itself fails, the words are treated as worrying: a person
 * reads them, rather than a fault letting them through unread.
 */
function screen(text: string | null, language: SubmittedFeedback["language"], logger: Logger): { flagged: boolean; categories: ConcernCategory[] } {
  if (!text) return { flagged: false, categories: [] };
  try {
    const result = screenForConcerns(text, language);
    return { flagged: result.mayDiscloseHarm, categories: result.categories };
  } catch (error) {
    logger.error({ err: error }, "safeguarding screen failed; raising a concern so a person reads the words");
    return { flagged: true, categories: ["otherWorry"] };
  }
}

export const feedbackRouter = router({
  /** What the family app shows for a code: the meeting and the tips to answer, in every language. */
  open: publicProcedure.input(feedbackSchemas.openFeedbackInput).query(async ({ ctx, input }) => {
    const meeting = await meetingForCode(ctx.db, input.code);
    refuseUnlessOpen(meeting, ctx.now());
    const [versionTips, [org]] = await Promise.all([
      ctx.db
        .select({ id: tips.id, position: tips.position, title: tips.title, wording: tips.wording, icon: tips.icon, translations: tips.translations })
        .from(tips)
        .where(eq(tips.versionId, meeting.tipVersionId))
        .orderBy(asc(tips.position)),
      ctx.db.select({ name: organisation.name, frontDoorPhone: organisation.frontDoorPhone }).from(organisation).limit(1),
    ]);
    return {
      code: formatFeedbackCode(meeting.feedbackCode),
      meetingType: meeting.type,
      heldOn: meeting.heldOn,
      codeExpiresAt: meeting.codeExpiresAt.toISOString(),
      tipVersionId: meeting.tipVersionId,
      tips: versionTips,
      organisation: org ?? null,
    };
  }),

  /**
   * Stores one person's feedback exactly once per idempotency key. Everything happens in one
   * transaction: the response, its answers, any concern and its alert email are stored
   * together or not at all.
   */
  submit: publicProcedure.input(feedbackSchemas.submitFeedbackInput).mutation(async ({ ctx, input }): Promise<SubmitResult> => {
    const code = parseFeedbackCode(input.code);
    if (!code) return fail("NOT_FOUND", "feedbackCodeUnknown");
    const contentHash = sha256Hex(feedbackContentHashInput({ ...input, code }));
    const now = ctx.now();

    // Inside the transaction only `tx` is used: borrowing a second connection while holding
    // one could starve the pool when many submissions arrive at once.
    const result = await ctx.db.transaction(async (tx): Promise<SubmitResult> => {
      const meeting = await meetingForCode(tx, code);
      // A retry of a stored submission gets its first result, even if the code has closed since.
      const earlier = await earlierResult(tx, input.idempotencyKey, contentHash);
      if (earlier) return earlier;
      refuseUnlessOpen(meeting, now);

      const [response] = await tx
        .insert(feedbackResponses)
        .values({
          meetingId: meeting.id,
          tipVersionId: meeting.tipVersionId,
          respondentKind: input.respondentKind,
          ageBand: input.ageBand,
          language: input.language,
          freeText: input.freeText,
          contactRequested: input.contactRequested,
          contactMethod: input.contactMethod,
          contactDetail: input.contactDetail,
          idempotencyKey: input.idempotencyKey,
          contentHash,
          submittedAt: now,
        })
        // A concurrent submission with the same key waits here for the first to commit, then
        // inserts nothing and reads the first one's result.
        .onConflictDoNothing({ target: feedbackResponses.idempotencyKey })
        .returning({ id: feedbackResponses.id });
      if (!response) {
        const first = await earlierResult(tx, input.idempotencyKey, contentHash);
        return first ?? fail("CONFLICT", "conflict");
      }

      // Answers only to the tips the meeting asked about. Checked after the insert on purpose:
      // a refusal here rolls the response back with everything else.
      if (input.answers.length > 0) {
        const asked = await tx.select({ id: tips.id }).from(tips).where(eq(tips.versionId, meeting.tipVersionId));
        const askedIds = new Set(asked.map((t) => t.id));
        if (input.answers.some((a) => !askedIds.has(a.tipId.toLowerCase()))) return fail("BAD_REQUEST", "tipNotInVersion");
        const month = answerMonthOf(now);
        await tx.insert(feedbackAnswers).values(
          input.answers.map((a) => ({
            responseId: response.id,
            tipId: a.tipId.toLowerCase(),
            tipVersionId: meeting.tipVersionId,
            answer: tipAnswerCodes[a.answer],
            teamId: meeting.teamId,
            meetingType: meeting.type,
            respondentKind: input.respondentKind,
            month,
          })),
        );
      }

      const screened = screen(input.freeText, input.language, ctx.logger);
      const raise: { reason: ConcernReason; categories: string[] }[] = [];
      if (screened.flagged) raise.push({ reason: "screened", categories: screened.categories });
      if (input.contactRequested) raise.push({ reason: "contactRequested", categories: [] });

      if (raise.length > 0) {
        const [org] = await tx
          .select({ ackMinutes: organisation.concernAckTargetMinutes, safeguardingEmail: organisation.safeguardingEmail })
          .from(organisation)
          .limit(1);
        const acknowledgeBy = concernAcknowledgeBy(now, org?.ackMinutes ?? defaultAckTargetMinutes);
        for (const { reason, categories } of raise) {
          const [concern] = await tx
            .insert(concerns)
            .values({ reason, categories, responseId: response.id, meetingId: meeting.id, teamId: meeting.teamId, raisedAt: now, acknowledgeBy })
            .returning({ id: concerns.id });
          if (!concern) return fail("INTERNAL_SERVER_ERROR", "server");
          if (!org?.safeguardingEmail) {
            // No organisation settings yet: the concern stands and shows "alert not sent".
            ctx.logger.warn({ concernId: concern.id }, "no safeguarding email set; concern raised without an alert");
            continue;
          }
          // The alert says a concern was raised and links to it; never the words or contact
          // details: email is not a safe channel for them (see concernAlertMail).
          const mail = concernAlertMail(org.safeguardingEmail, {
            concernId: concern.id,
            reason,
            categories,
            raisedAt: now,
            acknowledgeBy,
            meetingType: meeting.type,
            heldOn: meeting.heldOn,
            teamName: meeting.teamName,
            publicUrl: ctx.config.publicUrl,
          });
          await tx.insert(mailOutbox).values({ ...mail, concernId: concern.id, createdAt: now, nextAttemptAt: now });
        }
      }
      return {
        responseId: response.id,
        concernRaised: raise.length > 0,
        mayDiscloseHarm: screened.flagged,
        duplicate: false,
      };
    });

    if (result.concernRaised && !result.duplicate) {
      ctx.logger.info({ responseId: result.responseId }, "concern raised from feedback");
      nudgeMail();
    }
    return result;
  }),
});
