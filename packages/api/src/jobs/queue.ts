import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { type Database, jobs, type Tx } from "@heard/db";
import { and, asc, eq, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { MailTransport } from "../mail/transport";
import type { Services } from "../platform/context";

/*
 * One typed job queue in Heard's own database (table `jobs`). Not pg-boss or graphile-worker:
 * both need a `pg` pool to a PostgreSQL server, and Heard's embedded default is PGlite inside
 * the process. This runs on both: a job is claimed by one short statement (FOR UPDATE SKIP
 * LOCKED plus a lease), so no transaction stays open while a handler works (PGlite has a single
 * connection), and several server processes on one PostgreSQL never run one job at once.
 */

/** What a worker process may have for handlers. A kind that needs one this process lacks is left for another. */
export type JobResources = { mail: MailTransport | null };

/** What a handler gets besides its payload. */
export type JobContext = Services &
  JobResources & {
    job: { id: string; attempts: number };
    /** Aborted when the run reaches its time limit: a handler that can stop early should. */
    signal: AbortSignal;
  };

/** A failed attempt, as recorded; `retryAt` is null when the job was given up. */
export type JobFailure = { attempts: number; error: string; retryAt: Date | null };

/** One kind of job: its payload, what runs it, and how it is retried. */
export type JobKind<Payload> = {
  /** Checks payloads when enqueued and again when run (a job may outlive the code that made it). */
  payload: z.ZodType<Payload>;
  /** Does the work; throwing counts a failed attempt. It may run again after a crash, so make it safe to repeat. */
  run(payload: Payload, context: JobContext): Promise<void>;
  /** The wait before the next attempt after `attempts` attempts. */
  retryDelayMs(attempts: number): number;
  /** Attempts before giving up; null retries for ever. */
  maxAttempts: number | null;
  /** How long one run may hold the job. A process that dies leaves it to others once this has passed. */
  leaseMs: number;
  /** Resources the handler cannot work without. */
  needs?: readonly (keyof JobResources)[];
  /** The failure as stored and logged: short, without secrets. */
  describeError?(error: unknown): string;
  /** Records a failure beside the job's own record, in the same transaction. */
  failed?(tx: Tx, payload: Payload, failure: JobFailure): Promise<void>;
};

/** Kinds by name (names like `mail.deliver`: area, then what is done). */
export type JobRegistry = Record<string, JobKind<unknown>>;

export type PayloadOf<Kind> = Kind extends { payload: z.ZodType<infer Payload> } ? Payload : never;

/** Keeps the payload type of a kind's handler tied to its schema. */
export function defineJobKind<Payload>(kind: JobKind<Payload>): JobKind<Payload> {
  return kind;
}

/** 30 s, 1 min, 2 min … for `firstMs` 30 s: doubling from `firstMs`, never more than `capMs`. */
export function exponentialBackOff(firstMs: number, capMs: number): (attempts: number) => number {
  return (attempts) => Math.min(capMs, firstMs * 2 ** Math.max(0, attempts - 1));
}

export type EnqueueOptions = {
  /** Not before then; by default at once (the database's clock). */
  runAt?: Date;
  /** Enqueueing the same key for the same kind again stores nothing new, now or later. */
  key?: string;
};

export type Enqueued = { id: string; created: boolean };

/**
 * Stores a job. Pass the caller's transaction so the job commits or rolls back with the change
 * that made it; then call `nudgeJobs()` after the commit to run it in this process at once.
 */
export async function enqueueJob<Registry extends JobRegistry, Kind extends keyof Registry & string>(
  db: Database | Tx,
  registry: Registry,
  kind: Kind,
  payload: PayloadOf<Registry[Kind]>,
  options: EnqueueOptions = {},
): Promise<Enqueued> {
  const definition: JobKind<unknown> | undefined = registry[kind];
  if (!definition) throw new Error(`no job kind ${kind}`);
  // A payload the handler could not read fails here, in the caller's transaction, not later in a worker.
  const stored = definition.payload.parse(payload);
  const [row] = await db
    .insert(jobs)
    .values({ kind, payload: stored, dedupeKey: options.key ?? null, runAt: options.runAt, maxAttempts: definition.maxAttempts })
    .onConflictDoNothing({ target: [jobs.kind, jobs.dedupeKey] })
    .returning({ id: jobs.id });
  if (row) return { id: row.id, created: true };
  // Only a dedupe key can conflict: the job stored with it before stands.
  const [existing] = options.key
    ? await db
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(eq(jobs.kind, kind), eq(jobs.dedupeKey, options.key)))
    : [];
  if (!existing) throw new Error(`job ${kind} neither stored nor found`);
  return { id: existing.id, created: false };
}

/** Names this process in `locked_by`, so a lease can be told from another's. */
export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

export type JobRunResult = { done: number; retrying: number; gaveUp: number };

export type RunDueJobsOptions = {
  workerId?: string;
  /** At most this many jobs in one run, so a run always ends (default 500). */
  maxJobs?: number;
  /** Asked before each job: true stops the run (at shutdown). */
  stopping?: () => boolean;
};

type JobRow = typeof jobs.$inferSelect;

/**
 * Runs due jobs one at a time until none is due: claims the next (a single statement that
 * leases it), runs its handler outside any transaction, then marks it done, or records the
 * failure and when to retry. Times come from `services.now()` (tests move the clock).
 */
export async function runDueJobs(
  services: Services,
  registry: JobRegistry,
  resources: JobResources,
  options: RunDueJobsOptions = {},
): Promise<JobRunResult> {
  const result: JobRunResult = { done: 0, retrying: 0, gaveUp: 0 };
  // Kinds whose resources this process lacks are left to a process that has them.
  const runnable = Object.entries(registry).filter(([, kind]) => (kind.needs ?? []).every((need) => resources[need] !== null));
  if (runnable.length === 0) return result;
  const workerId = options.workerId ?? newWorkerId();
  for (let n = 0; n < (options.maxJobs ?? 500); n++) {
    if (options.stopping?.()) break;
    const job = await claimNextJob(services.db, runnable, workerId, services.now());
    if (!job) break;
    const kind = runnable.find(([name]) => name === job.kind)?.[1];
    if (!kind) throw new Error(`claimed a job of unknown kind ${job.kind}`);
    result[await runClaimedJob(services, kind, job, resources, workerId)]++;
  }
  return result;
}

/** Leases the longest-due job of these kinds to `workerId`, counting the attempt; none when nothing is due. */
async function claimNextJob(db: Database, kinds: [string, JobKind<unknown>][], workerId: string, now: Date): Promise<JobRow | undefined> {
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        inArray(
          jobs.kind,
          kinds.map(([name]) => name),
        ),
        isNull(jobs.doneAt),
        isNull(jobs.failedAt),
        lte(jobs.runAt, now),
        or(isNull(jobs.lockedUntil), lte(jobs.lockedUntil, now)),
      ),
    )
    .orderBy(asc(jobs.runAt))
    .limit(1)
    .for("update", { skipLocked: true });
  const leaseEnds: SQL[] = kinds.map(
    ([name, kind]) => sql`when ${name} then ${new Date(now.getTime() + kind.leaseMs).toISOString()}::timestamptz`,
  );
  const [job] = await db
    .update(jobs)
    .set({
      attempts: sql`${jobs.attempts} + 1`,
      lockedBy: workerId,
      lockedUntil: sql`case ${jobs.kind} ${sql.join(leaseEnds, sql` `)} end`,
    })
    .where(inArray(jobs.id, due))
    .returning();
  return job;
}

type Outcome = keyof JobRunResult;

async function runClaimedJob(
  services: Services,
  kind: JobKind<unknown>,
  job: JobRow,
  resources: JobResources,
  workerId: string,
): Promise<Outcome> {
  const logger = services.logger.child({ job: job.kind, jobId: job.id, attempts: job.attempts });
  // Only the holder of this lease (this worker, this attempt) may finish the job.
  const held = and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId), eq(jobs.attempts, job.attempts));
  const fail = (error: unknown, payload: { value: unknown } | null, giveUp = false) =>
    recordFailure({ ...services, logger }, kind, job, held, error, payload, giveUp);

  if (job.maxAttempts !== null && job.attempts > job.maxAttempts) {
    return fail(new Error("its last attempt did not finish (the process stopped or the run outlived its lease)"), null, true);
  }
  const parsed = kind.payload.safeParse(job.payload);
  if (!parsed.success) return fail(new Error("its payload does not match its kind"), null, true);
  try {
    await withinTimeLimit(runTimeLimitMs(kind.leaseMs), (signal) =>
      kind.run(parsed.data, { ...services, ...resources, logger, job: { id: job.id, attempts: job.attempts }, signal }),
    );
  } catch (error) {
    return fail(error, { value: parsed.data });
  }
  const [marked] = await services.db
    .update(jobs)
    .set({ doneAt: services.now(), lockedBy: null, lockedUntil: null, lastError: null })
    .where(held)
    .returning({ id: jobs.id });
  if (!marked) logger.warn("job finished after its lease had passed to another run");
  return "done";
}

/** A run stops being waited for a tenth before its lease ends, so it is over before another process may take the job. */
function runTimeLimitMs(leaseMs: number): number {
  return Math.max(1, Math.floor(leaseMs * 0.9));
}

async function withinTimeLimit(limitMs: number, run: (signal: AbortSignal) => Promise<void>): Promise<void> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`it ran longer than its time limit of ${limitMs} ms`));
    }, limitMs);
  });
  const running = run(controller.signal);
  // A run given up at its limit may still fail later; nothing waits for it then.
  running.catch(() => {});
  try {
    await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
  }
}

async function recordFailure(
  services: Services,
  kind: JobKind<unknown>,
  job: JobRow,
  held: SQL | undefined,
  error: unknown,
  payload: { value: unknown } | null,
  giveUp: boolean,
): Promise<Outcome> {
  const now = services.now();
  const attempts = job.attempts;
  const gaveUp = giveUp || (job.maxAttempts !== null && attempts >= job.maxAttempts);
  const retryAt = gaveUp ? null : new Date(now.getTime() + kind.retryDelayMs(attempts));
  const lastError = (kind.describeError ?? describeJobError)(error);
  try {
    await services.db.transaction(async (tx) => {
      const [recorded] = await tx
        .update(jobs)
        .set({ lastError, lockedBy: null, lockedUntil: null, ...(retryAt ? { runAt: retryAt } : { failedAt: now }) })
        .where(held)
        .returning({ id: jobs.id });
      if (recorded && payload && kind.failed) await kind.failed(tx, payload.value, { attempts, error: lastError, retryAt });
    });
  } catch (recordError) {
    // The lease still holds it; the job comes round again when the lease ends.
    services.logger.error({ err: recordError, error: lastError }, "job failed and its failure could not be recorded");
    return "retrying";
  }
  if (gaveUp) services.logger.error({ error: lastError }, "job given up");
  else services.logger.warn({ error: lastError, retryAt }, "job failed; will retry");
  return gaveUp ? "gaveUp" : "retrying";
}

/** The code and first line of an error, at most 200 characters, with credentials in URLs removed. */
export function describeJobError(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : "";
  const message = typeof e?.message === "string" ? e.message : String(error);
  const firstLine = (message.split("\n")[0] ?? "").replace(/\/\/[^/\s@]*@/g, "//");
  return (code && !firstLine.includes(code) ? `${code}: ${firstLine}` : firstLine).slice(0, 200);
}
