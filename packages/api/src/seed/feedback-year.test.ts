import { ageBands, meetingTypes, scoreTip, type TipAnswer } from "@heard/domain";
import { describe, expect, it } from "vitest";
import { demoRosters } from "./accounts";
import { type DemoYear, planDemoYear } from "./feedback-year";

const day = 24 * 60 * 60_000;
const monthOf = (moment: Date) => moment.toISOString().slice(0, 7);

/** Every tip's score by month (oldest first), null where nobody answered it. */
function scoresByMonth(year: DemoYear, months: readonly string[]): (number | null)[][] {
  const counts = months.map(() => Array.from({ length: 10 }, () => ({ yes: 0, aBit: 0, no: 0 })));
  for (const meeting of year.meetings) {
    for (const response of meeting.responses) {
      const row = counts[months.indexOf(monthOf(response.submittedAt))];
      response.answers.forEach((answer: TipAnswer, tip) => {
        const cell = row?.[tip];
        if (cell && answer !== "skipped") cell[answer] += 1;
      });
    }
  }
  return Array.from({ length: 10 }, (_, tip) => counts.map((row) => scoreTip(row[tip] ?? { yes: 0, aBit: 0, no: 0 }).score));
}

/** Last three months with figures against the first three, in points. */
function change(scores: readonly (number | null)[]): number {
  const shown = scores.filter((score): score is number => score !== null);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return mean(shown.slice(-3)) - mean(shown.slice(0, 3));
}

/** Seeding moments over more than a year: every fifth day, at hours from before dawn to late evening. */
const moments = [
  new Date(),
  ...Array.from({ length: 80 }, (_, i) => new Date(Date.UTC(2026, 0, 1) + i * 5 * day + ((i * 7) % 24) * 3_600_000 + 17 * 60_000)),
];

describe("the demo year's plan", () => {
  it("is the same for the same moment, and another seed makes another", () => {
    const now = new Date("2026-11-18T14:20:00Z");
    expect(planDemoYear(now)).toEqual(planDemoYear(now));
    expect(planDemoYear(now, 7).meetings.length).not.toBe(0);
    expect(planDemoYear(now, 7)).not.toEqual(planDemoYear(now));
  });

  it.each(moments.map((now) => [now.toISOString(), now] as const))("tells the story when seeded at %s", (_label, now) => {
    const year = planDemoYear(now);
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
    const months = Array.from({ length: 12 }, (_, m) => monthOf(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1))));
    const responses = year.meetings.flatMap((meeting) => meeting.responses.map((response) => ({ meeting, response })));

    // Several hundred meetings, every type, each team's own staff, within the year and on weekdays.
    expect(year.meetings.length).toBeGreaterThan(300);
    expect(year.meetings.length).toBeLessThan(700);
    expect(new Set(year.meetings.map((m) => m.type))).toEqual(new Set(meetingTypes));
    expect(new Set(year.meetings.map((m) => m.team))).toEqual(new Set(["north", "south", "west"]));
    for (const meeting of year.meetings) {
      const roster = demoRosters[meeting.team];
      expect([...roster.workers, ...roster.managers]).toContain(meeting.createdBy);
      expect(meeting.workers.length).toBeGreaterThan(0);
      for (const worker of meeting.workers) expect(roster.workers).toContain(worker);
      expect(meeting.recordedAt.getTime()).toBeGreaterThanOrEqual(Math.max(first.getTime(), year.setUpAt.getTime()));
      expect(meeting.recordedAt.getTime()).toBeLessThan(now.getTime());
      expect([0, 6]).not.toContain(new Date(meeting.heldOn).getUTCDay());
    }

    // Codes: mostly expired, a few open, one closed early.
    const open = year.meetings.filter((m) => m.codeExpiresAt > now && m.codeClosedAt === null);
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(open.length).toBeLessThan(year.meetings.length / 5);
    expect(year.meetings.filter((m) => m.codeClosedAt !== null)).toHaveLength(1);

    // Answers arrive while the code takes them, before now; every respondent kind and age band answers.
    for (const { meeting, response } of responses) {
      const stopped = Math.min(meeting.codeExpiresAt.getTime(), meeting.codeClosedAt?.getTime() ?? Number.POSITIVE_INFINITY);
      expect(response.submittedAt.getTime()).toBeGreaterThan(meeting.recordedAt.getTime());
      expect(response.submittedAt.getTime()).toBeLessThan(Math.min(stopped, now.getTime()));
      expect(response.writtenAt.getTime()).toBeLessThanOrEqual(response.submittedAt.getTime());
      expect(response.answers).toHaveLength(10);
    }
    expect(new Set(responses.map(({ response }) => response.respondentKind))).toEqual(new Set(["child", "parent", "otherFamily"]));
    expect(new Set(responses.map(({ response }) => response.ageBand).filter(Boolean))).toEqual(new Set(ageBands));
    expect(new Set(responses.flatMap(({ response }) => response.answers))).toEqual(new Set(["yes", "aBit", "no", "skipped"]));
    const withText = responses.filter(({ response }) => response.freeText !== null).length;
    expect(withText / responses.length).toBeGreaterThan(0.15);
    expect(withText / responses.length).toBeLessThan(0.4);
    expect(new Set(responses.filter(({ response }) => response.freeText).map(({ response }) => response.language))).toEqual(
      new Set(["en", "cy", "ar"]),
    );

    // Counts vary by month; the first (the pilot) is below the threshold; some tips rise, some do not.
    const perMonth = months.map((month) => responses.filter(({ response }) => monthOf(response.submittedAt) === month).length);
    expect(perMonth[0]).toBe(3);
    expect(Math.max(...perMonth.slice(1, 11)) - Math.min(...perMonth.slice(1, 11))).toBeGreaterThan(10);
    const changes = scoresByMonth(year, months).map(change);
    expect(Math.max(...changes)).toBeGreaterThan(10);
    expect(Math.min(...changes)).toBeLessThan(0);

    // Concerns: both alerting levels and review items; events in the past; one resolved, one new past its clock, one cleared.
    expect(new Set(year.concerns.map((c) => c.level))).toEqual(new Set(["urgent", "concern", "review"]));
    for (const concern of year.concerns) {
      expect(concern.acknowledgeBy.getTime()).toBeGreaterThan(concern.raisedAt.getTime());
      for (const event of concern.events) expect(event.at.getTime()).toBeLessThan(now.getTime());
    }
    const alerting = year.concerns.filter((c) => c.level !== "review");
    expect(alerting.filter((c) => c.events.some((e) => e.kind === "resolved"))).toHaveLength(1);
    expect(alerting.filter((c) => c.events.some((e) => e.kind === "acknowledged")).length).toBeGreaterThanOrEqual(3);
    expect(alerting.some((c) => c.events.length === 0 && c.acknowledgeBy < now)).toBe(true);
    const cleared = year.concerns.filter((c) => c.level === "review" && c.events.some((e) => e.kind === "cleared" && e.note));
    expect(cleared).toHaveLength(1);
  });
});
