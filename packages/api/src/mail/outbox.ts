import { type Database, mailOutbox, type Tx } from "@heard/db";
import { enqueue } from "../jobs/kinds";
import type { OutgoingMail } from "./transport";

export type QueuedMail = { outboxId: string; jobId: string };

/**
 * Queues one email: its `mail_outbox` row (the record of the message, which the concerns
 * queue reads) and the `mail.deliver` job that sends it, retrying with back-off until it goes.
 * Pass the caller's transaction so both commit or roll back with the change that made the
 * mail; after the commit, `nudgeMail()` sends it from this process at once.
 */
export async function queueMail(
  db: Database | Tx,
  message: OutgoingMail,
  options: {
    /** The concern this message alerts to. */
    concernId?: string | null;
    /** The caller's clock (tests move it): queued and due then. Default: the database's clock. */
    now?: Date;
  } = {},
): Promise<QueuedMail> {
  const [row] = await db
    .insert(mailOutbox)
    .values({
      to: message.to,
      subject: message.subject,
      text: message.text,
      concernId: options.concernId ?? null,
      createdAt: options.now,
      nextAttemptAt: options.now,
    })
    .returning({ id: mailOutbox.id });
  if (!row) throw new Error("mail not queued");
  // Keyed by the message, so it is never delivered by two jobs.
  const job = await enqueue(db, "mail.deliver", { outboxId: row.id }, { runAt: options.now, key: row.id });
  return { outboxId: row.id, jobId: job.id };
}
