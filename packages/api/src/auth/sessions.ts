import { type Database, type Queryable, sessions, users, userTeams } from "@heard/db";
import { type Audience, audienceOf, type Role, sessionPolicyFor, sessionState } from "@heard/domain";
import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { and, eq, ne } from "drizzle-orm";
import type { SessionUser } from "../platform/context";

/** 20 bytes from the system's secure source: 160 bits, above the 128 we promise. */
function randomToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

/** Starts a session and returns its token `<id>.<secret>`; only the secret's hash is stored. */
export async function createSession(db: Queryable, userId: string, now: Date): Promise<string> {
  const id = randomToken();
  const secret = randomToken();
  await db.insert(sessions).values({ id, secretHash: hashSecret(secret), userId, createdAt: now, lastSeenAt: now });
  return `${id}.${secret}`;
}

// Writing last-seen on every request would turn reads into writes; a minute is precise enough.
const touchAfterMs = 60 * 1000;

/** The session and its user for a token, or null when unknown, wrong, idle, expired, disabled or of the other app. */
export async function validateSession(
  db: Database,
  token: string,
  now: Date,
  audience: Audience,
): Promise<{ id: string; user: SessionUser } | null> {
  const [id, secret, ...rest] = token.split(".");
  if (!id || !secret || rest.length > 0 || id.length > 64 || secret.length > 64) return null;
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id))
    .limit(1);
  if (!row) return null;
  if (!constantTimeEqual(hashSecret(secret), row.session.secretHash)) return null;
  const role = row.user.role as Role;
  // A staff token in the family cookie (or the other way round) is not a session of that app.
  if (audienceOf(role) !== audience) return null;
  if (row.user.disabledAt || sessionState(row.session, role, now) !== "active") {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > touchAfterMs) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  const teams = await db.select({ teamId: userTeams.teamId }).from(userTeams).where(eq(userTeams.userId, row.user.id));
  return {
    id,
    user: {
      id: row.user.id,
      role,
      displayName: row.user.displayName,
      email: row.user.email,
      username: row.user.username,
      memberKind: row.user.memberKind,
      preferredLanguage: row.user.preferredLanguage,
      teamIds: teams.map((t) => t.teamId),
    },
  };
}

export async function endSession(db: Queryable, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user, optionally keeping the one in use. */
export async function endUserSessions(db: Queryable, userId: string, keepSessionId?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(keepSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)) : eq(sessions.userId, userId));
}

/**
 * The session cookie of one app. `__Host-` cookies must be Secure; on plain local http the
 * browser would drop them, so the name drops the prefix.
 */
export function sessionCookieName(audience: Audience, secure: boolean): string {
  return `${secure ? "__Host-" : ""}heard_${audience}`;
}

export function sessionCookie(token: string, role: Role, secure: boolean): string {
  const maxAge = Math.floor(sessionPolicyFor(role).absoluteMs / 1000);
  return [
    `${sessionCookieName(audienceOf(role), secure)}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${maxAge}`,
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}

export function clearedSessionCookie(audience: Audience, secure: boolean): string {
  return [`${sessionCookieName(audience, secure)}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0", ...(secure ? ["Secure"] : [])].join(
    "; ",
  );
}

/** Reads one app's session token from a Cookie header. */
export function tokenFromCookieHeader(header: string | null | undefined, audience: Audience, secure: boolean): string | null {
  if (!header) return null;
  const name = sessionCookieName(audience, secure);
  for (const part of header.split(";")) {
    const eqAt = part.indexOf("=");
    if (eqAt < 0) continue;
    if (part.slice(0, eqAt).trim() === name) return part.slice(eqAt + 1).trim() || null;
  }
  return null;
}
