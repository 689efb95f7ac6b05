import { auditLog, teams, users } from "@heard/db";
import type { adminSchemas } from "@heard/domain";
import { and, desc, eq, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { SignedInContext } from "../platform/context";
import { iso } from "../platform/json";

const actors = alias(users, "actors");
const subjectUsers = alias(users, "subject_users");

/**
 * The audit log, newest first, a page at a time, with the names of who acted and of the
 * person or team the entry is about (joined here, so the page never downloads whole lists).
 */
export async function listAuditLog(ctx: SignedInContext, input: adminSchemas.AuditLogQuery) {
  const rows = await ctx.db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorId: auditLog.actorId,
      actorName: actors.displayName,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      subjectName: sql<string | null>`coalesce(${subjectUsers.displayName}, ${teams.name})`,
      ip: auditLog.ip,
      userAgent: auditLog.userAgent,
    })
    .from(auditLog)
    .leftJoin(actors, eq(actors.id, auditLog.actorId))
    .leftJoin(subjectUsers, and(eq(auditLog.subjectType, "user"), eq(sql`${subjectUsers.id}::text`, auditLog.subjectId)))
    .leftJoin(teams, and(eq(auditLog.subjectType, "team"), eq(sql`${teams.id}::text`, auditLog.subjectId)))
    .where(and(input.before ? lt(auditLog.id, input.before) : undefined, input.action ? eq(auditLog.action, input.action) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(input.limit);
  return { entries: rows.map(iso), nextBefore: rows.length === input.limit ? rows[rows.length - 1]?.id : undefined };
}
