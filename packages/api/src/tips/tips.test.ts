import { defaultTips, type tipsSchemas } from "@heard/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerWithToken, createTestWorld, makeTeam, makeUser, type TestWorld, testDatabaseKinds } from "../testing";
import { insertMeeting, insertResponses } from "../testing/qa-fixtures";

type TipInput = tipsSchemas.TipInput;

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string; cause?: { issues?: { path: PropertyKey[]; message: string }[] } };
  }
  throw new Error("expected the call to fail");
}

const tipsWith = (suffix: string): TipInput[] =>
  defaultTips.map((tip, i) => ({
    title: `${tip.title} ${suffix}`.slice(0, 60),
    wording: tip.wording,
    icon: tip.icon as TipInput["icon"],
    translations: i === 0 ? tip.translations : undefined,
  }));

/** Runs in order: each step builds on the versions the one before left. */
describe.each(testDatabaseKinds())("tips on %s", (kind) => {
  let world: TestWorld;
  let participation: Awaited<ReturnType<typeof callerWithToken>>;
  let qa: Awaited<ReturnType<typeof callerWithToken>>;
  let anon: Awaited<ReturnType<typeof callerWithToken>>;

  beforeAll(async () => {
    world = await createTestWorld(kind);
    participation = await (await makeUser(world, "participation")).caller();
    qa = await (await makeUser(world, "qa")).caller();
    anon = await callerWithToken(world, null);
  });
  afterAll(() => world.close());

  it("has no current tips until a version is published", async () => {
    expect(await anon.tips.current()).toBeNull();
    expect(await qa.tips.versions()).toEqual([]);
  });

  it("saves a draft of exactly ten tips, and saving again replaces that one draft", async () => {
    const first = await participation.tips.saveDraft({ tips: tipsWith("A") });
    expect(first).toMatchObject({ number: 1, status: "draft", publishedAt: null, answers: 0, responses: 0 });
    expect(first.tips.map((t) => t.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(first.tips[0]).toMatchObject({ title: "On time A", icon: "clock", translations: { cy: { title: "Ar amser" } } });
    expect(first.tips[1]?.translations).toEqual({});

    const again = await participation.tips.saveDraft({ tips: tipsWith("B") });
    expect(again.id).toBe(first.id);
    expect(again.tips.map((t) => t.title)[0]).toBe("On time B");
    expect((await qa.tips.versions()).map((v) => [v.number, v.status])).toEqual([[1, "draft"]]);
    // A draft is not what families see.
    expect(await anon.tips.current()).toBeNull();
  });

  it("refuses a version that is not ten valid tips", async () => {
    const nine = await errorOf(participation.tips.saveDraft({ tips: tipsWith("C").slice(0, 9) }));
    expect(nine.code).toBe("BAD_REQUEST");
    expect(nine.cause?.issues?.[0]).toMatchObject({ path: ["tips"], message: "tipsMustBeTen" });
    const tooLong = tipsWith("C").map((tip, i) => (i === 3 ? { ...tip, title: "x".repeat(61) } : tip));
    expect((await errorOf(participation.tips.saveDraft({ tips: tooLong }))).cause?.issues?.[0]).toMatchObject({
      path: ["tips", 3, "title"],
      message: "tooLong",
    });
    const badIcon = tipsWith("C").map((tip, i) => (i === 0 ? { ...tip, icon: "skull" as TipInput["icon"] } : tip));
    expect((await errorOf(participation.tips.saveDraft({ tips: badIcon }))).cause?.issues?.[0]).toMatchObject({ message: "invalidChoice" });
  });

  it("publishes the draft: it becomes current, with translations, and the publication is audit-logged", async () => {
    const [draft] = await qa.tips.versions();
    if (!draft) throw new Error("no draft");
    const published = await participation.tips.publish({ id: draft.id });
    expect(published).toMatchObject({ id: draft.id, status: "published", retiredVersionIds: [] });
    expect(published.publishedAt).toBe(world.now().toISOString());
    const current = await anon.tips.current();
    expect(current).toMatchObject({ id: draft.id, number: 1 });
    expect(current?.tips).toHaveLength(10);
    expect(current?.tips[0]?.translations.ar?.title).toBe("في الموعد");
    expect(await errorOf(participation.tips.publish({ id: draft.id }))).toMatchObject({ code: "CONFLICT", message: "noTipsDraft" });
    const admin = await (await makeUser(world, "admin")).caller();
    const { entries } = await admin.admin.audit.list({ limit: 50, action: "tips.version.published" });
    expect(entries[0]).toMatchObject({ subjectType: "tipVersion", subjectId: draft.id });
  });

  it("retires the old version when a new one is published; old answers stay tied to it and results never mix", async () => {
    const v1 = await anon.tips.current();
    if (!v1) throw new Error("no current version");
    const team = await makeTeam(world);
    const worker = await makeUser(world, "worker", { teamIds: [team.id] });
    const fixtureV1 = { id: v1.id, number: v1.number, tipIds: v1.tips.map((t) => t.id) };
    const oldMeeting = await insertMeeting(world.db, { teamId: team.id, tipVersionId: v1.id, createdBy: worker.user.id });
    await insertResponses(world.db, oldMeeting, fixtureV1, 6, { answers: ["no", "no"] });

    const draft = await participation.tips.saveDraft({ tips: tipsWith("2") });
    expect(draft.number).toBe(2);
    const published = await participation.tips.publish({ id: draft.id });
    expect(published.retiredVersionIds).toEqual([v1.id]);
    const v2 = await anon.tips.current();
    expect(v2?.id).toBe(draft.id);
    expect(v2?.tips[0]?.title).toBe("On time 2");

    const fixtureV2 = { id: draft.id, number: 2, tipIds: draft.tips.map((t) => t.id) };
    const newMeeting = await insertMeeting(world.db, { teamId: team.id, tipVersionId: draft.id, createdBy: worker.user.id });
    await insertResponses(world.db, newMeeting, fixtureV2, 5, { answers: ["yes"] });

    const versions = await qa.tips.versions();
    expect(versions.map((v) => [v.number, v.status, v.answers, v.responses])).toEqual([
      [2, "published", 5, 5],
      [1, "retired", 12, 6],
    ]);
    const old = await qa.tips.get({ id: v1.id });
    expect(old).toMatchObject({ status: "retired", answers: 12 });
    expect(old.tips.map((t) => t.id)).toEqual(fixtureV1.tipIds);

    const filter = { teamIds: [team.id], from: "2026-01-01", to: "2026-01-31" };
    // By default the published version: only its five answers, against its own tips.
    const current = await qa.qa.results(filter);
    expect(current.version.id).toBe(draft.id);
    expect(current.tips.map((t) => t.tip.id)).toEqual(fixtureV2.tipIds);
    expect(current.tips[0]?.summary).toMatchObject({ yes: 5, no: 0, responses: 5 });
    expect(current.tips[1]?.summary).toMatchObject({ responses: 0 });
    // The retired version, asked for by id: only its own answers.
    const retired = await qa.qa.results({ ...filter, tipVersionId: v1.id });
    expect(retired.version).toMatchObject({ id: v1.id, status: "retired" });
    expect(retired.tips.map((t) => t.tip.id)).toEqual(fixtureV1.tipIds);
    expect(retired.tips[0]?.summary).toMatchObject({ yes: 0, no: 6, responses: 6 });
    expect(retired.tips[1]?.summary).toMatchObject({ yes: 0, no: 6, responses: 6 });
  });

  it("lets only the participation team edit, and participation, QA and admins read every version", async () => {
    const [latest] = await qa.tips.versions();
    for (const role of ["worker", "manager", "qa", "admin"] as const) {
      const caller = await (await makeUser(world, role)).caller();
      expect(await errorOf(caller.tips.saveDraft({ tips: tipsWith("X") })), role).toMatchObject({ code: "FORBIDDEN" });
      expect(await errorOf(caller.tips.publish({ id: latest?.id ?? "" })), role).toMatchObject({ code: "FORBIDDEN" });
    }
    for (const role of ["worker", "manager"] as const) {
      const caller = await (await makeUser(world, role)).caller();
      expect(await errorOf(caller.tips.versions()), role).toMatchObject({ code: "FORBIDDEN" });
    }
    for (const role of ["participation", "qa", "admin"] as const) {
      const caller = await (await makeUser(world, role)).caller();
      expect((await caller.tips.versions()).length, role).toBe(2);
      expect((await caller.tips.get({ id: latest?.id ?? "" })).tips, role).toHaveLength(10);
    }
    expect(await errorOf(qa.tips.get({ id: "7a0b5e2c-1d2e-4f3a-8b4c-5d6e7f8a9b0c" }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps one draft when two people save at once", async () => {
    const other = await (await makeUser(world, "participation")).caller();
    const [a, b] = await Promise.all([
      participation.tips.saveDraft({ tips: tipsWith("P") }),
      other.tips.saveDraft({ tips: tipsWith("Q") }),
    ]);
    expect(a.id).toBe(b.id);
    const drafts = (await qa.tips.versions()).filter((v) => v.status === "draft");
    expect(drafts).toHaveLength(1);
    expect((await qa.tips.get({ id: drafts[0]?.id ?? "" })).tips).toHaveLength(10);
  });
});
