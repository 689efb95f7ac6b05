import { type Database, type Queryable, runNamed } from "@heard/db";
import { answerMonthOf, lateFeedbackGraceMs, type MeetingType, type SubmittedFeedback, tipAnswerCodes } from "@heard/domain";
import { type SQL, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";

/** A submission as stored: the parsed input with its normalised code, content hash and time. */
export type Submission = SubmittedFeedback & {
  code: string;
  contentHash: string;
  now: Date;
  /** When the server opened the form for this phone, from its signed token; null without a valid one. */
  openedAt: Date | null;
};

/** What storing says about one submission's meeting, and the response stored (if one was). */
export type StoredRow = {
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
};

/**
 * A fixed SQL text with $1… placeholders, bound to `params` through Drizzle's public `sql`
 * (each value one parameter, arrays included). The text is split once; only binding runs per call.
 */
function boundQuery(text: string): (params: readonly unknown[]) => SQL {
  const parts = text.split(/\$(\d+)/);
  return (params) => {
    const query = sql.empty();
    parts.forEach((part, i) => {
      query.append(i % 2 === 0 ? sql.raw(part) : sql`${sql.param(params[Number(part) - 1])}`);
    });
    return query;
  };
}

/**
 * Stores any number of submissions, with their answers, in ONE statement (atomic by itself).
 * For each submission ($1–$16, arrays in step; `n` is its place): finds the meeting by code and
 * inserts the response only when the meeting takes it (the SQL twin of `takesFeedback`, on whole
 * milliseconds as the app sees them: open at the submission's time $3, or its form opened ($16)
 * before the code stopped and arriving within the grace $20) and every one of its answers ($17
 * place, $18 tip, $19 answer code) is to a tip of the meeting's version. A response whose idempotency
 * key is taken inserts nothing: a concurrent one with the same key waits here for the first to
 * commit or roll back. Responses go in in key order, so two statements holding the same keys
 * wait for each other rather than deadlock.
 * Answers one row per submission, in place order; the meeting's columns are null for an unknown code.
 */
const storeSql = `
  with s as (
    select * from unnest($1::uuid[], $2::text[], $3::float8[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[],
                         $9::text[], $10::text[], $11::text[], $12::text[], $13::timestamptz[], $14::date[], $15::float8[], $16::float8[])
      with ordinality as s(id, code, now_ms, respondent_kind, age_band, language, free_text, contact_requested,
                           contact_method, contact_detail, idempotency_key, content_hash, submitted_at, month, written_ms, opened_ms, n)
  ), asked as (
    select * from unnest($17::int[], $18::uuid[], $19::smallint[]) as a(n, tip_id, answer)
  ), m as (
    select s.n, m.id, m.type, m.held_on, m.team_id, m.tip_version_id, t.expires_ms, t.closed_ms,
           least(t.expires_ms, coalesce(t.closed_ms, t.expires_ms)) as stopped_ms
      from s
      join meetings m on m.feedback_code = s.code
     cross join lateral (
       select floor(extract(epoch from m.code_expires_at) * 1000)::float8 as expires_ms,
              floor(extract(epoch from m.code_closed_at) * 1000)::float8 as closed_ms
     ) t
  ), strays as (
    select distinct a.n from asked a join m on m.n = a.n
     where not exists (select 1 from tips t where t.id = a.tip_id and t.version_id = m.tip_version_id)
  ), accepted as (
    select m.*, s.id as response_id from m join s on s.n = m.n
     where m.n not in (select n from strays)
       and (m.stopped_ms > s.now_ms
            or (s.opened_ms < m.stopped_ms and s.now_ms < m.stopped_ms + $20::float8))
  ), response as (
    insert into feedback_responses (id, meeting_id, tip_version_id, respondent_kind, age_band, language, free_text,
                                    contact_requested, contact_method, contact_detail, idempotency_key, content_hash, submitted_at,
                                    written_at)
    select s.id, o.id, o.tip_version_id, s.respondent_kind, s.age_band, s.language, s.free_text,
           s.contact_requested, s.contact_method, s.contact_detail, s.idempotency_key, s.content_hash, s.submitted_at,
           to_timestamp(s.written_ms / 1000)
      from accepted o join s on s.n = o.n
     order by s.idempotency_key
    on conflict (idempotency_key) do nothing
    returning id
  ), answers as (
    insert into feedback_answers (response_id, tip_id, tip_version_id, answer, team_id, meeting_type, respondent_kind, month)
    select r.id, a.tip_id, o.tip_version_id, a.answer, o.team_id, o.type, s.respondent_kind, s.month
      from response r
      join accepted o on o.response_id = r.id
      join s on s.n = o.n
      join asked a on a.n = o.n
  )
  select s.n::int as n, m.id::text as "meetingId", m.type, m.held_on::text as "heldOn", m.team_id::text as "teamId",
         m.expires_ms as "expiresMs", m.closed_ms as "closedMs", (m.n not in (select n from strays)) as "tipsOk",
         r.id::text as "responseId"
    from s
    left join m on m.n = s.n
    left join response r on r.id = s.id
   order by s.n`;

const storeQuery = boundQuery(storeSql);
const storeStatementName = "heard_feedback_store_v5";

type StoredAt = StoredRow & { n: number; meetingId: string | null };

/** As a named prepared statement on PostgreSQL (the busiest request Heard has); through Drizzle otherwise. */
async function runStatement(db: Queryable, name: string, text: string, bound: (params: readonly unknown[]) => SQL, params: unknown[]) {
  const rows = await runNamed<StoredAt>(db, name, text, params);
  if (rows) return rows;
  const result = (await db.execute(bound(params))) as unknown as { rows: StoredAt[] };
  return result.rows;
}

/** One row per submission, in order; undefined where the code belongs to no meeting. */
export async function storeSubmissions(db: Queryable, submissions: readonly Submission[]): Promise<(StoredRow | undefined)[]> {
  const columns: unknown[][] = Array.from({ length: 16 }, () => []);
  const answerPlaces: number[] = [];
  const tipIds: string[] = [];
  const answerCodes: number[] = [];
  submissions.forEach((s, i) => {
    const values = [
      // Time-ordered ids: new responses and their answers go at the end of their indexes.
      uuidv7({ msecs: s.now.getTime() }),
      s.code,
      s.now.getTime(),
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
      s.writtenAt ? s.writtenAt.getTime() : null,
      s.openedAt ? s.openedAt.getTime() : null,
    ];
    values.forEach((value, column) => {
      columns[column]?.push(value);
    });
    for (const answer of s.answers) {
      answerPlaces.push(i + 1);
      tipIds.push(answer.tipId);
      answerCodes.push(tipAnswerCodes[answer.answer]);
    }
  });
  const params = [...columns, answerPlaces, tipIds, answerCodes, lateFeedbackGraceMs];
  const rows = await runStatement(db, storeStatementName, storeSql, storeQuery, params);
  const byPlace = new Map(rows.map((row) => [row.n, row]));
  return submissions.map((_, i) => {
    const row = byPlace.get(i + 1);
    if (!row || row.meetingId === null) return undefined;
    const { n: _n, ...stored } = row;
    return stored as StoredRow;
  });
}

type Waiting = { submission: Submission; resolve: (row: StoredRow | undefined) => void; reject: (error: unknown) => void };

export type SubmissionWriter = {
  /** Stores one submission (see `storeSubmissions`), together with any others waiting at the time. */
  store(submission: Submission): Promise<StoredRow | undefined>;
};

export type SubmissionWriterOptions = {
  /** Statements running at once; each takes a connection from the pool. */
  maxInFlight?: number;
  /** Submissions in one statement. */
  maxBatch?: number;
  /** Told the number of submissions in each statement as it starts (for tests and measurement). */
  onStatement?: (size: number) => void;
};

/**
 * Stores submissions that arrive while others are being stored in one statement. A submission
 * that finds a free slot goes at once (no timer: nothing waits when Heard is quiet); under load
 * those that arrive meanwhile go together as soon as a slot frees. That spends one round trip,
 * one plan and one commit on many responses, which is what lets one server take a whole
 * authority's end-of-meeting rush.
 *
 * Two submissions with the same idempotency key never share a statement (the second waits for
 * the next), so each gets the first result on its own. If a statement fails, each of its
 * submissions is tried again alone, so one bad submission cannot refuse the others.
 */
export function createSubmissionWriter(db: Database, options: SubmissionWriterOptions = {}): SubmissionWriter {
  const maxInFlight = options.maxInFlight ?? 2;
  const maxBatch = options.maxBatch ?? 64;
  let waiting: Waiting[] = [];
  let inFlight = 0;

  function takeBatch(): Waiting[] {
    const batch: Waiting[] = [];
    const later: Waiting[] = [];
    const keys = new Set<string>();
    for (const item of waiting) {
      const key = item.submission.idempotencyKey;
      if (batch.length < maxBatch && !keys.has(key)) {
        keys.add(key);
        batch.push(item);
      } else {
        later.push(item);
      }
    }
    waiting = later;
    return batch;
  }

  async function run(batch: Waiting[]): Promise<void> {
    options.onStatement?.(batch.length);
    try {
      const rows = await storeSubmissions(
        db,
        batch.map((item) => item.submission),
      );
      for (const [i, item] of batch.entries()) item.resolve(rows[i]);
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      await Promise.all(
        batch.map((item) =>
          storeSubmissions(db, [item.submission]).then(
            ([row]) => item.resolve(row),
            (alone: unknown) => item.reject(alone),
          ),
        ),
      );
    }
  }

  function pump(): void {
    while (inFlight < maxInFlight && waiting.length > 0) {
      const batch = takeBatch();
      inFlight += 1;
      void run(batch).finally(() => {
        inFlight -= 1;
        pump();
      });
    }
  }

  return {
    store(submission) {
      return new Promise((resolve, reject) => {
        waiting.push({ submission, resolve, reject });
        pump();
      });
    },
  };
}

const writers = new WeakMap<Database, SubmissionWriter>();

/** The one writer for a database, so every request to it shares the batching. */
export function submissionWriterFor(db: Database): SubmissionWriter {
  let writer = writers.get(db);
  if (!writer) {
    writer = createSubmissionWriter(db);
    writers.set(db, writer);
  }
  return writer;
}
