import { activationCodes, auditLog, users } from "@heard/db";
import { authSchemas, lockedUntil, parseActivationCode, passwordRules, type Role, signInThrottle } from "@heard/domain";
import { and, eq, gt, inArray } from "drizzle-orm";
import { audit } from "../../audit";
import { hashActivationCode } from "../../auth/activation";
import { hashPassword, passwordProblem, verifyDecoy, verifyPassword } from "../../auth/passwords";
import { clearedSessionCookie, createSession, endSession, endUserSessions, sessionCookie } from "../../auth/sessions";
import type { Context } from "../../context";
import { fail } from "../../errors";
import { publicProcedure, router, signedInProcedure } from "../../trpc";

const failureAction = "auth.signIn.failed";

/** Refuses with "try again at" while the account has had too many recent failures. */
async function assertNotLockedOut(ctx: Context, identity: string): Promise<void> {
  const now = ctx.now();
  const rows = await ctx.db
    .select({ at: auditLog.at })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, failureAction),
        eq(auditLog.subjectId, identity),
        gt(auditLog.at, new Date(now.getTime() - signInThrottle.windowMs)),
      ),
    );
  const until = lockedUntil(
    rows.map((r) => r.at),
    now,
  );
  if (until) {
    await audit(ctx.db, ctx.meta, { action: "auth.signIn.locked", subjectType: "identity", subjectId: identity });
    fail("TOO_MANY_REQUESTS", "lockedOut", { retryAt: until.toISOString() });
  }
}

async function recordFailure(ctx: Context, identity: string, userId: string | null, reason: string) {
  await ctx.db.insert(auditLog).values({
    action: failureAction,
    actorId: userId,
    subjectType: "identity",
    subjectId: identity,
    detail: { reason },
    ip: ctx.meta.ip,
    userAgent: ctx.meta.userAgent?.slice(0, 300) ?? null,
    requestId: ctx.meta.requestId,
    at: ctx.now(),
  });
}

/** A new session at every sign-in, its cookie on the response. */
async function startSession(ctx: Context, userId: string, role: Role) {
  const token = await createSession(ctx.db, userId, ctx.now());
  ctx.resHeaders.append("Set-Cookie", sessionCookie(token, role, ctx.config.secureCookies));
  await audit(ctx.db, ctx.meta, { action: "auth.signIn.succeeded", actorId: userId, subjectType: "user", subjectId: userId });
}

/** What the apps need to know about whoever is signed in. */
function publicUser(user: NonNullable<Context["session"]>["user"]) {
  return {
    id: user.id,
    role: user.role,
    displayName: user.displayName,
    email: user.email,
    username: user.username,
    memberKind: user.memberKind,
    preferredLanguage: user.preferredLanguage,
    teamIds: user.teamIds,
  };
}

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => (ctx.session ? publicUser(ctx.session.user) : null)),

  staffSignIn: publicProcedure.input(authSchemas.staffSignInInput).mutation(async ({ ctx, input }) => {
    await assertNotLockedOut(ctx, input.email);
    const [user] = await ctx.db.select().from(users).where(eq(users.email, input.email)).limit(1);
    if (!user || user.role === "family" || !user.passwordHash) {
      await verifyDecoy(input.password);
      await recordFailure(ctx, input.email, null, "unknownAccount");
      return fail("UNAUTHORIZED", "wrongCredentials");
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      await recordFailure(ctx, input.email, user.id, "wrongPassword");
      return fail("UNAUTHORIZED", "wrongCredentials");
    }
    if (user.disabledAt) {
      await recordFailure(ctx, input.email, user.id, "disabled");
      return fail("FORBIDDEN", "accountDisabled");
    }
    await startSession(ctx, user.id, user.role);
    return { role: user.role };
  }),

  familySignIn: publicProcedure.input(authSchemas.familySignInInput).mutation(async ({ ctx, input }) => {
    await assertNotLockedOut(ctx, input.username);
    const [user] = await ctx.db.select().from(users).where(eq(users.username, input.username)).limit(1);
    if (user?.role !== "family" || !user.passwordHash) {
      await verifyDecoy(input.passphrase);
      await recordFailure(ctx, input.username, null, "unknownAccount");
      return fail("UNAUTHORIZED", "wrongCredentials");
    }
    if (!(await verifyPassword(user.passwordHash, input.passphrase))) {
      await recordFailure(ctx, input.username, user.id, "wrongPassword");
      return fail("UNAUTHORIZED", "wrongCredentials");
    }
    if (user.disabledAt) {
      await recordFailure(ctx, input.username, user.id, "disabled");
      return fail("FORBIDDEN", "accountDisabled");
    }
    await startSession(ctx, user.id, "family");
    return { preferredLanguage: user.preferredLanguage };
  }),

  /** A family member turns a one-time code into a sign-in name and passphrase. */
  familyActivate: publicProcedure.input(authSchemas.familyActivateInput).mutation(async ({ ctx, input }) => {
    const code = parseActivationCode(input.code);
    if (!code) return fail("BAD_REQUEST", "activationCodeInvalid");
    const problem = passwordProblem(input.passphrase, passwordRules.familyMin);
    if (problem) return fail("BAD_REQUEST", problem);
    const now = ctx.now();
    const passwordHash = await hashPassword(input.passphrase);
    const userId = await ctx.db.transaction(async (tx) => {
      // Lock the code row: two people racing with one code must not both succeed.
      const [row] = await tx
        .select()
        .from(activationCodes)
        .where(eq(activationCodes.codeHash, hashActivationCode(code)))
        .for("update")
        .limit(1);
      if (!row || row.revoked) return fail("BAD_REQUEST", "activationCodeInvalid");
      if (row.usedAt) return fail("BAD_REQUEST", "activationCodeUsed");
      if (row.expiresAt.getTime() <= now.getTime()) return fail("BAD_REQUEST", "activationCodeExpired");
      const [user] = await tx.select().from(users).where(eq(users.id, row.userId)).limit(1);
      if (!user || user.disabledAt) return fail("BAD_REQUEST", "activationCodeInvalid");
      const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).limit(1);
      if (taken && taken.id !== user.id) return fail("CONFLICT", "usernameTaken");
      await tx.update(activationCodes).set({ usedAt: now }).where(eq(activationCodes.id, row.id));
      await tx.update(users).set({ username: input.username, passwordHash }).where(eq(users.id, user.id));
      return user.id;
    });
    // A new passphrase ends any session from before (a lost phone, say).
    await endUserSessions(ctx.db, userId);
    await audit(ctx.db, ctx.meta, { action: "auth.family.activated", actorId: userId, subjectType: "user", subjectId: userId });
    await startSession(ctx, userId, "family");
    const [user] = await ctx.db.select({ preferredLanguage: users.preferredLanguage }).from(users).where(eq(users.id, userId));
    return { preferredLanguage: user?.preferredLanguage ?? "en" };
  }),

  /** Always succeeds: signing out of a session that already ended still clears the cookie. */
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    ctx.resHeaders.append("Set-Cookie", clearedSessionCookie(ctx.config.secureCookies));
    if (!ctx.session) return { signedOut: true };
    await endSession(ctx.db, ctx.session.id);
    const userId = ctx.session.user.id;
    await audit(ctx.db, ctx.meta, { action: "auth.signedOut", actorId: userId, subjectType: "user", subjectId: userId });
    return { signedOut: true };
  }),

  /** Ends every session of the user (other devices included) and starts a fresh one here. */
  changePassword: signedInProcedure.input(authSchemas.changePasswordInput).mutation(async ({ ctx, input }) => {
    const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.user.id)).limit(1);
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      return fail("BAD_REQUEST", "wrongCredentials");
    }
    const problem = passwordProblem(input.newPassword, user.role === "family" ? passwordRules.familyMin : passwordRules.staffMin);
    if (problem) return fail("BAD_REQUEST", problem);
    if (input.newPassword === input.currentPassword) return fail("BAD_REQUEST", "passwordSameAsOld");
    await ctx.db
      .update(users)
      .set({ passwordHash: await hashPassword(input.newPassword) })
      .where(eq(users.id, user.id));
    await endUserSessions(ctx.db, user.id);
    await audit(ctx.db, ctx.meta, { action: "auth.passwordChanged", actorId: user.id, subjectType: "user", subjectId: user.id });
    const token = await createSession(ctx.db, user.id, ctx.now());
    ctx.resHeaders.append("Set-Cookie", sessionCookie(token, user.role, ctx.config.secureCookies));
    return { changed: true };
  }),

  setLanguage: signedInProcedure.input(authSchemas.setLanguageInput).mutation(async ({ ctx, input }) => {
    await ctx.db
      .update(users)
      .set({ preferredLanguage: input.language })
      .where(inArray(users.id, [ctx.user.id]));
    return { language: input.language };
  }),
});
