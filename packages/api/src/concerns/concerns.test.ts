import { auditLog, concerns } from "@heard/db";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, makeTeam, makeUser, type TestWorld, testDatabaseKinds } from "../testing";
import { addTipVersion, anonymous, errorOf, recordedMeeting, seedOrganisation, submission, worryingText } from "../testing/fixtures";

describe.each(testDatabaseKinds())("concerns on %s", (kind) => {
  let world: TestWorld;
  let tipIds: string[];
  beforeAll(async () => {
    world = await createTestWorld(kind);
    await seedOrganisation(world, { concernAckTargetMinutes: 60 });
    tipIds = (await addTipVersion(world, "published")).tipIds;
  });
  afterAll(() => world.close());

  /** A meeting in a new team with a worrying submission; returns the team and the concern's id. */
  async function raiseConcern(extra: Record<string, unknown> = {}) {
    const { meeting, team } = await recordedMeeting(world);
    const result = await (await anonymous(world)).feedback.submit(submission(meeting.code, tipIds, { freeText: worryingText, ...extra }));
    const [concern] = await world.db
      .select()
      .from(concerns)
      .where(and(eq(concerns.responseId, result.responseId), eq(concerns.reason, "screened")));
    if (!concern) throw new Error("no concern raised");
    return { team, meeting, concernId: concern.id };
  }

  it("lists concerns newest first for QA and participation, and only their teams' for a manager", async () => {
    const first = await raiseConcern();
    world.clock.advance(1000);
    const second = await raiseConcern();
    const manager = await makeUser(world, "manager", { teamIds: [first.team.id] });
    const qa = await (await makeUser(world, "qa")).caller();
    const participation = await (await makeUser(world, "participation")).caller();

    const all = await qa.concerns.list();
    const ids = all.map((c) => c.id);
    expect(ids.indexOf(second.concernId)).toBeLessThan(ids.indexOf(first.concernId));
    expect((await participation.concerns.list()).map((c) => c.id)).toEqual(expect.arrayContaining([first.concernId, second.concernId]));
    const managers = (await (await manager.caller()).concerns.list()).map((c) => c.id);
    expect(managers).toContain(first.concernId);
    expect(managers).not.toContain(second.concernId);
    expect(await errorOf((await manager.caller()).concerns.get({ id: second.concernId }))).toMatchObject({ code: "NOT_FOUND" });

    const listed = all.find((c) => c.id === first.concernId);
    expect(listed).toMatchObject({
      reason: "screened",
      status: "new",
      overdue: false,
      alert: { status: "notSent", attempts: 0 }, // SMTP is not configured in this world
      meeting: { id: first.meeting.id, type: "coreGroup", heldOn: "2026-03-02", teamId: first.team.id, teamName: first.team.name },
    });
    expect(listed).not.toHaveProperty("freeText");

    for (const role of ["worker", "admin"] as const) {
      const caller = await (await makeUser(world, role, { teamIds: [first.team.id] })).caller();
      expect(await errorOf(caller.concerns.list())).toMatchObject({ code: "FORBIDDEN" });
      expect(await errorOf(caller.concerns.get({ id: first.concernId }))).toMatchObject({ code: "FORBIDDEN" });
    }
    const empty = await (await makeUser(world, "manager", { teamIds: [(await makeTeam(world)).id] })).caller();
    expect(await empty.concerns.list()).toEqual([]);
  });

  it("shows everything about a concern, and writes every view to the audit log", async () => {
    const { concernId, meeting } = await raiseConcern({ contactRequested: true, contactMethod: "email", contactDetail: "Me@Example.com" });
    const { user, caller } = await makeUser(world, "qa");
    const qa = await caller();
    const views = () =>
      world.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "concern.viewed"), eq(auditLog.subjectId, concernId), eq(auditLog.actorId, user.id)));
    const concern = await qa.concerns.get({ id: concernId });
    expect(concern).toMatchObject({
      id: concernId,
      status: "new",
      response: { freeText: worryingText, respondentKind: "child", ageBand: "8to12", language: "en" },
      contact: { method: "email", detail: "me@example.com" },
      meeting: { id: meeting.id, workers: meeting.workers, createdByName: expect.any(String) },
      events: [],
    });
    expect(concern.matches.length).toBeGreaterThan(0);
    expect(await views()).toHaveLength(1);
    await qa.concerns.get({ id: concernId });
    expect(await views()).toHaveLength(2);

    const outsider = await makeUser(world, "manager", { teamIds: [(await makeTeam(world)).id] });
    await errorOf((await outsider.caller()).concerns.get({ id: concernId }));
    const refused = await world.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "concern.viewRefused"), eq(auditLog.actorId, outsider.user.id)));
    expect(refused).toHaveLength(1);
  });

  it("is acknowledged once, takes notes, and is resolved with a note", async () => {
    const { concernId, team } = await raiseConcern();
    const manager = await makeUser(world, "manager", { teamIds: [team.id] });
    const caller = await manager.caller();
    expect(await caller.concerns.acknowledge({ id: concernId })).toEqual({ id: concernId, status: "acknowledged" });
    expect(await errorOf(caller.concerns.acknowledge({ id: concernId }))).toMatchObject({
      code: "CONFLICT",
      message: "concernAlreadyAcknowledged",
    });
    const qa = await (await makeUser(world, "qa")).caller();
    expect(await errorOf(qa.concerns.acknowledge({ id: concernId }))).toMatchObject({ message: "concernAlreadyAcknowledged" });
    world.clock.advance(60_000);
    await qa.concerns.addNote({ id: concernId, note: "Called the school." });
    expect(await errorOf(caller.concerns.resolve({ id: concernId, note: "  " }))).toMatchObject({ code: "BAD_REQUEST" });
    world.clock.advance(60_000);
    expect(await caller.concerns.resolve({ id: concernId, note: "Referred to the front door." })).toEqual({
      id: concernId,
      status: "resolved",
    });
    expect(await errorOf(caller.concerns.resolve({ id: concernId, note: "Again" }))).toMatchObject({
      code: "CONFLICT",
      message: "concernAlreadyResolved",
    });

    const concern = await qa.concerns.get({ id: concernId });
    expect(concern.status).toBe("resolved");
    expect(concern.events.map((e) => [e.kind, e.note, e.byName])).toEqual([
      ["acknowledged", null, manager.user.displayName],
      ["noted", "Called the school.", expect.any(String)],
      ["resolved", "Referred to the front door.", manager.user.displayName],
    ]);
    expect((await qa.concerns.list({ status: "resolved" })).map((c) => c.id)).toContain(concernId);
    expect((await qa.concerns.list({ status: "new" })).map((c) => c.id)).not.toContain(concernId);
  });

  it("acknowledges when resolving a concern nobody had acknowledged", async () => {
    const { concernId } = await raiseConcern();
    const qa = await (await makeUser(world, "qa")).caller();
    await qa.concerns.resolve({ id: concernId, note: "Spoke to the family; they are safe." });
    expect((await qa.concerns.get({ id: concernId })).events.map((e) => e.kind)).toEqual(["acknowledged", "resolved"]);
  });

  it("is overdue once the target passes unacknowledged", async () => {
    const { concernId } = await raiseConcern();
    const qa = await (await makeUser(world, "qa")).caller();
    const find = async () => (await qa.concerns.list()).find((c) => c.id === concernId);
    expect(await find()).toMatchObject({ overdue: false, status: "new" });
    world.clock.advance(61 * 60_000);
    expect(await find()).toMatchObject({ overdue: true });
    await qa.concerns.acknowledge({ id: concernId });
    expect(await find()).toMatchObject({ overdue: false, status: "acknowledged" });
  });

  it("cannot be edited or deleted, even directly", async () => {
    const { concernId } = await raiseConcern();
    await expect(world.db.execute(sql`update concerns set reason = 'contactRequested' where id = ${concernId}`)).rejects.toThrow();
    await expect(world.db.execute(sql`delete from concerns where id = ${concernId}`)).rejects.toThrow();
  });
});
