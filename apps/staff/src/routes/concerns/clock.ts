import { dateLocale } from "@heard/client";
import type { ConcernAlertStatus, ConcernStatus } from "@heard/domain";

const minuteMs = 60_000;

/** Where a concern stands against its acknowledgement target: minutes left, or minutes over. */
export type AcknowledgementClock = { kind: "within"; minutes: number } | { kind: "overdue"; minutes: number };

/**
 * The clock for a concern nobody has acknowledged yet (null once someone has): minutes left
 * rounded up ("within 42 min" until the last minute), or minutes over rounded down, at least 1.
 * Overdue once the target time has passed, as the API's `isConcernOverdue` says.
 */
export function acknowledgementClock(status: ConcernStatus, acknowledgeBy: string, now: Date): AcknowledgementClock | null {
  if (status !== "new") return null;
  const left = new Date(acknowledgeBy).getTime() - now.getTime();
  if (Number.isNaN(left)) return null;
  if (left >= 0) return { kind: "within", minutes: Math.max(1, Math.ceil(left / minuteMs)) };
  return { kind: "overdue", minutes: Math.max(1, Math.floor(-left / minuteMs)) };
}

/**
 * A number of minutes as people say it, in the language: "42 mins", "1 hr 5 mins",
 * "2 days 3 hrs" (the two largest units; Western digits).
 */
export function formatDuration(totalMinutes: number, language: string): string {
  const locale = dateLocale(language);
  const minutes = Math.max(0, Math.round(totalMinutes));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const unit = (name: "day" | "hour" | "minute", value: number) =>
    new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "short", numberingSystem: "latn" }).format(value);
  const parts: string[] = [];
  if (days > 0) {
    parts.push(unit("day", days));
    if (hours > 0) parts.push(unit("hour", hours));
  } else if (hours > 0) {
    parts.push(unit("hour", hours));
    if (rest > 0) parts.push(unit("minute", rest));
  } else {
    parts.push(unit("minute", rest));
  }
  return new Intl.ListFormat(locale, { type: "unit", style: "narrow" }).format(parts);
}

export interface ConcernAlert {
  status: ConcernAlertStatus;
  sentAt: string | null;
  attempts: number;
  nextAttemptAt: string | null;
}

/**
 * What to say about the alert email: sent, being sent, not sent and being tried again,
 * or not sent. `needsAttention` when it has not gone, so staff make sure someone knows.
 */
export function alertState(alert: ConcernAlert): {
  key: "sent" | "sentAt" | "pending" | "retrying" | "notSent";
  needsAttention: boolean;
} {
  switch (alert.status) {
    case "sent":
      return { key: alert.sentAt ? "sentAt" : "sent", needsAttention: false };
    case "pending":
      return { key: alert.attempts > 0 ? "retrying" : "pending", needsAttention: alert.attempts > 0 };
    case "notSent":
      return { key: alert.attempts > 0 ? "retrying" : "notSent", needsAttention: true };
  }
}

/** The minutes a concern was given to be acknowledged: its target time less when it was raised. */
export function targetMinutes(concern: { raisedAt: string; acknowledgeBy: string }): number {
  return Math.max(0, Math.round((new Date(concern.acknowledgeBy).getTime() - new Date(concern.raisedAt).getTime()) / minuteMs));
}

/** Items still open first (not resolved, cleared or made a concern); within each group, as the server sent them. */
export function openFirst<T extends { status: ConcernStatus }>(items: readonly T[]): T[] {
  return [...items.filter((item) => item.status === "new"), ...items.filter((item) => item.status !== "new")];
}

/** Unresolved concerns first; within each group, as the server sent them (newest first). */
export function queueOrder<T extends { status: ConcernStatus }>(concerns: readonly T[]): T[] {
  return [...concerns.filter((c) => c.status !== "resolved"), ...concerns.filter((c) => c.status === "resolved")];
}
