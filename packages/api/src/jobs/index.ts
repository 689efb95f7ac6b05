import { createMailTransport, type MailTransport } from "../mail/transport";
import type { Services } from "../platform/context";
import { deliverDueMail } from "./mail-outbox";
import { onMailNudge } from "./signals";

export type BackgroundJobs = { stop(): Promise<void> };

export type BackgroundJobOptions = {
  /** How often to look for due mail; default 5 s. */
  pollMs?: number;
  /** A transport to use instead of the one `config.smtpUrl` describes (tests). */
  transport?: MailTransport | null;
};

/**
 * Starts the work a server process does besides answering requests: delivering the mail
 * outbox every few seconds, and at once when a concern is raised in this process.
 * Call once at start; `stop()` (at shutdown) waits for a delivery run in progress.
 */
export function startBackgroundJobs(services: Services, options: BackgroundJobOptions = {}): BackgroundJobs {
  const logger = services.logger.child({ job: "mail-outbox" });
  const transport = options.transport !== undefined ? options.transport : createMailTransport(services.config, logger);
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;

  const run = () => {
    if (stopped || !transport) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await deliverDueMail({ ...services, logger }, transport);
        } catch (error) {
          logger.error({ err: error }, "mail delivery run failed");
        }
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
  };

  const timer = setInterval(run, options.pollMs ?? 5_000);
  timer.unref();
  const stopListening = onMailNudge(run);
  run();

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      stopListening();
      await running;
      transport?.close();
    },
  };
}

export { deliverDueMail, mailRetryDelayMs } from "./mail-outbox";
export { nudgeMail } from "./signals";
