import { concerns, mailOutbox } from "@heard/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, makeTeam, makeUser, type TestWorld, testDatabaseKinds } from "../testing";
import { addTipVersion, errorOf, seedOrganisation, worryingText } from "../testing/fixtures";
import { conferenceWords, letterWorld, submittedLetter } from "../testing/letter-fixtures";

describe.each(testDatabaseKinds())("letters to families on %s", (kind) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(kind);
    await seedOrganisation(world);
    await addTipVersion(world, "published");
  });
  afterAll(() => world.close());

  /** A sent conference letter to the child. */
  async function sentLetter() {
    const setup = await letterWorld(world);
    const letter = await submittedLetter(setup);
    await (await setup.manager.caller()).letters.approve({ id: letter.id });
    await setup.writer.letters.send({ id: letter.id });
    return { setup, letter };
  }

  it("shows a letter to its addressee only: not the parent's account, not another team's staff", async () => {
    const { setup, letter } = await sentLetter();
    const child = await setup.child.caller();
    const parent = await setup.parent.caller();
    expect((await child.letters.mine()).map((l) => l.id)).toEqual([letter.id]);
    expect(await parent.letters.mine()).toEqual([]);
    expect(await errorOf(parent.letters.read({ id: letter.id }))).toMatchObject({ code: "FORBIDDEN", message: "letterNotYours" });

    const otherTeam = await makeTeam(world);
    const otherManager = await (await makeUser(world, "manager", { teamIds: [otherTeam.id] })).caller();
    expect(await errorOf(otherManager.letters.get({ id: letter.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await otherManager.letters.list({ view: "team" })).map((l) => l.id)).not.toContain(letter.id);
    // A worker of the same team who did not write it does not see it; the team's manager does.
    const colleague = await (await makeUser(world, "worker", { teamIds: [setup.team.id] })).caller();
    expect(await errorOf(colleague.letters.get({ id: letter.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await (await setup.manager.caller()).letters.list({ view: "team" })).map((l) => l.id)).toContain(letter.id);
  });

  it("does not show a letter to the family before it is sent", async () => {
    const setup = await letterWorld(world);
    const letter = await submittedLetter(setup);
    const child = await setup.child.caller();
    expect(await child.letters.mine()).toEqual([]);
    expect(await errorOf(child.letters.read({ id: letter.id }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("raises a concern with its alert when the child wants to talk to someone", async () => {
    const { setup, letter } = await sentLetter();
    const child = await setup.child.caller();
    const result = await child.letters.receipt({ id: letter.id, version: 1, answer: "wantToTalk" });
    expect(result).toMatchObject({ concernRaised: true, mayDiscloseHarm: false });

    const raised = await world.db.select().from(concerns).where(eq(concerns.teamId, setup.team.id));
    expect(raised).toEqual([
      expect.objectContaining({
        reason: "contactRequested",
        level: "concern",
        responseId: null,
        letterReceiptId: result.receiptId,
        meetingId: setup.meeting.id,
      }),
    ]);
    const [alert] = await world.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.concernId, raised[0]?.id ?? ""));
    expect(alert?.text).toContain("want to talk to someone after reading a letter");

    const manager = await setup.manager.caller();
    const listed = await manager.concerns.list();
    expect(listed.find((c) => c.id === raised[0]?.id)).toMatchObject({
      letter: { id: letter.id, kind: "cpConference" },
      teamName: setup.team.name,
    });
    const detail = await manager.concerns.get({ id: raised[0]?.id ?? "" });
    expect(detail).toMatchObject({
      reason: "contactRequested",
      response: { respondentKind: "child", language: "en", freeText: null },
      contact: { method: null, detail: null },
      meeting: { id: setup.meeting.id },
    });
  });

  it("screens the reply: words that may disclose harm raise a concern too", async () => {
    const { setup, letter } = await sentLetter();
    const child = await setup.child.caller();
    const result = await child.letters.receipt({ id: letter.id, version: 1, answer: "understood", reply: worryingText });
    expect(result).toMatchObject({ concernRaised: true, mayDiscloseHarm: true });
    const [concern] = await world.db.select().from(concerns).where(eq(concerns.letterReceiptId, result.receiptId));
    expect(concern?.reason).toBe("screened");
    const detail = await (await setup.manager.caller()).concerns.get({ id: concern?.id ?? "" });
    expect(detail.response.freeText).toBe(worryingText);
    expect(detail.matches.length).toBeGreaterThan(0);
  });

  it("gives the writer a follow-up when the child did not understand all of it, until it is done", async () => {
    const { setup, letter } = await sentLetter();
    const child = await setup.child.caller();
    expect((await child.letters.receipt({ id: letter.id, version: 1, answer: "notAll", reply: "What is a group?" })).concernRaised).toBe(
      false,
    );
    const [task] = await setup.writer.letters.tasks();
    expect(task).toMatchObject({
      kind: "explainAgain",
      letterId: letter.id,
      answer: "notAll",
      reply: "What is a group?",
      addresseeName: setup.child.user.displayName,
    });
    expect(await (await setup.manager.caller()).letters.tasks()).toEqual([]);
    await setup.writer.letters.completeTask({ id: task?.id ?? "" });
    expect(await setup.writer.letters.tasks()).toEqual([]);
    expect(await errorOf(setup.writer.letters.completeTask({ id: task?.id ?? "" }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("gives the family the glossary terms the letter uses, with their explanations, and none that are turned off", async () => {
    const setup = await letterWorld(world);
    const [letter] = await setup.writer.letters.create({
      kind: "cpConference",
      language: "en",
      meetingId: setup.meeting.id,
      addresseeIds: [setup.child.user.id],
    });
    if (!letter) throw new Error("no letter");
    const words = conferenceWords.map((section) =>
      section.key === "whatHappensNow"
        ? { ...section, steps: ["The core group will meet every month.", "Mum will go to a group."] }
        : section.key === "worries"
          ? { ...section, text: "We made a child protection plan because we are worried." }
          : section,
    );
    await setup.writer.letters.saveDraft({ id: letter.id, sections: words });
    await setup.writer.letters.submit({ id: letter.id });
    await (await setup.manager.caller()).letters.approve({ id: letter.id });
    await setup.writer.letters.send({ id: letter.id });
    const child = await setup.child.caller();

    const opened = await child.letters.read({ id: letter.id });
    expect(opened.glossary.map((entry) => entry.term).sort()).toEqual(["child protection plan", "core group"]);
    expect(opened.glossary.find((entry) => entry.term === "core group")).toMatchObject({
      swap: "the small group who check the plan is working",
      forms: [],
    });

    // The organisation's own glossary decides: a term turned off is no longer explained, an edited swap is.
    const participation = await (await makeUser(world, "participation")).caller();
    const terms = await participation.letters.glossary.list({ language: "en" });
    const term = (name: string) => terms.find((entry) => entry.term === name);
    const core = term("core group");
    const plan = term("child protection plan");
    if (!core || !plan) throw new Error("the default glossary is missing a term");
    await participation.letters.glossary.upsert({ ...core, disabled: true });
    await participation.letters.glossary.upsert({ ...plan, swap: "the plan to help keep you safe" });
    try {
      expect((await child.letters.read({ id: letter.id })).glossary).toEqual([
        { term: "child protection plan", swap: "the plan to help keep you safe", forms: [] },
      ]);
    } finally {
      await participation.letters.glossary.upsert({ ...core, disabled: false });
      await participation.letters.glossary.upsert(plan);
    }
  });

  it("keeps the due clock: due the working day after the meeting, overdue once that day has passed", async () => {
    const setup = await letterWorld(world);
    const [letter] = await setup.writer.letters.create({
      kind: "cpConference",
      language: "en",
      meetingId: setup.meeting.id,
      addresseeIds: [setup.child.user.id],
    });
    if (!letter) throw new Error("no letter");
    // Sessions lapse while the clock jumps: a manager of the team signs in at each moment.
    const managerNow = async () => (await makeUser(world, "manager", { teamIds: [setup.team.id] })).caller();
    const listed = async (due: "due" | "overdue") =>
      (await (await managerNow()).letters.list({ view: "team", due })).filter((l) => l.id === letter.id);
    // Monday's meeting is due on Tuesday 3 March; on Tuesday evening it is still due, not overdue.
    const saved = world.clock.current;
    try {
      world.clock.current = new Date("2026-03-03T20:00:00Z");
      expect(await listed("due")).toEqual([expect.objectContaining({ dueOn: "2026-03-03", overdue: false })]);
      expect(await listed("overdue")).toEqual([]);
      world.clock.current = new Date("2026-03-04T09:00:00Z");
      expect(await listed("overdue")).toEqual([expect.objectContaining({ overdue: true })]);
    } finally {
      world.clock.current = saved;
    }
  });
});
