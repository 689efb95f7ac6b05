import { auditLog, letterEvents, letterVersions } from "@heard/db";
import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, makeTeam, makeUser, type TestWorld, testDatabaseKinds } from "../testing";
import { addTipVersion, errorOf, fieldErrorsOf, seedOrganisation } from "../testing/fixtures";
import { conferenceWords, letterWorld, submittedLetter } from "../testing/letter-fixtures";

describe.each(testDatabaseKinds())("the life of a letter on %s", (kind) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(kind);
    await seedOrganisation(world);
    await addTipVersion(world, "published");
  });
  afterAll(() => world.close());

  it("goes draft → returned → approved → sent → read → receipt, each step in the history and the audit log", async () => {
    const setup = await letterWorld(world);
    const [letter] = await setup.writer.letters.create({
      kind: "cpConference",
      language: "en",
      meetingId: setup.meeting.id,
      addresseeIds: [setup.child.user.id],
    });
    if (!letter) throw new Error("no letter");
    expect(letter).toMatchObject({ status: "draft", version: 1, team: { id: setup.team.id }, addressee: { id: setup.child.user.id } });
    // The meeting was on Monday 2 March 2026: due the next working day.
    expect(letter.dueOn).toBe("2026-03-03");

    const saved = await setup.writer.letters.saveDraft({ id: letter.id, revision: 0, sections: conferenceWords });
    expect(saved.revision).toBe(1);
    expect(saved.readability.readingAge).toBeLessThanOrEqual(9);
    expect(saved.sections.find((s) => s.key === "whatHappensNow")).toMatchObject({ type: "steps", steps: conferenceWords[3]?.steps });

    await setup.writer.letters.submit({ id: letter.id });
    const manager = await setup.manager.caller();
    expect((await manager.letters.list({ view: "toApprove" })).map((l) => l.id)).toContain(letter.id);
    const returned = await manager.letters.return({ id: letter.id, comment: "Please say when Jo will visit." });
    expect(returned.status).toBe("returned");

    await setup.writer.letters.saveDraft({
      id: letter.id,
      sections: [{ key: "whatHappensNow", type: "steps", steps: ["Jo will visit you on Mondays.", "Mum will go to a group."] }],
    });
    await setup.writer.letters.submit({ id: letter.id });
    const approved = await manager.letters.approve({ id: letter.id });
    expect(approved.status).toBe("approved");
    const sent = await setup.writer.letters.send({ id: letter.id });
    expect(sent).toMatchObject({ status: "sent", firstSentAt: world.now().toISOString() });
    expect(sent.events.map((e) => [e.kind, e.comment])).toEqual([
      ["submitted", null],
      ["returned", "Please say when Jo will visit."],
      ["submitted", null],
      ["approved", null],
      ["sent", null],
    ]);

    const child = await setup.child.caller();
    const [mine] = await child.letters.mine();
    expect(mine).toMatchObject({ id: letter.id, version: 1, unread: true, updated: false, answered: false });
    const read = await child.letters.read({ id: letter.id });
    expect(read.sections.find((s) => s.key === "whatHappensNow")).toMatchObject({
      steps: ["Jo will visit you on Mondays.", "Mum will go to a group."],
    });
    expect((await child.letters.mine())[0]?.unread).toBe(false);
    const receipt = await child.letters.receipt({ id: letter.id, version: 1, answer: "understood", reply: "Thank you" });
    expect(receipt).toMatchObject({ concernRaised: false, duplicate: false });
    // The same answer again is a retry; another answer to the same version is refused.
    expect((await child.letters.receipt({ id: letter.id, version: 1, answer: "understood", reply: "Thank you" })).duplicate).toBe(true);
    const again = await errorOf(child.letters.receipt({ id: letter.id, version: 1, answer: "notAll" }));
    expect(again).toMatchObject({ code: "CONFLICT", message: "letterReceiptGiven" });

    const staffView = await setup.writer.letters.get({ id: letter.id });
    expect(staffView.receipts).toEqual([{ version: 1, answer: "understood", reply: "Thank you", createdAt: world.now().toISOString() }]);
    expect(staffView.versions[0]?.readAt).toBe(world.now().toISOString());

    const actions = await world.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, letter.id));
    expect(actions.map((a) => a.action)).toEqual([
      "letter.created",
      "letter.draft.saved",
      "letter.submitted",
      "letter.returned",
      "letter.draft.saved",
      "letter.submitted",
      "letter.approved",
      "letter.sent",
      "letter.read",
      "letter.receipt.given",
    ]);
  });

  it("saves the same words twice as once, and refuses a save from a screen that missed one", async () => {
    const setup = await letterWorld(world);
    const [letter] = await setup.writer.letters.create({
      kind: "free",
      language: "en",
      meetingId: setup.meeting.id,
      addresseeIds: [setup.child.user.id],
    });
    if (!letter) throw new Error("no letter");
    const words = [{ key: "letter", type: "text" as const, text: "Hello. It was good to see you." }];
    expect((await setup.writer.letters.saveDraft({ id: letter.id, revision: 0, sections: words })).revision).toBe(1);
    // The retry of that save (still saying revision 0) finds its words already there.
    expect((await setup.writer.letters.saveDraft({ id: letter.id, revision: 0, sections: words })).revision).toBe(1);
    const stale = await errorOf(
      setup.writer.letters.saveDraft({ id: letter.id, revision: 0, sections: [{ key: "letter", type: "text", text: "Other" }] }),
    );
    expect(stale).toMatchObject({ code: "CONFLICT", message: "letterChangedElsewhere" });
    const wrongShape = await errorOf(
      setup.writer.letters.saveDraft({ id: letter.id, sections: [{ key: "letter", type: "steps", steps: ["x"] }] }),
    );
    expect(wrongShape).toMatchObject({ code: "BAD_REQUEST", message: "letterSectionMismatch" });
    const saves = await world.db.select().from(auditLog).where(eq(auditLog.subjectId, letter.id));
    expect(saves.filter((a) => a.action === "letter.draft.saved")).toHaveLength(1);
  });

  it("refuses bad input with a reason: empty required sections, no addressee, one the writer cannot see, own approval, a sent letter", async () => {
    const setup = await letterWorld(world);
    const [letter] = await setup.writer.letters.create({
      kind: "cpConference",
      language: "en",
      meetingId: setup.meeting.id,
      addresseeIds: [setup.child.user.id],
    });
    if (!letter) throw new Error("no letter");

    const empty = await errorOf(setup.writer.letters.submit({ id: letter.id }));
    expect(empty).toMatchObject({ code: "BAD_REQUEST", message: "letterRequiredSections" });
    expect(fieldErrorsOf(empty)).toEqual({
      "sections.whatWeTalkedAbout": "required",
      "sections.worries": "required",
      "sections.goingWell": "required",
      "sections.whatHappensNow": "required",
      "sections.whoToTalkTo": "required",
    });

    const none = await errorOf(
      setup.writer.letters.create({ kind: "free", language: "en", meetingId: setup.meeting.id, addresseeIds: [] }),
    );
    expect(none.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(none)).toEqual({ addresseeIds: "letterNoAddressee" });

    const otherTeam = await makeTeam(world);
    const stranger = await makeUser(world, "family", { teamIds: [otherTeam.id] });
    const unseen = await errorOf(
      setup.writer.letters.create({ kind: "free", language: "en", meetingId: setup.meeting.id, addresseeIds: [stranger.user.id] }),
    );
    expect(unseen.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(unseen)).toEqual({ addresseeIds: "letterAddresseeNotVisible" });

    // A manager writes one too, then may not approve it.
    const manager = await setup.manager.caller();
    const [own] = await manager.letters.create({
      kind: "free",
      language: "en",
      meetingId: setup.meeting.id,
      addresseeIds: [setup.parent.user.id],
    });
    if (!own) throw new Error("no letter");
    await manager.letters.saveDraft({ id: own.id, sections: [{ key: "letter", type: "text", text: "Thank you for coming." }] });
    await manager.letters.submit({ id: own.id });
    expect(await errorOf(manager.letters.approve({ id: own.id }))).toMatchObject({ code: "FORBIDDEN", message: "letterOwnApproval" });

    const sent = await submittedLetter(setup);
    expect(await errorOf(setup.writer.letters.approve({ id: sent.id }))).toMatchObject({ code: "FORBIDDEN", message: "letterOwnApproval" });
    await manager.letters.approve({ id: sent.id });
    await setup.writer.letters.send({ id: sent.id });
    const edit = await errorOf(setup.writer.letters.saveDraft({ id: sent.id, sections: conferenceWords }));
    expect(edit).toMatchObject({ code: "CONFLICT", message: "letterSent" });
    // And the database itself refuses to change a sent version.
    const [version] = await world.db.select().from(letterVersions).where(eq(letterVersions.letterId, sent.id));
    await expect(
      world.db
        .update(letterVersions)
        .set({ readingAge: 1 })
        .where(eq(letterVersions.id, version?.id ?? "")),
    ).rejects.toThrow();
    await expect(world.db.delete(letterEvents).where(eq(letterEvents.letterId, sent.id))).rejects.toThrow();

    // A receipt for a letter that is not yours.
    const parent = await setup.parent.caller();
    expect(await errorOf(parent.letters.receipt({ id: sent.id, version: 1, answer: "understood" }))).toMatchObject({
      code: "FORBIDDEN",
      message: "letterNotYours",
    });
  });

  it("corrects a sent letter as a new version: the child reads the first until the correction is sent, then sees it updated", async () => {
    const setup = await letterWorld(world);
    const letter = await submittedLetter(setup);
    const manager = await setup.manager.caller();
    await manager.letters.approve({ id: letter.id });
    await setup.writer.letters.send({ id: letter.id });
    const firstSent = world.now().toISOString();

    world.clock.advance(24 * 60 * 60 * 1000);
    const corrected = await setup.writer.letters.correct({ id: letter.id, comment: "The group is on Tuesdays." });
    expect(corrected).toMatchObject({ status: "draft", version: 2, firstSentAt: firstSent });
    await setup.writer.letters.saveDraft({
      id: letter.id,
      sections: [{ key: "whatHappensNow", type: "steps", steps: ["Jo will visit you every week.", "Mum will go to a group on Tuesdays."] }],
    });
    const child = await setup.child.caller();
    expect((await child.letters.mine())[0]).toMatchObject({ version: 1, updated: false });

    await setup.writer.letters.submit({ id: letter.id });
    await manager.letters.approve({ id: letter.id });
    await setup.writer.letters.send({ id: letter.id });
    const [mine] = await child.letters.mine();
    expect(mine).toMatchObject({ version: 2, updated: true, unread: true, sentAt: world.now().toISOString() });
    const newest = await child.letters.read({ id: letter.id });
    expect(newest.versions.map((v) => v.number)).toEqual([2, 1]);
    const earlier = await child.letters.read({ id: letter.id, version: 1 });
    expect(earlier.sections.find((s) => s.key === "whatHappensNow")).toMatchObject({ steps: conferenceWords[3]?.steps });
    expect(earlier.sentAt).toBe(firstSent);

    const staff = await setup.writer.letters.get({ id: letter.id, version: 1 });
    expect(staff.shownVersion).toBe(1);
    expect(staff.versions.map((v) => [v.number, v.sentAt !== null])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(staff.events.filter((e) => e.kind === "corrected")).toEqual([
      expect.objectContaining({ version: 2, comment: "The group is on Tuesdays." }),
    ]);
  });

  it("lets a named colleague approve only when the organisation allows it", async () => {
    const setup = await letterWorld(world);
    const colleague = await makeUser(world, "worker", { teamIds: [setup.team.id] });
    const [letter] = await setup.writer.letters.create({
      kind: "free",
      language: "cy",
      meetingId: setup.meeting.id,
      addresseeIds: [setup.child.user.id],
    });
    if (!letter) throw new Error("no letter");
    await setup.writer.letters.saveDraft({ id: letter.id, sections: [{ key: "letter", type: "text", text: "Diolch am ddod." }] });
    const refused = await errorOf(setup.writer.letters.submit({ id: letter.id, reviewerId: colleague.user.id }));
    expect(fieldErrorsOf(refused)).toEqual({ reviewerId: "letterReviewerInvalid" });

    await seedOrganisation(world);
    const { organisation } = await import("@heard/db");
    await world.db.update(organisation).set({ lettersNamedReviewer: true });
    try {
      await setup.writer.letters.submit({ id: letter.id, reviewerId: colleague.user.id });
      const reviewer = await colleague.caller();
      expect((await reviewer.letters.list({ view: "toApprove" })).map((l) => l.id)).toEqual([letter.id]);
      const other = await (await makeUser(world, "worker", { teamIds: [setup.team.id] })).caller();
      expect(await errorOf(other.letters.approve({ id: letter.id }))).toMatchObject({ code: "NOT_FOUND" });
      expect((await reviewer.letters.approve({ id: letter.id })).status).toBe("approved");
    } finally {
      await world.db.update(organisation).set({ lettersNamedReviewer: false });
    }
  });

  it("starts a letter from a family account too, with no due day; Welsh headings from the template", async () => {
    const setup = await letterWorld(world);
    const [letter] = await setup.writer.letters.create({
      kind: "fgcPlan",
      language: "cy",
      familyId: setup.child.user.id,
      addresseeIds: [setup.child.user.id, setup.parent.user.id],
    });
    const all = await setup.writer.letters.list();
    const created = all.filter((l) => l.fromFamilyId === setup.child.user.id);
    expect(created.map((l) => l.addressee.id).sort()).toEqual([setup.child.user.id, setup.parent.user.id].sort());
    expect(letter).toMatchObject({ dueOn: null, overdue: false, meeting: null });
    const opened = await setup.writer.letters.get({ id: letter?.id ?? "" });
    expect(opened.sections.map((s) => s.heading)).toEqual([
      "Beth ddywedais i",
      "Fy nghynllun",
      "Pwy alla i siarad â nhw os nad yw’n digwydd",
    ]);
    const saved = await world.db.select().from(auditLog).where(like(auditLog.action, "letter.created"));
    expect(saved.length).toBeGreaterThanOrEqual(2);
  });
});
