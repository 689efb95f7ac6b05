import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { testDatabaseKinds } from "@heard/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseEnv, freePort, runMain, until } from "./test-support";

describe("configuration errors", () => {
  it.concurrent.for([
    ["DATABASE_URL", "nonsense"],
    ["PORT", "eighty"],
    ["LOG_LEVEL", "loud"],
  ] as const)("%s=%s stops the process with one line naming the variable", async ([name, value], { expect }) => {
    const run = runMain({ [name]: value });
    expect(await run.exited).toBe(1);
    const lines = run.stderr().trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^heard: configuration error: ${name}: \\S`));
    expect(run.stdout()).toBe("");
  });
});

describe.each(testDatabaseKinds())("the server process on %s", (kind) => {
  let scratch: string;
  let familyDist: string;
  let database: Awaited<ReturnType<typeof databaseEnv>>;

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), "heard-main-"));
    familyDist = path.join(scratch, "family");
    mkdirSync(familyDist);
    writeFileSync(path.join(familyDist, "index.html"), "<!doctype html><h1>Family from test</h1>");
    database = await databaseEnv(kind, scratch);
  });
  afterAll(async () => {
    await database?.drop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  async function startAndStop(expectDemo: RegExp) {
    const port = await freePort();
    const run = runMain({
      ...database.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      HEARD_FAMILY_DIST: familyDist,
      HEARD_STAFF_DIST: path.join(scratch, "no-staff-build"),
    });
    await until(() => run.stdout().includes("Heard is ready"), "ready", run);
    const base = `http://127.0.0.1:${port}`;
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: "ready" });
    expect(await (await fetch(`${base}/meetings/today`)).text()).toContain("Family from test");
    expect((await fetch(`${base}/staff/`)).status).toBe(503);

    const printed = run.stdout();
    expect(printed).toContain(`Family app: http://localhost:${port}/`);
    expect(printed).toContain(`Staff app:  http://localhost:${port}/staff/`);
    expect(printed).toMatch(expectDemo);
    expect(printed).toContain("admin@demo.heard.local");
    expect(printed).toContain("password demo-heard-2026");
    expect(printed).toContain("username sam, passphrase sunny-otter-kite");

    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    return run;
  }

  it("starts, seeds the demo into the empty database, serves, and exits 0 on SIGTERM", async () => {
    await startAndStop(/demo data was added because the database was empty/);
  });

  it("starts again on the same data without seeding twice", async () => {
    await startAndStop(/demo data is in this database/);
  });

  it.runIf(kind === "postgres")("lets two processes start at once on one new database: one migrates and seeds", async () => {
    const fresh = await databaseEnv(kind, scratch);
    try {
      const ports = [await freePort(), await freePort()];
      const runs = ports.map((port) => runMain({ ...fresh.env, PORT: String(port), HOST: "127.0.0.1" }));
      for (const run of runs) await until(() => run.stdout().includes("Heard is ready"), "ready", run);
      const seeded = runs.filter((run) => run.stdout().includes("demo data was added")).length;
      expect(seeded).toBe(1);
      for (const run of runs) run.child.kill("SIGTERM");
      expect(await Promise.all(runs.map((run) => run.exited))).toEqual([0, 0]);
    } finally {
      await fresh.drop();
    }
  });

  it("prints no demo sign-ins in production", async () => {
    const port = await freePort();
    const run = runMain({ ...database.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" });
    await until(() => run.stdout().includes("Heard is ready"), "ready", run);
    expect(run.stdout()).not.toContain("Demo sign-ins");
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
  });
});
