import { createHash } from "node:crypto";
import { concerns, type Database, feedbackResponses, meetings, type Queryable, qualified, teams, tips } from "@heard/db";
import {
  type ConcernLevel,
  type ConcernScreen,
  fail,
  feedbackContentHashInput,
  formatFeedbackCode,
  levelOfCategories,
  meetingCodeStatus,
  parseFeedbackCode,
  type SubmittedFeedback,
  takesFeedback,
} from "@heard/domain";
import { asc, eq, sql } from "drizzle-orm";
import { publicOrganisation } from "../admin/service";
import { alertRaisedConcerns, type ConcernToRaise, raiseConcerns, screenText } from "../concerns/service";
import type { RequestContext } from "../platform/context";
import { bufferedLimiterFor } from "../platform/rate-limits";
import { sign, verify } from "../platform/signing";
import { type StoredRow, type Submission, storeSubmissions, submissionWriterFor } from "./store";

/** The meeting a code belongs to, or the reason it cannot take feedback. */
async function meetingForCode(db: Queryable, input: string) {
  const code = parseFeedbackCode(input);
  if (!code) return fail("notFound", "feedbackCodeUnknown");
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
  if (!meeting) return fail("notFound", "feedbackCodeUnknown");
  return meeting;
}

/** Refuses, saying why, unless the meeting takes feedback now (from a form opened at `openedAt`, if late). */
function refuseUnlessTaken(meeting: Parameters<typeof meetingCodeStatus>[0], now: Date, openedAt: Date | null = null): void {
  if (takesFeedback(meeting, now, openedAt)) return;
  fail("badRequest", meetingCodeStatus(meeting, now) === "closed" ? "feedbackCodeClosed" : "feedbackCodeExpired");
}

const openingKey = "feedback.opening";

/**
 * The token a phone keeps with answers it could not send yet: which code was opened, and when.
 * A submission arriving after the code stops counts only with one issued while it was open.
 */
function openingToken(db: Database, code: string, openedAt: Date): Promise<string> {
  return sign(db, openingKey, `${code}|${openedAt.getTime()}`);
}

async function openedAtOf(db: Database, code: string, token: string | null): Promise<Date | null> {
  if (!token) return null;
  const payload = await verify(db, openingKey, token);
  const [signedCode, ms] = payload?.split("|") ?? [];
  return signedCode === code && ms && /^\d+$/.test(ms) ? new Date(Number(ms)) : null;
}

/**
 * Counts a try against the limits on public feedback: per address (a whole meeting room may
 * share one, so generous), and per code when there is one. Counted before any code is looked
 * up, so a guesser learns nothing about which codes exist once limited.
 */
function countFeedbackTry(ctx: RequestContext, code: string | null): void {
  const limiter = bufferedLimiterFor(ctx);
  const now = ctx.now();
  if (ctx.meta.ip) limiter.count("feedbackPerAddress", ctx.meta.ip, now);
  if (code) limiter.count("feedbackPerCode", code, now);
}

/** What the family app shows for a code: the meeting and the tips to answer, in every language. */
export async function openFeedback(ctx: RequestContext, input: { code: string }) {
  countFeedbackTry(ctx, null);
  const meeting = await meetingForCode(ctx.db, input.code);
  const now = ctx.now();
  refuseUnlessTaken(meeting, now);
  const [versionTips, organisation] = await Promise.all([
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
    publicOrganisation(ctx),
  ]);
  return {
    code: formatFeedbackCode(meeting.feedbackCode),
    openedToken: await openingToken(ctx.db, meeting.feedbackCode, now),
    meetingType: meeting.type,
    heldOn: meeting.heldOn,
    codeExpiresAt: meeting.codeExpiresAt.toISOString(),
    tipVersionId: meeting.tipVersionId,
    tips: versionTips,
    organisation,
  };
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

/** The first result for an idempotency key, when the content is the same; a conflict when it is not. One query. */
async function earlierResult(db: Queryable, idempotencyKey: string, contentHash: string): Promise<SubmitResult | null> {
  const concernOf = (screenedOnly: boolean) =>
    sql<boolean>`exists (select 1 from ${concerns} where ${concerns.responseId} = ${qualified(feedbackResponses, feedbackResponses.id)}${screenedOnly ? sql` and ${concerns.reason} = 'screened'` : sql``})`;
  const [earlier] = await db
    .select({
      id: feedbackResponses.id,
      contentHash: feedbackResponses.contentHash,
      concernRaised: concernOf(false),
      mayDiscloseHarm: concernOf(true),
    })
    .from(feedbackResponses)
    .where(eq(feedbackResponses.idempotencyKey, idempotencyKey));
  if (!earlier) return null;
  if (earlier.contentHash !== contentHash) return fail("conflict", "idempotencyConflict");
  return { responseId: earlier.id, concernRaised: earlier.concernRaised, mayDiscloseHarm: earlier.mayDiscloseHarm, duplicate: true };
}

/**
 * Why nothing was stored, in the order the checks have always run: a retry of a stored submission
 * gets its first result (even if the code has closed since); then a closed or expired code; then
 * answers to tips the meeting did not ask about.
 */
async function notStored(db: Queryable, row: StoredRow, s: Submission): Promise<SubmitResult> {
  const earlier = await earlierResult(db, s.idempotencyKey, s.contentHash);
  if (earlier) return earlier;
  refuseUnlessTaken(
    { codeExpiresAt: new Date(row.expiresMs), codeClosedAt: row.closedMs === null ? null : new Date(row.closedMs) },
    s.now,
    s.openedAt,
  );
  if (!row.tipsOk) return fail("badRequest", "tipNotInVersion");
  // The key was taken by a submission that has since gone (rolled back after we waited for it).
  return fail("conflict", "conflict");
}

/** The level the screen gives; a flagged screen always gives one, the categories' level is a safe fallback. */
function levelOf(screened: ConcernScreen): ConcernLevel {
  return screened.level ?? levelOfCategories(screened.categories);
}

function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Stores one person's feedback exactly once per idempotency key. The response, its answers,
 * any concern and its alert email are stored together or not at all: without a concern that
 * is one statement (atomic by itself), with one it is one transaction.
 */
export async function submitFeedback(ctx: RequestContext, input: SubmittedFeedback): Promise<SubmitResult> {
  const code = parseFeedbackCode(input.code);
  countFeedbackTry(ctx, code);
  if (!code) return fail("notFound", "feedbackCodeUnknown");
  const contentHash = sha256Hex(feedbackContentHashInput({ ...input, code }));
  const now = ctx.now();
  const submission: Submission = { ...input, code, contentHash, now, openedAt: await openedAtOf(ctx.db, code, input.openedToken) };

  // The screen is pure: run it first, so a submission that raises nothing needs no transaction.
  const screened = input.freeText ? screenText(input.freeText, input.language, ctx.logger) : null;
  const raise: ConcernToRaise[] = [];
  if (screened?.mayDiscloseHarm) raise.push({ reason: "screened", categories: screened.categories, level: levelOf(screened) });
  if (input.contactRequested) raise.push({ reason: "contactRequested", categories: [], level: "concern" });

  if (raise.length === 0) {
    // Stored together with any other submissions arriving at the same time (see store.ts).
    const row = await submissionWriterFor(ctx.db).store(submission);
    if (!row) return fail("notFound", "feedbackCodeUnknown");
    if (!row.responseId) return notStored(ctx.db, row, submission);
    return { responseId: row.responseId, concernRaised: false, mayDiscloseHarm: false, duplicate: false };
  }

  // Inside the transaction only `tx` is used: borrowing a second connection while holding
  // one could starve the pool when many submissions arrive at once.
  const result = await ctx.db.transaction(async (tx): Promise<SubmitResult> => {
    const [row] = await storeSubmissions(tx, [submission]);
    if (!row) return fail("notFound", "feedbackCodeUnknown");
    const responseId = row.responseId;
    if (!responseId) return notStored(tx, row, submission);
    await raiseConcerns(
      tx,
      ctx,
      { responseId, meetingId: row.meetingId, meetingType: row.type, heldOn: row.heldOn, teamId: row.teamId },
      raise,
      now,
    );
    return { responseId, concernRaised: true, mayDiscloseHarm: screened?.mayDiscloseHarm ?? false, duplicate: false };
  });

  if (result.concernRaised && !result.duplicate) {
    ctx.logger.info({ responseId: result.responseId }, "concern raised from feedback");
    alertRaisedConcerns();
  }
  return result;
}
