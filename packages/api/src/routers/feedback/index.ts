import { createHash, randomUUID } from "node:crypto";
import { concerns, type Database, meetings, organisation, type Tx, teams, tips } from "@heard/db";
import {
  type ConcernCategory,
  type ConcernReason,
  concernAcknowledgeBy,
  feedbackContentHashInput,
  feedbackSchemas,
  formatFeedbackCode,
  meetingCodeStatus,
  parseFeedbackCode,
  type SubmittedFeedback,
  screenForConcerns,
  takesFeedback,
} from "@heard/domain";
import { asc, eq } from "drizzle-orm";
import type { Logger } from "pino";
import { fail } from "../../errors";
import { nudgeMail } from "../../jobs/signals";
import { concernAlertMail } from "../../mail/concern-alert";
import { queueMail } from "../../mail/outbox";
import { publicProcedure, router } from "../../trpc";
import { runPrepared, type StoredRow, type Submission, storeSubmissions, submissionWriterFor } from "./store";

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

/** Refuses, saying why, unless the meeting takes feedback now (written at `writtenAt`, if late). */
function refuseUnlessTaken(meeting: Parameters<typeof meetingCodeStatus>[0], now: Date, writtenAt: Date | null = null): void {
  if (takesFeedback(meeting, now, writtenAt)) return;
  fail("BAD_REQUEST", meetingCodeStatus(meeting, now) === "closed" ? "feedbackCodeClosed" : "feedbackCodeExpired");
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

const earlierResultSql = `
  select r.id::text as id, r.content_hash as "contentHash",
         exists (select 1 from concerns c where c.response_id = r.id) as "concernRaised",
         exists (select 1 from concerns c where c.response_id = r.id and c.reason = 'screened') as "mayDiscloseHarm"
    from feedback_responses r
   where r.idempotency_key = $1`;

/** The first result for an idempotency key, when the content is the same; CONFLICT when it is not. One query. */
async function earlierResult(db: Database | Tx, idempotencyKey: string, contentHash: string): Promise<SubmitResult | null> {
  const [earlier] = await runPrepared<{ id: string; contentHash: string; concernRaised: boolean; mayDiscloseHarm: boolean }>(
    db,
    "heard_feedback_earlier_v1",
    earlierResultSql,
    [idempotencyKey],
  );
  if (!earlier) return null;
  if (earlier.contentHash !== contentHash) return fail("CONFLICT", "idempotencyConflict");
  return { responseId: earlier.id, concernRaised: earlier.concernRaised, mayDiscloseHarm: earlier.mayDiscloseHarm, duplicate: true };
}

/** What raising a concern needs besides the stored row: the team's name and the organisation's settings. */
async function concernSettings(
  tx: Tx,
  teamId: string,
): Promise<{ teamName: string; ackMinutes: number | null; safeguardingEmail: string | null }> {
  const [[team], [org]] = await Promise.all([
    tx.select({ name: teams.name }).from(teams).where(eq(teams.id, teamId)).limit(1),
    tx
      .select({ ackMinutes: organisation.concernAckTargetMinutes, safeguardingEmail: organisation.safeguardingEmail })
      .from(organisation)
      .limit(1),
  ]);
  return { teamName: team?.name ?? "", ackMinutes: org?.ackMinutes ?? null, safeguardingEmail: org?.safeguardingEmail ?? null };
}

/**
 * Why nothing was stored, in the order the checks have always run: a retry of a stored submission
 * gets its first result (even if the code has closed since); then a closed or expired code; then
 * answers to tips the meeting did not ask about.
 */
async function notStored(db: Database | Tx, row: StoredRow, s: Submission): Promise<SubmitResult> {
  const earlier = await earlierResult(db, s.idempotencyKey, s.contentHash);
  if (earlier) return earlier;
  refuseUnlessTaken(
    { codeExpiresAt: new Date(row.expiresMs), codeClosedAt: row.closedMs === null ? null : new Date(row.closedMs) },
    s.now,
    s.writtenAt,
  );
  if (!row.tipsOk) return fail("BAD_REQUEST", "tipNotInVersion");
  // The key was taken by a submission that has since gone (rolled back after we waited for it).
  return fail("CONFLICT", "conflict");
}

/**
 * Screens free text. If the screen itself fails, the words are treated as worrying: a person
 * reads them, rather than a fault letting them through unread.
 */
function screen(
  text: string | null,
  language: SubmittedFeedback["language"],
  logger: Logger,
): { flagged: boolean; categories: ConcernCategory[] } {
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
    refuseUnlessTaken(meeting, ctx.now());
    const [versionTips, [org]] = await Promise.all([
      ctx.db
        .select({
          id: tips.id,
          position: tips.position,
          title: tips.title,
          wording: tips.wording,
          icon: tips.icon,
          translations: tips.translations,
        })
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
   * Stores one person's feedback exactly once per idempotency key. The response, its answers,
   * any concern and its alert email are stored together or not at all: without a concern that
   * is one statement (atomic by itself), with one it is one transaction.
   */
  submit: publicProcedure.input(feedbackSchemas.submitFeedbackInput).mutation(async ({ ctx, input }): Promise<SubmitResult> => {
    const code = parseFeedbackCode(input.code);
    if (!code) return fail("NOT_FOUND", "feedbackCodeUnknown");
    const contentHash = sha256Hex(feedbackContentHashInput({ ...input, code }));
    const now = ctx.now();
    const submission: Submission = { ...input, code, contentHash, now };

    // The screen is pure: run it first, so a submission that raises nothing needs no transaction.
    const screened = screen(input.freeText, input.language, ctx.logger);
    const raise: { reason: ConcernReason; categories: string[] }[] = [];
    if (screened.flagged) raise.push({ reason: "screened", categories: screened.categories });
    if (input.contactRequested) raise.push({ reason: "contactRequested", categories: [] });

    if (raise.length === 0) {
      // Stored together with any other submissions arriving at the same time (see store.ts).
      const row = await submissionWriterFor(ctx.db).store(submission);
      if (!row) return fail("NOT_FOUND", "feedbackCodeUnknown");
      if (!row.responseId) return notStored(ctx.db, row, submission);
      return { responseId: row.responseId, concernRaised: false, mayDiscloseHarm: false, duplicate: false };
    }

    // Inside the transaction only `tx` is used: borrowing a second connection while holding
    // one could starve the pool when many submissions arrive at once.
    const result = await ctx.db.transaction(async (tx): Promise<SubmitResult> => {
      const [row] = await storeSubmissions(tx, [submission]);
      if (!row) return fail("NOT_FOUND", "feedbackCodeUnknown");
      const responseId = row.responseId;
      if (!responseId) return notStored(tx, row, submission);

      const settings = await concernSettings(tx, row.teamId);
      const acknowledgeBy = concernAcknowledgeBy(now, settings.ackMinutes ?? defaultAckTargetMinutes);
      const raised = raise.map((concern) => ({ ...concern, id: randomUUID() }));
      await tx.insert(concerns).values(
        raised.map(({ id, reason, categories }) => ({
          id,
          reason,
          categories,
          responseId,
          meetingId: row.meetingId,
          teamId: row.teamId,
          raisedAt: now,
          acknowledgeBy,
        })),
      );
      const safeguardingEmail = settings.safeguardingEmail;
      if (!safeguardingEmail) {
        // No organisation settings yet: the concern stands and shows "alert not sent".
        for (const concern of raised)
          ctx.logger.warn({ concernId: concern.id }, "no safeguarding email set; concern raised without an alert");
      } else {
        // The alert says a concern was raised and links to it; never the words or contact
        // details: email is not a safe channel for them (see concernAlertMail).
        for (const { id, reason, categories } of raised) {
          const alert = concernAlertMail(safeguardingEmail, {
            concernId: id,
            reason,
            categories,
            raisedAt: now,
            acknowledgeBy,
            meetingType: row.type,
            heldOn: row.heldOn,
            teamName: settings.teamName,
            publicUrl: ctx.config.publicUrl,
          });
          await queueMail(tx, alert, { concernId: id, now });
        }
      }
      return { responseId, concernRaised: true, mayDiscloseHarm: screened.flagged, duplicate: false };
    });

    if (result.concernRaised && !result.duplicate) {
      ctx.logger.info({ responseId: result.responseId }, "concern raised from feedback");
      nudgeMail();
    }
    return result;
  }),
});
