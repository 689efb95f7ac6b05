import { activationCodes, auditLog, organisation, teams, users, userTeams } from "@heard/db";
import { adminSchemas, anyStaffRole, authSchemas, familyAccountIssuers, passwordRules } from "@heard/domain";
import { and, asc, desc, eq, inArray, isNull, lt, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { audit } from "../../audit";
import { issueActivationCode } from "../../auth/activation";
import { hashPassword, passwordProblem } from "../../auth/passwords";
import { endUserSessions } from "../../auth/sessions";
import { fail } from "../../errors";
import { iso } from "../../json";
import { publicProcedure, router, staffProcedure } from "../../trpc";
import { actsForTeam, seesAllTeams } from "./scope";

const adminOnly = staffProcedure(["admin"]);
const issuers = staffProcedure(familyAccountIssuers);
const byId = z.object({ id: authSchemas.id });

/** Postgres unique violation, whichever driver reports it. */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: string }).code === "23505") return true;
  }
  return false;
}

const organisationRouter = router({
  /** What a family screen needs before anyone signs in: the name and the front door number. */
  public: publicProcedure.query(async ({ ctx }) => {
    const [org] = await ctx.db.select({ name: organisation.name, frontDoorPhone: organisation.frontDoorPhone }).from(organisation).limit(1);
    return org ?? null;
  }),

  get: adminOnly.query(async ({ ctx }) => {
    const [org] = await ctx.db.select().from(organisation).limit(1);
    return org ? iso(org) : null;
  }),

  update: adminOnly.input(adminSchemas.organisationSettingsInput).mutation(async ({ ctx, input }) => {
    const values = { ...input, updatedAt: ctx.now() };
    await ctx.db
      .insert(organisation)
      .values({ id: 1, ...values })
      .onConflictDoUpdate({ target: organisation.id, set: values });
    await audit(ctx.db, ctx.meta, { action: "admin.organisation.updated", actorId: ctx.user.id, detail: input });
    return iso(values);
  }),
});

const teamsRouter = router({
  list: staffProcedure(anyStaffRole).query(({ ctx }) =>
    ctx.db
      .select({
        id: teams.id,
        name: teams.name,
        members: sql<number>`(select count(*)::int from ${userTeams} ut join ${users} u on u.id = ut.user_id where ut.team_id = ${teams.id} and u.role <> 'family')`,
      })
      .from(teams)
      .orderBy(asc(teams.name)),
  ),

  create: adminOnly.input(adminSchemas.teamInput).mutation(async ({ ctx, input }) => {
    try {
      const [team] = await ctx.db.insert(teams).values({ name: input.name }).returning();
      if (!team) return fail("INTERNAL_SERVER_ERROR", "server");
      await audit(ctx.db, ctx.meta, {
        action: "admin.team.created",
        actorId: ctx.user.id,
        subjectType: "team",
        subjectId: team.id,
        detail: input,
      });
      return iso(team);
    } catch (error) {
      if (isUniqueViolation(error)) return fail("CONFLICT", "teamNameTaken");
      throw error;
    }
  }),

  rename: adminOnly.input(adminSchemas.teamInput.extend({ id: authSchemas.id })).mutation(async ({ ctx, input }) => {
    try {
      const [team] = await ctx.db.update(teams).set({ name: input.name }).where(eq(teams.id, input.id)).returning();
      if (!team) return fail("NOT_FOUND", "notFound");
      await audit(ctx.db, ctx.meta, {
        action: "admin.team.renamed",
        actorId: ctx.user.id,
        subjectType: "team",
        subjectId: team.id,
        detail: { name: input.name },
      });
      return iso(team);
    } catch (error) {
      if (isUniqueViolation(error)) return fail("CONFLICT", "teamNameTaken");
      throw error;
    }
  }),
});

async function assertTeamsExist(db: Parameters<typeof audit>[0], teamIds: string[]) {
  if (teamIds.length === 0) return;
  const found = await db.select({ id: teams.id }).from(teams).where(inArray(teams.id, teamIds));
  if (found.length !== new Set(teamIds).size) fail("BAD_REQUEST", "notFound");
}

const staffRouter = router({
  list: adminOnly.query(async ({ ctx }) => {
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
    const memberships = await ctx.db.select().from(userTeams);
    return people.map((p) => ({ ...iso(p), teamIds: memberships.filter((m) => m.userId === p.id).map((m) => m.teamId) }));
  }),

  create: adminOnly.input(authSchemas.createStaffUserInput).mutation(async ({ ctx, input }) => {
    const problem = passwordProblem(input.password, passwordRules.staffMin);
    if (problem) return fail("BAD_REQUEST", problem);
    await assertTeamsExist(ctx.db, input.teamIds);
    const passwordHash = await hashPassword(input.password);
    try {
      const user = await ctx.db.transaction(async (tx) => {
        const [created] = await tx
          .insert(users)
          .values({ role: input.role, email: input.email, displayName: input.displayName, passwordHash, createdBy: ctx.user.id })
          .returning({ id: users.id });
        if (!created) return fail("INTERNAL_SERVER_ERROR", "server");
        if (input.teamIds.length)
          await tx.insert(userTeams).values([...new Set(input.teamIds)].map((teamId) => ({ userId: created.id, teamId })));
        return created;
      });
      await audit(ctx.db, ctx.meta, {
        action: "admin.staff.created",
        actorId: ctx.user.id,
        subjectType: "user",
        subjectId: user.id,
        detail: { email: input.email, role: input.role, teamIds: input.teamIds },
      });
      return { id: user.id };
    } catch (error) {
      if (isUniqueViolation(error)) return fail("CONFLICT", "emailTaken");
      throw error;
    }
  }),

  update: adminOnly
    .input(
      z.object({
        id: authSchemas.id,
        role: authSchemas.staffRole,
        teamIds: z.array(authSchemas.id).max(20, "tooLong"),
        displayName: z.string().trim().min(1, "required").max(80, "tooLong"),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      // An admin who demoted themselves could leave nobody able to administer Heard.
      if (input.id === ctx.user.id && input.role !== "admin") return fail("BAD_REQUEST", "cannotChangeOwnRole");
      await assertTeamsExist(ctx.db, input.teamIds);
      await ctx.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(users)
          .set({ role: input.role, displayName: input.displayName })
          .where(and(eq(users.id, input.id), ne(users.role, "family")))
          .returning({ id: users.id });
        if (!updated) return fail("NOT_FOUND", "notFound");
        await tx.delete(userTeams).where(eq(userTeams.userId, input.id));
        if (input.teamIds.length)
          await tx.insert(userTeams).values([...new Set(input.teamIds)].map((teamId) => ({ userId: input.id, teamId })));
      });
      await audit(ctx.db, ctx.meta, {
        action: "admin.staff.updated",
        actorId: ctx.user.id,
        subjectType: "user",
        subjectId: input.id,
        detail: { role: input.role, teamIds: input.teamIds },
      });
      return { id: input.id };
    }),

  /** Disabling ends every session of the account at once. */
  setDisabled: adminOnly.input(byId.extend({ disabled: z.boolean() })).mutation(async ({ ctx, input }) => {
    if (input.id === ctx.user.id) return fail("BAD_REQUEST", "cannotDisableSelf");
    const [updated] = await ctx.db
      .update(users)
      .set({ disabledAt: input.disabled ? ctx.now() : null })
      .where(and(eq(users.id, input.id), ne(users.role, "family")))
      .returning({ id: users.id });
    if (!updated) return fail("NOT_FOUND", "notFound");
    if (input.disabled) await endUserSessions(ctx.db, input.id);
    await audit(ctx.db, ctx.meta, {
      action: input.disabled ? "admin.staff.disabled" : "admin.staff.enabled",
      actorId: ctx.user.id,
      subjectType: "user",
      subjectId: input.id,
    });
    return { id: input.id, disabled: input.disabled };
  }),
});

const familiesRouter = router({
  /** Family accounts in the teams the staff member acts for; organisation-wide roles see all. */
  list: issuers.query(async ({ ctx }) => {
    const rows = await ctx.db
      .select({
        id: users.id,
        displayName: users.displayName,
        memberKind: users.memberKind,
        preferredLanguage: users.preferredLanguage,
        activated: sql<boolean>`${users.passwordHash} is not null`,
        disabledAt: users.disabledAt,
        createdAt: users.createdAt,
        teamId: userTeams.teamId,
        teamName: teams.name,
      })
      .from(users)
      .innerJoin(userTeams, eq(userTeams.userId, users.id))
      .innerJoin(teams, eq(teams.id, userTeams.teamId))
      .where(
        seesAllTeams(ctx.user)
          ? eq(users.role, "family")
          : and(
              eq(users.role, "family"),
              inArray(userTeams.teamId, ctx.user.teamIds.length ? ctx.user.teamIds : ["00000000-0000-0000-0000-000000000000"]),
            ),
      )
      .orderBy(desc(users.createdAt))
      .limit(500);
    return rows.map(iso);
  }),

  create: issuers.input(authSchemas.createFamilyAccountInput).mutation(async ({ ctx, input }) => {
    if (!actsForTeam(ctx.user, input.teamId)) return fail("FORBIDDEN", "forbidden");
    await assertTeamsExist(ctx.db, [input.teamId]);
    const family = await ctx.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(users)
        .values({
          role: "family",
          displayName: input.displayName,
          memberKind: input.memberKind,
          preferredLanguage: input.preferredLanguage,
          createdBy: ctx.user.id,
        })
        .returning({ id: users.id });
      if (!created) return fail("INTERNAL_SERVER_ERROR", "server");
      await tx.insert(userTeams).values({ userId: created.id, teamId: input.teamId });
      return created;
    });
    const issued = await issueActivationCode(ctx.db, family.id, ctx.user.id, ctx.now());
    await audit(ctx.db, ctx.meta, {
      action: "admin.family.created",
      actorId: ctx.user.id,
      subjectType: "user",
      subjectId: family.id,
      detail: { teamId: input.teamId, memberKind: input.memberKind },
    });
    return { id: family.id, code: issued.code, expiresAt: issued.expiresAt.toISOString() };
  }),

  /** A new one-time code (for a lost passphrase too); earlier unused codes stop working. */
  issueCode: issuers.input(byId).mutation(async ({ ctx, input }) => {
    const [membership] = await ctx.db
      .select({ teamId: userTeams.teamId })
      .from(users)
      .innerJoin(userTeams, eq(userTeams.userId, users.id))
      .where(and(eq(users.id, input.id), eq(users.role, "family"), isNull(users.disabledAt)))
      .limit(1);
    if (!membership) return fail("NOT_FOUND", "notFound");
    if (!actsForTeam(ctx.user, membership.teamId)) return fail("FORBIDDEN", "forbidden");
    const issued = await issueActivationCode(ctx.db, input.id, ctx.user.id, ctx.now());
    await audit(ctx.db, ctx.meta, { action: "admin.family.codeIssued", actorId: ctx.user.id, subjectType: "user", subjectId: input.id });
    return { id: input.id, code: issued.code, expiresAt: issued.expiresAt.toISOString() };
  }),

  pendingCodes: issuers.input(byId).query(async ({ ctx, input }) => {
    const [membership] = await ctx.db.select({ teamId: userTeams.teamId }).from(userTeams).where(eq(userTeams.userId, input.id)).limit(1);
    if (!membership) return fail("NOT_FOUND", "notFound");
    if (!actsForTeam(ctx.user, membership.teamId)) return fail("FORBIDDEN", "forbidden");
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
  }),
});

const auditRouter = router({
  list: adminOnly.input(adminSchemas.auditLogQuery).query(async ({ ctx, input }) => {
    const rows = await ctx.db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        action: auditLog.action,
        actorId: auditLog.actorId,
        actorName: users.displayName,
        subjectType: auditLog.subjectType,
        subjectId: auditLog.subjectId,
        ip: auditLog.ip,
        userAgent: auditLog.userAgent,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(input.before ? lt(auditLog.id, input.before) : undefined, input.action ? eq(auditLog.action, input.action) : undefined))
      .orderBy(desc(auditLog.id))
      .limit(input.limit);
    return { entries: rows.map(iso), nextBefore: rows.length === input.limit ? rows[rows.length - 1]?.id : undefined };
  }),
});

export const adminRouter = router({
  organisation: organisationRouter,
  teams: teamsRouter,
  staff: staffRouter,
  families: familiesRouter,
  audit: auditRouter,
});
