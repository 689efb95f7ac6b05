import { type DbHandle, teams, users, userTeams } from "@heard/db";
import { createTestDatabase, type TestDatabaseKind } from "@heard/db/testing";
import type { StaffRole } from "@heard/domain";
import pino from "pino";
import { createApp } from "../app";
import { hashPassword } from "../auth/passwords";
import { sessionReader } from "../auth/service";
import { createSession, sessionCookieName, tokenFromCookieHeader } from "../auth/sessions";
import { parseConfig } from "../platform/config";
import type { Context, Services } from "../platform/context";
import { createCallerFactory } from "../platform/trpc";
import { appRouter } from "../router";

export { testDatabaseKinds } from "@heard/db/testing";

const createCaller = createCallerFactory(appRouter);

/** A movable clock for tests of expiry. */
export class TestClock {
  constructor(public current = new Date("2026-03-02T10:00:00Z")) {}
  now = () => new Date(this.current);
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export type TestWorld = Services & {
  handle: DbHandle;
  clock: TestClock;
  close(): Promise<void>;
};

/** Services on a fresh migrated database of the given kind, with a test clock. */
export async function createTestWorld(kind: TestDatabaseKind, env: Record<string, string> = {}): Promise<TestWorld> {
  const handle = await createTestDatabase(kind);
  const clock = new TestClock();
  return {
    handle,
    clock,
    db: handle.db,
    // Limits far above what tests send, unless a test asks for the real ones.
    config: parseConfig({ NODE_ENV: "test", HEARD_RATE_LIMIT_FACTOR: "1000", ...env }),
    logger: pino({ level: "silent" }),
    now: clock.now,
    close: () => handle.close(),
  };
}

/** A caller as a request carrying `token` (or none) would see it. */
export async function callerWithToken(world: Services, token: string | null, options: { ip?: string } = {}) {
  const ctx = await contextWithToken(world, token, options);
  const caller = createCaller(ctx);
  // The caller is itself a proxy of paths; answer `ctx` here so tests can read response headers.
  return new Proxy(caller, { get: (target, key) => (key === "ctx" ? ctx : Reflect.get(target, key)) }) as typeof caller & {
    ctx: Context;
  };
}

export async function contextWithToken(world: Services, token: string | null, options: { ip?: string } = {}): Promise<Context> {
  return {
    db: world.db,
    config: world.config,
    logger: world.logger,
    now: world.now,
    meta: { requestId: `test-${Math.random().toString(36).slice(2)}`, ip: options.ip ?? "127.0.0.1", userAgent: "vitest" },
    app: null,
    // The token stands in either app's cookie: each app takes it only for a person of its own.
    session: sessionReader(world.db, world.now, { staff: token, family: token }, null),
    resHeaders: new Headers(),
  };
}

/** The session token a response set (for either app), if any. */
export function tokenFromResponse(ctx: Context, secure = false): string | null {
  const cookie = ctx.resHeaders.get("set-cookie")?.split(";")[0] ?? null;
  return tokenFromCookieHeader(cookie, "staff", secure) ?? tokenFromCookieHeader(cookie, "family", secure);
}

export const testPassword = "correct-horse-battery";
let testHash: Promise<string> | undefined;

let counter = 0;
/** Makes a team. */
export async function makeTeam(world: Services, name = `Team ${++counter}`) {
  const [team] = await world.db.insert(teams).values({ name }).returning();
  if (!team) throw new Error("team not created");
  return team;
}

/** Makes a user of the role (password `testPassword`) in the given teams, with a live session. */
export async function makeUser(
  world: Services,
  role: StaffRole | "family",
  options: { teamIds?: string[]; email?: string; username?: string } = {},
) {
  testHash ??= hashPassword(testPassword);
  const n = ++counter;
  const [user] = await world.db
    .insert(users)
    .values({
      role,
      email: role === "family" ? null : (options.email ?? `${role}${n}@test.local`),
      username: role === "family" ? (options.username ?? `family${n}`) : null,
      displayName: `${role} ${n}`,
      memberKind: role === "family" ? "child" : null,
      passwordHash: await testHash,
    })
    .returning();
  if (!user) throw new Error("user not created");
  if (options.teamIds?.length) {
    await world.db.insert(userTeams).values(options.teamIds.map((teamId) => ({ userId: user.id, teamId })));
  }
  const token = await createSession(world.db, user.id, world.now());
  return { user, token, caller: () => callerWithToken(world, token) };
}

/**
 * A request to the whole Hono app (security headers, body limits, tRPC and downloads), as a
 * browser carrying `token` in its session cookie would send it.
 */
export function httpRequest(world: TestWorld, path: string, init: RequestInit & { token?: string | null } = {}): Promise<Response> {
  const { token, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token) {
    const secure = world.config.secureCookies;
    headers.set("cookie", `${sessionCookieName("staff", secure)}=${token}; ${sessionCookieName("family", secure)}=${token}`);
  }
  return Promise.resolve(createApp({ ...world, ping: world.handle.ping }).request(path, { ...rest, headers }));
}

/** The URL of a download with its input, as the staff app builds it. */
export function downloadPath(path: string, input: unknown): string {
  return `/api/exports${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
}
