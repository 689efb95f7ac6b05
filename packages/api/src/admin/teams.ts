import { type Queryable, teams, users, userTeams } from "@heard/db";
import { fail } from "@heard/domain";
import { and, asc, count, eq, inArray, ne } from "drizzle-orm";
import { audit } from "../platform/audit";
import type { RequestContext, SignedInContext } from "../platform/context";
import { uniqueOr } from "../platform/errors";
import { iso } from "../platform/json";

/** Every team by name, with how many staff are in it. */
export async function listTeams(ctx: Pick<RequestContext, "db">) {
  return ctx.db
    .select({ id: teams.id, name: teams.name, members: count(users.id) })
    .from(teams)
    .leftJoin(userTeams, eq(userTeams.teamId, teams.id))
    .leftJoin(users, and(eq(users.id, userTeams.userId), ne(users.role, "family")))
    .groupBy(teams.id, teams.name)
    .orderBy(asc(teams.name));
}

export async function createTeam(ctx: SignedInContext, input: { name: string }) {
  return uniqueOr("teamNameTaken", () =>
    ctx.db.transaction(async (tx) => {
      const [team] = await tx.insert(teams).values({ name: input.name }).returning();
      if (!team) return fail("internal", "server");
      await audit(tx, ctx, { action: "admin.team.created", actorId: ctx.user.id, subject: { type: "team", id: team.id }, detail: input });
      return iso(team);
    }),
  );
}

export async function renameTeam(ctx: SignedInContext, input: { id: string; name: string }) {
  return uniqueOr("teamNameTaken", () =>
    ctx.db.transaction(async (tx) => {
      const [team] = await tx.update(teams).set({ name: input.name }).where(eq(teams.id, input.id)).returning();
      if (!team) return fail("notFound", "notFound");
      await audit(tx, ctx, {
        action: "admin.team.renamed",
        actorId: ctx.user.id,
        subject: { type: "team", id: team.id },
        detail: { name: input.name },
      });
      return iso(team);
    }),
  );
}

/** Refuses unless every team named exists. */
export async function assertTeamsExist(db: Queryable, teamIds: readonly string[]): Promise<void> {
  if (teamIds.length === 0) return;
  const found = await db
    .select({ id: teams.id })
    .from(teams)
    .where(inArray(teams.id, [...teamIds]));
  if (found.length !== new Set(teamIds).size) fail("badRequest", "notFound");
}
