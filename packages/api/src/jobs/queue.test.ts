import { jobs } from "@heard/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestWorld, type TestWorld, testDatabaseKinds } from "../testing";
import { startBackgroundJobs } from "./index";
import { defineJobKind, type EnqueueOptions, enqueueJob, exponentialBackOff, runDueJobs } from "./queue";

/** A promise with its resolve at hand, to hold a handler mid-run. */
function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** What the test kinds did: each run's name, in order. */
const ran: string[] = [];
/** Names whose runs throw. */
const failing = new Set<string>();
/** Names whose runs wait for this before finishing. */
const holds = new Map<string, Promise<void>>();

const note = z.object({ name: z.string() });
async function record({ name }: { name: string }) {
  ran.push(name);
  await holds.get(name);
  if (failing.has(name)) throw new Error(`${name} failed at smtp://user:secret@mail.example`);
}

const kinds = {
  "test.record": defineJobKind({
    payload: note,
    retryDelayMs: exponentialBackOff(1_000, 4_000),
    maxAttempts: 3,
    leaseMs: 60_000,
    run: record,
  }),
  "test.forever": defineJobKind({
    payload: note,
    retryDelayMs: exponentialBackOff(1_000, 4_000),
    maxAttempts: null,
    leaseMs: 60_000,
    run: record,
  }),
  "test.once": defineJobKind({ payload: note, retryDelayMs: () => 1_000, maxAttempts: 1, leaseMs: 60_000, run: record }),
  "test.hang": defineJobKind({
    payload: note,
    retryDelayMs: () => 60_000,
    maxAttempts: null,
    // A short lease, so a handler that never finishes is given up on at once.
    leaseMs: 50,
    async run({ name }, { signal }) {
      ran.push(name);
      await new Promise((resolve) => signal.addEventListener("abort", resolve));
    },
  }),
};
type TestKind = keyof typeof kinds;

describe.each(testDatabaseKinds())("job queue on %s", (databaseKind) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(databaseKind);
  });
  afterAll(async () => {
    await world.close();
  });
  beforeEach(async () => {
    await world.db.delete(jobs);
    ran.length = 0;
    failing.clear();
    holds.clear();
  });

  const enqueue = (kind: TestKind, name: string, options: EnqueueOptions = {}) =>
    enqueueJob(world.db, kinds, kind, { name }, { runAt: world.now(), ...options });
  const run = (workerId = "worker-a") => runDueJobs(world, kinds, { mail: null }, { workerId });
  const jobRow = async (id: string) => (await world.db.select().from(jobs).where(eq(jobs.id, id)))[0];
  const later = (ms: number) => new Date(world.now().getTime() + ms);

  it("runs a job once, not before its time, and marks it done", async () => {
    const { id } = await enqueue("test.record", "letter", { runAt: later(60_000) });
    expect(await run()).toEqual({ done: 0, retrying: 0, gaveUp: 0 });
    world.clock.advance(60_000);
    expect(await run()).toEqual({ done: 1, retrying: 0, gaveUp: 0 });
    expect(await jobRow(id)).toMatchObject({ doneAt: world.now(), attempts: 1, lockedBy: null, lockedUntil: null, failedAt: null });
    expect(await run()).toEqual({ done: 0, retrying: 0, gaveUp: 0 });
    expect(ran).toEqual(["letter"]);
  });

  it("retries a failure with the kind's back-off, keeps the error short and secret-free, and gives up after the last attempt", async () => {
    failing.add("poster");
    const { id } = await enqueue("test.record", "poster");
    expect(await run()).toEqual({ done: 0, retrying: 1, gaveUp: 0 });
    const first = await jobRow(id);
    expect(first).toMatchObject({ attempts: 1, maxAttempts: 3, runAt: later(1_000), lockedBy: null, doneAt: null, failedAt: null });
    expect(first?.lastError).toBe("poster failed at smtp://mail.example");

    expect(await run()).toEqual({ done: 0, retrying: 0, gaveUp: 0 });
    world.clock.advance(1_000);
    expect(await run()).toEqual({ done: 0, retrying: 1, gaveUp: 0 });
    expect(await jobRow(id)).toMatchObject({ attempts: 2, runAt: later(2_000) });
    world.clock.advance(2_000);
    expect(await run()).toEqual({ done: 0, retrying: 0, gaveUp: 1 });
    expect(await jobRow(id)).toMatchObject({ attempts: 3, failedAt: world.now(), doneAt: null });

    world.clock.advance(60 * 60_000);
    expect(await run()).toEqual({ done: 0, retrying: 0, gaveUp: 0 });
    expect(ran).toEqual(["poster", "poster", "poster"]);
  });

  it("retries for ever when a kind has no last attempt, the wait capped", async () => {
    failing.add("alert");
    const { id } = await enqueue("test.forever", "alert");
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      expect(await run()).toEqual({ done: 0, retrying: 1, gaveUp: 0 });
      const row = await jobRow(id);
      waits.push((row?.runAt.getTime() ?? 0) - world.now().getTime());
      world.clock.advance(waits.at(-1) ?? 0);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 4_000, 4_000, 4_000]);
    failing.delete("alert");
    expect(await run()).toEqual({ done: 1, retrying: 0, gaveUp: 0 });
    expect(await jobRow(id)).toMatchObject({ attempts: 7, maxAttempts: null, lastError: null, failedAt: null });
  });

  it("runs a job again once the lease of a process that died has passed, and only then", async () => {
    const held = deferred();
    holds.set("reminder", held.promise);
    const { id } = await enqueue("test.record", "reminder");
    // Worker A claims it and never comes back, as a process that died mid-run.
    const abandoned = run("worker-a");
    await expect.poll(() => ran.length).toBe(1);
    expect(await jobRow(id)).toMatchObject({ lockedBy: "worker-a", lockedUntil: later(60_000), attempts: 1 });

    expect(await run("worker-b")).toEqual({ done: 0, retrying: 0, gaveUp: 0 });
    world.clock.advance(60_000);
    holds.delete("reminder");
    expect(await run("worker-b")).toEqual({ done: 1, retrying: 0, gaveUp: 0 });
    const doneByB = await jobRow(id);
    expect(doneByB).toMatchObject({ attempts: 2, lockedBy: null });
    expect(doneByB?.doneAt).toEqual(world.now());

    // Should worker A come back after all, its lease is gone: it cannot mark the job again.
    world.clock.advance(5_000);
    held.resolve();
    await abandoned;
    expect((await jobRow(id))?.doneAt).toEqual(doneByB?.doneAt);
    expect(ran).toEqual(["reminder", "reminder"]);
  });

  it("gives up, without running it again, a job whose last attempt died", async () => {
    const held = deferred();
    holds.set("retention", held.promise);
    const { id } = await enqueue("test.once", "retention");
    const abandoned = run("worker-a");
    await expect.poll(() => ran.length).toBe(1);
    world.clock.advance(60_000);
    expect(await run("worker-b")).toEqual({ done: 0, retrying: 0, gaveUp: 1 });
    const row = await jobRow(id);
    expect(row).toMatchObject({ failedAt: world.now(), doneAt: null });
    expect(row?.lastError).toMatch(/did not finish/);
    held.resolve();
    await abandoned;
    expect(ran).toEqual(["retention"]);
  });

  it("stores a job once per dedupe key and kind, even after it has run", async () => {
    const first = await enqueue("test.record", "daily", { key: "2026-03-02" });
    const again = await enqueue("test.record", "daily", { key: "2026-03-02" });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    expect((await enqueue("test.forever", "daily", { key: "2026-03-02" })).created).toBe(true);
    expect((await enqueue("test.record", "daily", { key: "2026-03-03" })).created).toBe(true);
    expect((await enqueue("test.record", "unkeyed")).created).toBe(true);
    expect((await enqueue("test.record", "unkeyed")).created).toBe(true);
    expect(await run()).toEqual({ done: 5, retrying: 0, gaveUp: 0 });
    expect(await enqueue("test.record", "daily", { key: "2026-03-02" })).toEqual({ id: first.id, created: false });
    expect(await run()).toEqual({ done: 0, retrying: 0, gaveUp: 0 });
    expect(ran.sort()).toEqual(["daily", "daily", "daily", "unkeyed", "unkeyed"]);
  });

  it("commits or rolls back a job with the transaction that enqueued it", async () => {
    await world.db
      .transaction(async (tx) => {
        await enqueueJob(tx, kinds, "test.record", { name: "rolled back" }, { runAt: world.now() });
        throw new Error("the change failed");
      })
      .catch(() => {});
    await world.db.transaction(async (tx) => {
      await enqueueJob(tx, kinds, "test.record", { name: "committed" }, { runAt: world.now() });
    });
    expect(await run()).toEqual({ done: 1, retrying: 0, gaveUp: 0 });
    expect(ran).toEqual(["committed"]);
  });

  it("refuses a payload that does not match its kind when enqueued", async () => {
    const wrong = { title: "no name" } as unknown as { name: string };
    await expect(enqueueJob(world.db, kinds, "test.record", wrong)).rejects.toThrow();
    expect(await world.db.select().from(jobs)).toHaveLength(0);
  });

  it("never lets a failing, hanging or unreadable job hold up the others", async () => {
    failing.add("broken");
    await enqueue("test.forever", "broken", { runAt: later(-3_000) });
    await enqueue("test.hang", "stuck", { runAt: later(-2_000) });
    // Stored by an older version of the code, say: the handler could not read it.
    const [unreadable] = await world.db
      .insert(jobs)
      .values({ kind: "test.record", payload: { title: 1 }, runAt: later(-1_000), maxAttempts: 3 })
      .returning();
    for (const name of ["one", "two", "three"]) await enqueue("test.record", name);

    expect(await run()).toEqual({ done: 3, retrying: 2, gaveUp: 1 });
    expect(ran).toEqual(["broken", "stuck", "one", "two", "three"]);
    const rows = await world.db.select().from(jobs);
    expect(rows.find((row) => row.kind === "test.hang")?.lastError).toMatch(/time limit/);
    expect(rows.find((row) => row.id === unreadable?.id)).toMatchObject({ failedAt: world.now() });
    expect(rows.find((row) => row.id === unreadable?.id)?.lastError).toMatch(/payload/);

    // Later jobs still run while the broken one keeps failing.
    world.clock.advance(1_000);
    await enqueue("test.record", "four");
    expect(await run()).toEqual({ done: 1, retrying: 1, gaveUp: 0 });
    expect(ran.slice(5)).toEqual(["broken", "four"]);
  });

  it("runs a job at once when nudged, and stop() waits for the job in progress", async () => {
    const held = deferred();
    holds.set("first", held.promise);
    const worker = startBackgroundJobs(world, { pollMs: 60_000, registry: kinds, transport: null });
    const { nudgeJobs } = await import("./signals");
    await enqueue("test.record", "first");
    nudgeJobs();
    await expect.poll(() => ran).toEqual(["first"]);

    await enqueue("test.record", "second");
    let stopped = false;
    const stopping = worker.stop().then(() => {
      stopped = true;
    });
    // Still running "first": stop has to wait for it.
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    held.resolve();
    await stopping;
    expect(ran).toEqual(["first"]);
    const rows = await world.db.select().from(jobs);
    expect(rows.filter((row) => row.doneAt !== null).map((row) => row.payload)).toEqual([{ name: "first" }]);
    expect(rows.find((row) => (row.payload as { name: string }).name === "second")).toMatchObject({ attempts: 0, lockedBy: null });
  });
});
