/**
 * In-process nudges from request handlers to the job worker: a job enqueued by a request (a
 * concern's alert) should run now rather than at the next poll. Other server processes pick it
 * up at their next poll; the jobs table is the truth, a nudge only saves time.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

/** Tells the job worker in this process that jobs were enqueued. Call after the transaction commits. */
export function nudgeJobs(): void {
  for (const listener of listeners) listener();
}

/** The nudge after `queueMail` (mail is delivered by the job worker). */
export const nudgeMail = nudgeJobs;

/** Listens for `nudgeJobs`; returns the function that stops listening. */
export function onJobsNudge(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
