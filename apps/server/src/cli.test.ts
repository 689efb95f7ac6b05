import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createApp, parseConfig } from "@heard/api";
import { auditLog, createDb, type DbHandle, users } from "@heard/db";
import { testDatabaseKinds } from "@heard/db/testing";
import { eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseEnv, runScript } from "./test-support";

describe.each(testDatabaseKinds())("npm run heard -- admin create, on an empty production database on %s", (kind) => {
  let scratch: string;
  let database: Awaited<ReturnType<typeof databaseEnv>>;
  const env = () => ({ NODE_ENV: "production", PUBLIC_URL: "https://heard.example.gov.uk", ...database.env });
  const adminCreate = async (...args: string[]) => {
    const run = runScript("src/cli.ts", ["admin", "create", ...args], env());
    return { code: await run.exited, stdout: run.stdout(), stderr: run.stderr() };
  };
  /** The database the command wrote, opened once it has exited. */
  const open = (): Promise<DbHandle> =>
    createDb(
      kind === "pglite"
        ? { kind: "pglite", dataDir: database.env.HEARD_DATA_DIR ?? "" }
        : { kind: "postgres", url: database.env.DATABASE_URL ?? "" },
    );

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), "heard-cli-"));
    database = await databaseEnv(kind, scratch);
  });
  afterAll(async () => {
    await database?.drop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("creates the first administrator and prints a one-time link that sets the password", async () => {
    const created = await adminCreate("--email", "First.Admin@Council.example", "--name", "Fran First");
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    const link = /https:\/\/heard\.example\.gov\.uk\/staff\/activate#code=(\S+)/.exec(created.stdout);
    expect(link).not.toBeNull();

    const handle = await open();
    try {
      const [admin] = await handle.db.select().from(users).where(eq(users.email, "first.admin@council.example"));
      expect(admin).toMatchObject({ role: "admin", displayName: "Fran First", passwordHash: null });
      expect(await handle.db.select().from(auditLog).where(eq(auditLog.action, "admin.firstAdmin.created"))).toHaveLength(1);
      // No demo in production.
      expect((await handle.db.select().from(users)).length).toBe(1);

      // The link's page sets a password and signs in; the code works once.
      const app = createApp({
        db: handle.db,
        config: parseConfig({ NODE_ENV: "production", PUBLIC_URL: "https://heard.example.gov.uk" }),
        logger: pino({ level: "silent" }),
        now: () => new Date(),
        ping: handle.ping,
      });
      const activate = () =>
        app.request("/api/trpc/auth.staffActivate", {
          method: "POST",
          headers: { "content-type": "application/json", "x-heard-app": "staff" },
          body: JSON.stringify({ code: decodeURIComponent(link?.[1] ?? ""), password: "a long and unusual password" }),
        });
      const first = await activate();
      expect(first.status).toBe(200);
      expect(first.headers.get("set-cookie")).toMatch(/^__Host-heard_staff=/);
      const again = await activate();
      expect(again.status).toBe(400);
      expect(await again.json()).toMatchObject({ error: { message: "activationCodeUsed" } });
    } finally {
      await handle.close();
    }
  });

  it("refuses to run again while an administrator exists, unless told to", async () => {
    const refused = await adminCreate("--email", "second@council.example");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/an administrator exists already/);
    const forced = await adminCreate("--email", "second@council.example", "--force");
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/staff\/activate#code=/);
  });

  it("says how to use it when the email is missing", async () => {
    const wrong = await adminCreate("--name", "Nobody");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--email must be an email address/);
  });
});
