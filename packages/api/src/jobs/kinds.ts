import type { Database, Tx } from "@heard/db";
import { mailDelivery } from "./mail-outbox";
import { type Enqueued, type EnqueueOptions, enqueueJob, type JobRegistry, type PayloadOf } from "./queue";

/**
 * Every kind of job Heard runs, by name. To add one: define it with `defineJobKind` in the
 * module of its work (which must not import this file, or the two would import each other),
 * add it here, and call `enqueue` with its name. Names are stored in the database: never
 * rename one while jobs of it may be waiting.
 */
export const jobKinds = {
  "mail.deliver": mailDelivery,
} satisfies JobRegistry;

export type JobKindName = keyof typeof jobKinds;
export type JobPayload<Kind extends JobKindName> = PayloadOf<(typeof jobKinds)[Kind]>;

/**
 * Stores a job of one of Heard's kinds; inside the caller's transaction when given one, so the
 * job commits or rolls back with the change that made it. Call `nudgeJobs()` after the commit.
 */
export function enqueue<Kind extends JobKindName>(
  db: Database | Tx,
  kind: Kind,
  payload: JobPayload<Kind>,
  options: EnqueueOptions = {},
): Promise<Enqueued> {
  return enqueueJob(db, jobKinds, kind, payload, options);
}
