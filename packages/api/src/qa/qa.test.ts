import { feedbackAnswers, feedbackTalliedMonths, organisation } from "@heard/db";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type callerWithToken,
  createTestWorld,
  downloadPath,
  httpRequest,
  makeTeam,
  makeUser,
  type TestWorld,
  testDatabaseKinds,
} from "../testing";
import { type FixtureVersion, insertMeeting, insertResponses, insertTipVersion } from "../testing/qa-fixtures";
import { summariseFromAnswers, summariseFromTallies } from "./summary";

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("expected the call to fail");
}

/** RFC 4180 reader, enough to check what the export writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && body[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += char;
  }
  return rows;
}

describe.each(testDatabaseKinds())("qa on %s", (kind) => {
  let world: TestWorld;
  let version: FixtureVersion;
  let qa: Awaited<ReturnType<typeof callerWithToken>>;
  let qaToken: string;

  /** A team with one meeting by a worker, for a test of its own. */
  async function teamWithMeeting(options: { type?: "coreGroup" | "childInNeedReview"; heldOn?: string; name?: string } = {}) {
    const team = await makeTeam(world, options.name);
    const worker = await makeUser(world, "worker", { teamIds: [team.id] });
    const meeting = await insertMeeting(world.db, {
      teamId: team.id,
      tipVersionId: version.id,
      createdBy: worker.user.id,
      type: options.type ?? "coreGroup",
      heldOn: options.heldOn ?? "2026-01-10",
    });
    return { team, worker, meeting };
  }

  beforeAll(async () => {
    world = await createTestWorld(kind);
    version = await insertTipVersion(world.db, { status: "published" });
    const qaUser = await makeUser(world, "qa");
    qa = await qaUser.caller();
    qaToken = qaUser.token;
  });
  afterAll(() => world.close());

  it("gives each tip of the version its counts, percentages, score and month-by-month trend", async () => {
    const { team, meeting } = await teamWithMeeting();
    await insertResponses(world.db, meeting, version, 4, { answers: ["yes", "yes"], submittedAt: "2026-01-15T12:00:00Z" });
    await insertResponses(world.db, meeting, version, 1, { answers: ["aBit", "skipped"], submittedAt: "2026-01-16T12:00:00Z" });
    await insertResponses(world.db, meeting, version, 1, { answers: ["no"], submittedAt: "2026-01-20T12:00:00Z" });
    await insertResponses(world.db, meeting, version, 5, { answers: ["yes"], submittedAt: "2026-02-03T12:00:00Z" });

    const results = await qa.qa.results({ teamIds: [team.id], from: "2026-01-01", to: "2026-03-31" });
    expect(results.version).toEqual({ id: version.id, number: version.number, status: "published" });
    expect(results.period).toEqual({ from: "2026-01-01", to: "2026-03-01", months: ["2026-01-01", "2026-02-01", "2026-03-01"] });
    expect(results.threshold).toBe(5);
    expect(results.meetings).toBe(1);
    expect(results.responseRate).toEqual({ suppressed: false, responses: 11, perMeeting: 11 });
    expect(results.tips.map((t) => t.tip.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(results.tips.map((t) => t.tip.id)).toEqual(version.tipIds);

    const [first, second, third] = results.tips;
    expect(first?.summary).toEqual({
      suppressed: false,
      yes: 9,
      aBit: 1,
      no: 1,
      responses: 11,
      percentages: { yes: 82, aBit: 9, no: 9 },
      score: 86.4,
    });
    expect(first?.trend).toEqual([
      {
        month: "2026-01-01",
        suppressed: false,
        yes: 4,
        aBit: 1,
        no: 1,
        responses: 6,
        percentages: { yes: 67, aBit: 17, no: 16 },
        score: 75,
      },
      {
        month: "2026-02-01",
        suppressed: false,
        yes: 5,
        aBit: 0,
        no: 0,
        responses: 5,
        percentages: { yes: 100, aBit: 0, no: 0 },
        score: 100,
      },
      {
        month: "2026-03-01",
        suppressed: false,
        yes: 0,
        aBit: 0,
        no: 0,
        responses: 0,
        percentages: { yes: 0, aBit: 0, no: 0 },
        score: null,
      },
    ]);
    // Tip 2: four said yes, the others skipped it; four is under the threshold.
    expect(second?.summary).toEqual({ suppressed: true });
    // Tip 3: everybody skipped it. Skipped answers never count, and nothing is hidden in a zero.
    expect(third?.summary).toMatchObject({ suppressed: false, responses: 0, score: null });
  });

  it("hides small cells, and the next smallest month too, so that no month can be worked out from the total", async () => {
    const { team, meeting } = await teamWithMeeting();
    await insertResponses(world.db, meeting, version, 7, { answers: ["yes"], submittedAt: "2025-11-10T09:00:00Z" });
    await insertResponses(world.db, meeting, version, 3, { answers: ["no"], submittedAt: "2025-12-10T09:00:00Z" });
    await insertResponses(world.db, meeting, version, 6, { answers: ["aBit"], submittedAt: "2026-01-10T09:00:00Z" });

    const results = await qa.qa.results({ teamIds: [team.id], from: "2025-11-01", to: "2026-01-31" });
    const tip = results.tips[0];
    expect(tip?.summary).toMatchObject({ suppressed: false, responses: 16 });
    expect(tip?.trend).toEqual([
      expect.objectContaining({ month: "2025-11-01", suppressed: false, responses: 7 }),
      { month: "2025-12-01", suppressed: true },
      { month: "2026-01-01", suppressed: true },
    ]);

    // One month alone: 3 responses hide the tip, the trend and the response rate, figures and all.
    const december = await qa.qa.results({ teamIds: [team.id], from: "2025-12-01", to: "2025-12-31" });
    expect(december.tips[0]?.summary).toEqual({ suppressed: true });
    expect(december.tips[0]?.trend).toEqual([{ month: "2025-12-01", suppressed: true }]);
    expect(december.responseRate).toEqual({ suppressed: true });
    expect(JSON.stringify([december.tips[0], december.responseRate])).not.toMatch(/"(yes|no|aBit|responses)":/);
  });

  it("shows each tip by team, a small team hidden with the next smallest so neither can be worked out", async () => {
    const a = await teamWithMeeting({ name: "Alpha by team" });
    const b = await teamWithMeeting({ name: "Bravo by team" });
    const c = await teamWithMeeting({ name: "Charlie by team" });
    await insertResponses(world.db, a.meeting, version, 9, { answers: ["yes"] });
    await insertResponses(world.db, b.meeting, version, 7, { answers: ["no"] });
    await insertResponses(world.db, c.meeting, version, 2, { answers: ["aBit"] });
    const results = await qa.qa.results({ teamIds: [a.team.id, b.team.id, c.team.id], from: "2026-01-01", to: "2026-01-31" });
    expect(results.teams.map((team) => team.name)).toEqual(["Alpha by team", "Bravo by team", "Charlie by team"]);
    const [first] = results.tips;
    expect(first?.byTeam.map((cell) => cell.teamId)).toEqual([a.team.id, b.team.id, c.team.id]);
    expect(first?.byTeam[0]).toMatchObject({ suppressed: false, yes: 9, responses: 9 });
    // Charlie's 2 are hidden, and Bravo's 7 with them: the total (18) is shown.
    expect(first?.byTeam[1]).toEqual({ teamId: b.team.id, suppressed: true });
    expect(first?.byTeam[2]).toEqual({ teamId: c.team.id, suppressed: true });
    expect(first?.summary).toMatchObject({ suppressed: false, responses: 18 });
  });

  it("uses the organisation's threshold", async () => {
    const admin = await (await makeUser(world, "admin")).caller();
    const { team, meeting } = await teamWithMeeting();
    await insertResponses(world.db, meeting, version, 7, { answers: ["yes"], submittedAt: "2026-01-10T09:00:00Z" });
    const filter = { teamIds: [team.id], from: "2026-01-01", to: "2026-01-31" };
    expect((await qa.qa.results(filter)).tips[0]?.summary).toMatchObject({ suppressed: false, responses: 7 });
    await admin.admin.organisation.update({
      name: "Org",
      frontDoorPhone: "01234 567890",
      safeguardingEmail: "sg@example.org",
      kAnonymityThreshold: 8,
    });
    try {
      const stricter = await qa.qa.results(filter);
      expect(stricter.threshold).toBe(8);
      expect(stricter.tips[0]?.summary).toEqual({ suppressed: true });
    } finally {
      await world.db.update(organisation).set({ kAnonymityThreshold: 5 }).where(eq(organisation.id, 1));
    }
  });

  it("filters by team, meeting type, respondent kind and months", async () => {
    const a = await teamWithMeeting({ type: "coreGroup" });
    const b = await teamWithMeeting({ type: "childInNeedReview" });
    await insertResponses(world.db, a.meeting, version, 5, {
      answers: ["yes"],
      respondentKind: "child",
      submittedAt: "2026-02-10T09:00:00Z",
    });
    await insertResponses(world.db, a.meeting, version, 6, {
      answers: ["no"],
      respondentKind: "parent",
      submittedAt: "2026-02-11T09:00:00Z",
    });
    await insertResponses(world.db, b.meeting, version, 7, {
      answers: ["aBit"],
      respondentKind: "parent",
      submittedAt: "2026-03-01T00:00:00Z",
    });
    const both = [a.team.id, b.team.id];
    const summary = async (filter: Parameters<typeof qa.qa.results>[0]) => (await qa.qa.results(filter)).tips[0]?.summary;

    expect(await summary({ teamIds: both, from: "2026-02-01", to: "2026-03-31" })).toMatchObject({ yes: 5, no: 6, aBit: 7, responses: 18 });
    expect(await summary({ teamIds: [b.team.id], from: "2026-02-01", to: "2026-03-31" })).toMatchObject({ yes: 0, no: 0, aBit: 7 });
    expect(await summary({ teamIds: both, meetingTypes: ["coreGroup"], from: "2026-02-01", to: "2026-03-31" })).toMatchObject({
      yes: 5,
      no: 6,
      aBit: 0,
    });
    expect(await summary({ teamIds: both, respondentKinds: ["parent"], from: "2026-02-01", to: "2026-03-31" })).toMatchObject({
      yes: 0,
      no: 6,
      aBit: 7,
    });
    // Months are whole: a range from 15 February takes in all of February; March is left out.
    expect(await summary({ teamIds: both, from: "2026-02-15", to: "2026-02-16" })).toMatchObject({ yes: 5, no: 6, aBit: 0 });
    // The default is the twelve months up to today (the test clock says 2 March 2026).
    const byDefault = await qa.qa.results({ teamIds: both });
    expect(byDefault.period.from).toBe("2025-04-01");
    expect(byDefault.period.to).toBe("2026-03-01");
    expect(byDefault.tips[0]?.summary).toMatchObject({ responses: 18 });
    // Response rate: 18 responses for 2 meetings held in the period.
    expect((await qa.qa.results({ teamIds: both, from: "2026-01-01", to: "2026-03-31" })).responseRate).toEqual({
      suppressed: false,
      responses: 18,
      perMeeting: 9,
    });

    expect(await errorOf(qa.qa.results({ from: "2026-03-01", to: "2026-02-01" }))).toMatchObject({ code: "BAD_REQUEST" });
    expect(await errorOf(qa.qa.results({ from: "2020-01-01", to: "2026-02-01" }))).toMatchObject({ code: "BAD_REQUEST" });
    expect(await errorOf(qa.qa.results({ from: "2019-01-01" }))).toMatchObject({ code: "BAD_REQUEST", message: "dateRangeTooLong" });
    expect(await errorOf(qa.qa.results({ tipVersionId: "7a0b5e2c-1d2e-4f3a-8b4c-5d6e7f8a9b0c" }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows workers their own meetings, managers their teams, QA and participation everyone, and admins nothing", async () => {
    const teamA = await makeTeam(world);
    const teamB = await makeTeam(world);
    const creator = await makeUser(world, "worker", { teamIds: [teamA.id] });
    const listed = await makeUser(world, "worker", { teamIds: [teamA.id] });
    const other = await makeUser(world, "worker", { teamIds: [teamB.id] });
    const manager = await makeUser(world, "manager", { teamIds: [teamA.id] });
    const mine = await insertMeeting(world.db, { teamId: teamA.id, tipVersionId: version.id, createdBy: creator.user.id });
    const theirs = await insertMeeting(world.db, {
      teamId: teamA.id,
      tipVersionId: version.id,
      createdBy: manager.user.id,
      workerIds: [listed.user.id],
    });
    const elsewhere = await insertMeeting(world.db, { teamId: teamB.id, tipVersionId: version.id, createdBy: other.user.id });
    await insertResponses(world.db, mine, version, 5, { answers: ["yes"] });
    await insertResponses(world.db, theirs, version, 6, { answers: ["no"] });
    await insertResponses(world.db, elsewhere, version, 7, { answers: ["aBit"] });
    const filter = { from: "2026-01-01", to: "2026-01-31" };
    const seen = async (caller: Awaited<ReturnType<typeof callerWithToken>>, teamIds?: string[]) =>
      (await caller.qa.results({ ...filter, teamIds })).tips[0]?.summary;

    expect(await seen(await creator.caller())).toMatchObject({ yes: 5, no: 0, aBit: 0 });
    expect(await seen(await listed.caller())).toMatchObject({ yes: 0, no: 6, aBit: 0 });
    // A worker asking for another team sees only their own meetings there: none.
    expect(await seen(await creator.caller(), [teamB.id])).toMatchObject({ responses: 0 });
    expect(await seen(await manager.caller())).toMatchObject({ yes: 5, no: 6, aBit: 0 });
    expect(await errorOf((await manager.caller()).qa.results({ ...filter, teamIds: [teamB.id] }))).toMatchObject({ code: "FORBIDDEN" });
    const participation = await (await makeUser(world, "participation")).caller();
    for (const everyone of [qa, participation]) {
      expect(await seen(everyone, [teamA.id, teamB.id])).toMatchObject({ yes: 5, no: 6, aBit: 7 });
    }
    const admin = await (await makeUser(world, "admin")).caller();
    expect(await errorOf(admin.qa.results(filter))).toMatchObject({ code: "FORBIDDEN" });
    const family = await (await makeUser(world, "family", { teamIds: [teamA.id] })).caller();
    expect(await errorOf(family.qa.results(filter))).toMatchObject({ code: "FORBIDDEN" });
    expect(await errorOf((await creator.caller()).qa.freeText(filter))).toMatchObject({ code: "FORBIDDEN" });
    expect(await errorOf((await manager.caller()).qa.freeText(filter))).toMatchObject({ code: "FORBIDDEN" });
    const participationToken = (await makeUser(world, "participation")).token;
    const refused = await httpRequest(world, downloadPath("/results.csv", filter), { token: participationToken });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { data: { messageKey: "forbidden" } } });
    expect((await httpRequest(world, downloadPath("/results.csv", filter))).status).toBe(401);
    const badDate = await httpRequest(world, downloadPath("/results.csv", { ...filter, to: "2026-02-30" }), { token: qaToken });
    expect(badDate.status).toBe(400);
    expect(await badDate.json()).toMatchObject({ error: { data: { messageKey: "invalidInput", fieldErrors: { to: "invalidDate" } } } });
    expect((await httpRequest(world, "/api/exports/results.csv?input=%7Bnot%20json", { token: qaToken })).status).toBe(400);
  });

  it("shows free text with phone numbers, emails and postcodes masked, newest first, a page at a time", async () => {
    const { team, meeting } = await teamWithMeeting();
    await insertResponses(world.db, meeting, version, 2, {
      submittedAt: "2026-01-05T10:00:00Z",
      freeText: "Ring me on 07700 900123 please",
    });
    await insertResponses(world.db, meeting, version, 1, {
      submittedAt: "2026-01-06T10:00:00Z",
      freeText: "my email is jo.bloggs@example.com",
    });
    await insertResponses(world.db, meeting, version, 1, {
      submittedAt: "2026-01-07T10:00:00Z",
      freeText: "we live at SW1A 1AA, +44 (0)20 7946 0018",
    });
    await insertResponses(world.db, meeting, version, 1, { submittedAt: "2026-01-08T10:00:00Z", freeText: null });
    await insertResponses(world.db, meeting, version, 1, { submittedAt: "2026-01-09T10:00:00Z", freeText: "She listened to me" });
    const filter = { teamIds: [team.id], from: "2026-01-01", to: "2026-01-31" };

    const first = await qa.qa.freeText({ ...filter, limit: 3 });
    if (first.suppressed) throw new Error("expected free text");
    expect(first.total).toBe(5);
    expect(first.entries.map((e) => e.text)).toEqual(["She listened to me", "we live at [postcode], [phone]", "my email is [email]"]);
    expect(first.entries[0]).toMatchObject({
      month: "2026-01-01",
      teamId: team.id,
      teamName: team.name,
      meetingType: "coreGroup",
      respondentKind: "child",
    });
    expect(first.entries[0]).not.toHaveProperty("submittedAt");
    expect(first.nextOffset).toBe(3);
    const second = await qa.qa.freeText({ ...filter, limit: 3, offset: 3 });
    if (second.suppressed) throw new Error("expected free text");
    expect(second.entries.map((e) => e.text)).toEqual(["Ring me on [phone] please", "Ring me on [phone] please"]);
    expect(second.nextOffset).toBeNull();
    expect(JSON.stringify([first, second])).not.toMatch(/07700|example\.com|SW1A|7946/);

    const participation = await (await makeUser(world, "participation")).caller();
    expect((await participation.qa.freeText(filter)).suppressed).toBe(false);
  });

  it("shows no free text at all when the filter matches fewer responses than the threshold", async () => {
    const { team, meeting } = await teamWithMeeting();
    await insertResponses(world.db, meeting, version, 4, { freeText: "Only four of us answered" });
    const hidden = await qa.qa.freeText({ teamIds: [team.id], from: "2026-01-01", to: "2026-01-31" });
    expect(hidden).toMatchObject({ suppressed: true, threshold: 5 });
    expect(JSON.stringify(hidden)).not.toMatch(/four/);
  });

  it("exports CSV by tip, month and team with the same suppression, escaped for spreadsheets", async () => {
    const a = await teamWithMeeting({ name: 'North, "East" =HYPERLINK("http://x")' });
    const b = await teamWithMeeting({ name: "=cmd|' /C calc'!A0" });
    const c = await teamWithMeeting({ name: "Plain\nTeam" });
    await insertResponses(world.db, a.meeting, version, 8, { answers: ["yes", "no"], submittedAt: "2026-01-10T09:00:00Z" });
    await insertResponses(world.db, b.meeting, version, 2, { answers: ["no", "no"], submittedAt: "2026-01-10T09:00:00Z" });
    await insertResponses(world.db, c.meeting, version, 9, { answers: ["aBit", "yes"], submittedAt: "2026-01-12T09:00:00Z" });
    await insertResponses(world.db, a.meeting, version, 6, { answers: ["yes"], submittedAt: "2026-02-10T09:00:00Z" });

    const response = await httpRequest(
      world,
      downloadPath("/results.csv", { teamIds: [a.team.id, b.team.id, c.team.id], from: "2026-01-01", to: "2026-02-28" }),
      { token: qaToken },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain(`filename="heard-results-v${version.number}-2026-01-to-2026-02.csv"`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(csv.startsWith("\uFEFFtip,month,team,yes,a bit,no,responses\r\n")).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(["tip", "month", "team", "yes", "a bit", "no", "responses"]);
    const byKey = new Map(rows.slice(1).map((row) => [`${row[0]}|${row[1]}|${row[2]}`, row.slice(3)]));
    const nameA = `North, "East" =HYPERLINK("http://x")`;
    const nameB = `'=cmd|' /C calc'!A0`;
    // Tip 1, January: team B's 2 are hidden, and in that month the next smallest (8) with it;
    // team A's column then hides its February (6) too. Team C's 9 stand alone and are shown.
    expect(byKey.get(`1. On time|2026-01|${nameA}`)).toEqual(["", "", "", "fewer than 5"]);
    expect(byKey.get(`1. On time|2026-01|${nameB}`)).toEqual(["", "", "", "fewer than 5"]);
    expect(byKey.get("1. On time|2026-01|Plain\nTeam")).toEqual(["0", "9", "0", "9"]);
    expect(byKey.get(`1. On time|2026-02|${nameA}`)).toEqual(["", "", "", "fewer than 5"]);
    expect(rows.slice(1).every((row) => row.length === 7)).toBe(true);
    // A formula never starts a field.
    expect(rows.flat().some((field) => /^[=+\-@]/.test(field))).toBe(false);
    // Nothing a suppressed row hid leaks anywhere in the file.
    expect(csv).not.toMatch(/,2,|,8\r?\n/);
    const admin = await (await makeUser(world, "admin")).caller();
    const { entries } = await admin.admin.audit.list({ limit: 10, action: "qa.results.exported" });
    expect(entries).toHaveLength(1);
  });

  it("keeps the running tallies equal to the answers through inserts, updates and deletes", async () => {
    const a = await teamWithMeeting({ type: "coreGroup" });
    const b = await teamWithMeeting({ type: "childInNeedReview" });
    const first = await insertResponses(world.db, a.meeting, version, 6, {
      answers: ["yes", "aBit", "no"],
      respondentKind: "parent",
      submittedAt: "2025-06-10T09:00:00Z",
    });
    await insertResponses(world.db, b.meeting, version, 4, { answers: ["no", "skipped", "yes"], submittedAt: "2025-07-31T23:59:00Z" });
    const filter = { tipVersionId: version.id, period: { from: "2025-06-01", to: "2025-07-01" } };
    const sorted = (rows: Awaited<ReturnType<typeof summariseFromAnswers>>) =>
      [...rows].sort((x, y) => `${x.tipId}${x.teamId}${x.month}`.localeCompare(`${y.tipId}${y.teamId}${y.month}`));
    const same = async () => {
      for (const extra of [
        {},
        { teamIds: [a.team.id] },
        { meetingTypes: ["childInNeedReview" as const] },
        { respondentKinds: ["parent" as const] },
      ]) {
        const fromAnswers = sorted(await summariseFromAnswers(world.db, { kind: "everyone" }, { ...filter, ...extra }));
        expect(sorted(await summariseFromTallies(world.db, { kind: "everyone" }, { ...filter, ...extra }))).toEqual(fromAnswers);
      }
      return sorted(await summariseFromTallies(world.db, { kind: "everyone" }, filter));
    };
    expect(await same()).toHaveLength(5); // tips 1–3 for team A, tips 1 and 3 for team B
    // Both months ended long ago (by the database's clock), so they are now tallied...
    const talliedMonths = async () => (await world.db.select().from(feedbackTalliedMonths)).map((row) => row.month);
    expect(await talliedMonths()).toEqual(expect.arrayContaining(["2025-06-01", "2025-07-01"]));
    // ...and answers arriving late in one of them make it forget June's tallies, until asked again.
    await insertResponses(world.db, a.meeting, version, 1, {
      answers: ["aBit"],
      respondentKind: "parent",
      submittedAt: "2025-06-20T09:00:00Z",
    });
    expect(await talliedMonths()).not.toContain("2025-06-01");
    expect(await talliedMonths()).toContain("2025-07-01");
    expect(await same()).toHaveLength(5);
    expect(await talliedMonths()).toContain("2025-06-01");
    await world.db
      .update(feedbackAnswers)
      .set({ answer: 3 })
      .where(and(eq(feedbackAnswers.responseId, first[0] ?? ""), eq(feedbackAnswers.tipId, version.tipIds[0] ?? "")));
    await world.db.delete(feedbackAnswers).where(inArray(feedbackAnswers.responseId, first.slice(1, 3)));
    const after = await same();
    const tip1TeamA = after.find((row) => row.tipId === version.tipIds[0] && row.teamId === a.team.id);
    expect(tip1TeamA).toMatchObject({ yes: 3, aBit: 1, no: 1 });
  });

  it("needs a published version unless one is named", async () => {
    const empty = await createTestWorld(kind);
    try {
      const reader = await (await makeUser(empty, "qa")).caller();
      expect(await errorOf(reader.qa.results({}))).toMatchObject({ code: "NOT_FOUND", message: "noPublishedTips" });
    } finally {
      await empty.close();
    }
  });
});
