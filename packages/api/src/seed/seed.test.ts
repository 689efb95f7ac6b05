import { users } from "@heard/db";
import { eq, type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "../auth/sessions";
import { callerWithToken, createTestWorld, type TestWorld, testDatabaseKinds } from "../testing";
import { demoQaEmail, demoSignIns, demoTeams } from "./accounts";
import { seedDemo } from "./demo";

const tables = [
  "organisation",
  "teams",
  "users",
  "user_teams",
  "tip_versions",
  "tips",
  "meetings",
  "meeting_workers",
  "feedback_responses",
  "feedback_answers",
  "concerns",
  "concern_events",
  "mail_outbox",
  "jobs",
  "feedback_tallied_months",
  "feedback_answer_tallies",
  "feedback_answer_totals",
  "letters",
  "letter_addressees",
  "letter_versions",
  "letter_events",
  "statements",
  "statement_replies",
  "meeting_families",
] as const;

/** Last three months with figures against the first three, in points. */
function change(scores: readonly (number | null)[]): number {
  const shown = scores.filter((score): score is number => score !== null);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return mean(shown.slice(-3)) - mean(shown.slice(0, 3));
}

describe.each(testDatabaseKinds())("the demo seed on %s", (kind) => {
  let world: TestWorld;
  let qa: Awaited<ReturnType<typeof callerWithToken>>;

  async function count(query: SQL): Promise<number> {
    const result = (await world.db.execute(query)) as unknown as { rows: { n: number | string }[] };
    return Number(result.rows[0]?.n ?? 0);
  }
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(tables.map(async (table) => [table, await count(sql`select count(*) as n from ${sql.identifier(table)}`)])),
    );

  beforeAll(async () => {
    world = await createTestWorld(kind);
    // A Wednesday afternoon in the middle of a month.
    world.clock.current = new Date("2026-11-18T14:20:00Z");
    expect(await seedDemo(world.db, { now: world.now() })).toBe(true);
    const [qaUser] = await world.db.select({ id: users.id }).from(users).where(eq(users.email, demoQaEmail));
    if (!qaUser) throw new Error("no demo QA user");
    qa = await callerWithToken(world, await createSession(world.db, qaUser.id, world.now()));
  });
  afterAll(() => world.close());

  it("seeds a year once, writing no tallies, and seeds nothing the second time", async () => {
    const before = await counts();
    expect(before).toMatchObject({
      organisation: 1,
      teams: 3,
      tip_versions: 1,
      tips: 10,
      letters: 2,
      letter_versions: 2,
      letter_events: 4,
      statements: 1,
      statement_replies: 1,
      meeting_families: 1,
    });
    expect(before.meetings).toBeGreaterThan(300);
    expect(before.feedback_answers).toBe(before.feedback_responses * 10);
    expect(before).toMatchObject({ feedback_tallied_months: 0, feedback_answer_tallies: 0, feedback_answer_totals: 0 });
    expect(await seedDemo(world.db, { now: world.now() })).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("gives the family sign-in a worker, a meeting tomorrow to get ready for and one answered message", async () => {
    const [sam] = await world.db
      .select({ id: users.id, allocatedWorkerId: users.allocatedWorkerId })
      .from(users)
      .where(eq(users.username, "sam"));
    if (!sam) throw new Error("no demo family account");
    expect(sam.allocatedWorkerId).not.toBeNull();
    const family = await callerWithToken(world, await createSession(world.db, sam.id, world.now()));
    expect(await family.statements.upcomingMeetings()).toEqual([expect.objectContaining({ type: "coreGroup", heldOn: "2026-11-19" })]);
    const [message] = await family.statements.mine();
    expect(message).toMatchObject({ kind: "feeling", read: true, replies: [expect.objectContaining({ unread: true })] });
  });

  it("gives each answer the team, meeting type, respondent kind and month of its response and meeting", async () => {
    const mismatched = await count(sql`
      select count(*) as n from feedback_answers a
        join feedback_responses r on r.id = a.response_id
        join meetings m on m.id = r.meeting_id
       where a.team_id <> m.team_id or a.meeting_type <> m.type or a.respondent_kind <> r.respondent_kind
          or a.tip_version_id <> r.tip_version_id or r.tip_version_id <> m.tip_version_id
          or a.month <> date_trunc('month', r.submitted_at at time zone 'UTC')::date`);
    expect(mismatched).toBe(0);
    const lateOrEarly = await count(sql`
      select count(*) as n from feedback_responses r join meetings m on m.id = r.meeting_id
       where r.submitted_at <= m.created_at or r.submitted_at >= least(m.code_expires_at, coalesce(m.code_closed_at, m.code_expires_at))`);
    expect(lateOrEarly).toBe(0);
    const unlisted = await count(sql`
      select count(*) as n from meetings m
       where not exists (select 1 from meeting_workers w join user_teams t on t.user_id = w.user_id and t.team_id = m.team_id
                          where w.meeting_id = m.id)
          or not exists (select 1 from user_teams t where t.user_id = m.created_by and t.team_id = m.team_id)`);
    expect(unlisted).toBe(0);
  });

  it("has each alert of an urgent or concern-level concern sent, none for review items, and no job waiting", async () => {
    const alerting = await count(sql`select count(*) as n from concerns where level in ('urgent', 'concern')`);
    expect(alerting).toBeGreaterThan(3);
    expect(await count(sql`select count(*) as n from mail_outbox where sent_at is not null and concern_id is not null`)).toBe(alerting);
    expect(await count(sql`select count(*) as n from mail_outbox where sent_at is null`)).toBe(0);
    expect(await count(sql`select count(*) as n from mail_outbox o join concerns c on c.id = o.concern_id where c.level = 'review'`)).toBe(
      0,
    );
    expect(await count(sql`select count(*) as n from jobs where done_at is null and failed_at is null`)).toBe(0);
  });

  it("shows QA ten tips with figures over twelve months, small cells hidden, a tip rising and one not", async () => {
    const results = await qa.qa.results({});
    expect(results.threshold).toBe(5);
    expect(results.period.months).toHaveLength(12);
    expect(results.period.to).toBe("2026-11-01");
    expect(results.teams.map((team) => team.name).sort()).toEqual(Object.values(demoTeams).sort());
    expect(results.responseRate.suppressed).toBe(false);
    expect(results.tips).toHaveLength(10);
    for (const tip of results.tips) {
      expect(tip.summary.suppressed).toBe(false);
      expect(tip.trend).toHaveLength(12);
      expect(tip.trend.filter((point) => !point.suppressed).length).toBeGreaterThanOrEqual(9);
    }
    expect(results.tips.some((tip) => tip.trend.some((point) => point.suppressed))).toBe(true);
    const changes = results.tips.map((tip) => change(tip.trend.map((point) => (point.suppressed ? null : point.score))));
    expect(Math.max(...changes)).toBeGreaterThan(10);
    expect(Math.min(...changes)).toBeLessThanOrEqual(0);
    const monthly = results.tips[0]?.trend.flatMap((point) => (point.suppressed ? [] : [point.responses])) ?? [];
    expect(new Set(monthly).size).toBeGreaterThan(5);
  });

  it("lists urgent and concern-level concerns in several states for QA, one new and overdue, each alert sent", async () => {
    const listed = await qa.concerns.list({});
    expect(new Set(listed.map((concern) => concern.level))).toEqual(new Set(["urgent", "concern"]));
    expect(new Set(listed.map((concern) => concern.status))).toEqual(new Set(["new", "acknowledged", "resolved"]));
    expect(listed.filter((concern) => concern.status === "new" && concern.overdue).length).toBeGreaterThanOrEqual(1);
    expect(listed.every((concern) => concern.alert.status === "sent")).toBe(true);
    expect(listed.some((concern) => concern.reason === "contactRequested")).toBe(true);
    const resolved = listed.find((concern) => concern.status === "resolved");
    const detail = await qa.concerns.get({ id: resolved?.id ?? "" });
    expect(detail.events.map((event) => event.kind)).toEqual(["acknowledged", "noted", "resolved"]);
    expect(detail.matches.length).toBeGreaterThan(0);
    expect(detail.meeting?.workers.length).toBeGreaterThan(0);
  });

  it("lists review items for QA, new and one cleared with a note, none alerted", async () => {
    const reviews = await qa.concerns.reviews.list({});
    expect(reviews.length).toBeGreaterThanOrEqual(2);
    expect(reviews.every((review) => review.level === "review" && review.alert.status === "notSent")).toBe(true);
    expect(new Set(reviews.map((review) => review.status))).toEqual(new Set(["new", "cleared"]));
    const cleared = reviews.find((review) => review.status === "cleared");
    const detail = await qa.concerns.get({ id: cleared?.id ?? "" });
    expect(detail.events).toEqual([expect.objectContaining({ kind: "cleared", note: expect.stringMatching(/\w/) })]);
  });

  it("shows QA what families wrote, in three languages, with phone numbers and emails masked", async () => {
    const entries: { text: string; language: string }[] = [];
    for (let offset: number | null = 0; offset !== null; ) {
      const page = await qa.qa.freeText({ limit: 100, offset });
      if (page.suppressed) throw new Error("free text hidden");
      entries.push(...page.entries);
      offset = page.nextOffset;
    }
    expect(entries.length).toBeGreaterThan(100);
    expect(new Set(entries.map((entry) => entry.language))).toEqual(new Set(["en", "cy", "ar"]));
    expect(entries.some((entry) => entry.text.includes("[phone]"))).toBe(true);
    expect(entries.some((entry) => entry.text.includes("[email]"))).toBe(true);
    expect(entries.filter((entry) => /07700|@example/.test(entry.text))).toEqual([]);
  });

  it("gives sam a sent letter after the worker's conference, unread, and the manager a plan to approve", async () => {
    const signIn = async (where: SQL) => {
      const [person] = await world.db.select({ id: users.id }).from(users).where(where);
      if (!person) throw new Error("no demo account");
      return callerWithToken(world, await createSession(world.db, person.id, world.now()));
    };
    const sam = await signIn(eq(users.username, demoSignIns.family.username));
    const [letter] = await sam.letters.mine();
    expect(letter).toMatchObject({ kind: "cpConference", unread: true, version: 1, writerName: "Wendy Worker" });
    const read = await sam.letters.read({ id: letter?.id ?? "" });
    expect(read.sections.find((s) => s.key === "whatHappensNow")).toMatchObject({ type: "steps" });
    // A word from the glossary, for the family app's tap-to-explain.
    expect(read.glossary.map((entry) => entry.term)).toContain("core group");

    const manager = await signIn(eq(users.email, "manager@demo.heard.local"));
    const waiting = await manager.letters.list({ view: "toApprove" });
    expect(waiting).toEqual([
      expect.objectContaining({ kind: "fgcPlan", status: "submitted", addressee: expect.objectContaining({ displayName: "Sam" }) }),
    ]);
    const plan = await manager.letters.get({ id: waiting[0]?.id ?? "" });
    expect(plan.mayApprove).toBe(true);
    expect(plan.readability.withinTarget).toBe(true);
    const sent = await manager.letters.get({ id: letter?.id ?? "" });
    expect(sent.meeting?.type).toBe("childProtectionConference");
    expect(sent.readability.readingAge).toBeLessThanOrEqual(9);
  });
});
