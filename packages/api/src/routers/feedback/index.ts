import { createHash, randomUUID } from "node:crypto";
import { concerns, type Database, mailOutbox, meetings, organisation, teams, tips, type Tx } from "@heard/db";
import {
  answerMonthOf,
  concernAcknowledgeBy,
  type ConcernCategory,
  type ConcernReason,
  feedbackContentHashInput,
  feedbackSchemas,
  formatFeedbackCode,
  meetingCodeStatus,
  type MeetingType,
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

function refuseUnlessOpen(meeting: Parameters<typeof meetingCodeStatus>[0], now: Date): void {
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

/**
 * Runs a fixed SQL text with $1… parameters as a named prepared statement on whichever connection
 * `db` uses (the pool's, or the transaction's): PostgreSQL parses and plans it once per connection
 * rather than once per request, and nothing is built per call. PGlite runs it as it is. The text
 * for a name must never change while the process runs.
 */
async function runPrepared<Row>(db: Database | Tx, name: string, text: string, params: unknown[]): Promise<Row[]> {
  const result = await db._.session.prepareQuery({ sql: text, params }, undefined, name, false).execute();
  return (result as { rows: Row[] }).rows;
}

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

/** A submission as stored: the parsed input with its normalised code, content hash and time. */
type Submission = SubmittedFeedback & { code: string; contentHash: string; now: Date };

/** What the submit statement answers about the code's meeting, and the response it stored (if it did). */
type StoredRow = {
  meetingId: string;
  type: MeetingType;
  heldOn: string;
  teamId: string;
  /** The code's expiry and closing moments in ms since the epoch (whole ms, as a Date holds them). */
  expiresMs: number;
  closedMs: number | null;
  /** Every answer is to a tip of the meeting's version. */
  tipsOk: boolean;
  /** The response stored; null when nothing was (code not open, a tip not in the version, or the key taken). */
  responseId: string | null;
  /** Only for a concern: the team's name and the organisation's settings. */
  teamName?: string;
  ackMinutes?: number | null;
  safeguardingEmail?: string | null;
};

/**
 * Stores a response and its answers in ONE statement, atomic by itself: finds the meeting by
 * code ($1) and inserts the response only when the code is open at $2 (ms since the epoch; the
 * same test as `meetingCodeStatus`, on whole milliseconds as the app sees them) and every answer
 * is to a tip of the meeting's version; the answers ($3 tip ids, $4 answer codes) go in with it.
 * A response with the same idempotency key makes it insert nothing: a concurrent one with the
 * same key waits here for the first to commit or roll back. Answers no row for an unknown code.
 *
 * The statement triggers on feedback_answers (migration 0005) fire once for it, as for any insert.
 */
function submitSql(forConcern: boolean): string {
  return `
    with m as (
      select m.id, m.type, m.held_on, m.team_id, m.tip_version_id,
             floor(extract(epoch from m.code_expires_at) * 1000)::float8 as expires_ms,
             floor(extract(epoch from m.code_closed_at) * 1000)::float8 as closed_ms,
             not exists (
               select 1 from unnest($3::uuid[]) as asked(tip_id)
                where not exists (select 1 from tips where tips.id = asked.tip_id and tips.version_id = m.tip_version_id)
             ) as tips_ok
        from meetings m
       where m.feedback_code = $1::text
    ), open_meeting as (
      select * from m
       where m.tips_ok and (m.closed_ms is null or m.closed_ms > $2::float8) and m.expires_ms > $2::float8
    ), response as (
      insert into feedback_responses (meeting_id, tip_version_id, respondent_kind, age_band, language, free_text,
                                      contact_requested, contact_method, contact_detail, idempotency_key, content_hash, submitted_at)
      select o.id, o.tip_version_id, $5::text, $6::text, $7::text, $8::text, $9::boolean, $10::text, $11::text, $12::text, $13::text,
             $14::timestamptz
        from open_meeting o
      on conflict (idempotency_key) do nothing
      returning id
    ), answers as (
      insert into feedback_answers (response_id, tip_id, tip_version_id, answer, team_id, meeting_type, respondent_kind, month)
      select r.id, a.tip_id, o.tip_version_id, a.answer, o.team_id, o.type, $5::text, $15::date
        from response r
       cross join open_meeting o
       cross join unnest($3::uuid[], $4::smallint[]) as a(tip_id, answer)
    )
    select m.id::text as "meetingId", m.type, m.held_on::text as "heldOn", m.team_id::text as "teamId",
           m.expires_ms as "expiresMs", m.closed_ms as "closedMs", m.tips_ok as "tipsOk",
           (select id::text from response) as "responseId"${
             forConcern
               ? `,
           (select name from teams where teams.id = m.team_id) as "teamName",
           (select concern_ack_target_minutes from organisation limit 1) as "ackMinutes",
           (select safeguarding_email from organisation limit 1) as "safeguardingEmail"`
               : ""
           }
      from m`;
}

const submitStatements = {
  plain: { name: "heard_feedback_submit_v1", text: submitSql(false) },
  forConcern: { name: "heard_feedback_submit_concern_v1", text: submitSql(true) },
};

/** Runs the submit statement; `forConcern` adds what raising a concern needs (team name, organisation settings). */
async function storeSubmission(db: Database | Tx, s: Submission, forConcern: boolean): Promise<StoredRow | undefined> {
  const statement = forConcern ? submitStatements.forConcern : submitStatements.plain;
  const tipIds: string[] = [];
  const answerCodes: number[] = [];
  for (const answer of s.answers) {
    tipIds.push(answer.tipId);
    answerCodes.push(tipAnswerCodes[answer.answer]);
  }
  const [row] = await runPrepared<StoredRow>(db, statement.name, statement.text, [
    s.code,
    s.now.getTime(),
    tipIds,
    answerCodes,
    s.respondentKind,
    s.ageBand,
    s.language,
    s.freeText,
    s.contactRequested,
    s.contactMethod,
    s.contactDetail,
    s.idempotencyKey,
    s.contentHash,
    s.now.toISOString(),
    answerMonthOf(s.now),
  ]);
  return row;
}

/**
 * Why nothing was stored, in the order the checks have always run: a retry of a stored submission
 * gets its first result (even if the code has closed since); then a closed or expired code; then
 * answers to tips the meeting did not ask about.
 */
async function notStored(db: Database | Tx, row: StoredRow, s: Submission): Promise<SubmitResult> {
  const earlier = await earlierResult(db, s.idempotencyKey, s.contentHash);
  if (earlier) return earlier;
  refuseUnlessOpen({ codeExpiresAt: new Date(row.expiresMs), codeClosedAt: row.closedMs === null ? null : new Date(row.closedMs) }, s.now);
  if (!row.tipsOk) return fail("BAD_REQUEST", "tipNotInVersion");
  // The key was taken by a submission that has since gone (rolled back after we waited for it).
  return fail("CONFLICT", "conflict");
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
      const row = await storeSubmission(ctx.db, submission, false);
      if (!row) return fail("NOT_FOUND", "feedbackCodeUnknown");
      if (!row.responseId) return notStored(ctx.db, row, submission);
      return { responseId: row.responseId, concernRaised: false, mayDiscloseHarm: false, duplicate: false };
    }

    // Inside the transaction only `tx` is used: borrowing a second connection while holding
    // one could starve the pool when many submissions arrive at once.
    const result = await ctx.db.transaction(async (tx): Promise<SubmitResult> => {
      const row = await storeSubmission(tx, submission, true);
      if (!row) return fail("NOT_FOUND", "feedbackCodeUnknown");
      const responseId = row.responseId;
      if (!responseId) return notStored(tx, row, submission);

      const acknowledgeBy = concernAcknowledgeBy(now, row.ackMinutes ?? defaultAckTargetMinutes);
      const raised = raise.map((concern) => ({ ...concern, id: randomUUID() }));
      await tx.insert(concerns).values(
        raised.map(({ id, reason, categories }) => ({ id, reason, categories, responseId, meetingId: row.meetingId, teamId: row.teamId, raisedAt: now, acknowledgeBy })),
      );
      const safeguardingEmail = row.safeguardingEmail;
      if (!safeguardingEmail) {
        // No organisation settings yet: the concern stands and shows "alert not sent".
        for (const concern of raised) ctx.logger.warn({ concernId: concern.id }, "no safeguarding email set; concern raised without an alert");
      } else {
        // The alert says a concern was raised and links to it; never the words or contact
        // details: email is not a safe channel for them (see concernAlertMail).
        await tx.insert(mailOutbox).values(
          raised.map(({ id, reason, categories }) => ({
            ...concernAlertMail(safeguardingEmail, {
              concernId: id,
              reason,
              categories,
              raisedAt: now,
              acknowledgeBy,
              meetingType: row.type,
              heldOn: row.heldOn,
              teamName: row.teamName ?? "",
              publicUrl: ctx.config.publicUrl,
            }),
            concernId: id,
            createdAt: now,
            nextAttemptAt: now,
          })),
        );
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
