import { organisation, type Queryable, users, userTeams } from "@heard/db";
import { defaultStatementAnswerDays, routeStatement, type StatementRoute } from "@heard/domain";
import { and, eq, isNull } from "drizzle-orm";

/** The family account's team (a family account belongs to one) and its allocated worker, if any. */
export async function familyOf(db: Queryable, familyId: string) {
  const [family] = await db
    .select({ id: users.id, teamId: userTeams.teamId, allocatedWorkerId: users.allocatedWorkerId, displayName: users.displayName })
    .from(users)
    .innerJoin(userTeams, eq(userTeams.userId, users.id))
    .where(and(eq(users.id, familyId), eq(users.role, "family")))
    .limit(1);
  return family;
}

/** Where a family's message goes now: the allocated worker, or (nobody allocated, the worker away or gone) the team's managers. */
export async function routeFor(db: Queryable, family: { teamId: string; allocatedWorkerId: string | null }): Promise<StatementRoute> {
  const [worker, managers] = await Promise.all([
    family.allocatedWorkerId
      ? db
          .select({ id: users.id, awaySince: users.awaySince, disabledAt: users.disabledAt })
          .from(users)
          .innerJoin(userTeams, and(eq(userTeams.userId, users.id), eq(userTeams.teamId, family.teamId)))
          .where(eq(users.id, family.allocatedWorkerId))
          .limit(1)
      : Promise.resolve([]),
    db
      .select({ id: users.id })
      .from(users)
      .innerJoin(userTeams, eq(userTeams.userId, users.id))
      .where(and(eq(userTeams.teamId, family.teamId), eq(users.role, "manager"), isNull(users.disabledAt))),
  ]);
  const [allocated] = worker;
  return routeStatement(
    allocated ? { workerId: allocated.id, away: allocated.awaySince !== null, active: allocated.disabledAt === null } : null,
    managers.map((manager) => manager.id),
  );
}

/** The organisation's answer target in working days. */
export async function answerDays(db: Queryable): Promise<number> {
  const [row] = await db.select({ days: organisation.statementAnswerDays }).from(organisation).limit(1);
  return row?.days ?? defaultStatementAnswerDays;
}
