/**
 * Helpers for benchmarks that run a server in a child process: the built Heard server
 * (apps/server/dist/main.js, built by turbo before `bench`), or the reference server.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

/** The repository root (this file is packages/bench/src/processes.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const serverEntry = path.join(repoRoot, "apps/server/dist/main.js");

/** Throws a clear line when the server has not been built (`pnpm bench` builds it; a filtered run does not). */
export function requireBuiltServer(): void {
  if (!existsSync(serverEntry)) {
    throw new Error(`${path.relative(repoRoot, serverEntry)} is missing: build it first (pnpm turbo run build --filter=@heard/server...)`);
  }
}

/** A port nobody listens on at the moment, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

/** Everything the server reads from its environment: cleared, so the caller's shell cannot leak in. */
const serverVariables = [
  "NODE_ENV",
  "PORT",
  "HOST",
  "DATABASE_URL",
  "HEARD_DATA_DIR",
  "PUBLIC_URL",
  "LOG_LEVEL",
  "SMTP_URL",
  "MAIL_FROM",
  "HEARD_DEMO_SEED",
  "HEARD_RATE_LIMIT_FACTOR",
  "HEARD_TRUSTED_PROXIES",
  "HEARD_FAMILY_DIST",
  "HEARD_STAFF_DIST",
];

const keptOutput = 64 * 1024;

export type ChildServer = {
  child: ChildProcess;
  origin: string;
  /** The first and the last 64 KB of what it wrote (stdout and stderr together). */
  output(): string;
  /** How many lines it has written so far (stdout and stderr). */
  lineCount(): number;
  /** Resolves when it exits. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL if it is still running after `graceMs`; resolves when it has exited. */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; killed: boolean }>;
};

const running = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** Starts `node <args>` with the given environment on top of the caller's (minus the server's variables). */
export function startChild(args: string[], env: Record<string, string>, origin: string, cwd = repoRoot): ChildServer {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of serverVariables) delete childEnv[name];
  Object.assign(childEnv, env);
  const child = spawn(process.execPath, args, { cwd, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let head = "";
  let tail = "";
  let lines = 0;
  // Always drain the pipes: a server that logs synchronously would block on a full pipe.
  const keep = (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lines++;
    if (head.length < keptOutput) head += text.slice(0, keptOutput - head.length);
    else tail = (tail + text).slice(-keptOutput);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  return {
    child,
    origin,
    output: () => (tail ? `${head}\n…\n${tail}` : head),
    lineCount: () => lines,
    exited,
    async stop(graceMs = 20_000) {
      if (child.exitCode !== null || child.signalCode !== null) return { ...(await exited), killed: false };
      child.kill("SIGTERM");
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<"late">((resolve) => {
        timer = setTimeout(() => resolve("late"), graceMs);
      });
      const first = await Promise.race([exited, late]);
      clearTimeout(timer);
      if (first !== "late") return { ...first, killed: false };
      child.kill("SIGKILL");
      return { ...(await exited), killed: true };
    },
  };
}

export type HeardServerOptions = {
  port: number;
  nodeEnv: "production" | "test" | "development";
  logLevel: "warn" | "info" | "error";
  /** PostgreSQL; otherwise PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir?: string;
  /** HEARD_RATE_LIMIT_FACTOR: raised for load that no person would send. */
  rateLimitFactor?: number;
};

/**
 * Starts the built server (apps/server/dist/main.js) on 127.0.0.1. BENCH_SERVER_NODE_ARGS adds
 * arguments for node (e.g. `--cpu-prof --cpu-prof-dir=/tmp/heard-prof` to see where time goes).
 */
export function startHeardServer(options: HeardServerOptions): ChildServer {
  requireBuiltServer();
  const env: Record<string, string> = {
    NODE_ENV: options.nodeEnv,
    PORT: String(options.port),
    HOST: "127.0.0.1",
    // The address the bench calls it at: requests carrying that Origin are Heard's own.
    PUBLIC_URL: `http://127.0.0.1:${options.port}`,
    LOG_LEVEL: options.logLevel,
  };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.dataDir) env.HEARD_DATA_DIR = options.dataDir;
  if (options.rateLimitFactor) env.HEARD_RATE_LIMIT_FACTOR = String(options.rateLimitFactor);
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
  return startChild([...nodeArgs, serverEntry], env, `http://127.0.0.1:${options.port}`);
}

/** The status of one GET, or null when there was no answer (not listening yet, reset, 2 s timeout). */
export function statusOf(url: string): Promise<number | null> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: 2_000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? null);
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(null));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Asks `url` every `intervalMs` (from the start of one try to the start of the next) until it
 * answers 200; resolves with performance.now() at that answer. Rejects when the child exits
 * first, or after `timeoutMs`, with the end of the child's output.
 */
export async function waitFor200(server: ChildServer, pathname: string, intervalMs = 20, timeoutMs = 120_000): Promise<number> {
  const url = `${server.origin}${pathname}`;
  const started = performance.now();
  const seen: { exit: { code: number | null; signal: NodeJS.Signals | null } | null } = { exit: null };
  void server.exited.then((how) => {
    seen.exit = how;
  });
  for (;;) {
    const tried = performance.now();
    const status = await statusOf(url);
    if (status === 200) return performance.now();
    const how = seen.exit;
    if (how) {
      throw new Error(
        `the server exited (${how.signal ?? `code ${how.code}`}) before ${pathname} answered 200:\n${server.output().slice(-4000)}`,
      );
    }
    if (performance.now() - started > timeoutMs) {
      throw new Error(`${pathname} did not answer 200 within ${timeoutMs / 1000} s:\n${server.output().slice(-4000)}`);
    }
    await sleep(tried + intervalMs - performance.now());
  }
}

let ticksPerSecond: number | undefined;

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc (Linux; null elsewhere).
 * To 10 ms: summed over seconds of load it says what each request costs, however busy the machine.
 */
export function cpuMsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}
