import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The one database type the rest of Heard sees, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction on the database. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either: what a query that may run inside or outside a transaction takes. */
export type Queryable = Database | Tx;

export type DbConfig = { kind: "pglite"; dataDir: string | null } | { kind: "postgres"; url: string; maxConnections?: number };

export type DbHandle = {
  kind: DbConfig["kind"];
  db: Database;
  /** Answers whether the database responds (for /readyz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** Driver-level handle for migrations. */
  raw: { kind: "pglite"; client: PGlite } | { kind: "postgres"; pool: pg.Pool };
};

const pools = new WeakMap<object, pg.Pool>();

/**
 * Runs a fixed SQL text as a named prepared statement, when `db` is a PostgreSQL database (not a
 * transaction, not PGlite): PostgreSQL parses and plans it once per connection instead of once
 * per call. Undefined when it cannot, and the caller runs the query as usual. The text for a name
 * must never change while the process runs.
 */
export async function runNamed<Row>(db: object, name: string, text: string, values: unknown[]): Promise<Row[] | undefined> {
  const pool = pools.get(db);
  if (!pool) return undefined;
  return (await pool.query({ name, text, values })).rows as Row[];
}

/** PGlite in `dataDir` (null: in memory), or node-postgres when a URL is given. */
export async function createDb(config: DbConfig): Promise<DbHandle> {
  if (config.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: config.url, max: config.maxConnections ?? 10 });
    // An idle client that errors (server restart) must not crash the process.
    pool.on("error", () => {});
    const db = drizzlePg(pool, { schema }) as unknown as Database;
    pools.set(db, pool);
    return {
      kind: "postgres",
      db,
      raw: { kind: "postgres", pool },
      async ping() {
        try {
          await pool.query("select 1");
          return true;
        } catch {
          return false;
        }
      },
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  if (config.dataDir) {
    const dir = path.resolve(config.dataDir);
    mkdirSync(path.dirname(dir), { recursive: true });
    client = await PGlite.create(dir);
  } else {
    client = await PGlite.create();
  }
  return fromPglite(client);
}

export function fromPglite(client: PGlite): DbHandle {
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    kind: "pglite",
    db,
    raw: { kind: "pglite", client },
    async ping() {
      try {
        await client.query("select 1");
        return true;
      } catch {
        return false;
      }
    },
    close: () => client.close(),
  };
}
