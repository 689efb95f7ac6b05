/**
 * Every action the audit log records. The log is append-only; its page shows each action by
 * its name in the reader's language (`admin:audit.actions.<action with dots as underscores>`,
 * checked for every action in the three languages).
 */
export const auditActions = [
  "auth.signIn.succeeded",
  "auth.signIn.failed",
  "auth.signIn.locked",
  "auth.signedOut",
  "auth.passwordChanged",
  "auth.family.activated",
  "auth.staff.activated",
  "admin.firstAdmin.created",
  "admin.organisation.updated",
  "admin.team.created",
  "admin.team.renamed",
  "admin.staff.created",
  "admin.staff.updated",
  "admin.staff.disabled",
  "admin.staff.enabled",
  "admin.family.created",
  "admin.family.codeIssued",
  "admin.family.contactUpdated",
  "meeting.created",
  "meeting.closed",
  "concern.viewed",
  "concern.viewRefused",
  "concern.acknowledged",
  "concern.noted",
  "concern.resolved",
  "concern.review.cleared",
  "concern.review.escalated",
  "tips.draft.saved",
  "tips.version.published",
  "qa.freeText.viewed",
  "qa.results.exported",
  "letter.created",
  "letter.draft.saved",
  "letter.submitted",
  "letter.returned",
  "letter.approved",
  "letter.sent",
  "letter.corrected",
  "letter.read",
  "letter.receipt.given",
  "letter.task.done",
  "letter.downloaded",
  "letters.template.updated",
  "letters.glossary.saved",
  "statement.sent",
  "statement.read",
  "statement.answered",
  "statement.shared",
  "family.worker.allocated",
  "staff.away.changed",
  "meeting.families.set",
] as const;
export type AuditAction = (typeof auditActions)[number];

/** What an audit entry is about, for the page to name it. */
export const auditSubjectTypes = [
  "user",
  "team",
  "meeting",
  "concern",
  "tipVersion",
  "identity",
  "letter",
  "letterTemplate",
  "glossaryTerm",
  "statement",
] as const;
export type AuditSubjectType = (typeof auditSubjectTypes)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && (auditActions as readonly string[]).includes(value);
}

/** The message key of an action's readable name in namespace `admin`. */
export function auditActionKey(action: AuditAction): `audit.actions.${string}` {
  return `audit.actions.${action.replace(/[^A-Za-z0-9]/g, "_")}`;
}
