import { oneWorkingDayAfter } from "../shared/working-days";

/**
 * What happens to a concern after it is raised. Concerns are never edited; their
 * status is read from the events appended to them.
 */
/** Why a concern was raised: the screen, a request to be contacted, or a review item a person judged to be one. */
export const concernReasons = ["screened", "contactRequested", "reviewed"] as const;
export type ConcernReason = (typeof concernReasons)[number];

/**
 * How urgent: `urgent` (danger now, self-harm: alert at once, the organisation's short clock),
 * `concern` (other harm: alert, one working day), `review` (worth a look: no alert; a person
 * clears it, or makes it a concern, within one working day).
 */
export const concernLevels = ["urgent", "concern", "review"] as const;
export type ConcernLevel = (typeof concernLevels)[number];

/** What happens to a concern (acknowledged, noted, resolved) or a review item (cleared, escalated: made a concern). */
export const concernEventKinds = ["acknowledged", "noted", "resolved", "cleared", "escalated"] as const;
export type ConcernEventKind = (typeof concernEventKinds)[number];

export const concernStatuses = ["new", "acknowledged", "resolved", "cleared", "escalated"] as const;
export type ConcernStatus = (typeof concernStatuses)[number];

/**
 * Resolved once any resolution is recorded; acknowledged once anyone acknowledged it; a review
 * item cleared or escalated once that is recorded; new until then.
 */
export function concernStatusOf(eventKinds: Iterable<ConcernEventKind>): ConcernStatus {
  let acknowledged = false;
  for (const kind of eventKinds) {
    if (kind === "resolved" || kind === "cleared" || kind === "escalated") return kind;
    if (kind === "acknowledged") acknowledged = true;
  }
  return acknowledged ? "acknowledged" : "new";
}

/** The level the screen's categories call for when it gives none: danger now and self-harm are urgent. */
export function levelOfCategories(categories: readonly string[]): Exclude<ConcernLevel, "review"> {
  return categories.includes("immediateDanger") || categories.includes("selfHarm") ? "urgent" : "concern";
}

/** Nobody has acknowledged it and the target time has passed. */
export function isConcernOverdue(status: ConcernStatus, acknowledgeBy: Date, now: Date): boolean {
  return status === "new" && now.getTime() > acknowledgeBy.getTime();
}

/**
 * When a concern raised at `raisedAt` should be acknowledged (a review item cleared) by: an
 * urgent one within the organisation's target in minutes; the others within one working day.
 */
export function concernAcknowledgeBy(
  raisedAt: Date,
  level: ConcernLevel,
  urgentMinutes: number,
  extraHolidays: readonly string[] = [],
): Date {
  return level === "urgent" ? new Date(raisedAt.getTime() + urgentMinutes * 60_000) : oneWorkingDayAfter(raisedAt, extraHolidays);
}

/**
 * Whether the safeguarding inbox has been told. "notSent" is what staff must notice: no alert
 * row, mail not configured, or sending failed and is being retried.
 */
export const concernAlertStatuses = ["sent", "pending", "notSent"] as const;
export type ConcernAlertStatus = (typeof concernAlertStatuses)[number];

export function concernAlertStatus(alert: { sentAt: Date | null; attempts: number } | null, mailConfigured: boolean): ConcernAlertStatus {
  if (!alert) return "notSent";
  if (alert.sentAt) return "sent";
  if (!mailConfigured || alert.attempts > 0) return "notSent";
  return "pending";
}

/** The longest note staff may add to a concern. */
export const concernNoteMaxLength = 4000;
