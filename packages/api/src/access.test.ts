import { type Role, rolesWith, staffRoles } from "@heard/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Access } from "./platform/trpc";
import { appRouter } from "./router";
import { callerWithToken, createTestWorld, makeTeam, makeUser, type TestWorld } from "./testing";

type Caller = Awaited<ReturnType<typeof callerWithToken>>;
type Procedure = { _def: { meta?: { access?: Access }; type: string } };

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>);
const everyone: (Role | "anonymous")[] = ["anonymous", "family", ...staffRoles];

function allowed(access: Access, who: Role | "anonymous"): boolean {
  switch (access.kind) {
    case "public":
      return true;
    case "signedIn":
      return who !== "anonymous";
    case "family":
      return who === "family";
    case "staff":
      return who !== "anonymous" && who !== "family" && access.roles.includes(who);
  }
}

function call(caller: Caller, path: string): Promise<unknown> {
  // biome-ignore lint/suspicious/noExplicitAny: walking the caller by path
  const fn = path.split(".").reduce<any>((node, key) => node[key], caller);
  return fn(undefined);
}

/** Runs on PGlite only: the rule is about code, not the database. */
describe("access matrix", () => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld("pglite");
  });
  afterAll(() => world.close());

  it("every procedure declares who may call it", () => {
    expect(procedures.length).toBeGreaterThan(0);
    const undeclared = procedures.filter(([, p]) => !p._def.meta?.access).map(([path]) => path);
    expect(undeclared).toEqual([]);
  });

  it("no procedure is reachable by a role it does not list", async () => {
    const team = await makeTeam(world);
    const leaks: string[] = [];
    const wrongDenials: string[] = [];
    for (const [path, procedure] of procedures) {
      const access = procedure._def.meta?.access as Access;
      for (const who of everyone) {
        // A fresh session for every call: a procedure such as signOut may end it.
        const token = who === "anonymous" ? null : (await makeUser(world, who, { teamIds: [team.id] })).token;
        const caller = await callerWithToken(world, token);
        let code: string | null = null;
        try {
          await call(caller, path);
        } catch (error) {
          code = (error as { code?: string }).code ?? "UNKNOWN";
        }
        const denied = code === "UNAUTHORIZED" || code === "FORBIDDEN";
        if (!allowed(access, who) && !denied) leaks.push(`${path} reachable by ${who} (${code ?? "ok"})`);
        if (allowed(access, who) && denied) wrongDenials.push(`${path} denied to ${who}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(wrongDenials).toEqual([]);
  });
});

/**
 * The staff app's navigation (apps/staff/src/nav.ts) and the procedures agree: both come from
 * the permission table, and a page lists the procedures it calls. Read straight from the app's
 * source, as it is only data: the app depends on the API for types only, never the reverse.
 */
describe("the staff app's navigation and the procedures", async () => {
  const { staffPages, staffSubPages } = await import("../../../apps/staff/src/nav");
  const byPath = new Map(procedures);
  const pages = [...staffPages, ...staffSubPages];

  it("names only procedures that exist", () => {
    const unknown = pages.flatMap((page) => page.calls.filter((path) => !byPath.has(path)).map((path) => `${page.id}: ${path}`));
    expect(unknown).toEqual([]);
  });

  it("offers a page only to roles that may call one of its procedures, and calls none nobody offered it may use", () => {
    const problems: string[] = [];
    for (const page of pages) {
      if ((page.calls as readonly string[]).length === 0) continue;
      const offered = rolesWith(page.permission);
      const accessOf = (path: string) => byPath.get(path)?._def.meta?.access as Access;
      for (const role of offered) {
        if (!page.calls.some((path) => allowed(accessOf(path), role)))
          problems.push(`${page.id} offered to ${role}, who may call none of it`);
      }
      for (const path of page.calls) {
        if (!offered.some((role) => allowed(accessOf(path), role)))
          problems.push(`${page.id} calls ${path}, which none of ${offered.join(", ")} may`);
      }
    }
    expect(problems).toEqual([]);
  });
});
