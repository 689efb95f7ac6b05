import { mailOutbox } from "@heard/db";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { describeMailError, type MailTransport } from "../mail/transport";
import type { Services } from "../platform/context";
import { defineJobKind, exponentialBackOff, runDueJobs } from "./queue";

/** The first retry waits 30 s, then 1 min, 2 min, 4 min … never more than 15 min. */
export const mailRetryDelayMs = exponentialBackOff(30_000, 15 * 60_000);

/**
 * `mail.deliver`: sends one `mail_outbox` row over SMTP. The outbox row stays the record of the
 * message (sent when, attempts, last error, next attempt: the concerns queue reads it); the job
 * only makes it go. A safeguarding alert is never given up.
 */
export const mailDelivery = defineJobKind({
  payload: z.object({ outboxId: z.uuid() }),
  needs: ["mail"],
  retryDelayMs: mailRetryDelayMs,
  maxAttempts: null,
  // Well beyond the transport's own time limits (10 s to connect, 30 s of silence).
  leaseMs: 2 * 60_000,
  describeError: describeMailError,
  async run({ outboxId }, { db, mail, now, logger }) {
    if (!mail) throw new Error("mail is not configured");
    const [message] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, outboxId));
    if (!message) {
      logger.warn({ outboxId }, "no such outbox message; nothing to send");
      return;
    }
    // Sent by a run whose process stopped before it could mark the job done.
    if (message.sentAt) return;
    await mail.send({ to: message.to, subject: message.subject, text: message.text });
    const [sent] = await db
      .update(mailOutbox)
      .set({ sentAt: now(), attempts: sql`${mailOutbox.attempts} + 1`, lastError: null })
      .where(eq(mailOutbox.id, outboxId))
      .returning({ attempts: mailOutbox.attempts });
    logger.info({ outboxId, concernId: message.concernId, attempts: sent?.attempts }, "mail sent");
  },
  async failed(tx, { outboxId }, failure) {
    await tx
      .update(mailOutbox)
      .set({
        attempts: sql`${mailOutbox.attempts} + 1`,
        lastError: failure.error,
        ...(failure.retryAt ? { nextAttemptAt: failure.retryAt } : {}),
      })
      .where(eq(mailOutbox.id, outboxId));
  },
});

export type DeliveryResult = { sent: number; failed: number };

/**
 * Sends the mail that is due now with `transport`, as the background jobs do (for tests and
 * one-off runs). With no transport nothing is sent and the messages stay pending.
 */
export async function deliverDueMail(
  services: Services,
  transport: MailTransport | null,
  options: { maxMessages?: number } = {},
): Promise<DeliveryResult> {
  const result = await runDueJobs(services, { "mail.deliver": mailDelivery }, { mail: transport }, { maxJobs: options.maxMessages });
  return { sent: result.done, failed: result.retrying + result.gaveUp };
}
