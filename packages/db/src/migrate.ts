import path from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { DbHandle } from "./client";

/** Where the committed SQL migrations live; the server bundle passes its own copy. */
export const defaultMigrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../migrations");

export async function migrate(handle: DbHandle, migrationsFolder = defaultMigrationsFolder): Promise<void> {
  if (handle.raw.kind === "pglite") {
    await migratePglite(drizzlePglite(handle.raw.client), { migrationsFolder });
  } else {
    await migratePg(drizzlePg(handle.raw.pool), { migrationsFolder });
  }
}
