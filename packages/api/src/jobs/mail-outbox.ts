import { mailOutbox } from "@heard/db";
import { and, asc, eq, inArray, isNull, lte } from "drizzle-orm";
import { describeMailError, type MailTransport } from "../mail/transport";
import type { Services } from "../platform/context";

/** The first retry waits 30 s, then 1 min, 2 min, 4 min … never more than 15 min. */
export function mailRetryDelayMs(attempts: number): number {
  const first = 30_000;
  const cap = 15 * 60_000;
  return Math.min(cap, first * 2 ** Math.max(0, attempts - 1));
}

/**
 * How long a delivery run holds the rows it claimed. Another process skips them until then;
 * if this process dies mid-send they become due again (at worst one alert goes twice).
 */
export const mailLeaseMs = 5 * 60_000;

export type DeliveryResult = { sent: number; failed: number };

/**
 * Sends every due, unsent outbox row. Rows are claimed in batches with FOR UPDATE SKIP LOCKED
 * and a short lease on `next_attempt_at`, so several server processes never send one row
 * twice, and no transaction stays open while an SMTP server is talked to (PGlite has one
 * connection: a long transaction would hold up every request).
 * A failure counts the attempt, keeps a short error (no secrets), and retries with back-off.
 */
export async function deliverDueMail(
  services: Pick<Services, "db" | "logger" | "now">,
  transport: MailTransport | null,
  options: { batchSize?: number; maxBatches?: number } = {},
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0 };
  if (!transport) return result;
  const { db, logger } = services;
  const batchSize = options.batchSize ?? 5;
  for (let batch = 0; batch < (options.maxBatches ?? 50); batch++) {
    const now = services.now();
    const due = db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(isNull(mailOutbox.sentAt), lte(mailOutbox.nextAttemptAt, now)))
      .orderBy(asc(mailOutbox.nextAttemptAt))
      .limit(batchSize)
      .for("update", { skipLocked: true });
    const claimed = await db
      .update(mailOutbox)
      .set({ nextAttemptAt: new Date(now.getTime() + mailLeaseMs) })
      .where(inArray(mailOutbox.id, due))
      .returning();
    if (claimed.length === 0) break;
    for (const row of claimed) {
      const attempts = row.attempts + 1;
      try {
        await transport.send({ to: row.to, subject: row.subject, text: row.text });
        await db.update(mailOutbox).set({ sentAt: services.now(), attempts, lastError: null }).where(eq(mailOutbox.id, row.id));
        result.sent++;
        logger.info({ outboxId: row.id, concernId: row.concernId, attempts }, "mail sent");
      } catch (error) {
        const lastError = describeMailError(error);
        const nextAttemptAt = new Date(services.now().getTime() + mailRetryDelayMs(attempts));
        await db.update(mailOutbox).set({ attempts, lastError, nextAttemptAt }).where(eq(mailOutbox.id, row.id));
        result.failed++;
        logger.warn({ outboxId: row.id, concernId: row.concernId, attempts, error: lastError, nextAttemptAt }, "mail not sent; will retry");
      }
    }
    if (claimed.length < batchSize) break;
  }
  return result;
}
