import { teams } from "@heard/db";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerWithToken, createTestWorld, makeTeam, makeUser, type TestWorld, testDatabaseKinds, testPassword } from "../testing";
import { errorOf } from "../testing/fixtures";

describe.each(testDatabaseKinds())("admin on %s", (kind) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(kind);
  });
  afterAll(() => world.close());

  it("saves organisation settings and shows the public part to anyone", async () => {
    const admin = await (await makeUser(world, "admin")).caller();
    await admin.admin.organisation.update({
      name: "Northshire Council",
      frontDoorPhone: "01234 567890",
      safeguardingEmail: "Safeguarding@Northshire.example",
      kAnonymityThreshold: 6,
    });
    const settings = await admin.admin.organisation.get();
    expect(settings).toMatchObject({ safeguardingEmail: "safeguarding@northshire.example", kAnonymityThreshold: 6 });
    const anon = await callerWithToken(world, null);
    expect(await anon.admin.organisation.public()).toEqual({ name: "Northshire Council", frontDoorPhone: "01234 567890" });
  });

  it("keeps no change whose audit record cannot be written: the two commit together", async () => {
    // A trigger that refuses one action's audit record, as a full disk or a broken log would.
    await world.db.execute(sql`
      create function refuse_team_audit() returns trigger language plpgsql as $$
      begin
        if new.action = 'admin.team.created' then raise exception 'audit refused'; end if;
        return new;
      end $$`);
    await world.db.execute(
      sql`create trigger refuse_team_audit before insert on audit_log for each row execute function refuse_team_audit()`,
    );
    try {
      const admin = await (await makeUser(world, "admin")).caller();
      expect(await errorOf(admin.admin.teams.create({ name: "Never kept" }))).toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
      expect(await world.db.select().from(teams).where(eq(teams.name, "Never kept"))).toEqual([]);
    } finally {
      await world.db.execute(sql`drop trigger refuse_team_audit on audit_log`);
      await world.db.execute(sql`drop function refuse_team_audit()`);
    }
  });

  it("refuses bad settings field by field", async () => {
    const admin = await (await makeUser(world, "admin")).caller();
    const error = await errorOf(
      admin.admin.organisation.update({ name: "", frontDoorPhone: "call us", safeguardingEmail: "nope", kAnonymityThreshold: 1 }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("creates teams with unique names", async () => {
    const admin = await (await makeUser(world, "admin")).caller();
    await admin.admin.teams.create({ name: "West Hub" });
    expect(await errorOf(admin.admin.teams.create({ name: "West Hub" }))).toMatchObject({ code: "CONFLICT", message: "teamNameTaken" });
    expect((await admin.admin.teams.list()).map((t) => t.name)).toContain("West Hub");
  });

  it("counts the staff in each team, not its family accounts", async () => {
    const team = await makeTeam(world);
    await makeUser(world, "worker", { teamIds: [team.id] });
    await makeUser(world, "manager", { teamIds: [team.id] });
    await makeUser(world, "family", { teamIds: [team.id] });
    const empty = await makeTeam(world);
    const admin = await (await makeUser(world, "admin")).caller();
    const listed = await admin.admin.teams.list();
    expect(listed.find((t) => t.id === team.id)?.members).toBe(2);
    expect(listed.find((t) => t.id === empty.id)?.members).toBe(0);
  });

  it("creates staff who can then sign in, refusing common passwords and taken emails", async () => {
    const team = await makeTeam(world);
    const admin = await (await makeUser(world, "admin")).caller();
    expect(
      await errorOf(
        admin.admin.staff.create({
          email: "new@test.local",
          displayName: "New",
          role: "worker",
          teamIds: [team.id],
          password: "password123",
        }),
      ),
    ).toMatchObject({ message: "passwordCommon" });
    await admin.admin.staff.create({
      email: "New@Test.local",
      displayName: "New",
      role: "worker",
      teamIds: [team.id],
      password: "river stone lantern",
    });
    expect(
      await errorOf(
        admin.admin.staff.create({
          email: "new@test.local",
          displayName: "Again",
          role: "qa",
          teamIds: [],
          password: "river stone lantern",
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", message: "emailTaken" });
    const anon = await callerWithToken(world, null);
    await anon.auth.staffSignIn({ email: "new@test.local", password: "river stone lantern" });
    const listed = (await admin.admin.staff.list()).find((s) => s.email === "new@test.local");
    expect(listed?.teamIds).toEqual([team.id]);
  });

  it("disabling an account ends its sessions at once, and an admin cannot disable themselves", async () => {
    const { user: worker, token } = await makeUser(world, "worker");
    const { user: adminUser, caller } = await makeUser(world, "admin");
    const admin = await caller();
    await admin.admin.staff.setDisabled({ id: worker.id, disabled: true });
    expect(await (await callerWithToken(world, token)).auth.me()).toBeNull();
    expect(await errorOf(admin.admin.staff.setDisabled({ id: adminUser.id, disabled: true }))).toMatchObject({
      message: "cannotDisableSelf",
    });
    expect(await errorOf(admin.admin.staff.update({ id: adminUser.id, role: "worker", teamIds: [], displayName: "Me" }))).toMatchObject({
      message: "cannotChangeOwnRole",
    });
    const anon = await callerWithToken(world, null);
    expect(await errorOf(anon.auth.staffSignIn({ email: worker.email ?? "", password: testPassword }))).toMatchObject({
      message: "accountDisabled",
    });
  });

  it("lets a worker create family accounts only in their own teams, and see only those", async () => {
    const mine = await makeTeam(world);
    const theirs = await makeTeam(world);
    const worker = await (await makeUser(world, "worker", { teamIds: [mine.id] })).caller();
    const other = await (await makeUser(world, "worker", { teamIds: [theirs.id] })).caller();
    const created = await worker.admin.families.create({
      displayName: "Ali",
      memberKind: "child",
      preferredLanguage: "ar",
      teamId: mine.id,
    });
    expect(created.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(
      await errorOf(worker.admin.families.create({ displayName: "X", memberKind: "parent", preferredLanguage: "en", teamId: theirs.id })),
    ).toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await worker.admin.families.list()).map((f) => f.id)).toContain(created.id);
    expect((await other.admin.families.list()).map((f) => f.id)).not.toContain(created.id);
    expect(await errorOf(other.admin.families.issueCode({ id: created.id }))).toMatchObject({ code: "FORBIDDEN" });
    const qa = await (await makeUser(world, "qa")).caller();
    expect((await qa.admin.families.list()).map((f) => f.id)).toContain(created.id);
  });

  it("issues a new code that replaces the old one", async () => {
    const team = await makeTeam(world);
    const worker = await (await makeUser(world, "worker", { teamIds: [team.id] })).caller();
    const first = await worker.admin.families.create({ displayName: "Bo", memberKind: "parent", preferredLanguage: "en", teamId: team.id });
    const second = await worker.admin.families.issueCode({ id: first.id });
    const anon = await callerWithToken(world, null);
    expect(
      await errorOf(anon.auth.familyActivate({ code: first.code, username: "bo-parent", passphrase: "green apple tree" })),
    ).toMatchObject({
      message: "activationCodeInvalid",
    });
    await anon.auth.familyActivate({ code: second.code, username: "bo-parent", passphrase: "green apple tree" });
    const codes = await worker.admin.families.pendingCodes({ id: first.id });
    expect(codes).toHaveLength(2);
  });

  it("keeps an audit log of sign-ins and admin actions, newest first", async () => {
    const { user, caller } = await makeUser(world, "admin");
    const admin = await caller();
    const anon = await callerWithToken(world, null);
    await anon.auth.staffSignIn({ email: user.email ?? "", password: testPassword });
    const { entries } = await admin.admin.audit.list({ limit: 200 });
    expect(entries.some((e) => e.action === "auth.signIn.succeeded" && e.actorId === user.id)).toBe(true);
    expect(entries.some((e) => e.action === "admin.team.created")).toBe(true);
    const ids = entries.map((e) => e.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    expect(typeof entries[0]?.at).toBe("string");
  });
});
