import { auditLog } from "@heard/db";
import { defaultGlossary, defaultLetterTemplates } from "@heard/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, makeUser, type TestWorld, testDatabaseKinds } from "../testing";
import { addTipVersion, errorOf, fieldErrorsOf, seedOrganisation } from "../testing/fixtures";
import { letterWorld } from "../testing/letter-fixtures";

describe.each(testDatabaseKinds())("letter templates and the glossary on %s", (kind) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(kind);
    await seedOrganisation(world);
    await addTipVersion(world, "published");
  });
  afterAll(() => world.close());

  it("starts from the default templates; participation edits one, and new letters start from it", async () => {
    const participation = await (await makeUser(world, "participation")).caller();
    const before = await participation.letters.templates.list();
    expect(before.map((t) => [t.kind, t.custom])).toEqual([
      ["cpConference", false],
      ["review", false],
      ["fgcPlan", false],
      ["free", false],
    ]);
    const free = defaultLetterTemplates.free.sections[0];
    if (!free) throw new Error("no section");
    const hello = { ...free, key: "hello", required: false, icon: "star" as const };
    const second = { ...free, wording: { ...free.wording, en: { heading: "What happens next", prompt: "Say what happens next." } } };
    const sections = [hello, second];
    const updated = await participation.letters.templates.update({ kind: "free", sections });
    expect(updated.custom).toBe(true);

    const setup = await letterWorld(world);
    const [letter] = await setup.writer.letters.create({
      kind: "free",
      language: "en",
      meetingId: setup.meeting.id,
      addresseeIds: [setup.child.user.id],
    });
    const opened = await setup.writer.letters.get({ id: letter?.id ?? "" });
    expect(opened.sections.map((s) => [s.key, s.heading, s.icon])).toEqual([
      ["hello", "Your letter", "star"],
      ["letter", "What happens next", "pencil"],
    ]);

    const repeated = await errorOf(participation.letters.templates.update({ kind: "free", sections: [second, second] }));
    expect(fieldErrorsOf(repeated)).toEqual({ "sections.1.key": "letterSectionKeysRepeat" });
    const writer = await (await makeUser(world, "worker")).caller();
    expect(await errorOf(writer.letters.templates.update({ kind: "free", sections }))).toMatchObject({ code: "FORBIDDEN" });
    const [entry] = await world.db.select().from(auditLog).where(eq(auditLog.action, "letters.template.updated"));
    expect(entry).toMatchObject({ subjectType: "letterTemplate", subjectId: "free" });
  });

  it("seeds the glossary from the default once; participation adds, edits and turns off terms", async () => {
    const worker = await (await makeUser(world, "worker")).caller();
    const [english, all] = await Promise.all([worker.letters.glossary.list({ language: "en" }), worker.letters.glossary.list()]);
    expect(english).toHaveLength(defaultGlossary.en.length);
    expect(all).toHaveLength(defaultGlossary.en.length + defaultGlossary.cy.length + defaultGlossary.ar.length);

    const participation = await (await makeUser(world, "participation")).caller();
    const added = await participation.letters.glossary.upsert({ language: "en", term: "TAF", swap: "the team around your family" });
    expect(added).toMatchObject({ term: "TAF", forms: [], disabled: false });
    const taken = await errorOf(participation.letters.glossary.upsert({ language: "en", term: "taf", swap: "again" }));
    expect(taken).toMatchObject({ code: "CONFLICT", message: "glossaryTermTaken" });

    const placement = english.find((e) => e.term === "placement");
    if (!placement) throw new Error("no placement");
    await participation.letters.glossary.upsert({ ...placement, swap: "the home where you live", disabled: true });
    const after = await worker.letters.glossary.list({ language: "en" });
    expect(after).toHaveLength(defaultGlossary.en.length + 1);
    expect(after.find((e) => e.id === placement.id)).toMatchObject({ swap: "the home where you live", disabled: true });
    expect(await errorOf(worker.letters.glossary.upsert({ language: "en", term: "x", swap: "y" }))).toMatchObject({ code: "FORBIDDEN" });
  });
});
