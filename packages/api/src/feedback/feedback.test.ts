import { concerns, feedbackAnswers, feedbackResponses, feedbackTalliedMonths, mailOutbox } from "@heard/db";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app";
import { createTestWorld, type TestWorld, testDatabaseKinds } from "../testing";
import {
  addTipVersion,
  anonymous,
  errorOf,
  idempotencyKey,
  recordedMeeting,
  safeguardingEmail,
  seedOrganisation,
  submission,
  worryingText,
} from "../testing/fixtures";

describe.each(testDatabaseKinds())("feedback on %s", (kind) => {
  let world: TestWorld;
  let version: Awaited<ReturnType<typeof addTipVersion>>;
  beforeAll(async () => {
    world = await createTestWorld(kind, { PUBLIC_URL: "https://heard.example.gov.uk" });
    await seedOrganisation(world, { concernAckTargetMinutes: 30 });
    version = await addTipVersion(world, "published");
  });
  afterAll(() => world.close());

  /** feedback.submit over HTTP, as the family app sends it: what a refusal looks like on the wire. */
  const post = (input: unknown) =>
    createApp({ ...world, ping: world.handle.ping }).request("/api/trpc/feedback.submit", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    });
  const responsesWithKey = (key: string) => world.db.select().from(feedbackResponses).where(eq(feedbackResponses.idempotencyKey, key));

  it("opens a code with the meeting, its tips in every language, and the organisation's help number", async () => {
    const { meeting } = await recordedMeeting(world, { type: "childProtectionConference" });
    const opened = await (await anonymous(world)).feedback.open({ code: ` ${meeting.code.toLowerCase()} ` });
    expect(opened).toMatchObject({
      code: meeting.code,
      meetingType: "childProtectionConference",
      heldOn: "2026-03-02",
      tipVersionId: version.id,
      organisation: { name: "Testshire Council", frontDoorPhone: "01234 567890" },
    });
    expect(opened.tips.map((t) => t.id)).toEqual(version.tipIds);
    expect(opened.tips[0]).toMatchObject({ position: 1, title: "On time", icon: "clock", translations: { cy: { title: "Ar amser" } } });
  });

  it("says a code is unknown, whether it is well formed or not", async () => {
    const anon = await anonymous(world);
    for (const code of ["ACDE-FGHJ", "hello", "ACDE-FGH0"]) {
      expect(await errorOf(anon.feedback.open({ code }))).toMatchObject({ code: "NOT_FOUND", message: "feedbackCodeUnknown" });
    }
    expect(await errorOf(anon.feedback.submit(submission("ACDE-FGHJ", version.tipIds)))).toMatchObject({ message: "feedbackCodeUnknown" });
  });

  it("stores a response and its answers, with the meeting's team, type and month", async () => {
    const { meeting, team } = await recordedMeeting(world);
    const input = submission(meeting.code, version.tipIds.slice(0, 3), {
      answers: [
        { tipId: version.tipIds[0], answer: "yes" },
        { tipId: version.tipIds[1], answer: "aBit" },
        { tipId: version.tipIds[2], answer: "skipped" },
      ],
      respondentKind: "parent",
      ageBand: undefined,
      freeText: "Thank you for listening to us.",
    });
    const result = await (await anonymous(world)).feedback.submit(input);
    expect(result).toMatchObject({ concernRaised: false, mayDiscloseHarm: false, duplicate: false });
    const [response] = await responsesWithKey(input.idempotencyKey);
    expect(response).toMatchObject({
      id: result.responseId,
      meetingId: meeting.id,
      tipVersionId: version.id,
      respondentKind: "parent",
      ageBand: null,
    });
    expect(response?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const answers = await world.db.select().from(feedbackAnswers).where(eq(feedbackAnswers.responseId, result.responseId));
    expect(answers.map((a) => [a.tipId, a.answer]).sort()).toEqual(
      [
        [version.tipIds[0], 1],
        [version.tipIds[1], 2],
        [version.tipIds[2], 0],
      ].sort(),
    );
    for (const answer of answers) {
      expect(answer).toMatchObject({
        teamId: team.id,
        meetingType: "coreGroup",
        respondentKind: "parent",
        month: "2026-03-01",
        tipVersionId: version.id,
      });
    }
  });

  it("returns the first result for a retry, and refuses the same key with different content", async () => {
    const { meeting, caller } = await recordedMeeting(world);
    const anon = await anonymous(world);
    const input = submission(meeting.code, version.tipIds);
    const first = await anon.feedback.submit(input);
    const again = await anon.feedback.submit({ ...input, code: meeting.code.toLowerCase(), answers: [...input.answers].reverse() });
    expect(again).toEqual({ ...first, duplicate: true });
    expect(await responsesWithKey(input.idempotencyKey)).toHaveLength(1);
    const changed = await errorOf(anon.feedback.submit({ ...input, answers: [{ tipId: version.tipIds[0] as string, answer: "no" }] }));
    expect(changed).toMatchObject({ code: "CONFLICT", message: "idempotencyConflict" });
    expect((await caller.meetings.get({ id: meeting.id })).responseCount).toBe(1);
  });

  it("stores one response when five identical submissions arrive at once", async () => {
    const { meeting } = await recordedMeeting(world);
    const anon = await anonymous(world);
    const input = submission(meeting.code, version.tipIds, { freeText: worryingText });
    const results = await Promise.all(Array.from({ length: 5 }, () => anon.feedback.submit(input)));
    expect(new Set(results.map((r) => r.responseId)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(results.every((r) => r.concernRaised)).toBe(true);
    const stored = await responsesWithKey(input.idempotencyKey);
    expect(stored).toHaveLength(1);
    const answers = await world.db
      .select()
      .from(feedbackAnswers)
      .where(eq(feedbackAnswers.responseId, results[0]?.responseId ?? ""));
    expect(answers).toHaveLength(10);
    expect(
      await world.db
        .select()
        .from(concerns)
        .where(eq(concerns.responseId, results[0]?.responseId ?? "")),
    ).toHaveLength(1);
  });

  it("stores one response when five identical submissions without a concern arrive at once", async () => {
    const { meeting } = await recordedMeeting(world);
    const anon = await anonymous(world);
    const input = submission(meeting.code, version.tipIds);
    const results = await Promise.all(Array.from({ length: 5 }, () => anon.feedback.submit(input)));
    expect(new Set(results.map((r) => r.responseId)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(results.every((r) => !r.concernRaised)).toBe(true);
    expect(await responsesWithKey(input.idempotencyKey)).toHaveLength(1);
    const answers = await world.db
      .select()
      .from(feedbackAnswers)
      .where(eq(feedbackAnswers.responseId, results[0]?.responseId ?? ""));
    expect(answers).toHaveLength(10);
  });

  it("takes tip ids in any case, and makes QA forget a tallied month its answers arrive in", async () => {
    const { meeting } = await recordedMeeting(world);
    const month = "2025-06-01";
    await world.db.insert(feedbackTalliedMonths).values({ month }).onConflictDoNothing();
    // Late feedback: June 2025 is long over by the database's clock, so its tallies must go.
    const back = new Date("2025-06-15T10:00:00Z").getTime() - world.now().getTime();
    world.clock.advance(back);
    let result: Awaited<ReturnType<Awaited<ReturnType<typeof anonymous>>["feedback"]["submit"]>>;
    try {
      result = await (await anonymous(world)).feedback.submit(
        submission(
          meeting.code,
          version.tipIds.map((id) => id.toUpperCase()),
        ),
      );
    } finally {
      world.clock.advance(-back);
    }
    const answers = await world.db.select().from(feedbackAnswers).where(eq(feedbackAnswers.responseId, result.responseId));
    expect(answers.map((a) => a.tipId).sort()).toEqual([...version.tipIds].sort());
    expect(new Set(answers.map((a) => a.month))).toEqual(new Set([month]));
    expect((await world.db.select().from(feedbackTalliedMonths)).map((row) => row.month)).not.toContain(month);
  });

  it("refuses answers to tips of another version, storing nothing", async () => {
    const { meeting } = await recordedMeeting(world);
    const newer = await addTipVersion(world, "published");
    const input = submission(meeting.code, [version.tipIds[0] as string, newer.tipIds[1] as string]);
    expect(await errorOf((await anonymous(world)).feedback.submit(input))).toMatchObject({
      code: "BAD_REQUEST",
      message: "tipNotInVersion",
    });
    expect(await responsesWithKey(input.idempotencyKey)).toHaveLength(0);
    // A meeting recorded now uses the newer version.
    const { meeting: later } = await recordedMeeting(world);
    expect(later.tipVersionId).toBe(newer.id);
    version = newer;
  });

  it("refuses free text over 2,000 characters with a field error the app can show", async () => {
    const { meeting } = await recordedMeeting(world);
    const tooLong = submission(meeting.code, version.tipIds, { freeText: "a".repeat(2001) });
    const response = await post(tooLong);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { data: { code: string; messageKey: string; fieldErrors: Record<string, string> } } };
    expect(body.error.data).toMatchObject({ code: "BAD_REQUEST", messageKey: "invalidInput", fieldErrors: { freeText: "tooLong" } });
    expect(await responsesWithKey(tooLong.idempotencyKey)).toHaveLength(0);
    const justRight = await post({ ...tooLong, freeText: "a".repeat(2000) });
    expect(justRight.status).toBe(200);
  });

  it("answers 400, not 500, for text the database cannot store, and stores the others sent with it", async () => {
    const { meeting } = await recordedMeeting(world);
    const bad = submission(meeting.code, version.tipIds, { freeText: "hello\u0000there" });
    const good = Array.from({ length: 3 }, () => submission(meeting.code, version.tipIds, { freeText: "Thank you" }));
    const responses = await Promise.all([bad, ...good].map(post));
    expect(responses.map((response) => response.status)).toEqual([400, 200, 200, 200]);
    const body = await responses[0]?.text();
    expect(JSON.parse(body ?? "{}")).toMatchObject({ error: { data: { code: "BAD_REQUEST", messageKey: "invalidInput" } } });
    expect(body).not.toMatch(/0x00|byte sequence|insert|select/i);
    expect(await responsesWithKey(bad.idempotencyKey)).toHaveLength(0);
    for (const input of good) expect(await responsesWithKey(input.idempotencyKey)).toHaveLength(1);
  });

  it("raises a concern and its alert with the response, in the same transaction", async () => {
    const { meeting, team } = await recordedMeeting(world);
    const input = submission(meeting.code, version.tipIds, { freeText: worryingText });
    const result = await (await anonymous(world)).feedback.submit(input);
    expect(result).toMatchObject({ concernRaised: true, mayDiscloseHarm: true, duplicate: false });
    const [concern] = await world.db.select().from(concerns).where(eq(concerns.responseId, result.responseId));
    expect(concern).toMatchObject({ reason: "screened", meetingId: meeting.id, teamId: team.id });
    expect(concern?.categories.length).toBeGreaterThan(0);
    expect(concern?.acknowledgeBy.toISOString()).toBe(new Date(world.now().getTime() + 30 * 60_000).toISOString());
    const [mail] = await world.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.concernId, concern?.id ?? ""));
    expect(mail).toMatchObject({ to: safeguardingEmail, sentAt: null, attempts: 0 });
    expect(mail?.subject).toMatch(/concern/i);
    expect(mail?.text).toContain(`https://heard.example.gov.uk/staff/concerns/${concern?.id}`);
    // Email is not a safe channel: the child's words never go in it.
    expect(mail?.text).not.toContain("stepdad");
    expect(mail?.text).not.toContain("drunk");
  });

  it("keeps neither the response nor the concern when the submission fails part way", async () => {
    const { meeting } = await recordedMeeting(world);
    const before = (await world.db.select({ id: concerns.id }).from(concerns)).length;
    const input = submission(meeting.code, [version.tipIds[0] as string, "0b6a1c1e-5d3c-4f7a-9e2b-8a7c6d5e4f30"], {
      freeText: worryingText,
    });
    expect(await errorOf((await anonymous(world)).feedback.submit(input))).toMatchObject({
      code: "BAD_REQUEST",
      message: "tipNotInVersion",
    });
    expect(await responsesWithKey(input.idempotencyKey)).toHaveLength(0);
    expect(await world.db.select({ id: concerns.id }).from(concerns)).toHaveLength(before);
    // The same key then works once the answers are right: nothing half-stored blocks it.
    const fixed = await (await anonymous(world)).feedback.submit({
      ...input,
      answers: [{ tipId: version.tipIds[0] as string, answer: "no" }],
    });
    expect(fixed).toMatchObject({ concernRaised: true, duplicate: false });
  });

  it("raises a concern when someone asks to be contacted, without their details in the email", async () => {
    const { meeting } = await recordedMeeting(world);
    const input = submission(meeting.code, version.tipIds, {
      respondentKind: "parent",
      contactRequested: true,
      contactMethod: "phone",
      contactDetail: "07700 900123",
    });
    const result = await (await anonymous(world)).feedback.submit(input);
    expect(result).toMatchObject({ concernRaised: true, mayDiscloseHarm: false });
    const raised = await world.db.select().from(concerns).where(eq(concerns.responseId, result.responseId));
    expect(raised.map((c) => c.reason)).toEqual(["contactRequested"]);
    const mails = await world.db
      .select()
      .from(mailOutbox)
      .where(
        inArray(
          mailOutbox.concernId,
          raised.map((c) => c.id),
        ),
      );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).not.toContain("07700");
    const [response] = await responsesWithKey(input.idempotencyKey);
    expect(response).toMatchObject({ contactRequested: true, contactMethod: "phone", contactDetail: "07700 900123" });
  });

  it("raises two concerns when worrying words come with a contact request", async () => {
    const { meeting } = await recordedMeeting(world);
    const input = submission(meeting.code, [], { freeText: worryingText, contactRequested: true, contactMethod: "worker" });
    const result = await (await anonymous(world)).feedback.submit(input);
    const raised = await world.db.select().from(concerns).where(eq(concerns.responseId, result.responseId));
    expect(raised.map((c) => c.reason).sort()).toEqual(["contactRequested", "screened"]);
  });

  it("refuses new feedback on an expired or closed code, but still answers a retry of stored feedback", async () => {
    const { meeting, caller } = await recordedMeeting(world);
    const anon = await anonymous(world);
    const stored = submission(meeting.code, version.tipIds);
    const first = await anon.feedback.submit(stored);
    await caller.meetings.close({ id: meeting.id });
    expect(await errorOf(anon.feedback.submit(submission(meeting.code, version.tipIds)))).toMatchObject({
      code: "BAD_REQUEST",
      message: "feedbackCodeClosed",
    });
    expect(await anon.feedback.submit(stored)).toEqual({ ...first, duplicate: true });

    const { meeting: other } = await recordedMeeting(world);
    world.clock.advance(15 * 24 * 60 * 60 * 1000);
    try {
      expect(await errorOf(anon.feedback.submit(submission(other.code, version.tipIds)))).toMatchObject({
        code: "BAD_REQUEST",
        message: "feedbackCodeExpired",
      });
    } finally {
      world.clock.advance(-15 * 24 * 60 * 60 * 1000);
    }
  });

  it("takes answers from a form opened while the code was open for a week after it stops, worrying words included", async () => {
    const day = 24 * 60 * 60 * 1000;
    const { meeting, caller } = await recordedMeeting(world);
    const { meeting: closedEarly, caller: otherCaller } = await recordedMeeting(world);
    const anon = await anonymous(world);
    // The phone opens both forms while their codes are open and keeps the tokens it was given.
    const { openedToken } = await anon.feedback.open({ code: meeting.code });
    const { openedToken: closedEarlyToken } = await anon.feedback.open({ code: closedEarly.code });
    const writtenOpen = new Date(world.now().getTime() + 60_000).toISOString();
    let moved = 0;
    const advance = (ms: number) => {
      world.clock.advance(ms);
      moved += ms;
    };
    // The code expires after 14 days; the other is closed early on day 13.
    advance(13 * day);
    await otherCaller.meetings.close({ id: closedEarly.id });
    advance(2 * day);
    try {
      const late = submission(meeting.code, version.tipIds, { writtenAt: writtenOpen, openedToken });
      expect(await anon.feedback.submit(late)).toMatchObject({ duplicate: false, concernRaised: false });
      const [stored] = await responsesWithKey(late.idempotencyKey);
      expect(stored?.writtenAt?.toISOString()).toBe(writtenOpen);
      const worrying = submission(meeting.code, version.tipIds, { openedToken, freeText: worryingText });
      expect(await anon.feedback.submit(worrying)).toMatchObject({ concernRaised: true, mayDiscloseHarm: true });
      expect(await anon.feedback.submit(submission(closedEarly.code, version.tipIds, { openedToken: closedEarlyToken }))).toMatchObject({
        duplicate: false,
      });
      expect((await caller.meetings.get({ id: meeting.id })).responseCount).toBe(2);

      // The phone's own word about when it was written proves nothing: without the token, refused.
      expect(await errorOf(anon.feedback.submit(submission(meeting.code, version.tipIds, { writtenAt: writtenOpen })))).toMatchObject({
        code: "BAD_REQUEST",
        message: "feedbackCodeExpired",
      });
      expect(await errorOf(anon.feedback.submit(submission(closedEarly.code, version.tipIds, { writtenAt: writtenOpen })))).toMatchObject({
        message: "feedbackCodeClosed",
      });
      // Nor does a token of another code, or one nobody signed.
      expect(await errorOf(anon.feedback.submit(submission(closedEarly.code, version.tipIds, { openedToken })))).toMatchObject({
        message: "feedbackCodeClosed",
      });
      const [body = ""] = openedToken.split(".");
      const forged = `${body}.${Buffer.from("not the signature").toString("base64url")}`;
      expect(await errorOf(anon.feedback.submit(submission(meeting.code, version.tipIds, { openedToken: forged })))).toMatchObject({
        message: "feedbackCodeExpired",
      });
      // More than a week after the code stopped: too late, whatever the token.
      advance(7 * day);
      expect(await errorOf(anon.feedback.submit(submission(meeting.code, version.tipIds, { openedToken })))).toMatchObject({
        message: "feedbackCodeExpired",
      });
      expect(await errorOf(anon.feedback.submit({ ...late, writtenAt: "yesterday" }))).toMatchObject({ code: "BAD_REQUEST" });
    } finally {
      world.clock.advance(-moved);
    }
  });

  it("needs an idempotency key of the right shape", async () => {
    const { meeting } = await recordedMeeting(world);
    const error = await errorOf(
      (await anonymous(world)).feedback.submit({ ...submission(meeting.code, version.tipIds), idempotencyKey: "short" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(idempotencyKey()).toMatch(/^[A-Za-z0-9_-]{16,100}$/);
  });
});
