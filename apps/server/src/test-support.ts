/** Running the server's entry points as real processes, on a database of either kind, for tests. */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDb } from "@heard/db";
import { afterAll } from "vitest";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export type Run = { child: ChildProcess; stdout: () => string; stderr: () => string; exited: Promise<number | null> };

const started: Run[] = [];
// A failed test must not leave a server running.
afterAll(async () => {
  const running = started.splice(0).filter((run) => run.child.exitCode === null && run.child.signalCode === null);
  for (const run of running) run.child.kill("SIGKILL");
  await Promise.all(running.map((run) => run.exited));
});

/** Runs src/main.ts under tsx with `env` on top of a clean test environment. */
export function runMain(env: Record<string, string>): Run {
  return runScript("src/main.ts", [], env);
}

/** Runs one of the server's entry points under tsx, with `env` on top of a clean test environment. */
export function runScript(script: string, args: readonly string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
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

export async function until(condition: () => boolean, what: string, run: Run, timeoutMs = 150_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (run.child.exitCode !== null)
      throw new Error(`server exited (${run.child.exitCode}) before ${what}:\n${run.stderr()}\n${run.stdout()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${run.stderr()}\n${run.stdout()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function onServer(url: string, statement: string): Promise<void> {
  const admin = await createDb({ kind: "postgres", url, maxConnections: 1 });
  try {
    if (admin.raw.kind === "postgres") await admin.raw.pool.query(statement);
  } finally {
    await admin.close();
  }
}

/** A database the server can start on: a PGlite folder, or a new PostgreSQL database. */
export async function databaseEnv(
  kind: "pglite" | "postgres",
  scratch: string,
): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
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
