import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { createDb, type DbHandle, fromPglite } from "./client";
import { migrate } from "./migrate";

export type TestDatabaseKind = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

let pgliteTemplate: Promise<File | Blob> | undefined;

/** A migrated in-memory PGlite made once per worker, then cloned: initdb costs seconds. */
async function pgliteFromTemplate(): Promise<DbHandle> {
  pgliteTemplate ??= (async () => {
    const client = await PGlite.create();
    await migrate(fromPglite(client));
    const dump = await client.dumpDataDir("none");
    await client.close();
    return dump;
  })();
  const client = await PGlite.create({ loadDataDir: await pgliteTemplate });
  return fromPglite(client);
}

/** A fresh, migrated, empty database of the given kind. Close it to drop it. */
export async function createTestDatabase(kind: TestDatabaseKind): Promise<DbHandle> {
  if (kind === "pglite") return pgliteFromTemplate();
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const name = `heard_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await createDb({ kind: "postgres", url: url.toString(), maxConnections: 5 });
  await migrate(handle);
  const close = handle.close;
  return {
    ...handle,
    async close() {
      await close();
      const dropper = new pg.Client({ connectionString: base });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
