/**
 * QA summary benchmark: the tip × team × month query behind `qa.results` and `qa.exportCsv`
 * (`summariseAnswers` in packages/api/src/routers/qa/summary.ts, called as it is) over one
 * million feedback answers: 20 teams × 36 months × 10 tips. Budget: 150 ms (DESIGN.md), for the
 * median of 20 runs after warming up. The first run, which tallies the 36 months (done once in
 * real life: they are over), is reported as `firstRunMs`.
 *
 * PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set (a fresh database is made
 * beside the one named, and dropped after), otherwise in-memory PGlite.
 */
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
// The same code the results procedure runs.
import { type ResolvedResultsFilter, summariseAnswers } from "@heard/api/qa/summary";
import { createDb, type DbHandle, migrate } from "@heard/db";
import { type Benchmark, type BenchResult, percentiles } from "./types";

const budgetMs = 150;
const teamCount = 20;
const monthCount = 36;
const tipCount = 10;
const meetingsPerTeamMonth = 5;
const answerTarget = 1_000_000;
const responseCount = answerTarget / tipCount;
const runs = 20;
const warmUps = 3;

/**
 * The first month of the data: 36 months ending with this one, so that, as in real use, the
 * current month is counted from the answers and the 35 before it from the tallies.
 */
function firstMonth(): string {
  const now = new Date();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (monthCount - 1), 1));
  return start.toISOString().slice(0, 10);
}

function lastMonth(from: string): string {
  const [y, m] = from.split("-").map(Number);
  return new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1 + monthCount - 1, 1)).toISOString().slice(0, 10);
}

async function exec(handle: DbHandle, text: string): Promise<void> {
  if (handle.raw.kind === "pglite") await handle.raw.client.exec(text);
  else await handle.raw.pool.query(text);
}

async function scalar<T>(handle: DbHandle, text: string): Promise<T> {
  const result = handle.raw.kind === "pglite" ? await handle.raw.client.query<Record<string, T>>(text) : await handle.raw.pool.query(text);
  const row = result.rows[0] as Record<string, T> | undefined;
  return Object.values(row ?? {})[0] as T;
}

/** A fresh database: a new PostgreSQL database beside the given one, or in-memory PGlite. */
async function freshDatabase(): Promise<{ handle: DbHandle; kind: "postgres" | "pglite"; drop(): Promise<void> }> {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!base) {
    const handle = await createDb({ kind: "pglite", dataDir: null });
    return { handle, kind: "pglite", drop: () => handle.close() };
  }
  const name = `heard_bench_${randomBytes(6).toString("hex")}`;
  const admin = await createDb({ kind: "postgres", url: base, maxConnections: 1 });
  await exec(admin, `create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await createDb({ kind: "postgres", url: url.toString(), maxConnections: 2 });
  return {
    handle,
    kind: "postgres",
    async drop() {
      await handle.close();
      // BENCH_KEEP=1 leaves the database for EXPLAIN and the like.
      if (process.env.BENCH_KEEP === "1") console.error(`kept database ${name}`);
      else await exec(admin, `drop database if exists ${name} with (force)`);
      await admin.close();
    },
  };
}

/**
 * 20 teams, one published version of 10 tips, 5 meetings per team per month for 36 months,
 * 100,000 responses spread over them, and 10 answers each (a mix of yes, a bit, no and
 * skipped, with every meeting type and respondent kind): all generated in SQL.
 */
async function seed(handle: DbHandle, from: string): Promise<void> {
  await exec(
    handle,
    `
    insert into users (role, email, display_name) values ('worker', 'bench@bench.local', 'Bench Worker');
    insert into teams (name) select 'Bench team ' || g from generate_series(1, ${teamCount}) g;
    insert into tip_versions (number, status, published_at) values (1, 'published', now());
    insert into tips (version_id, position, title, wording)
      select v.id, g, 'Tip ' || g, 'Wording of tip ' || g from tip_versions v, generate_series(1, ${tipCount}) g;
    create temporary table bench_meetings as
      select row_number() over () - 1 as idx, gen_random_uuid() as id, t.id as team_id, mo.month::date as month, k
      from teams t,
           generate_series('${from}'::date, '${from}'::date + interval '${monthCount - 1} months', interval '1 month') as mo(month),
           generate_series(1, ${meetingsPerTeamMonth}) k;
    insert into meetings (id, type, held_on, team_id, tip_version_id, feedback_code, code_expires_at, created_by)
      select m.id,
             (array['childProtectionConference','coreGroup','childInNeedReview','childrenInCareReview','familyGroupConference','ploMeeting','other'])[1 + (m.idx % 7)],
             m.month + ((m.k * 5) % 28)::int, m.team_id, v.id, 'B' || lpad(m.idx::text, 7, '0'), now() + interval '14 days', u.id
      from bench_meetings m, tip_versions v, users u;
    `,
  );
  const meetingCount = await scalar<number>(handle, "select count(*)::int from bench_meetings");
  // The rows below are consistent by construction: skip the per-row foreign key checks (and
  // the tally triggers, which have nothing to forget in a new database) while loading them.
  // Needs a superuser; without one the load is just slower.
  const replica = await exec(handle, "set session_replication_role = replica").then(
    () => true,
    () => false,
  );
  await exec(
    handle,
    `
    insert into feedback_responses (meeting_id, tip_version_id, respondent_kind, age_band, language, idempotency_key, content_hash, submitted_at)
      select m.id, v.id,
             (array['child','parent','otherFamily'])[1 + (r % 3)],
             case when r % 3 = 0 then '13to15' end,
             'en', 'bench-' || r, 'bench',
             m.month::timestamptz + make_interval(days => (r % 27)::int, secs => (r % 86000)::int)
      from generate_series(0, ${responseCount - 1}) r
      join bench_meetings m on m.idx = r % ${meetingCount}
      cross join tip_versions v;
    `,
  );
  // Answers month by month, so no single statement holds a million rows in memory.
  for (let month = 0; month < monthCount; month++) {
    await exec(
      handle,
      `
      insert into feedback_answers (response_id, tip_id, tip_version_id, answer, team_id, meeting_type, respondent_kind, month)
        select r.id, t.id, r.tip_version_id,
               (array[1,1,1,1,1,2,2,3,0,1])[1 + abs(hashtext(r.id::text || t.position)::bigint) % 10],
               m.team_id, m.type, r.respondent_kind, date_trunc('month', r.submitted_at at time zone 'UTC')::date
        from feedback_responses r
        join meetings m on m.id = r.meeting_id
        join tips t on t.version_id = r.tip_version_id
        where r.submitted_at >= '${from}'::timestamptz + interval '${month} months'
          and r.submitted_at < '${from}'::timestamptz + interval '${month + 1} months';
      `,
    );
  }
  if (replica) await exec(handle, "set session_replication_role = default");
  await exec(handle, "analyze");
}

async function runQaSummary(): Promise<BenchResult> {
  const { handle, kind, drop } = await freshDatabase();
  try {
    await migrate(handle);
    const from = firstMonth();
    const seedStart = performance.now();
    await seed(handle, from);
    const seedMs = Math.round(performance.now() - seedStart);
    const answers = await scalar<number>(handle, "select count(*)::int from feedback_answers");
    const tipVersionId = await scalar<string>(handle, "select id from tip_versions where status = 'published'");
    const filter: ResolvedResultsFilter = { tipVersionId, period: { from, to: lastMonth(from) } };
    const scope = { kind: "everyone" } as const;
    // The first run tallies the 36 months (once: they are over); the rest read the tallies.
    const firstStart = performance.now();
    let rows = (await summariseAnswers(handle.db, scope, filter)).length;
    const firstRunMs = Math.round(performance.now() - firstStart);
    for (let i = 1; i < warmUps; i++) rows = (await summariseAnswers(handle.db, scope, filter)).length;
    const timings: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await summariseAnswers(handle.db, scope, filter);
      timings.push(performance.now() - start);
    }
    const { medianMs, p95Ms } = percentiles(timings);
    return {
      name: "qa-summary",
      database: kind,
      answers,
      groups: rows,
      runs,
      medianMs,
      p95Ms,
      budgetMs,
      withinBudget: medianMs <= budgetMs,
      firstRunMs,
      seedMs,
      // Timings on a busy machine mean little: the one-minute load average while it ran.
      loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
    };
  } finally {
    await drop();
  }
}

export const qaSummaryBenchmark: Benchmark = {
  name: "qa-summary",
  description: "QA summary by tip × team × month over 1,000,000 answers (budget 150 ms)",
  run: runQaSummary,
};
