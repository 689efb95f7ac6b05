import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, makeTeam, makeUser, type TestWorld, testDatabaseKinds } from "../testing";
import { addTipVersion, anonymous, errorOf, fieldErrorsOf, recordedMeeting, seedOrganisation } from "../testing/fixtures";

const day = 24 * 60 * 60 * 1000;

describe.each(testDatabaseKinds())("meetings on %s", (kind) => {
  let world: TestWorld;
  let current: Awaited<ReturnType<typeof addTipVersion>>;
  beforeAll(async () => {
    world = await createTestWorld(kind, { PUBLIC_URL: "https://heard.example.gov.uk" });
    await seedOrganisation(world, { feedbackCodeValidDays: 14 });
    await addTipVersion(world, "published");
    current = await addTipVersion(world, "published");
    await addTipVersion(world, "draft");
  });
  afterAll(() => world.close());

  it("refuses to record a meeting while no tips are published", async () => {
    const empty = await createTestWorld(kind);
    try {
      const team = await makeTeam(empty);
      const worker = await makeUser(empty, "worker", { teamIds: [team.id] });
      const error = await errorOf(
        (await worker.caller()).meetings.create({ type: "coreGroup", heldOn: "2026-03-02", teamId: team.id, workerIds: [worker.user.id] }),
      );
      expect(error).toMatchObject({ code: "PRECONDITION_FAILED", message: "noPublishedTips" });
    } finally {
      await empty.close();
    }
  });

  it("records a meeting with a code, link, QR code and expiry, tied to the newest published tips", async () => {
    const team = await makeTeam(world);
    const worker = await makeUser(world, "worker", { teamIds: [team.id] });
    const colleague = await makeUser(world, "worker", { teamIds: [team.id] });
    const meeting = await (await worker.caller()).meetings.create({
      type: "childProtectionConference",
      heldOn: "2026-03-02",
      teamId: team.id,
      workerIds: [worker.user.id, colleague.user.id],
      caseReference: "CP-0042",
    });
    expect(meeting.code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY3479]{4}-[ACDEFGHJKMNPQRTUVWXY3479]{4}$/);
    expect(meeting.link).toBe(`https://heard.example.gov.uk/f/${meeting.code}`);
    expect(meeting.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(meeting).toMatchObject({
      type: "childProtectionConference",
      teamId: team.id,
      tipVersionId: current.id,
      caseReference: "CP-0042",
      status: "open",
      responseCount: 0,
      codeClosedAt: null,
      codeExpiresAt: new Date(world.now().getTime() + 14 * day).toISOString(),
    });
    expect(meeting.workers.map((w) => w.id).sort()).toEqual([worker.user.id, colleague.user.id].sort());
  });

  it("refuses another team, workers outside the team, and dates after tomorrow", async () => {
    const mine = await makeTeam(world);
    const theirs = await makeTeam(world);
    const worker = await makeUser(world, "worker", { teamIds: [mine.id] });
    const outsider = await makeUser(world, "worker", { teamIds: [theirs.id] });
    const family = await makeUser(world, "family", { teamIds: [mine.id] });
    const caller = await worker.caller();
    const base = { type: "coreGroup" as const, heldOn: "2026-03-02", teamId: mine.id, workerIds: [worker.user.id] };
    expect(await errorOf(caller.meetings.create({ ...base, teamId: theirs.id }))).toMatchObject({ code: "FORBIDDEN" });
    for (const workerIds of [[outsider.user.id], [family.user.id], [worker.user.id, "6f1d4b52-3c51-4d7e-9a55-0c6a4d3f2b11"]]) {
      const error = await errorOf(caller.meetings.create({ ...base, workerIds }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(fieldErrorsOf(error)).toEqual({ workerIds: "meetingWorkerNotInTeam" });
    }
    const future = await errorOf(caller.meetings.create({ ...base, heldOn: "2027-03-04" }));
    expect(fieldErrorsOf(future)).toEqual({ heldOn: "meetingDateInFuture" });
    // Recorded in advance: its code works until the organisation's days after the meeting.
    const ahead = await caller.meetings.create({ ...base, heldOn: "2026-04-01" });
    expect(ahead.codeExpiresAt).toBe("2026-04-15T00:00:00.000Z");
    const bad = await errorOf(caller.meetings.create({ ...base, heldOn: "2026-02-30" }));
    expect(fieldErrorsOf(bad)).toEqual({ heldOn: "invalidDate" });
  });

  it("gives each meeting its own code", async () => {
    const team = await makeTeam(world);
    const worker = await makeUser(world, "worker", { teamIds: [team.id] });
    const caller = await worker.caller();
    const codes = new Set<string>();
    for (let i = 0; i < 10; i++) {
      const meeting = await caller.meetings.create({ type: "other", heldOn: "2026-03-01", teamId: team.id, workerIds: [worker.user.id] });
      codes.add(meeting.code);
    }
    expect(codes.size).toBe(10);
  });

  it("expires the code after the organisation's number of days", async () => {
    const { caller, meeting } = await recordedMeeting(world);
    const anon = await anonymous(world);
    const opened = await anon.feedback.open({ code: meeting.code.toLowerCase().replace("-", " ") });
    expect(opened.tips).toHaveLength(10);
    world.clock.advance(14 * day - 1000);
    expect((await caller.meetings.get({ id: meeting.id })).status).toBe("open");
    world.clock.advance(1000);
    expect((await caller.meetings.get({ id: meeting.id })).status).toBe("expired");
    expect(await errorOf(anon.feedback.open({ code: meeting.code }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "feedbackCodeExpired",
    });
    expect((await caller.meetings.list({ status: "expired" })).map((m) => m.id)).toContain(meeting.id);
    expect((await caller.meetings.list({ status: "open" })).map((m) => m.id)).not.toContain(meeting.id);
    world.clock.advance(-14 * day);
  });

  it("closes a code early: its recorder or a manager of its team, nobody else", async () => {
    const { team, worker, caller, meeting } = await recordedMeeting(world);
    const listed = await makeUser(world, "worker", { teamIds: [team.id] });
    const second = await caller.meetings.create({
      type: "coreGroup",
      heldOn: "2026-03-02",
      teamId: team.id,
      workerIds: [worker.user.id, listed.user.id],
    });
    const manager = await makeUser(world, "manager", { teamIds: [team.id] });
    const otherManager = await makeUser(world, "manager", { teamIds: [(await makeTeam(world)).id] });

    expect(await errorOf((await listed.caller()).meetings.close({ id: second.id }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await errorOf((await otherManager.caller()).meetings.close({ id: second.id }))).toMatchObject({ code: "NOT_FOUND" });

    const closed = await caller.meetings.close({ id: meeting.id });
    expect(closed).toMatchObject({ status: "closed", codeClosedAt: world.now().toISOString() });
    expect(await caller.meetings.close({ id: meeting.id })).toMatchObject({ status: "closed" });
    const anon = await anonymous(world);
    expect(await errorOf(anon.feedback.open({ code: meeting.code }))).toMatchObject({ code: "BAD_REQUEST", message: "feedbackCodeClosed" });

    expect(await (await manager.caller()).meetings.close({ id: second.id })).toMatchObject({ status: "closed" });
    expect((await caller.meetings.list({ status: "closed" })).map((m) => m.id)).toEqual(expect.arrayContaining([meeting.id, second.id]));
  });

  it("shows each person only the meetings they may see", async () => {
    const team = await makeTeam(world);
    const otherTeam = await makeTeam(world);
    const recorder = await makeUser(world, "worker", { teamIds: [team.id] });
    const listed = await makeUser(world, "worker", { teamIds: [team.id] });
    const teammate = await makeUser(world, "worker", { teamIds: [team.id] });
    const manager = await makeUser(world, "manager", { teamIds: [team.id] });
    const otherManager = await makeUser(world, "manager", { teamIds: [otherTeam.id] });
    const qa = await makeUser(world, "qa");
    const participation = await makeUser(world, "participation");
    const admin = await makeUser(world, "admin");
    const meeting = await (await recorder.caller()).meetings.create({
      type: "familyGroupConference",
      heldOn: "2026-03-01",
      teamId: team.id,
      workerIds: [listed.user.id],
    });

    const sees = async (person: { caller: () => ReturnType<typeof recorder.caller> }) => {
      const caller = await person.caller();
      const listedIds = (await caller.meetings.list()).map((m) => m.id);
      const got = await caller.meetings.get({ id: meeting.id }).then(
        () => true,
        (error: { code: string }) => {
          expect(error.code).toBe("NOT_FOUND");
          return false;
        },
      );
      expect(listedIds.includes(meeting.id)).toBe(got);
      return got;
    };
    expect(await sees(recorder)).toBe(true);
    expect(await sees(listed)).toBe(true);
    expect(await sees(teammate)).toBe(false);
    expect(await sees(manager)).toBe(true);
    expect(await sees(otherManager)).toBe(false);
    expect(await sees(qa)).toBe(true);
    expect(await sees(participation)).toBe(true);
    expect(await errorOf((await admin.caller()).meetings.list())).toMatchObject({ code: "FORBIDDEN" });

    const shown = await (await qa.caller()).meetings.get({ id: meeting.id });
    expect(shown).toMatchObject({ id: meeting.id, code: meeting.code, link: meeting.link, responseCount: 0, teamName: team.name });
    expect(shown.qrSvg).toContain("<svg");
  });
});
