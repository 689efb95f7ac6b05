import { auditLog, type Database } from "@heard/db";
import type { RequestMeta } from "./context";

export type AuditEntry = {
  action: string;
  actorId?: string | null | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  detail?: Record<string, unknown> | undefined;
};

/** Appends to the audit log. There is deliberately no update or delete counterpart. */
export async function audit(db: Database, meta: RequestMeta, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    action: entry.action,
    actorId: entry.actorId ?? null,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    detail: entry.detail ?? {},
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    requestId: meta.requestId,
  });
}
