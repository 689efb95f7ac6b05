import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * Background work, one row per job: waiting until `run_at`, running while a process holds its
 * lease (`locked_until`, `locked_by`), then done or given up. The kinds, their payloads and
 * retry policies are defined in `@heard/api` (jobs/kinds.ts); the table knows only names.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Which handler runs it, e.g. `mail.deliver`. */
    kind: text("kind").notNull(),
    payload: jsonb("payload").$type<unknown>().notNull(),
    /** Set when enqueueing the same thing twice must store it once (unique per kind, for ever). */
    dedupeKey: text("dedupe_key"),
    /** Due from then: first when enqueued, then when the back-off says to retry. */
    runAt: timestamp("run_at", { withTimezone: true }).notNull().defaultNow(),
    /** Runs started, including one in progress. */
    attempts: integer("attempts").notNull().default(0),
    /** Null: retried for ever (a safeguarding alert is never given up). */
    maxAttempts: integer("max_attempts"),
    /** A running job's lease: no other process takes it before then, any may after (its runner died). */
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lockedBy: text("locked_by"),
    /** The last failure, short and without secrets. */
    lastError: text("last_error"),
    doneAt: timestamp("done_at", { withTimezone: true }),
    /** Given up after its last allowed attempt. */
    failedAt: timestamp("failed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("jobs_kind_dedupe_key_idx").on(t.kind, t.dedupeKey),
    // Only unfinished jobs: finished ones pile up until retention removes them and are never claimed.
    index("jobs_due_idx").on(t.runAt).where(sql`${t.doneAt} is null and ${t.failedAt} is null`),
  ],
);
