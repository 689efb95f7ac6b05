import { type Database, jobs } from "@heard/db";
import { sql } from "drizzle-orm";
import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { z } from "zod";
import { defineJobKind, exponentialBackOff, type JobRegistry } from "../queue";

/** Made by the test (it is not part of Heard's schema). */
export const recordedRuns = pgTable("recorded_runs", {
  jobId: uuid("job_id").notNull(),
  worker: text("worker").notNull(),
});

/**
 * A job kind for tests of several processes: each run writes a row to `recorded_runs`, which
 * has no key, so a job run twice shows as two rows.
 */
export function recordingKinds(worker: string) {
  return {
    "test.recorded": defineJobKind({
      payload: z.object({ n: z.number().int() }),
      retryDelayMs: exponentialBackOff(1_000, 1_000),
      maxAttempts: null,
      leaseMs: 60_000,
      async run(_payload, { db, job }) {
        // A moment's work, as a real job has, so the two processes' runs overlap.
        await new Promise((resolve) => setTimeout(resolve, 1));
        await db.insert(recordedRuns).values({ jobId: job.id, worker });
      },
    }),
  } satisfies JobRegistry;
}

export async function createRecordedRuns(db: Database): Promise<void> {
  await db.execute(sql`create table recorded_runs (job_id uuid not null references ${jobs} (id), worker text not null)`);
}
