import { auditLog, type Database, type Tx } from "@heard/db";
import type { AuditAction, AuditSubjectType } from "@heard/domain";
import type { RequestContext } from "./context";

export type AuditEntry = {
  action: AuditAction;
  /** Who did it; null for someone not signed in (a failed sign-in, say). */
  actorId: string | null;
  subject?: { type: AuditSubjectType; id: string } | undefined;
  detail?: Record<string, unknown> | undefined;
};

/**
 * Appends to the audit log, in the transaction of the change it records (`tx`), so a change is
 * never kept without its record nor a record without its change. There is deliberately no
 * update or delete counterpart (a trigger refuses both).
 */
export async function audit(tx: Database | Tx, ctx: Pick<RequestContext, "meta" | "now">, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    action: entry.action,
    actorId: entry.actorId,
    subjectType: entry.subject?.type ?? null,
    subjectId: entry.subject?.id ?? null,
    detail: entry.detail ?? {},
    ip: ctx.meta.ip,
    userAgent: ctx.meta.userAgent?.slice(0, 300) ?? null,
    requestId: ctx.meta.requestId,
    at: ctx.now(),
  });
}
