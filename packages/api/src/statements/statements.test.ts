import { auditLog, concerns, mailOutbox, statements, users } from "@heard/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "../auth/sessions";
import { callerWithToken, createTestWorld, makeTeam, makeUser, type TestWorld, testDatabaseKinds } from "../testing";
import { addTipVersion, errorOf, fieldErrorsOf, idempotencyKey, seedOrganisation, worryingText } from "../testing/fixtures";

const hour = 60 * 60 * 1000;

describe.each(testDatabaseKinds())("messages to the worker on %s", (kind) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(kind);
    await seedOrganisation(world);
    await addTipVersion(world, "published");
  });
  afterAll(() => world.close());

  /** A team with a worker, a manager, a child allocated to the worker and a parent. */
  async function family() {
    const team = await makeTeam(world);
    const worker = await makeUser(world, "worker", { teamIds: [team.id] });
    const manager = await makeUser(world, "manager", { teamIds: [team.id] });
    const child = await makeUser(world, "family", { teamIds: [team.id] });
    const parent = await makeUser(world, "family", { teamIds: [team.id] });
    await world.db.update(users).set({ memberKind: "parent" }).where(eq(users.id, parent.user.id));
    await (await manager.caller()).statements.allocate({ familyId: child.user.id, workerId: worker.user.id });
    return { team, worker, manager, child, parent };
  }

  const feeling = (why: string) => ({
    idempotencyKey: idempotencyKey(),
    language: "en" as const,
    content: { kind: "feeling" as const, face: 2, worry: 7, why },
  });

  it("lives from sent to read to answered, with its clock, and the child reads the answer", async () => {
    const { worker, child, team } = await family();
    const childApi = await child.caller();
    const sent = await childApi.statements.send(feeling("I miss my mum"));
    expect(sent).toMatchObject({ sentTo: "worker", mayDiscloseHarm: false, duplicate: false });
    expect(await childApi.statements.mine()).toEqual([expect.objectContaining({ id: sent.id, read: false, replies: [] })]);

    const workerApi = await worker.caller();
    const [listed] = await workerApi.statements.inbox();
    expect(listed).toMatchObject({
      id: sent.id,
      kind: "feeling",
      read: false,
      late: false,
      content: { kind: "feeling", face: 2, worry: 7, why: "I miss my mum" },
      teamId: team.id,
      // Monday 10:00 is answered by Tuesday 10:00.
      answerBy: "2026-03-03T10:00:00.000Z",
    });
    await workerApi.statements.get({ id: sent.id });
    expect((await childApi.statements.mine())[0]?.read).toBe(true);

    world.clock.advance(2 * hour);
    const reply = await workerApi.statements.reply({ id: sent.id, text: "Thank you for telling me. I will ring you tomorrow." });
    expect(reply.late).toBe(false);
    const [mine] = await childApi.statements.mine();
    expect(mine?.replies).toEqual([expect.objectContaining({ text: "Thank you for telling me. I will ring you tomorrow.", unread: true })]);
    expect(await childApi.statements.seen({ id: sent.id })).toEqual({ seen: 1 });
    expect((await childApi.statements.mine())[0]?.replies[0]?.unread).toBe(false);
    expect(await workerApi.statements.inbox({ filter: "unanswered" })).toEqual([]);

    const actions = await world.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, sent.id));
    expect(actions.map((a) => a.action).sort()).toEqual(["statement.answered", "statement.read", "statement.sent"]);
  });

  it("is stored once when the outbox sends it again, and refuses the same key with other words", async () => {
    const { child } = await family();
    const api = await child.caller();
    const message = feeling("ok today");
    const [first, again] = await Promise.all([api.statements.send(message), api.statements.send(message)]);
    expect(new Set([first.id, again.id]).size).toBe(1);
    expect([first.duplicate, again.duplicate].sort()).toEqual([false, true]);
    expect(await world.db.$count(statements, eq(statements.idempotencyKey, message.idempotencyKey))).toBe(1);
    const changed = { ...message, content: { ...message.content, why: "something else" } };
    expect(await errorOf(api.statements.send(changed))).toMatchObject({ code: "CONFLICT", message: "idempotencyConflict" });
  });

  it("goes to the team's managers when nobody is allocated or the worker is away, and says so when there is nobody", async () => {
    const { worker, manager, parent, child } = await family();
    const parentSent = await (await parent.caller()).statements.send({
      idempotencyKey: idempotencyKey(),
      language: "en",
      content: { kind: "problem", what: "The contact times do not work", who: "school", help: "After four" },
    });
    expect(parentSent.sentTo).toBe("managers");
    const managerApi = await manager.caller();
    expect((await managerApi.statements.inbox()).map((s) => s.id)).toContain(parentSent.id);
    expect((await (await worker.caller()).statements.inbox()).map((s) => s.id)).not.toContain(parentSent.id);

    const workerApi = await worker.caller();
    expect(await workerApi.statements.away.set({ away: true })).toMatchObject({ away: true });
    const whileAway = await (await child.caller()).statements.send(feeling("bit sad"));
    expect(whileAway.sentTo).toBe("managers");
    await workerApi.statements.away.set({ away: false });
    expect((await (await child.caller()).statements.send(feeling("better"))).sentTo).toBe("worker");

    const lonelyTeam = await makeTeam(world);
    const alone = await makeUser(world, "family", { teamIds: [lonelyTeam.id] });
    expect(await errorOf((await alone.caller()).statements.send(feeling("hello")))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "statementNoRecipient",
    });
  });

  it("is read only by those it is for: not another team's worker or manager, not the parent, not the child's own sibling account", async () => {
    const { child, parent, worker } = await family();
    const sent = await (await child.caller()).statements.send(feeling("private"));
    const otherTeam = await makeTeam(world);
    const otherManager = await makeUser(world, "manager", { teamIds: [otherTeam.id] });
    expect(await errorOf((await otherManager.caller()).statements.get({ id: sent.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf((await otherManager.caller()).statements.reply({ id: sent.id, text: "hi" }))).toMatchObject({ code: "NOT_FOUND" });
    const colleague = await makeUser(world, "worker", {
      teamIds: [(await world.db.select().from(statements).where(eq(statements.id, sent.id)))[0]?.teamId ?? ""],
    });
    expect(await errorOf((await colleague.caller()).statements.get({ id: sent.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await (await parent.caller()).statements.mine()).toEqual([]);
    expect(await errorOf((await parent.caller()).statements.seen({ id: sent.id }))).toMatchObject({ code: "NOT_FOUND" });
    // Staff procedures refuse a family session, and family ones a member of staff.
    expect((await errorOf((await child.caller()).statements.inbox())).code).toMatch(/^(UNAUTHORIZED|FORBIDDEN)$/);
    expect((await errorOf((await worker.caller()).statements.mine())).code).toMatch(/^(UNAUTHORIZED|FORBIDDEN)$/);
  });

  it("raises a concern with its alert at once when the words may disclose harm", async () => {
    const { child, manager } = await family();
    const sent = await (await child.caller()).statements.send({
      idempotencyKey: idempotencyKey(),
      language: "en",
      content: { kind: "other", text: worryingText },
    });
    expect(sent.mayDiscloseHarm).toBe(true);
    const [raised] = await world.db.select().from(concerns).where(eq(concerns.statementId, sent.id));
    expect(raised).toMatchObject({ reason: "screened", responseId: null, letterReceiptId: null });
    expect(raised?.level).not.toBe("review");
    const alerts = await world.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.concernId, raised?.id ?? ""));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.text).toContain("message to their worker");
    expect(alerts[0]?.text).not.toContain("stepdad");
    const detail = await (await manager.caller()).concerns.get({ id: raised?.id ?? "" });
    expect(detail).toMatchObject({
      statement: { id: sent.id, kind: "other" },
      response: { freeText: worryingText, respondentKind: "child" },
    });
  });

  it("refuses an empty message, too-long words and a meeting that is not the family's, keeping nothing", async () => {
    const { child, team, worker } = await family();
    const api = await child.caller();
    expect(
      await errorOf(api.statements.send({ idempotencyKey: idempotencyKey(), language: "en", content: { kind: "goodNews", what: "  " } })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      message: "statementEmpty",
    });
    const long = await errorOf(
      api.statements.send({ idempotencyKey: idempotencyKey(), language: "en", content: { kind: "other", text: "a".repeat(2001) } }),
    );
    expect(fieldErrorsOf(long)).toEqual({ "content.text": "tooLong" });
    const meeting = await (await worker.caller()).meetings.create({
      type: "coreGroup",
      heldOn: "2026-03-03",
      teamId: team.id,
      workerIds: [worker.user.id],
    });
    const notLinked = await errorOf(
      api.statements.send({
        idempotencyKey: idempotencyKey(),
        language: "en",
        content: { kind: "getReady", meetingId: meeting.id, worried: "school" },
      }),
    );
    expect(fieldErrorsOf(notLinked)).toEqual({ meetingId: "statementMeetingNotYours" });
    expect(await api.statements.mine()).toEqual([]);
  });

  it("gets ready for a linked meeting; shared at it, the meeting's page shows it", async () => {
    const { child, team, worker } = await family();
    const workerApi = await worker.caller();
    const meeting = await workerApi.meetings.create({
      type: "coreGroup",
      heldOn: "2026-03-03",
      teamId: team.id,
      workerIds: [worker.user.id],
    });
    await workerApi.meetings.setFamilies({ meetingId: meeting.id, familyIds: [child.user.id] });
    const api = await child.caller();
    expect(await api.statements.upcomingMeetings()).toEqual([{ id: meeting.id, type: "coreGroup", heldOn: "2026-03-03" }]);
    const sent = await api.statements.send({
      idempotencyKey: idempotencyKey(),
      language: "en",
      content: {
        kind: "getReady",
        meetingId: meeting.id,
        goingWell: "school",
        worried: "",
        change: "more time with dad",
        whoThere: "my nan",
        speaking: "readOut",
      },
    });
    expect(await workerApi.statements.atMeeting({ id: meeting.id })).toEqual([]);
    await workerApi.statements.share({ id: sent.id });
    const shown = await workerApi.statements.atMeeting({ id: meeting.id });
    expect(shown).toEqual([expect.objectContaining({ id: sent.id, sharedMeetingId: meeting.id })]);
    expect((await api.statements.mine())[0]?.shared).toBe(true);

    const feelingSent = await api.statements.send(feeling("fine"));
    expect(await errorOf(workerApi.statements.share({ id: feelingSent.id }))).toMatchObject({ message: "statementNotGetReady" });
    const other = await makeTeam(world);
    const stranger = await makeUser(world, "family", { teamIds: [other.id] });
    expect(fieldErrorsOf(await errorOf(workerApi.meetings.setFamilies({ meetingId: meeting.id, familyIds: [stranger.user.id] })))).toEqual({
      familyIds: "familyNotInTeam",
    });
  });

  it("runs its clock on working days: a Friday message is late after Monday's time", async () => {
    world.clock.current = new Date("2026-03-06T15:00:00Z"); // a Friday
    const { child, worker, team } = await family();
    const sent = await (await child.caller()).statements.send(feeling("weekend worries"));
    const workerApi = await worker.caller();
    expect((await workerApi.statements.get({ id: sent.id })).answerBy).toBe("2026-03-09T15:00:00.000Z");
    world.clock.current = new Date("2026-03-09T16:00:00Z");
    // Sessions lapse over a weekend: sign in again.
    const managerApi = await (await makeUser(world, "manager", { teamIds: [team.id] })).caller();
    expect((await managerApi.statements.inbox({ view: "team", filter: "late" })).map((s) => s.id)).toContain(sent.id);
    const again = await callerWithToken(world, await createSession(world.db, worker.user.id, world.now()));
    expect((await again.statements.reply({ id: sent.id, text: "Sorry for the wait." })).late).toBe(true);
    expect((await managerApi.statements.inbox({ view: "team", filter: "late" })).map((s) => s.id)).toContain(sent.id);
    world.clock.current = new Date("2026-03-02T10:00:00Z");
  });

  it("allocates only a worker of the family's team, audited with who it was before", async () => {
    const { child, manager, worker, team } = await family();
    const other = await makeUser(world, "worker", { teamIds: [(await makeTeam(world)).id] });
    const managerApi = await manager.caller();
    expect(fieldErrorsOf(await errorOf(managerApi.statements.allocate({ familyId: child.user.id, workerId: other.user.id })))).toEqual({
      workerId: "allocationNotInTeam",
    });
    await managerApi.statements.allocate({ familyId: child.user.id, workerId: null });
    const [entry] = await world.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.action, "family.worker.allocated"), eq(auditLog.subjectId, child.user.id)))
      .orderBy(auditLog.id)
      .offset(1);
    expect(entry?.detail).toEqual({ from: worker.user.id, to: "" });
    const outsider = await makeUser(world, "manager", { teamIds: [(await makeTeam(world)).id] });
    expect(await errorOf((await outsider.caller()).statements.allocate({ familyId: child.user.id, workerId: null }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(team.id).toBeTruthy();
  });

  it("shows how a child felt over time to their worker, and counts messages in the QA picture", async () => {
    const { child, worker } = await family();
    const api = await child.caller();
    for (const [face, worry] of [
      [2, 8],
      [3, 5],
      [4, 2],
    ] as const) {
      await api.statements.send({ idempotencyKey: idempotencyKey(), language: "en", content: { kind: "feeling", face, worry, why: "" } });
      world.clock.advance(hour / 12);
    }
    const feelings = await (await worker.caller()).statements.feelings({ familyId: child.user.id });
    expect(feelings.points.map((p) => [p.face, p.worry])).toEqual([
      [2, 8],
      [3, 5],
      [4, 2],
    ]);
    const qa = await makeUser(world, "qa");
    const figures = await (await qa.caller()).statements.figures({ from: "2026-03-01", to: "2026-03-31" });
    expect(figures.total[0]).toMatchObject({ month: "2026-03-01", cell: { suppressed: false } });
    const march = figures.total[0]?.cell;
    if (!march || march.suppressed) throw new Error("March is shown");
    expect(march.responses).toBeGreaterThanOrEqual(3);
    expect(march.byKind.feeling).toBeGreaterThanOrEqual(3);
    // This team sent three: its month is hidden, as every team's under five.
    const teamId = (await world.db.select({ teamId: statements.teamId }).from(statements).where(eq(statements.familyId, child.user.id)))[0]
      ?.teamId;
    expect(figures.byTeam.find((row) => row.teamId === teamId)?.months[0]?.cell).toEqual({ suppressed: true });
    expect(await errorOf((await worker.caller()).statements.figures())).toMatchObject({ code: "FORBIDDEN" });
    world.clock.current = new Date("2026-03-02T10:00:00Z");
  });
});
