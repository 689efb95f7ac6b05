import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defaultMigrationsFolder } from "@heard/db";
import type { BuiltApps } from "./static";

/** apps/server/dist when bundled, apps/server/src under tsx: both one level below apps/server. */
const here = path.dirname(fileURLToPath(import.meta.url));

export type ServerPaths = {
  /** Where the built apps would be, whether or not they exist yet. */
  appDirs: { family: string; staff: string };
  migrationsFolder: string;
};

/**
 * Folders the server reads. HEARD_FAMILY_DIST and HEARD_STAFF_DIST point at other
 * builds of the apps (used by tests); by default the apps' dist folders in this repository.
 */
export function serverPaths(env: Record<string, string | undefined>): ServerPaths {
  const bundledMigrations = path.join(here, "migrations");
  return {
    appDirs: {
      family: path.resolve(env.HEARD_FAMILY_DIST || path.join(here, "../../family/dist")),
      staff: path.resolve(env.HEARD_STAFF_DIST || path.join(here, "../../staff/dist")),
    },
    // The bundle carries a copy of packages/db/migrations; under tsx, use the package's own.
    migrationsFolder: existsSync(path.join(bundledMigrations, "meta/_journal.json")) ? bundledMigrations : defaultMigrationsFolder,
  };
}

/** The app folders that hold a built app (an index.html); the others are null. */
export function findBuiltApps(dirs: ServerPaths["appDirs"]): BuiltApps {
  const built = (dir: string) => (existsSync(path.join(dir, "index.html")) ? dir : null);
  return { family: built(dirs.family), staff: built(dirs.staff) };
}
