import { activationCodes, auditLog, users } from "@heard/db";
import {
  type authSchemas,
  fail,
  type Language,
  lockedUntil,
  parseActivationCode,
  passwordRules,
  type Role,
  signInThrottle,
} from "@heard/domain";
import { and, eq, gt } from "drizzle-orm";
import { audit } from "../platform/audit";
import type { Context, RequestContext, SessionUser, SignedInContext } from "../platform/context";
import { uniqueOr } from "../platform/errors";
import { hashActivationCode } from "./activation";
import { hashPassword, passwordProblem, verifyDecoy, verifyPassword } from "./passwords";
import { clearedSessionCookie, createSession, endSession, endUserSessions, sessionCookie } from "./sessions";

// What other areas use of auth: sessions, password rules and activation codes.
export { issueActivationCode } from "./activation";
export { hashPassword, passwordProblem } from "./passwords";
export { createSession, endUserSessions, sessionCookieName, tokenFromCookieHeader, validateSession } from "./sessions";

/** What the apps need to know about whoever is signed in. */
export function publicUser(user: SessionUser) {
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

/** Refuses with "try again at" while the account has had too many recent failures. */
async function assertNotLockedOut(ctx: RequestContext, identity: string): Promise<void> {
  const now = ctx.now();
  const rows = await ctx.db
    .select({ at: auditLog.at })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, "auth.signIn.failed"),
        eq(auditLog.subjectId, identity),
        gt(auditLog.at, new Date(now.getTime() - signInThrottle.windowMs)),
      ),
    );
  const until = lockedUntil(
    rows.map((r) => r.at),
    now,
  );
  if (until) {
    await audit(ctx.db, ctx, { action: "auth.signIn.locked", actorId: null, subject: { type: "identity", id: identity } });
    fail("tooManyRequests", "lockedOut", { retryAt: until.toISOString() });
  }
}

function recordFailure(ctx: RequestContext, identity: string, userId: string | null, reason: string) {
  return audit(ctx.db, ctx, {
    action: "auth.signIn.failed",
    actorId: userId,
    subject: { type: "identity", id: identity },
    detail: { reason },
  });
}

/** A new session at every sign-in, recorded with it; its cookie on the response. */
async function startSession(ctx: Context, userId: string, role: Role): Promise<void> {
  const token = await ctx.db.transaction(async (tx) => {
    const created = await createSession(tx, userId, ctx.now());
    await audit(tx, ctx, { action: "auth.signIn.succeeded", actorId: userId, subject: { type: "user", id: userId } });
    return created;
  });
  ctx.resHeaders.append("Set-Cookie", sessionCookie(token, role, ctx.config.secureCookies));
}

/** Checks a sign-in name and secret against an account of the right kind, recording any failure. */
async function checkCredentials(
  ctx: Context,
  identity: string,
  secret: string,
  user: typeof users.$inferSelect | undefined,
  kind: "staff" | "family",
) {
  const rightKind = kind === "family" ? user?.role === "family" : user !== undefined && user.role !== "family";
  if (!user || !rightKind || !user.passwordHash) {
    // As long as a real check, so a guesser cannot tell which accounts exist.
    await verifyDecoy(secret);
    await recordFailure(ctx, identity, null, "unknownAccount");
    return fail("unauthenticated", "wrongCredentials");
  }
  if (!(await verifyPassword(user.passwordHash, secret))) {
    await recordFailure(ctx, identity, user.id, "wrongPassword");
    return fail("unauthenticated", "wrongCredentials");
  }
  if (user.disabledAt) {
    await recordFailure(ctx, identity, user.id, "disabled");
    return fail("forbidden", "accountDisabled");
  }
  return user;
}

export async function staffSignIn(ctx: Context, input: { email: string; password: string }) {
  await assertNotLockedOut(ctx, input.email);
  const [found] = await ctx.db.select().from(users).where(eq(users.email, input.email)).limit(1);
  const user = await checkCredentials(ctx, input.email, input.password, found, "staff");
  await startSession(ctx, user.id, user.role);
  return { role: user.role };
}

export async function familySignIn(ctx: Context, input: { username: string; passphrase: string }) {
  await assertNotLockedOut(ctx, input.username);
  const [found] = await ctx.db.select().from(users).where(eq(users.username, input.username)).limit(1);
  const user = await checkCredentials(ctx, input.username, input.passphrase, found, "family");
  await startSession(ctx, user.id, "family");
  return { preferredLanguage: user.preferredLanguage };
}

/** A family member turns a one-time code into a sign-in name and passphrase, and is signed in. */
export async function activateFamilyAccount(
  ctx: Context,
  input: authSchemas.FamilyActivateInput,
): Promise<{ preferredLanguage: Language }> {
  const code = parseActivationCode(input.code);
  if (!code) return fail("badRequest", "activationCodeInvalid");
  const problem = passwordProblem(input.passphrase, passwordRules.familyMin);
  if (problem) return fail("badRequest", problem);
  const now = ctx.now();
  const passwordHash = await hashPassword(input.passphrase);
  const user = await uniqueOr("usernameTaken", () =>
    ctx.db.transaction(async (tx) => {
      // Lock the code row: two people racing with one code must not both succeed.
      const [row] = await tx
        .select()
        .from(activationCodes)
        .where(eq(activationCodes.codeHash, hashActivationCode(code)))
        .for("update")
        .limit(1);
      if (!row || row.revoked) return fail("badRequest", "activationCodeInvalid");
      if (row.usedAt) return fail("badRequest", "activationCodeUsed");
      if (row.expiresAt.getTime() <= now.getTime()) return fail("badRequest", "activationCodeExpired");
      const [account] = await tx.select().from(users).where(eq(users.id, row.userId)).limit(1);
      if (!account || account.disabledAt) return fail("badRequest", "activationCodeInvalid");
      const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).limit(1);
      if (taken && taken.id !== account.id) return fail("conflict", "usernameTaken");
      await tx.update(activationCodes).set({ usedAt: now }).where(eq(activationCodes.id, row.id));
      await tx.update(users).set({ username: input.username, passwordHash }).where(eq(users.id, account.id));
      // A new passphrase ends any session from before (a lost phone, say).
      await endUserSessions(tx, account.id);
      await audit(tx, ctx, { action: "auth.family.activated", actorId: account.id, subject: { type: "user", id: account.id } });
      return account;
    }),
  );
  await startSession(ctx, user.id, "family");
  return { preferredLanguage: user.preferredLanguage };
}

/** Always succeeds: signing out of a session that already ended still clears the cookie. */
export async function signOut(ctx: Context) {
  ctx.resHeaders.append("Set-Cookie", clearedSessionCookie(ctx.config.secureCookies));
  const session = ctx.session;
  if (!session) return { signedOut: true };
  await ctx.db.transaction(async (tx) => {
    await endSession(tx, session.id);
    await audit(tx, ctx, { action: "auth.signedOut", actorId: session.user.id, subject: { type: "user", id: session.user.id } });
  });
  return { signedOut: true };
}

/** Ends every session of the user (other devices included) and starts a fresh one here. */
export async function changePassword(ctx: Context & SignedInContext, input: { currentPassword: string; newPassword: string }) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.user.id)).limit(1);
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return fail("badRequest", "wrongCredentials");
  }
  const problem = passwordProblem(input.newPassword, user.role === "family" ? passwordRules.familyMin : passwordRules.staffMin);
  if (problem) return fail("badRequest", problem);
  if (input.newPassword === input.currentPassword) return fail("badRequest", "passwordSameAsOld");
  const passwordHash = await hashPassword(input.newPassword);
  const token = await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await endUserSessions(tx, user.id);
    await audit(tx, ctx, { action: "auth.passwordChanged", actorId: user.id, subject: { type: "user", id: user.id } });
    return createSession(tx, user.id, ctx.now());
  });
  ctx.resHeaders.append("Set-Cookie", sessionCookie(token, user.role, ctx.config.secureCookies));
  return { changed: true };
}

export async function setLanguage(ctx: SignedInContext, input: { language: Language }) {
  await ctx.db.update(users).set({ preferredLanguage: input.language }).where(eq(users.id, ctx.user.id));
  return { language: input.language };
}
