import { randomUUID } from "node:crypto";
import { concerns, type Tx, teams } from "@heard/db";
import {
  type ConcernCategory,
  type ConcernLevel,
  type ConcernReason,
  type ConcernScreen,
  concernAcknowledgeBy,
  type Language,
  type MeetingType,
  screenForConcerns,
} from "@heard/domain";
import { eq } from "drizzle-orm";
import type { Logger } from "pino";
import { organisationPolicy } from "../admin/service";
import { nudgeJobs } from "../jobs/signals";
import { concernAlertMail } from "../mail/concern-alert";
import { queueMail } from "../mail/outbox";
import type { Services } from "../platform/context";

/**
 * Screens free text for words that may disclose harm. If the screen itself fails, the words
 * are treated as worrying: a person reads them, rather than a fault letting them through unread.
 */
export function screenText(text: string, language: Language, logger: Logger): ConcernScreen {
  try {
    return screenForConcerns(text, language);
  } catch (error) {
    logger.error({ err: error }, "safeguarding screen failed; treating the words as worrying so a person reads them");
    return { mayDiscloseHarm: true, categories: ["otherWorry"], level: "concern", matches: [] };
  }
}

export type ConcernToRaise = {
  reason: ConcernReason;
  categories: readonly ConcernCategory[];
  /** Review items raise no alert; the others alert the safeguarding inbox. */
  level: ConcernLevel;
  /** The review item a person judged to be a concern, when it was one. */
  escalatedFrom?: string;
};

/**
 * Where the words were written, for the concern and its alert: a feedback response (with its
 * meeting), or a family's answer to a letter (with the meeting it came from, if any).
 */
export type ConcernSource = {
  responseId: string | null;
  letterReceiptId?: string | null;
  /** A family's message to their worker. */
  statementId?: string | null;
  meetingId: string | null;
  meetingType: MeetingType | null;
  heldOn: string | null;
  teamId: string;
};

/**
 * Raises concerns in the caller's transaction, each with its alert email to the safeguarding
 * inbox, so the words, the concern and the alert are stored together or not at all. The alert
 * says a concern was raised and links to it; never the words or contact details (email is not
 * a safe channel for them, see concernAlertMail). Call `alertRaisedConcerns` after the commit.
 */
export async function raiseConcerns(
  tx: Tx,
  services: Pick<Services, "config" | "logger">,
  source: ConcernSource,
  raise: readonly ConcernToRaise[],
  now: Date,
): Promise<string[]> {
  if (raise.length === 0) return [];
  const [[team], policy] = await Promise.all([
    tx.select({ name: teams.name }).from(teams).where(eq(teams.id, source.teamId)).limit(1),
    organisationPolicy(tx),
  ]);
  const raised = raise.map((concern) => ({
    ...concern,
    id: randomUUID(),
    acknowledgeBy: concernAcknowledgeBy(now, concern.level, policy.concernAckTargetMinutes),
  }));
  await tx.insert(concerns).values(
    raised.map(({ id, reason, level, categories, escalatedFrom, acknowledgeBy }) => ({
      id,
      reason,
      level,
      escalatedFrom: escalatedFrom ?? null,
      categories: [...categories],
      responseId: source.responseId,
      letterReceiptId: source.letterReceiptId ?? null,
      statementId: source.statementId ?? null,
      meetingId: source.meetingId,
      teamId: source.teamId,
      raisedAt: now,
      acknowledgeBy,
    })),
  );
  const alerting = raised.filter((concern) => concern.level !== "review");
  const safeguardingEmail = policy.safeguardingEmail;
  if (!safeguardingEmail) {
    // No organisation settings yet: the concern stands and shows "alert not sent".
    for (const concern of alerting)
      services.logger.warn({ concernId: concern.id }, "no safeguarding email set; concern raised without an alert");
  } else {
    for (const { id, reason, categories, acknowledgeBy } of alerting) {
      const alert = await concernAlertMail(safeguardingEmail, {
        concernId: id,
        reason,
        categories,
        raisedAt: now,
        acknowledgeBy,
        source: source.letterReceiptId ? "letter" : source.statementId ? "statement" : "feedback",
        meetingType: source.meetingType,
        heldOn: source.heldOn,
        teamName: team?.name ?? "",
        publicUrl: services.config.publicUrl,
      });
      await queueMail(tx, alert, { concernId: id, now });
    }
  }
  return raised.map((concern) => concern.id);
}

/** After the transaction that raised concerns commits: send their alerts now rather than at the next poll. */
export function alertRaisedConcerns(): void {
  nudgeJobs();
}
