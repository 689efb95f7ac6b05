import { createMailTransport, type MailTransport } from "../mail/transport";
import type { Services } from "../platform/context";
import { jobKinds } from "./kinds";
import { type JobRegistry, newWorkerId, runDueJobs } from "./queue";
import { onJobsNudge } from "./signals";

export type BackgroundJobs = { stop(): Promise<void> };

export type BackgroundJobOptions = {
  /** How often to look for due jobs; default 5 s. */
  pollMs?: number;
  /** A transport to use instead of the one `config.smtpUrl` describes (tests). */
  transport?: MailTransport | null;
  /** The kinds to run instead of Heard's own (tests). */
  registry?: JobRegistry;
};

/** Jobs run per pass before the worker looks at a nudge or stop again. */
const jobsPerPass = 100;

/**
 * Starts the work a server process does besides answering requests: running due jobs (mail
 * first) every few seconds, and at once when a request in this process enqueues one.
 * Call once at start; `stop()` (at shutdown) lets the job in progress finish and starts no other.
 */
export function startBackgroundJobs(services: Services, options: BackgroundJobOptions = {}): BackgroundJobs {
  const workerId = newWorkerId();
  const logger = services.logger.child({ worker: workerId });
  const mail = options.transport !== undefined ? options.transport : createMailTransport(services.config, logger);
  const registry = options.registry ?? jobKinds;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;

  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          const result = await runDueJobs(
            { ...services, logger },
            registry,
            { mail },
            {
              workerId,
              maxJobs: jobsPerPass,
              stopping: () => stopped,
            },
          );
          // A full pass may have left due jobs behind.
          if (result.done + result.retrying + result.gaveUp >= jobsPerPass) again = true;
        } catch (error) {
          logger.error({ err: error }, "job run failed");
        }
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
  };

  const timer = setInterval(run, options.pollMs ?? 5_000);
  timer.unref();
  const stopListening = onJobsNudge(run);
  run();

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      stopListening();
      await running;
      mail?.close();
    },
  };
}

export { enqueue, type JobKindName, type JobPayload, jobKinds } from "./kinds";
export { deliverDueMail, mailRetryDelayMs } from "./mail-outbox";
export {
  defineJobKind,
  type Enqueued,
  type EnqueueOptions,
  enqueueJob,
  exponentialBackOff,
  type JobContext,
  type JobFailure,
  type JobKind,
  type JobRegistry,
  type JobResources,
  type JobRunResult,
  runDueJobs,
} from "./queue";
export { nudgeJobs, nudgeMail } from "./signals";
