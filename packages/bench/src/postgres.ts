import { randomBytes } from "node:crypto";
import { createDb, type DbHandle } from "@heard/db";

/** BENCH_DATABASE_URL, else TEST_DATABASE_URL: a PostgreSQL database beside which fresh ones are made. */
export function postgresBaseUrl(): string | undefined {
  return process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
}

export const needsPostgres =
  "needs PostgreSQL: set BENCH_DATABASE_URL or TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test); a fresh database is made beside it and dropped after";

export type FreshPostgres = {
  name: string;
  url: string;
  /** A small pool on the new database, for preparing and checking. */
  handle: DbHandle;
  /** Closes the pool and drops the database (kept with BENCH_KEEP=1). */
  drop(): Promise<void>;
};

/** A new, empty database beside the one `base` names (as packages/db/src/testing.ts does). */
export async function freshPostgres(base: string): Promise<FreshPostgres> {
  const name = `heard_bench_${randomBytes(6).toString("hex")}`;
  const admin = await createDb({ kind: "postgres", url: base, maxConnections: 1 });
  if (admin.raw.kind !== "postgres") throw new Error("expected PostgreSQL");
  const adminPool = admin.raw.pool;
  try {
    await adminPool.query(`create database ${name}`);
  } catch (error) {
    await admin.close();
    throw error;
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await createDb({ kind: "postgres", url: url.toString(), maxConnections: 2 });
  return {
    name,
    url: url.toString(),
    handle,
    async drop() {
      await handle.close().catch(() => {});
      if (process.env.BENCH_KEEP === "1") console.error(`kept database ${name}`);
      else await adminPool.query(`drop database if exists ${name} with (force)`);
      await admin.close();
    },
  };
}
