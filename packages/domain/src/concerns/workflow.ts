/**
 * What happens to a concern after it is raised. Concerns are never edited; their
 * status is read from the events appended to them.
 */
export const concernReasons = ["screened", "contactRequested"] as const;
export type ConcernReason = (typeof concernReasons)[number];

export const concernEventKinds = ["acknowledged", "noted", "resolved"] as const;
export type ConcernEventKind = (typeof concernEventKinds)[number];

export const concernStatuses = ["new", "acknowledged", "resolved"] as const;
export type ConcernStatus = (typeof concernStatuses)[number];

/** Resolved once any resolution is recorded; acknowledged once anyone acknowledged it; new until then. */
export function concernStatusOf(eventKinds: Iterable<ConcernEventKind>): ConcernStatus {
  let acknowledged = false;
  for (const kind of eventKinds) {
    if (kind === "resolved") return "resolved";
    if (kind === "acknowledged") acknowledged = true;
  }
  return acknowledged ? "acknowledged" : "new";
}

/** Nobody has acknowledged it and the target time has passed. */
export function isConcernOverdue(status: ConcernStatus, acknowledgeBy: Date, now: Date): boolean {
  return status === "new" && now.getTime() > acknowledgeBy.getTime();
}

/** When a concern raised at `raisedAt` should be acknowledged by. */
export function concernAcknowledgeBy(raisedAt: Date, targetMinutes: number): Date {
  return new Date(raisedAt.getTime() + targetMinutes * 60_000);
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
