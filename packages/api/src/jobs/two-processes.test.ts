import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type DbHandle, jobs } from "@heard/db";
import { createTestDatabase } from "@heard/db/testing";
import { isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { enqueueJob } from "./queue";
import { createRecordedRuns, recordedRuns, recordingKinds } from "./testing/recorded-runs";

const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const workerScript = fileURLToPath(new URL("./testing/worker-process.ts", import.meta.url));

type Worker = { child: ChildProcessWithoutNullStreams; stdout: string; stderr: string };

/** A separate Node process running the job worker against `url`; resolves once it polls. */
async function startWorkerProcess(url: string, name: string): Promise<Worker> {
  const child = spawn(process.execPath, ["--import", tsx, workerScript, url, name], { stdio: ["pipe", "pipe", "pipe"] });
  const worker: Worker = { child, stdout: "", stderr: "" };
  child.stdout.on("data", (chunk: Buffer) => {
    worker.stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    worker.stderr += chunk.toString();
  });
  await vi.waitFor(
    () => {
      if (child.exitCode !== null) throw new Error(`worker ${name} exited: ${worker.stderr}`);
      expect(worker.stdout).toContain("ready");
    },
    { timeout: 20_000, interval: 50 },
  );
  return worker;
}

async function stopWorkerProcess(worker: Worker): Promise<number | null> {
  if (worker.child.exitCode !== null) return worker.child.exitCode;
  const exited = once(worker.child, "exit");
  worker.child.stdin.end("stop\n");
  const [code] = await exited;
  return code as number | null;
}

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)("job workers in two processes on one PostgreSQL", () => {
  let handle: DbHandle;
  let workers: Worker[] = [];
  beforeAll(async () => {
    handle = await createTestDatabase("postgres");
    await createRecordedRuns(handle.db);
  });
  afterAll(async () => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill();
    await handle?.close();
  });

  it("run every job exactly once", { timeout: 120_000 }, async () => {
    if (handle.raw.kind !== "postgres") throw new Error("needs PostgreSQL");
    const databaseUrl = handle.raw.pool.options.connectionString;
    if (!databaseUrl) throw new Error("no database URL");
    workers = await Promise.all([startWorkerProcess(databaseUrl, "a"), startWorkerProcess(databaseUrl, "b")]);

    // All at once in one transaction, so both processes find them due together.
    const count = 300;
    const kinds = recordingKinds("parent");
    await handle.db.transaction(async (tx) => {
      for (let n = 0; n < count; n++) await enqueueJob(tx, kinds, "test.recorded", { n });
    });
    await vi.waitFor(async () => expect(await handle.db.select({ id: jobs.id }).from(jobs).where(isNull(jobs.doneAt))).toHaveLength(0), {
      timeout: 60_000,
      interval: 100,
    });
    expect(await Promise.all(workers.map(stopWorkerProcess))).toEqual([0, 0]);

    const runs = await handle.db.select().from(recordedRuns);
    const runsPerJob = new Map<string, number>();
    for (const run of runs) runsPerJob.set(run.jobId, (runsPerJob.get(run.jobId) ?? 0) + 1);
    expect(runsPerJob.size).toBe(count);
    expect([...runsPerJob.values()].filter((runs) => runs !== 1)).toEqual([]);
    // Both processes took part, so the test did put them in each other's way.
    expect(new Set(runs.map((run) => run.worker))).toEqual(new Set(["a", "b"]));
    const finished = await handle.db.select({ attempts: jobs.attempts, lastError: jobs.lastError }).from(jobs);
    expect(finished.every((job) => job.attempts === 1 && job.lastError === null)).toBe(true);
    for (const worker of workers) expect(worker.stderr).toBe("");
  });
});
