import { type Database, type Queryable, rateLimits } from "@heard/db";
import { AppError, type LimitRule, limitWindowStart, type RateLimitName, rateLimitRules } from "@heard/domain";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Logger } from "pino";

/** Rows of windows that ended this long ago are deleted (at most once a minute per process). */
const keepWindowsMs = 24 * 60 * 60_000;
const pruneEveryMs = 60_000;

export type Limits = {
  /** Every limit multiplied by this (1 in production; tests and load benchmarks raise it). */
  factor: number;
};

function refusal(rule: LimitRule, windowStart: Date): AppError {
  return new AppError("tooManyRequests", "rateLimited", {
    detail: { retryAt: new Date(windowStart.getTime() + rule.windowMs).toISOString() },
  });
}

const allowed = (rule: LimitRule, limits: Limits) => Math.max(1, Math.floor(rule.limit * limits.factor));

let lastPrune = 0;
async function pruneNow(db: Queryable, now: Date): Promise<void> {
  if (now.getTime() - lastPrune < pruneEveryMs) return;
  lastPrune = now.getTime();
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now.getTime() - keepWindowsMs)));
}

/**
 * Counts one try and refuses it (429 "rateLimited", with when to try again) when it goes over
 * the limit. The check and the count are one statement, so parallel or batched tries cannot
 * slip past: for sign-in, activation and passwords.
 */
export async function countTry(db: Queryable, limits: Limits, name: RateLimitName, key: string, now: Date): Promise<void> {
  const rule = rateLimitRules[name];
  const windowStart = limitWindowStart(rule, now);
  const [row] = await db
    .insert(rateLimits)
    .values({ key: `${name}:${key}`, windowStart, hits: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { hits: sql`${rateLimits.hits} + 1` } })
    .returning({ hits: rateLimits.hits });
  await pruneNow(db, now);
  if ((row?.hits ?? 0) > allowed(rule, limits)) throw refusal(rule, windowStart);
}

/** Starts a key's count again (a successful sign-in forgives the failures before it). */
export async function forgetTries(db: Queryable, name: RateLimitName, key: string, now: Date): Promise<void> {
  const windowStart = limitWindowStart(rateLimitRules[name], now);
  await db.delete(rateLimits).where(and(eq(rateLimits.key, `${name}:${key}`), eq(rateLimits.windowStart, windowStart)));
}

type Counted = { name: RateLimitName; key: string; windowStart: Date; shared: number; unsent: number };

/**
 * For limits on the busiest requests (feedback), where a write per request would cost more than
 * the request: tries are counted in this process at once and added to the shared counts in the
 * database together, every `flushMs`. What other processes counted is learnt at each flush, so
 * across processes a limit may be passed by what they counted since: a small, bounded overshoot.
 */
export class BufferedLimiter {
  private counted = new Map<string, Counted>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  constructor(
    private db: Database,
    private limits: Limits,
    private logger: Logger,
    private now: () => Date,
    private flushMs = 250,
  ) {}

  /** Counts a try now; refuses it, uncounted, when the window is full. */
  count(name: RateLimitName, key: string, now: Date): void {
    const rule = rateLimitRules[name];
    const windowStart = limitWindowStart(rule, now);
    const id = `${name}:${key}:${windowStart.getTime()}`;
    let entry = this.counted.get(id);
    if (!entry) {
      entry = { name, key, windowStart, shared: 0, unsent: 0 };
      this.counted.set(id, entry);
    }
    if (entry.shared + entry.unsent + 1 > allowed(rule, this.limits)) throw refusal(rule, windowStart);
    entry.unsent += 1;
    this.timer ??= setTimeout(() => void this.flush(), this.flushMs).unref();
  }

  /** Adds what was counted here to the shared counts, and learns theirs. */
  flush(): Promise<void> {
    this.timer = null;
    const run = async () => {
      const batch = [...this.counted.values()].filter((entry) => entry.unsent > 0);
      if (batch.length === 0) return;
      const sent = batch.map((entry) => entry.unsent);
      for (const entry of batch) entry.unsent = 0;
      try {
        const rows = await this.db
          .insert(rateLimits)
          .values(batch.map((entry, i) => ({ key: `${entry.name}:${entry.key}`, windowStart: entry.windowStart, hits: sent[i] ?? 0 })))
          .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { hits: sql`${rateLimits.hits} + excluded.hits` } })
          .returning({ key: rateLimits.key, windowStart: rateLimits.windowStart, hits: rateLimits.hits });
        const totals = new Map(rows.map((row) => [`${row.key}:${row.windowStart.getTime()}`, row.hits]));
        for (const entry of batch) entry.shared = totals.get(`${entry.name}:${entry.key}:${entry.windowStart.getTime()}`) ?? entry.shared;
      } catch (error) {
        // Counting must never refuse feedback: keep the counts and add them next time.
        batch.forEach((entry, i) => {
          entry.unsent += sent[i] ?? 0;
        });
        this.logger.warn({ err: error }, "could not record rate-limit counts; will try again");
      }
      const now = this.now().getTime();
      for (const [id, entry] of this.counted) {
        if (
          entry.unsent === 0 &&
          entry.windowStart.getTime() + rateLimitRules[entry.name].windowMs < now - rateLimitRules[entry.name].windowMs
        ) {
          this.counted.delete(id);
        }
      }
    };
    this.flushing = (this.flushing ?? Promise.resolve()).then(run);
    return this.flushing;
  }
}

const limiters = new WeakMap<Database, BufferedLimiter>();

/** The one buffered limiter of a database in this process. */
export function bufferedLimiterFor(services: {
  db: Database;
  logger: Logger;
  now: () => Date;
  config: { rateLimits: Limits };
}): BufferedLimiter {
  let limiter = limiters.get(services.db);
  if (!limiter) {
    limiter = new BufferedLimiter(services.db, services.config.rateLimits, services.logger, services.now);
    limiters.set(services.db, limiter);
  }
  return limiter;
}
