import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDb } from "@heard/db";
import { testDatabaseKinds } from "@heard/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

type Run = { child: ChildProcess; stdout: () => string; stderr: () => string; exited: Promise<number | null> };

const started: Run[] = [];
// A failed test must not leave a server running.
afterAll(async () => {
  const running = started.splice(0).filter((run) => run.child.exitCode === null && run.child.signalCode === null);
  for (const run of running) run.child.kill("SIGKILL");
  await Promise.all(running.map((run) => run.exited));
});

/** Runs src/main.ts under tsx with `env` on top of a clean test environment. */
function runMain(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: serverDir,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "test", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const run = { child, stdout: () => stdout, stderr: () => stderr, exited };
  started.push(run);
  return run;
}

async function until(condition: () => boolean, what: string, run: Run, timeoutMs = 150_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (run.child.exitCode !== null)
      throw new Error(`server exited (${run.child.exitCode}) before ${what}:\n${run.stderr()}\n${run.stdout()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${run.stderr()}\n${run.stdout()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

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

async function onServer(url: string, statement: string): Promise<void> {
  const admin = await createDb({ kind: "postgres", url, maxConnections: 1 });
  try {
    if (admin.raw.kind === "postgres") await admin.raw.pool.query(statement);
  } finally {
    await admin.close();
  }
}

/** A database the server can start on: a PGlite folder, or a new PostgreSQL database. */
async function databaseEnv(kind: "pglite" | "postgres", scratch: string): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (kind === "pglite") return { env: { HEARD_DATA_DIR: path.join(scratch, "data") }, drop: async () => {} };
  const base = process.env.TEST_DATABASE_URL ?? "";
  const name = `heard_server_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await onServer(base, `create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      await onServer(base, `drop database if exists ${name} with (force)`);
    },
  };
}

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
