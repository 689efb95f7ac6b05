import { auditLog, concerns, jobs, mailOutbox } from "@heard/db";
import { maskPii, screenForConcerns } from "@heard/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, makeTeam, makeUser, type TestWorld, testDatabaseKinds } from "../testing";
import { addTipVersion, anonymous, errorOf, recordedMeeting, seedOrganisation, submission } from "../testing/fixtures";
import { raiseConcerns } from "./service";

describe.each(testDatabaseKinds())("review items on %s", (kind) => {
  let world: TestWorld;
  let tipIds: string[];
  beforeAll(async () => {
    world = await createTestWorld(kind);
    await seedOrganisation(world, { concernAckTargetMinutes: 60 });
    tipIds = (await addTipVersion(world, "published")).tipIds;
  });
  afterAll(() => world.close());

  /** Feedback whose words are only worth a look: the screen makes them a review item. */
  async function raiseReview() {
    const { meeting, team } = await recordedMeeting(world);
    const result = await (await anonymous(world)).feedback.submit(
      submission(meeting.code, tipIds, { freeText: "things at home are not great" }),
    );
    const raised = await world.db.select().from(concerns).where(eq(concerns.responseId, result.responseId));
    expect(raised.map((concern) => concern.level)).toEqual(["review"]);
    const reviewId = raised[0]?.id;
    if (!reviewId) throw new Error("no review item");
    return { team, reviewId };
  }

  it("lists review items apart from concerns, with a clock of one working day and no alert", async () => {
    const { reviewId } = await raiseReview();
    const qa = await (await makeUser(world, "qa")).caller();
    const reviews = await qa.concerns.reviews.list();
    const review = reviews.find((item) => item.id === reviewId);
    // Raised on Monday 2 March 2026 at 10:00: to be cleared by 10:00 on Tuesday.
    expect(review).toMatchObject({ level: "review", status: "new", acknowledgeBy: "2026-03-03T10:00:00.000Z", overdue: false });
    expect((await qa.concerns.list()).some((item) => item.id === reviewId)).toBe(false);
    expect(await world.db.select().from(mailOutbox).where(eq(mailOutbox.concernId, reviewId))).toEqual([]);
    expect(await qa.concerns.get({ id: reviewId })).toMatchObject({
      level: "review",
      response: { freeText: "things at home are not great" },
    });
  });

  it("lists the flagged words masked, and who decided what, with the concern it became", async () => {
    const words = "i cant sleep before these meetings, ring me on 07700 900123";
    const { meeting, team } = await recordedMeeting(world);
    const result = await (await anonymous(world)).feedback.submit(submission(meeting.code, tipIds, { freeText: words }));
    const source = { responseId: result.responseId, meetingId: meeting.id, meetingType: "coreGroup" as const, heldOn: meeting.heldOn };
    const [reviewId] = await world.db.transaction((tx) =>
      raiseConcerns(
        tx,
        world,
        { ...source, teamId: team.id },
        [{ reason: "screened", categories: ["otherWorry"], level: "review" }],
        world.now(),
      ),
    );
    const person = await makeUser(world, "qa");
    const qa = await person.caller();
    const open = (await qa.concerns.reviews.list()).find((item) => item.id === reviewId);
    expect(open?.decision).toBeNull();
    // The phrases as the screen reads them, never the whole text.
    const screened = screenForConcerns(words, "en").matches.map(({ words, category }) => ({ words: maskPii(words), category }));
    expect(screened.length).toBeGreaterThan(0);
    expect(open?.flagged).toEqual(screened);
    expect(await qa.concerns.get({ id: reviewId as string })).toMatchObject({ escalatedTo: null });

    const { concernId } = await qa.concerns.reviews.escalate({ id: reviewId as string, note: "Sleepless for weeks" });
    const decided = (await qa.concerns.reviews.list()).find((item) => item.id === reviewId);
    expect(decided?.decision).toMatchObject({ kind: "escalated", byName: person.user.displayName, note: "Sleepless for weeks", concernId });
    expect(await qa.concerns.get({ id: reviewId as string })).toMatchObject({ escalatedTo: concernId });
  });

  it("is seen as concerns are: everyone's for QA and participation, their teams' for a manager, nobody else's", async () => {
    const { team, reviewId } = await raiseReview();
    const manager = await (await makeUser(world, "manager", { teamIds: [team.id] })).caller();
    const otherManager = await (await makeUser(world, "manager", { teamIds: [(await makeTeam(world)).id] })).caller();
    expect((await manager.concerns.reviews.list()).map((item) => item.id)).toContain(reviewId);
    expect((await otherManager.concerns.reviews.list()).map((item) => item.id)).not.toContain(reviewId);
    expect(await errorOf(otherManager.concerns.reviews.clear({ id: reviewId, note: "not mine" }))).toMatchObject({ code: "NOT_FOUND" });
    const worker = await (await makeUser(world, "worker", { teamIds: [team.id] })).caller();
    expect(await errorOf(worker.concerns.reviews.list())).toMatchObject({ code: "FORBIDDEN" });
  });

  it("clears with a note, once, audited; never deleted", async () => {
    const { reviewId } = await raiseReview();
    const qa = await (await makeUser(world, "qa")).caller();
    expect(await errorOf(qa.concerns.reviews.clear({ id: reviewId, note: " " }))).toMatchObject({ code: "BAD_REQUEST" });
    expect(await qa.concerns.reviews.clear({ id: reviewId, note: "A complaint about the heating at the office" })).toMatchObject({
      status: "cleared",
    });
    expect(await errorOf(qa.concerns.reviews.clear({ id: reviewId, note: "again" }))).toMatchObject({
      code: "CONFLICT",
      message: "reviewAlreadyDone",
    });
    expect(await errorOf(qa.concerns.reviews.escalate({ id: reviewId }))).toMatchObject({ code: "CONFLICT" });
    const audited = await world.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "concern.review.cleared"), eq(auditLog.subjectId, reviewId)));
    expect(audited).toHaveLength(1);
    expect(await errorOf(world.db.delete(concerns).where(eq(concerns.id, reviewId)))).toBeDefined();
  });

  it("turns into a concern with its alert, exactly once, however often it is asked", async () => {
    const { reviewId } = await raiseReview();
    const qa = await (await makeUser(world, "qa")).caller();
    const [first, second] = await Promise.allSettled([
      qa.concerns.reviews.escalate({ id: reviewId, note: "On a second read this is about home" }),
      qa.concerns.reviews.escalate({ id: reviewId }),
    ]);
    const outcomes = [first, second];
    expect(outcomes.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const escalated = outcomes.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ concernId: string; status: string }>;
    expect(escalated.value.status).toBe("escalated");
    const concernId = escalated.value.concernId;
    const [concern] = await world.db.select().from(concerns).where(eq(concerns.escalatedFrom, reviewId));
    expect(concern).toMatchObject({ id: concernId, reason: "reviewed", level: "concern" });
    // Its alert, once, queued with it.
    const alerts = await world.db.select().from(mailOutbox).where(eq(mailOutbox.concernId, concernId));
    expect(alerts).toHaveLength(1);
    expect(await world.db.select().from(jobs).where(eq(jobs.kind, "mail.deliver"))).not.toHaveLength(0);
    expect((await qa.concerns.list()).find((item) => item.id === concernId)).toMatchObject({ escalatedFrom: reviewId, status: "new" });
    expect((await qa.concerns.reviews.list()).find((item) => item.id === reviewId)).toMatchObject({ status: "escalated" });
  });
});
