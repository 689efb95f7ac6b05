import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "./client";
import { auditLog, teams } from "./schema";
import { createTestDatabase, testDatabaseKinds } from "./testing";

describe.each(testDatabaseKinds())("database on %s", (kind) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await handle.close();
  });

  it("is migrated and answers", async () => {
    expect(await handle.ping()).toBe(true);
    const [team] = await handle.db.insert(teams).values({ name: "North" }).returning();
    expect(team?.name).toBe("North");
  });

  it("refuses to change or remove audit log rows", async () => {
    await handle.db.insert(auditLog).values({ action: "test.written" });
    await expect(handle.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    const rows = await handle.db.select().from(auditLog);
    expect(rows.map((r) => r.action)).toEqual(["test.written"]);
  });
});
