import { users, userTeams } from "@heard/db";
import { type authSchemas, fail, passwordRules, type StaffRole } from "@heard/domain";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { endUserSessions, hashPassword, passwordProblem } from "../auth/service";
import { audit } from "../platform/audit";
import type { SignedInContext } from "../platform/context";
import { uniqueOr } from "../platform/errors";
import { iso } from "../platform/json";
import { assertTeamsExist } from "./teams";

/** Staff accounts by name, with their teams. */
export async function listStaff(ctx: SignedInContext) {
  const people = await ctx.db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(ne(users.role, "family"))
    .orderBy(asc(users.displayName));
  const memberships =
    people.length === 0
      ? []
      : await ctx.db
          .select()
          .from(userTeams)
          .where(
            inArray(
              userTeams.userId,
              people.map((p) => p.id),
            ),
          );
  return people.map((p) => ({ ...iso(p), teamIds: memberships.filter((m) => m.userId === p.id).map((m) => m.teamId) }));
}

export async function createStaff(ctx: SignedInContext, input: authSchemas.CreateStaffUserInput) {
  const problem = passwordProblem(input.password, passwordRules.staffMin);
  if (problem) return fail("badRequest", problem);
  await assertTeamsExist(ctx.db, input.teamIds);
  const passwordHash = await hashPassword(input.password);
  return uniqueOr("emailTaken", () =>
    ctx.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(users)
        .values({ role: input.role, email: input.email, displayName: input.displayName, passwordHash, createdBy: ctx.user.id })
        .returning({ id: users.id });
      if (!created) return fail("internal", "server");
      if (input.teamIds.length)
        await tx.insert(userTeams).values([...new Set(input.teamIds)].map((teamId) => ({ userId: created.id, teamId })));
      await audit(tx, ctx, {
        action: "admin.staff.created",
        actorId: ctx.user.id,
        subject: { type: "user", id: created.id },
        detail: { email: input.email, role: input.role, teamIds: input.teamIds },
      });
      return { id: created.id };
    }),
  );
}

export async function updateStaff(ctx: SignedInContext, input: { id: string; role: StaffRole; teamIds: string[]; displayName: string }) {
  // An admin who demoted themselves could leave nobody able to administer Heard.
  if (input.id === ctx.user.id && input.role !== "admin") return fail("badRequest", "cannotChangeOwnRole");
  await assertTeamsExist(ctx.db, input.teamIds);
  await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ role: input.role, displayName: input.displayName })
      .where(and(eq(users.id, input.id), ne(users.role, "family")))
      .returning({ id: users.id });
    if (!updated) return fail("notFound", "notFound");
    await tx.delete(userTeams).where(eq(userTeams.userId, input.id));
    if (input.teamIds.length)
      await tx.insert(userTeams).values([...new Set(input.teamIds)].map((teamId) => ({ userId: input.id, teamId })));
    await audit(tx, ctx, {
      action: "admin.staff.updated",
      actorId: ctx.user.id,
      subject: { type: "user", id: input.id },
      detail: { role: input.role, teamIds: input.teamIds },
    });
  });
  return { id: input.id };
}

/** Disabling ends every session of the account at once. */
export async function setStaffDisabled(ctx: SignedInContext, input: { id: string; disabled: boolean }) {
  if (input.id === ctx.user.id) return fail("badRequest", "cannotDisableSelf");
  await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ disabledAt: input.disabled ? ctx.now() : null })
      .where(and(eq(users.id, input.id), ne(users.role, "family")))
      .returning({ id: users.id });
    if (!updated) return fail("notFound", "notFound");
    if (input.disabled) await endUserSessions(tx, input.id);
    await audit(tx, ctx, {
      action: input.disabled ? "admin.staff.disabled" : "admin.staff.enabled",
      actorId: ctx.user.id,
      subject: { type: "user", id: input.id },
    });
  });
  return { id: input.id, disabled: input.disabled };
}
