import type { Config } from "@heard/api";
import { demoSignIns, seedDemo } from "@heard/api";
import { advisoryLocks, createDb, type DbHandle, migrate, users } from "@heard/db";
import { inArray } from "drizzle-orm";
import type { Logger } from "pino";

/** Whether the demo organisation was created just now, was there already, or is absent. */
export type DemoState = "seeded" | "present" | "absent";

export type OpenedDatabase = { handle: DbHandle; demo: DemoState };

/** Opens the configured database, applies migrations, and seeds the demo into an empty one. */
export async function openDatabase(config: Config, migrationsFolder: string, logger: Logger): Promise<OpenedDatabase> {
  const started = performance.now();
  const handle = await createDb(
    config.database.kind === "postgres"
      ? { kind: "postgres", url: config.database.url }
      : { kind: "pglite", dataDir: config.database.dataDir },
  );
  const openedMs = Math.round(performance.now() - started);
  try {
    let demo: DemoState = "absent";
    await whileHoldingStartupLock(handle, async () => {
      await migrate(handle, migrationsFolder);
      if (!config.seedDemo) return;
      if (await seedDemo(handle.db)) demo = "seeded";
      else if (await demoAccountsExist(handle)) demo = "present";
    });
    const preparedMs = Math.round(performance.now() - started) - openedMs;
    logger.info({ database: handle.kind, migrationsFolder, demo, openedMs, preparedMs }, "database ready");
    return { handle, demo };
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
}

async function demoAccountsExist(handle: DbHandle): Promise<boolean> {
  const emails = demoSignIns.staff.map((person) => person.email);
  const found = await handle.db.select({ id: users.id }).from(users).where(inArray(users.email, emails)).limit(1);
  return found.length > 0;
}

/**
 * Several server processes may start at once on one PostgreSQL: only one migrates and
 * seeds at a time. PGlite has one process by construction.
 */
async function whileHoldingStartupLock(handle: DbHandle, work: () => Promise<void>): Promise<void> {
  if (handle.raw.kind !== "postgres") return work();
  const client = await handle.raw.pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [advisoryLocks.startup]);
    try {
      await work();
    } finally {
      await client.query("select pg_advisory_unlock($1)", [advisoryLocks.startup]);
    }
  } finally {
    client.release();
  }
}
