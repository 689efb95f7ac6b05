import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client";
import { defaultMigrationsFolder, migrate } from "../migrate";
import { createTestDatabase, testDatabaseKinds } from "../testing";
import { mailOutbox } from "./concerns";
import { jobs } from "./jobs";

/** A copy of the migrations that stops before `tag`, to build a database as it was then. */
function migrationsBefore(tag: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), "heard-migrations-"));
  cpSync(defaultMigrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((entry) => entry.tag === tag);
  if (at < 0) throw new Error(`no migration ${tag}`);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return folder;
}

describe.each(testDatabaseKinds())("jobs table on %s", (kind) => {
  let handle: DbHandle;
  let before: string;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    before = migrationsBefore("0008_job_queue");
  });
  afterAll(async () => {
    await handle.close();
    rmSync(before, { recursive: true, force: true });
  });

  it("gives each message the mail outbox still had to send its delivery job when migrated", async () => {
    // Empty the database and build it as it was before the job queue, with mail waiting.
    await handle.db.execute(sql`drop schema public cascade`);
    await handle.db.execute(sql`drop schema if exists drizzle cascade`);
    await handle.db.execute(sql`create schema public`);
    await migrate(handle, before);
    const due = new Date("2026-03-02T10:00:30Z");
    const [waiting, failing, sent] = await handle.db
      .insert(mailOutbox)
      .values([
        { to: "a@test.local", subject: "waiting", text: "x", nextAttemptAt: due },
        { to: "b@test.local", subject: "failing", text: "x", nextAttemptAt: due, attempts: 3, lastError: "ECONNREFUSED" },
        { to: "c@test.local", subject: "sent", text: "x", sentAt: due, attempts: 1 },
      ])
      .returning();

    await migrate(handle);
    const rows = await handle.db.select().from(jobs);
    const jobFor = new Map(rows.map((job) => [(job.payload as { outboxId: string }).outboxId, job]));
    expect([...jobFor.keys()].sort()).toEqual([waiting?.id, failing?.id].sort());
    const delivery = { kind: "mail.deliver", runAt: due, maxAttempts: null, doneAt: null, failedAt: null };
    expect(jobFor.get(waiting?.id ?? "")).toMatchObject({ ...delivery, dedupeKey: waiting?.id, attempts: 0 });
    expect(jobFor.get(failing?.id ?? "")).toMatchObject({ ...delivery, dedupeKey: failing?.id, attempts: 3 });
    expect(jobFor.has(sent?.id ?? "")).toBe(false);
  });

  it("stores a dedupe key once per kind, and any number of jobs without one", async () => {
    await handle.db.insert(jobs).values({ kind: "test.a", payload: {}, dedupeKey: "k" });
    await expect(handle.db.insert(jobs).values({ kind: "test.a", payload: {}, dedupeKey: "k" })).rejects.toThrow();
    await handle.db.insert(jobs).values([
      { kind: "test.b", payload: {}, dedupeKey: "k" },
      { kind: "test.a", payload: {} },
      { kind: "test.a", payload: {} },
    ]);
    expect(await handle.db.select().from(jobs).where(sql`${jobs.kind} like 'test.%'`)).toHaveLength(4);
  });
});
