import { feedbackAnswers, feedbackResponses } from "@heard/db";
import { feedbackSchemas, parseFeedbackCode } from "@heard/domain";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, type TestWorld, testDatabaseKinds } from "../testing";
import { addTipVersion, recordedMeeting, seedOrganisation, submission } from "../testing/fixtures";
import { createSubmissionWriter, type Submission } from "./store";

describe.each(testDatabaseKinds())("storing feedback together on %s", (kind) => {
  let world: TestWorld;
  let tipIds: string[];
  beforeAll(async () => {
    world = await createTestWorld(kind);
    await seedOrganisation(world);
    tipIds = (await addTipVersion(world, "published")).tipIds;
  });
  afterAll(() => world.close());

  /** What the router hands the writer: the parsed input with its code, hash and time. */
  const parsed = (input: ReturnType<typeof submission>): Submission => ({
    ...feedbackSchemas.submitFeedbackInput.parse(input),
    code: parseFeedbackCode(input.code) ?? "",
    contentHash: "0".repeat(64),
    now: world.now(),
    openedAt: null,
  });

  it("stores submissions that arrive together in fewer statements, each with its own answers", async () => {
    const { meeting } = await recordedMeeting(world);
    const sizes: number[] = [];
    const writer = createSubmissionWriter(world.db, { onStatement: (size) => sizes.push(size) });
    const codes = { yes: 1, aBit: 2, no: 3, skipped: 0 } as const;
    const answerOf = (i: number) => (["yes", "aBit", "no", "skipped"] as const)[i % 4] ?? "yes";
    const inputs = Array.from({ length: 20 }, (_, i) =>
      submission(meeting.code, [], { answers: tipIds.slice(0, 1 + (i % 10)).map((tipId) => ({ tipId, answer: answerOf(i) })) }),
    );
    const rows = await Promise.all(inputs.map((input) => writer.store(parsed(input))));

    expect(sizes.reduce((sum, n) => sum + n, 0)).toBe(20);
    expect(sizes.length).toBeLessThan(20);
    const ids = rows.map((row) => row?.responseId);
    expect(new Set(ids).size).toBe(20);
    const stored = await world.db
      .select()
      .from(feedbackAnswers)
      .where(inArray(feedbackAnswers.responseId, ids as string[]));
    inputs.forEach((input, i) => {
      const mine = stored.filter((answer) => answer.responseId === ids[i]);
      expect(mine).toHaveLength(input.answers.length);
      expect(new Set(mine.map((answer) => answer.answer))).toEqual(new Set([codes[answerOf(i)]]));
    });
  });

  it("keeps a submission the database refuses from taking the others with it", async () => {
    const { meeting } = await recordedMeeting(world);
    const writer = createSubmissionWriter(world.db, { maxInFlight: 1 });
    const good = Array.from({ length: 4 }, () => submission(meeting.code, tipIds));
    // PostgreSQL stores no NUL character in text; the schema lets it through.
    const bad = submission(meeting.code, tipIds, { freeText: "before\u0000after" });
    const results = await Promise.allSettled(
      [...good, bad, ...good.map((input) => ({ ...input, idempotencyKey: `${input.idempotencyKey}x` }))].map((input) =>
        writer.store(parsed(input)),
      ),
    );
    expect(results.map((result) => result.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "fulfilled",
      "fulfilled",
      "rejected",
      "fulfilled",
      "fulfilled",
      "fulfilled",
      "fulfilled",
    ]);
    for (const result of results) if (result.status === "fulfilled") expect(result.value?.responseId).toBeTruthy();
    expect(await world.db.select().from(feedbackResponses).where(eq(feedbackResponses.idempotencyKey, bad.idempotencyKey))).toHaveLength(0);
  });

  it("never puts two submissions with one key in the same statement: the second finds the key taken", async () => {
    const { meeting } = await recordedMeeting(world);
    const sizes: number[] = [];
    const writer = createSubmissionWriter(world.db, { maxInFlight: 1, onStatement: (size) => sizes.push(size) });
    const input = submission(meeting.code, tipIds);
    const [first, blocker, second] = await Promise.all([
      writer.store(parsed(submission(meeting.code, tipIds))),
      writer.store(parsed(input)),
      writer.store(parsed(input)),
    ]);
    expect(first?.responseId).toBeTruthy();
    expect(blocker?.responseId).toBeTruthy();
    expect(second).toMatchObject({ responseId: null, tipsOk: true });
    expect(sizes).toEqual([1, 1, 1]);
    expect(await world.db.select().from(feedbackResponses).where(eq(feedbackResponses.idempotencyKey, input.idempotencyKey))).toHaveLength(
      1,
    );
  });

  it("answers nothing for an unknown code and stores nothing for a closed one, beside one that is stored", async () => {
    const { meeting } = await recordedMeeting(world);
    const { meeting: closed, caller } = await recordedMeeting(world);
    await caller.meetings.close({ id: closed.id });
    const writer = createSubmissionWriter(world.db, { maxInFlight: 1 });
    const [warmUp, stored, unknown, refused] = await Promise.all([
      writer.store(parsed(submission(meeting.code, tipIds))),
      writer.store(parsed(submission(meeting.code, tipIds))),
      writer.store(parsed(submission("ACDE-FGHJ", tipIds))),
      writer.store(parsed(submission(closed.code, tipIds))),
    ]);
    expect(warmUp?.responseId).toBeTruthy();
    expect(stored).toMatchObject({ meetingId: meeting.id, tipsOk: true });
    expect(stored?.responseId).toBeTruthy();
    expect(unknown).toBeUndefined();
    expect(refused).toMatchObject({ meetingId: closed.id, responseId: null });
    expect(refused?.closedMs).not.toBeNull();
  });
});
