import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenText } from "../concerns/service";
import { createTestWorld, httpRequest, type TestWorld, testDatabaseKinds } from "../testing";
import { failureOf } from "./errors";
import { trpcBodyLimitBytes } from "./http";

/** A logger that keeps what it is told, by level. */
function listeningLogger() {
  const lines: { level: number; msg: string }[] = [];
  const logger = pino({ level: "trace" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, levels: () => lines.map((line) => line.level) };
}

async function databaseError(world: TestWorld, query: ReturnType<typeof sql>): Promise<unknown> {
  try {
    await world.db.execute(query);
  } catch (error) {
    return error;
  }
  throw new Error("expected the query to fail");
}

describe.each(testDatabaseKinds())("the platform on %s", (kind) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(kind);
  });
  afterAll(() => world.close());

  it("refuses a body over the limit with 413 in the usual error shape, before the procedure runs", async () => {
    const response = await httpRequest(world, "/api/trpc/auth.staffSignIn", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "a@b.c", password: "x".repeat(trpcBodyLimitBytes) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      error: { message: "payloadTooLarge", data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } },
    });
  });

  it("answers an unknown API path 404 in the same shape", async () => {
    const response = await httpRequest(world, "/api/nothing-here");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { message: "notFound", data: { messageKey: "notFound", httpStatus: 404 } } });
  });

  it("names a wrong method and a body it cannot read, and stores no API answer", async () => {
    const wrongMethod = await httpRequest(world, "/api/trpc/auth.signOut");
    expect(wrongMethod.status).toBe(405);
    expect(await wrongMethod.json()).toMatchObject({ error: { message: "methodNotAllowed" } });
    const wrongType = await httpRequest(world, "/api/trpc/auth.signOut", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "hello",
    });
    expect(wrongType.status).toBe(415);
    expect(await wrongType.json()).toMatchObject({ error: { message: "unsupportedMediaType" } });
    for (const response of [wrongMethod, wrongType, await httpRequest(world, "/api/trpc/auth.me")]) {
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("refuses a state change whose Origin is not Heard's own address", async () => {
    const forged = await httpRequest(world, "/api/trpc/auth.signOut", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://elsewhere.example", host: "heard.example" },
      body: "{}",
    });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({ error: { message: "crossSite" } });
    const own = await httpRequest(world, "/api/trpc/auth.signOut", {
      method: "POST",
      headers: { "content-type": "application/json", origin: new URL(world.config.publicUrl).origin },
      body: "{}",
    });
    expect(own.status).toBe(200);
  });

  it("treats a value a person sent that the database refuses as bad input, logged as a warning", async () => {
    const { logger, levels } = listeningLogger();
    const error = await databaseError(world, sql`select ${"a\u0000b"}::text`);
    expect(failureOf(error, logger)).toMatchObject({ code: "badRequest", key: "invalidInput" });
    expect(levels()).toEqual([40]);
  });

  it("leaves a bad cast in our own query an internal error, for the caller to log as one", async () => {
    const { logger, levels } = listeningLogger();
    const error = await databaseError(world, sql`select 'not a number'::int`);
    expect(failureOf(error, logger)).toBeNull();
    expect(levels()).toEqual([]);
  });

  it("turns a unique violation a person runs into into a conflict", async () => {
    await world.db.execute(sql`create table unique_names (name text unique)`);
    await world.db.execute(sql`insert into unique_names values ('sam')`);
    const error = await databaseError(world, sql`insert into unique_names values ('sam')`);
    expect(failureOf(error, pino({ level: "silent" }))).toMatchObject({ code: "conflict", key: "conflict" });
  });
});

describe("screening free text", () => {
  it("treats the words as worrying when the screen itself fails, so a person reads them", () => {
    const { logger, levels } = listeningLogger();
    expect(screenText(null as unknown as string, "en", logger)).toMatchObject({ mayDiscloseHarm: true, categories: ["otherWorry"] });
    expect(levels()).toEqual([50]);
  });
});
