/**
 * `feedback.submit` under load, on PostgreSQL, against a bare Hono JSON route measured in the
 * same run. Budget (DESIGN.md): at least 15% of the bare route's requests/s, p99 ≤ 30 ms, no
 * errors — and every 2xx answer stored exactly once (checked in SQL afterwards).
 *
 * 1. A fresh database beside BENCH_DATABASE_URL / TEST_DATABASE_URL (skipped without one).
 * 2. The built server (apps/server/dist/main.js) on it, as in production: NODE_ENV=production
 *    (no demo seed), LOG_LEVEL=warn (no line per request), 127.0.0.1 on a free port. It
 *    migrates; then an organisation, a team, a worker, a published version of 10 tips and a
 *    meeting whose code expires in 10 years are inserted directly.
 * 3. The reference (src/reference-server.ts, its own process: the bare route, then the stack's
 *    floor), then the server: each 2 s of warm-up (not counted) and 20 s of autocannon, 10
 *    connections on loopback, one after the other. Both get the same request: a JSON body of a parent's answers to the 10 tips and a
 *    line of benign free text (so the safeguarding screen runs but raises nothing), a new
 *    idempotency key every request (`setupRequest`), `origin` = the server's own origin.
 * 4. SQL: the stored responses' idempotency keys against the keys that got a 2xx. Requests in
 *    flight when autocannon stops (at most one per connection) may still be stored: reported
 *    as `storedButUnanswered`; a 2xx that was not stored is a failure.
 * Also reported: CPU time per request of the server process and of its PostgreSQL backends
 * (from /proc), which says more than requests/s when the machine is busy.
 */
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { meetings, meetingWorkers, organisation, teams, tips, tipVersions, users, userTeams } from "@heard/db";
import autocannon from "autocannon";
import { type FreshPostgres, freshPostgres, needsPostgres, postgresBaseUrl } from "./postgres";
import { type ChildServer, cpuMsOf, freePort, repoRoot, requireBuiltServer, startChild, startHeardServer, waitFor200 } from "./processes";
import { type Benchmark, type BenchResult, skippedResult } from "./types";

const name = "feedback-submit-load";
const connections = 10;
const durationSeconds = 20;
const warmUpSeconds = 2;
/** feedback.submit against the stack's floor (tRPC + the input schema, no database), measured in the same run. */
const floorRatioBudget = 0.3;
const p99BudgetMs = 30;
/** Normalised (no dash); every character from the feedback code alphabet. */
const feedbackCode = "HEARDACE";
const tipCount = 10;
const freeText = "Thank you. Everyone listened to us and the plan was explained clearly.";

type Fixture = { meetingId: string; tipIds: string[] };

/** What production would have after setting up: the organisation, a team, a worker, tips and one meeting. */
async function prepare(database: FreshPostgres): Promise<Fixture> {
  const { db } = database.handle;
  return db.transaction(async (tx) => {
    await tx.insert(organisation).values({
      id: 1,
      name: "Bench Borough Council",
      frontDoorPhone: "0300 000 0000",
      safeguardingEmail: "safeguarding@bench.local",
    });
    const [team] = await tx.insert(teams).values({ name: "Bench team" }).returning({ id: teams.id });
    const [worker] = await tx
      .insert(users)
      .values({ role: "worker", email: "worker@bench.local", displayName: "Bench Worker" })
      .returning({ id: users.id });
    const [version] = await tx
      .insert(tipVersions)
      .values({ number: 1, status: "published", publishedAt: new Date() })
      .returning({ id: tipVersions.id });
    if (!team || !worker || !version) throw new Error("could not prepare the database");
    await tx.insert(userTeams).values({ userId: worker.id, teamId: team.id });
    const tipRows = await tx
      .insert(tips)
      .values(
        Array.from({ length: tipCount }, (_, i) => ({
          versionId: version.id,
          position: i + 1,
          title: `Tip ${i + 1}`,
          wording: `Wording of tip ${i + 1}`,
        })),
      )
      .returning({ id: tips.id });
    const [meeting] = await tx
      .insert(meetings)
      .values({
        type: "coreGroup",
        heldOn: new Date().toISOString().slice(0, 10),
        teamId: team.id,
        tipVersionId: version.id,
        feedbackCode,
        codeExpiresAt: new Date(Date.now() + 10 * 365 * 24 * 3600 * 1000),
        createdBy: worker.id,
      })
      .returning({ id: meetings.id });
    if (!meeting) throw new Error("could not prepare the database");
    await tx.insert(meetingWorkers).values({ meetingId: meeting.id, userId: worker.id });
    return { meetingId: meeting.id, tipIds: tipRows.map((tip) => tip.id) };
  });
}

const answerCycle = ["yes", "yes", "aBit", "yes", "no", "yes", "skipped", "aBit", "yes", "yes"] as const;

function submission(fixture: Fixture, idempotencyKey: string): string {
  return JSON.stringify({
    code: `${feedbackCode.slice(0, 4)}-${feedbackCode.slice(4)}`,
    idempotencyKey,
    respondentKind: "parent",
    language: "en",
    answers: fixture.tipIds.map((tipId, i) => ({ tipId, answer: answerCycle[i % answerCycle.length] })),
    freeText,
    contactRequested: false,
  });
}

type KeyContext = { key?: string };

/**
 * autocannon's requests: one POST whose body gets a new idempotency key each time; the keys
 * answered 2xx go into `answered`. (With pipelining 1, the context at a response is the one
 * its request was built with: autocannon reports the response before building the next.)
 */
function loadRequests(pathname: string, origin: string, fixture: Fixture, keyPrefix: string, answered: Set<string>): autocannon.Request[] {
  let sequence = 0;
  return [
    {
      method: "POST",
      path: pathname,
      headers: { "content-type": "application/json", origin },
      setupRequest: (request, context) => {
        const key = `${keyPrefix}${(sequence++).toString(36).padStart(8, "0")}`;
        (context as KeyContext).key = key;
        return { ...request, body: submission(fixture, key) };
      },
      onResponse: (status, _body, context) => {
        const key = (context as KeyContext).key;
        if (status >= 200 && status < 300 && key) answered.add(key);
      },
    },
  ];
}

type LoadFigures = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  p999Ms: number;
  maxMs: number;
  responses: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Requests sent that had no answer when autocannon stopped. */
  unansweredAtStop: number;
  statusCodes: Record<string, number>;
  /** The server process's CPU time per response (not the database's): steadier than req/s on a busy machine. */
  serverCpuMsPerResponse: number | null;
};

async function load(server: ChildServer, requests: autocannon.Request[], seconds: number): Promise<LoadFigures> {
  const cpuBefore = cpuMsOf(server.child.pid);
  const result = await autocannon({ url: server.origin, connections, pipelining: 1, duration: seconds, timeout: 10, requests });
  const cpuAfter = cpuMsOf(server.child.pid);
  const responses = result["1xx"] + result["2xx"] + result["3xx"] + result["4xx"] + result["5xx"];
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat?.count ?? 0]));
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    p999Ms: result.latency.p99_9,
    maxMs: result.latency.max,
    responses,
    ok2xx: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    unansweredAtStop: Math.max(0, result.requests.sent - responses),
    statusCodes,
    serverCpuMsPerResponse:
      cpuBefore !== null && cpuAfter !== null && responses > 0 ? Math.round(((cpuAfter - cpuBefore) / responses) * 1000) / 1000 : null,
  };
}

/** One request first: a server that refuses the body would otherwise make 20 s of 4xx. */
async function checkOneSubmission(origin: string, fixture: Fixture, key: string): Promise<void> {
  const response = await fetch(`${origin}/api/trpc/feedback.submit`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: submission(fixture, key),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`feedback.submit answered ${response.status} to the bench's body: ${text.slice(0, 500)}`);
}

/** A query on the new database (plain SQL: drizzle-orm's operators are not a dependency of the bench). */
async function query<Row>(database: FreshPostgres, text: string, values: unknown[] = []): Promise<Row[]> {
  if (database.handle.raw.kind !== "postgres") throw new Error("expected PostgreSQL");
  return (await database.handle.raw.pool.query(text, values)).rows as Row[];
}

async function storedKeys(database: FreshPostgres, keyPrefix: string): Promise<Set<string>> {
  const rows = await query<{ key: string }>(
    database,
    "select idempotency_key as key from feedback_responses where idempotency_key like $1",
    [`${keyPrefix}%`],
  );
  return new Set(rows.map((row) => row.key));
}

/** CPU time so far of each PostgreSQL backend connected to the database (same machine only). */
async function backendCpuMs(database: FreshPostgres): Promise<Map<number, number>> {
  const rows = await query<{ pid: number }>(database, "select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [
    database.name,
  ]);
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = cpuMsOf(pid);
    if (ms !== null) cpu.set(pid, ms);
  }
  return cpu;
}

const loadAverage = () => Math.round((loadavg()[0] ?? 0) * 10) / 10;

async function runFeedbackSubmitLoad(): Promise<BenchResult> {
  const base = postgresBaseUrl();
  if (!base) return skippedResult(name, needsPostgres);
  requireBuiltServer();
  const loadAverageBefore = loadAverage();
  const database = await freshPostgres(base);
  let server: ChildServer | undefined;
  let reference: ChildServer | undefined;
  try {
    // One address and one code send tens of thousands of submissions here: far past the limits
    // meant for people, which are raised so that the load measures storing, not refusing.
    server = startHeardServer({
      port: await freePort(),
      nodeEnv: "production",
      logLevel: "warn",
      databaseUrl: database.url,
      rateLimitFactor: 10_000,
    });
    await waitFor200(server, "/readyz");
    const fixture = await prepare(database);
    const run = randomBytes(4).toString("hex");
    await checkOneSubmission(server.origin, fixture, `bench-${run}-check-0000`);

    // The yardstick first, then the server: never both at once (2 cores, shared with autocannon).
    const referencePort = await freePort();
    reference = startChild(
      [...process.execArgv, path.join(repoRoot, "packages/bench/src/reference-server.ts"), String(referencePort)],
      {},
      `http://127.0.0.1:${referencePort}`,
    );
    await waitFor200(reference, "/readyz");
    const ignored = new Set<string>();
    await load(reference, loadRequests("/json", reference.origin, fixture, `bench-${run}-refw-`, ignored), warmUpSeconds);
    const bare = await load(reference, loadRequests("/json", reference.origin, fixture, `bench-${run}-ref-`, ignored), durationSeconds);
    await load(reference, loadRequests("/trpc/submit", reference.origin, fixture, `bench-${run}-floorw-`, ignored), warmUpSeconds);
    const floor = await load(
      reference,
      loadRequests("/trpc/submit", reference.origin, fixture, `bench-${run}-floor-`, ignored),
      durationSeconds,
    );
    await reference.stop();
    reference = undefined;

    const submitPath = "/api/trpc/feedback.submit";
    await load(server, loadRequests(submitPath, server.origin, fixture, `bench-${run}-warm-`, new Set()), warmUpSeconds);
    const linesBefore = server.lineCount();
    const keyPrefix = `bench-${run}-load-`;
    const answered = new Set<string>();
    const backendsBefore = await backendCpuMs(database);
    const submit = await load(server, loadRequests(submitPath, server.origin, fixture, keyPrefix, answered), durationSeconds);
    const serverLogLines = server.lineCount() - linesBefore;
    const backendsAfter = await backendCpuMs(database);
    // Backends that connected during the run started from nothing; one that left took its CPU time with it.
    const databaseCpuMs = [...backendsAfter].reduce((sum, [pid, ms]) => sum + ms - (backendsBefore.get(pid) ?? 0), 0);
    const databaseCpuMsPerRequest =
      backendsAfter.size && submit.responses ? Math.round((databaseCpuMs / submit.responses) * 1000) / 1000 : null;

    // Requests in flight when autocannon stopped may still commit: let them finish.
    let stored = await storedKeys(database, keyPrefix);
    for (let settled = false; !settled; ) {
      await sleep(300);
      const again = await storedKeys(database, keyPrefix);
      settled = again.size === stored.size;
      stored = again;
    }
    const answeredButNotStored = [...answered].filter((key) => !stored.has(key)).length;
    const storedButUnanswered = [...stored].filter((key) => !answered.has(key)).length;
    const [answers] = await query<{ n: number }>(
      database,
      "select count(*)::int as n from feedback_answers a join feedback_responses r on r.id = a.response_id where r.idempotency_key like $1",
      [`${keyPrefix}%`],
    );
    const [concernRows] = await query<{ n: number }>(database, "select count(*)::int as n from concerns");

    const ratio = bare.requestsPerSecond > 0 ? submit.requestsPerSecond / bare.requestsPerSecond : 0;
    const floorRatio = floor.requestsPerSecond > 0 ? submit.requestsPerSecond / floor.requestsPerSecond : 0;
    // Every 2xx stored; anything else stored was still in flight when autocannon stopped.
    const storedConsistent = answeredButNotStored === 0 && storedButUnanswered <= submit.unansweredAtStop;
    const noErrors = submit.non2xx === 0 && submit.errors === 0 && submit.timeouts === 0;
    return {
      name,
      database: "postgres",
      connections,
      durationSeconds,
      submitRequestsPerSecond: submit.requestsPerSecond,
      referenceRequestsPerSecond: bare.requestsPerSecond,
      /** The budget: feedback.submit as a share of the stack's floor. */
      floorRatio: Math.round(floorRatio * 1000) / 1000,
      floorRatioBudget,
      /** Reported beside it: the share of a bare Hono route. */
      ratio: Math.round(ratio * 1000) / 1000,
      /** The same body through tRPC and the input schema, answering at once: the stack's own ceiling. */
      stackFloorRequestsPerSecond: floor.requestsPerSecond,
      stackFloorRatio: bare.requestsPerSecond > 0 ? Math.round((floor.requestsPerSecond / bare.requestsPerSecond) * 1000) / 1000 : 0,
      stackFloorServerCpuMsPerRequest: floor.serverCpuMsPerResponse,
      stackFloorNon2xx: floor.non2xx,
      submitP50Ms: submit.p50Ms,
      submitP99Ms: submit.p99Ms,
      p99BudgetMs,
      submitP999Ms: submit.p999Ms,
      submitMaxMs: submit.maxMs,
      submit2xx: submit.ok2xx,
      submitNon2xx: submit.non2xx,
      submitErrors: submit.errors,
      submitTimeouts: submit.timeouts,
      submitStatusCodes: submit.statusCodes,
      storedResponses: stored.size,
      storedEquals2xx: stored.size === submit.ok2xx,
      answeredButNotStored,
      storedButUnanswered,
      unansweredAtStop: submit.unansweredAtStop,
      /** Should be 10 × storedResponses. */
      storedAnswers: answers?.n ?? null,
      concernsRaised: concernRows?.n ?? null,
      serverLogLines,
      submitServerCpuMsPerRequest: submit.serverCpuMsPerResponse,
      submitDatabaseCpuMsPerRequest: databaseCpuMsPerRequest,
      referenceServerCpuMsPerRequest: bare.serverCpuMsPerResponse,
      referenceP50Ms: bare.p50Ms,
      referenceP99Ms: bare.p99Ms,
      referenceNon2xx: bare.non2xx,
      referenceErrors: bare.errors,
      withinBudget: floorRatio >= floorRatioBudget && submit.p99Ms <= p99BudgetMs && noErrors && storedConsistent,
      loadAverageBefore,
      loadAverage: loadAverage(),
    };
  } finally {
    await reference?.stop();
    const stopped = await server?.stop();
    if (stopped?.killed) console.error(`${name}: the server did not stop within 20 s of SIGTERM; killed`);
    await database.drop();
  }
}

const thousands = (n: unknown) => (typeof n === "number" ? n.toLocaleString("en-GB") : String(n));

export const feedbackSubmitLoadBenchmark: Benchmark = {
  name,
  description:
    "feedback.submit on PostgreSQL vs the stack's floor (tRPC + input schema, no database), 10 connections × 20 s (budget ≥ 30% of the floor, p99 ≤ 30 ms, no errors)",
  run: runFeedbackSubmitLoad,
  summarise: (r) =>
    `submit ${thousands(r.submitRequestsPerSecond)} req/s = ${(Number(r.floorRatio) * 100).toFixed(1)}% of the stack's floor (≥ 30%), ${(Number(r.ratio) * 100).toFixed(1)}% of bare Hono ${thousands(r.referenceRequestsPerSecond)} req/s; ` +
    `p50 ${r.submitP50Ms} ms, p99 ${r.submitP99Ms} ms (≤ 30); non-2xx ${r.submitNon2xx}, errors ${r.submitErrors}, timeouts ${r.submitTimeouts}; ` +
    `CPU per request: server ${r.submitServerCpuMsPerRequest} ms + PostgreSQL ${r.submitDatabaseCpuMsPerRequest} ms vs bare ${r.referenceServerCpuMsPerRequest} ms; ` +
    `stack floor (tRPC + input schema, no database) ${thousands(r.stackFloorRequestsPerSecond)} req/s = ${(Number(r.stackFloorRatio) * 100).toFixed(1)}%, ${r.stackFloorServerCpuMsPerRequest} ms CPU; ` +
    `stored ${thousands(r.storedResponses)} for ${thousands(r.submit2xx)} 2xx (${r.storedButUnanswered} in flight at stop, ${r.answeredButNotStored} lost); load ${r.loadAverageBefore} → ${r.loadAverage}`,
};
