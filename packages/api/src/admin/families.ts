import { activationCodes, teams, users, userTeams } from "@heard/db";
import { actsForTeam, type authSchemas, fail, type Scope, scopeFor } from "@heard/domain";
import { and, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { issueActivationCode } from "../auth/service";
import { audit } from "../platform/audit";
import type { SignedInContext } from "../platform/context";
import { iso } from "../platform/json";
import { assertTeamsExist } from "./teams";

/** Family accounts are managed team by team: workers and managers in their own teams, the organisation-wide roles in all. */
function familyScope(ctx: SignedInContext): Scope {
  return scopeFor(ctx.user, "families.manage") ?? fail("forbidden", "forbidden");
}

function familiesWithin(scope: Scope): SQL | undefined {
  if (scope.kind === "organisation") return undefined;
  // "own" does not apply to family accounts: what counts is the team.
  const teamIds = scope.kind === "team" ? scope.teamIds : [];
  return teamIds.length > 0 ? inArray(userTeams.teamId, [...teamIds]) : sql`false`;
}

/** The team a family account belongs to, refusing when the caller may not act for it. */
async function familyTeamFor(ctx: SignedInContext, familyId: string, options: { activeOnly?: boolean } = {}): Promise<string> {
  const [membership] = await ctx.db
    .select({ teamId: userTeams.teamId })
    .from(users)
    .innerJoin(userTeams, eq(userTeams.userId, users.id))
    .where(and(eq(users.id, familyId), eq(users.role, "family"), options.activeOnly ? isNull(users.disabledAt) : undefined))
    .limit(1);
  if (!membership) return fail("notFound", "notFound");
  if (!actsForTeam(familyScope(ctx), membership.teamId)) return fail("forbidden", "forbidden");
  return membership.teamId;
}

/** Family accounts in the teams the staff member acts for, newest first. */
export async function listFamilies(ctx: SignedInContext) {
  const rows = await ctx.db
    .select({
      id: users.id,
      displayName: users.displayName,
      memberKind: users.memberKind,
      preferredLanguage: users.preferredLanguage,
      contactEmail: users.contactEmail,
      emailLetterNotices: users.emailLetterNotices,
      activated: sql<boolean>`${users.passwordHash} is not null`,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
      teamId: userTeams.teamId,
      teamName: teams.name,
    })
    .from(users)
    .innerJoin(userTeams, eq(userTeams.userId, users.id))
    .innerJoin(teams, eq(teams.id, userTeams.teamId))
    .where(and(eq(users.role, "family"), familiesWithin(familyScope(ctx))))
    .orderBy(desc(users.createdAt))
    .limit(500);
  return rows.map(iso);
}

/** A new family account in a team, with its first one-time activation code. */
export async function createFamily(ctx: SignedInContext, input: authSchemas.CreateFamilyAccountInput) {
  if (!actsForTeam(familyScope(ctx), input.teamId)) return fail("forbidden", "forbidden");
  await assertTeamsExist(ctx.db, [input.teamId]);
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({
        role: "family",
        displayName: input.displayName,
        memberKind: input.memberKind,
        preferredLanguage: input.preferredLanguage,
        contactEmail: input.contactEmail ?? null,
        emailLetterNotices: input.emailLetterNotices,
        createdBy: ctx.user.id,
      })
      .returning({ id: users.id });
    if (!created) return fail("internal", "server");
    await tx.insert(userTeams).values({ userId: created.id, teamId: input.teamId });
    const issued = await issueActivationCode(tx, created.id, ctx.user.id, ctx.now());
    await audit(tx, ctx, {
      action: "admin.family.created",
      actorId: ctx.user.id,
      subject: { type: "user", id: created.id },
      detail: { teamId: input.teamId, memberKind: input.memberKind, emailLetterNotices: input.emailLetterNotices },
    });
    return { id: created.id, code: issued.code, expiresAt: issued.expiresAt.toISOString() };
  });
}

/**
 * A family account's email address and whether they want to be told by email that a letter
 * is waiting (they can change their mind: staff turn it off when asked). The audit log
 * records the change, not the address.
 */
export async function updateFamilyContact(ctx: SignedInContext, input: authSchemas.UpdateFamilyContactInput) {
  await familyTeamFor(ctx, input.id);
  const contactEmail = input.contactEmail ?? null;
  return ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ contactEmail, emailLetterNotices: input.emailLetterNotices }).where(eq(users.id, input.id));
    await audit(tx, ctx, {
      action: "admin.family.contactUpdated",
      actorId: ctx.user.id,
      subject: { type: "user", id: input.id },
      detail: { hasEmail: contactEmail !== null, emailLetterNotices: input.emailLetterNotices },
    });
    return { id: input.id, contactEmail, emailLetterNotices: input.emailLetterNotices };
  });
}

/** A new one-time code (for a lost passphrase too); earlier unused codes stop working. */
export async function issueFamilyCode(ctx: SignedInContext, input: { id: string }) {
  await familyTeamFor(ctx, input.id, { activeOnly: true });
  return ctx.db.transaction(async (tx) => {
    const issued = await issueActivationCode(tx, input.id, ctx.user.id, ctx.now());
    await audit(tx, ctx, { action: "admin.family.codeIssued", actorId: ctx.user.id, subject: { type: "user", id: input.id } });
    return { id: input.id, code: issued.code, expiresAt: issued.expiresAt.toISOString() };
  });
}

/** The activation codes issued for a family account, newest first (never the codes themselves). */
export async function pendingFamilyCodes(ctx: SignedInContext, input: { id: string }) {
  await familyTeamFor(ctx, input.id);
  const codes = await ctx.db
    .select({
      createdAt: activationCodes.createdAt,
      expiresAt: activationCodes.expiresAt,
      usedAt: activationCodes.usedAt,
      revoked: activationCodes.revoked,
    })
    .from(activationCodes)
    .where(eq(activationCodes.userId, input.id))
    .orderBy(desc(activationCodes.createdAt));
  return codes.map(iso);
}
