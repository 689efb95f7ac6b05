import { activationCodes, type Database, users } from "@heard/db";
import {
  AppError,
  type Audience,
  audienceOf,
  type authSchemas,
  fail,
  type Language,
  parseActivationCode,
  passwordRules,
  type Role,
} from "@heard/domain";
import { eq } from "drizzle-orm";
import { audit } from "../platform/audit";
import type { Context, RequestContext, Session, SessionUser, SignedInContext } from "../platform/context";
import { uniqueOr } from "../platform/errors";
import { countTry, forgetTries } from "../platform/rate-limits";
import { hashActivationCode } from "./activation";
import { hashPassword, passwordProblem, verifyDecoy, verifyPassword } from "./passwords";
import { clearedSessionCookie, createSession, endSession, endUserSessions, sessionCookie, validateSession } from "./sessions";

// What other areas use of auth: sessions, password rules and activation codes.
export { issueActivationCode } from "./activation";
export { hashPassword, passwordProblem } from "./passwords";
export { createSession, endUserSessions, sessionCookieName, tokenFromCookieHeader } from "./sessions";

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

/**
 * Counts a sign-in try against the address's limit and the account's; refuses, saying when to
 * try again, over either. Counting comes before any check of the secret, in one statement per
 * limit, so neither a batch nor parallel requests get more guesses than the limit.
 */
async function countSignInTry(ctx: RequestContext, identity: string): Promise<void> {
  const now = ctx.now();
  if (ctx.meta.ip) await countTry(ctx.db, ctx.config.rateLimits, "signInPerAddress", ctx.meta.ip, now);
  try {
    await countTry(ctx.db, ctx.config.rateLimits, "signInPerAccount", identity, now);
  } catch (error) {
    await audit(ctx.db, ctx, { action: "auth.signIn.locked", actorId: null, subject: { type: "identity", id: identity } });
    throw error instanceof AppError ? new AppError("tooManyRequests", "lockedOut", { detail: error.detail ?? {} }) : error;
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

/**
 * A new session at every sign-in, recorded with it, its cookie on the response. A session this
 * browser still held for the same app ends: signing in again never leaves the old one alive.
 */
async function startSession(ctx: Context, userId: string, role: Role): Promise<void> {
  const previous = await ctx.session(audienceOf(role));
  const token = await ctx.db.transaction(async (tx) => {
    if (previous) await endSession(tx, previous.id);
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
  await countSignInTry(ctx, input.email);
  const [found] = await ctx.db.select().from(users).where(eq(users.email, input.email)).limit(1);
  const user = await checkCredentials(ctx, input.email, input.password, found, "staff");
  await forgetTries(ctx.db, "signInPerAccount", input.email, ctx.now());
  await startSession(ctx, user.id, user.role);
  return { role: user.role };
}

export async function familySignIn(ctx: Context, input: { username: string; passphrase: string }) {
  await countSignInTry(ctx, input.username);
  const [found] = await ctx.db.select().from(users).where(eq(users.username, input.username)).limit(1);
  const user = await checkCredentials(ctx, input.username, input.passphrase, found, "family");
  await forgetTries(ctx.db, "signInPerAccount", input.username, ctx.now());
  await startSession(ctx, user.id, "family");
  return { preferredLanguage: user.preferredLanguage };
}

/** Why a code cannot be used now, or null when it can. */
function codeProblem(row: typeof activationCodes.$inferSelect | undefined, now: Date) {
  if (!row || row.revoked) return "activationCodeInvalid" as const;
  if (row.usedAt) return "activationCodeUsed" as const;
  if (row.expiresAt.getTime() <= now.getTime()) return "activationCodeExpired" as const;
  return null;
}

/**
 * Turns a one-time code into an account's secret, and signs the person in: a family member
 * chooses a sign-in name and passphrase; a member of staff (a first administrator, say) a
 * password. The code is looked up before anything is hashed, so made-up codes cost nothing.
 */
async function activate(
  ctx: Context,
  input: { code: string; password: string; username?: string },
  kind: "staff" | "family",
): Promise<typeof users.$inferSelect> {
  if (ctx.meta.ip) await countTry(ctx.db, ctx.config.rateLimits, "activationPerAddress", ctx.meta.ip, ctx.now());
  const code = parseActivationCode(input.code);
  if (!code) return fail("badRequest", "activationCodeInvalid");
  const codeHash = hashActivationCode(code);
  const now = ctx.now();
  const [found] = await ctx.db.select().from(activationCodes).where(eq(activationCodes.codeHash, codeHash)).limit(1);
  const problem = codeProblem(found, now);
  if (problem) return fail("badRequest", problem);
  const weak = passwordProblem(input.password, kind === "family" ? passwordRules.familyMin : passwordRules.staffMin);
  if (weak) return fail("badRequest", weak);
  const passwordHash = await hashPassword(input.password);
  return uniqueOr("usernameTaken", () =>
    ctx.db.transaction(async (tx) => {
      // Lock the code row and look again: two people racing with one code must not both succeed.
      const [row] = await tx.select().from(activationCodes).where(eq(activationCodes.codeHash, codeHash)).for("update").limit(1);
      const raced = codeProblem(row, now);
      if (raced || !row) return fail("badRequest", raced ?? "activationCodeInvalid");
      const [account] = await tx.select().from(users).where(eq(users.id, row.userId)).limit(1);
      if (!account || account.disabledAt || (account.role === "family") !== (kind === "family"))
        return fail("badRequest", "activationCodeInvalid");
      if (input.username) {
        const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).limit(1);
        if (taken && taken.id !== account.id) return fail("conflict", "usernameTaken");
      }
      await tx.update(activationCodes).set({ usedAt: now }).where(eq(activationCodes.id, row.id));
      await tx
        .update(users)
        .set({ passwordHash, ...(input.username ? { username: input.username } : {}) })
        .where(eq(users.id, account.id));
      // A new secret ends any session from before (a lost phone, say).
      await endUserSessions(tx, account.id);
      await audit(tx, ctx, {
        action: kind === "family" ? "auth.family.activated" : "auth.staff.activated",
        actorId: account.id,
        subject: { type: "user", id: account.id },
      });
      return account;
    }),
  );
}

/** A family member turns a one-time code into a sign-in name and passphrase, and is signed in. */
export async function activateFamilyAccount(
  ctx: Context,
  input: authSchemas.FamilyActivateInput,
): Promise<{ preferredLanguage: Language }> {
  const user = await activate(ctx, { code: input.code, username: input.username, password: input.passphrase }, "family");
  await startSession(ctx, user.id, "family");
  return { preferredLanguage: user.preferredLanguage };
}

/** A member of staff given a one-time link (the first administrator, say) sets a password, and is signed in. */
export async function activateStaffAccount(ctx: Context, input: { code: string; password: string }) {
  const user = await activate(ctx, input, "staff");
  await startSession(ctx, user.id, user.role);
  return { role: user.role, preferredLanguage: user.preferredLanguage };
}

/** Whoever is signed in to the app asking, or null. */
export async function whoIsSignedIn(ctx: Context) {
  const session = await ctx.session();
  return session ? publicUser(session.user) : null;
}

/**
 * Signs out of the app asking (the other app's session stays). Always succeeds: signing out of
 * a session that already ended still clears the cookie.
 */
export async function signOut(ctx: Context) {
  const session = await ctx.session();
  const audience = session ? audienceOf(session.user.role) : (ctx.app ?? "staff");
  ctx.resHeaders.append("Set-Cookie", clearedSessionCookie(audience, ctx.config.secureCookies));
  if (!session) return { signedOut: true };
  await ctx.db.transaction(async (tx) => {
    await endSession(tx, session.id);
    await audit(tx, ctx, { action: "auth.signedOut", actorId: session.user.id, subject: { type: "user", id: session.user.id } });
  });
  return { signedOut: true };
}

/** Ends every session of the user (other devices included) and starts a fresh one here. */
export async function changePassword(ctx: Context & SignedInContext, input: { currentPassword: string; newPassword: string }) {
  // The current password can be guessed here as at sign-in: the same kind of limits.
  if (ctx.meta.ip) await countTry(ctx.db, ctx.config.rateLimits, "signInPerAddress", ctx.meta.ip, ctx.now());
  await countTry(ctx.db, ctx.config.rateLimits, "passwordChangePerAccount", ctx.user.id, ctx.now());
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

/** Reads `X-Heard-App`: which app a request comes from, when it says. */
export function appOfHeader(value: string | null | undefined): Audience | null {
  return value === "staff" || value === "family" ? value : null;
}

/**
 * `Context.session` for a request carrying these tokens: each audience's session is looked up
 * once, on first use, and must belong to a person of that audience.
 */
export function sessionReader(
  db: Database,
  now: () => Date,
  tokens: Readonly<Record<Audience, string | null>>,
  app: Audience | null,
): Context["session"] {
  const found = new Map<Audience, Promise<Session | null>>();
  const of = (audience: Audience) => {
    let session = found.get(audience);
    if (!session) {
      const token = tokens[audience];
      session = token ? validateSession(db, token, now(), audience) : Promise.resolve(null);
      found.set(audience, session);
    }
    return session;
  };
  return async (audience) => {
    if (audience ?? app) return of((audience ?? app) as Audience);
    return (await of("staff")) ?? of("family");
  };
}
