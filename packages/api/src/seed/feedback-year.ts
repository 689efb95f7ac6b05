import {
  type ConcernCategory,
  type ConcernLevel,
  type ConcernReason,
  concernAcknowledgeBy,
  type Language,
  type MeetingType,
  screenForConcerns,
  type TipAnswer,
} from "@heard/domain";
import { type DemoTeam, demoOrganisation, demoQaEmail, demoRosters } from "./accounts";
import {
  type CommentTone,
  type CommentWriter,
  type ConcernStory,
  concernStories,
  type OrdinaryComment,
  ordinaryComments,
} from "./comments";
import { type DemoRandom, demoRandom } from "./random";
import { type Respondent, satisfaction, tipModel } from "./tip-model";
import { ageBands, casePrefix, languagesOf, meetingsPerMonth, meetingTypesOf, respondentsAt, seasons, turnout } from "./year-mix";

/**
 * A year of the demo's feedback, planned in memory (no ids, no database): every meeting, who
 * answered and what, and the concerns their words raised. Pure: the same `now` and seed give
 * the same year. `writeDemoYear` stores it.
 */

export type PlannedResponse = Respondent & {
  language: Language;
  freeText: string | null;
  contact: { method: "phone"; detail: string } | null;
  submittedAt: Date;
  /** When the phone says Send was pressed: a little before it arrived, or hours before when it waited for a signal. */
  writtenAt: Date;
  /** One per tip, in position order. */
  answers: TipAnswer[];
};

export type PlannedMeeting = {
  team: DemoTeam;
  type: MeetingType;
  heldOn: string;
  recordedAt: Date;
  codeExpiresAt: Date;
  codeClosedAt: Date | null;
  /** Emails of the member of staff who recorded it and of the workers it is about. */
  createdBy: string;
  workers: string[];
  caseReference: string | null;
  responses: PlannedResponse[];
};

export type PlannedConcern = {
  meeting: PlannedMeeting;
  response: PlannedResponse;
  reason: ConcernReason;
  level: ConcernLevel;
  categories: ConcernCategory[];
  raisedAt: Date;
  acknowledgeBy: Date;
  events: { kind: ConcernStory["events"][number]["kind"]; at: Date; by: string; note: string | null }[];
};

export type DemoYear = {
  /** When the organisation set Heard up: staff, teams and the tips exist from then. */
  setUpAt: Date;
  /** When the team that joined later was added. */
  lateTeamAt: Date;
  meetings: PlannedMeeting[];
  concerns: PlannedConcern[];
};

/** The generator's seed: the same year, shape for shape, whenever the demo is seeded on the same day. */
export const demoYearSeed = 0x48454152;

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const months = 12;

const monthStart = (moment: Date, offset = 0) => new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth() + offset, 1));
const dayStart = (moment: Date) => new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
const later = (moment: Date, ms: number) => new Date(moment.getTime() + ms);
const isWeekday = (moment: Date) => moment.getUTCDay() !== 0 && moment.getUTCDay() !== 6;
const isoDate = (moment: Date) => moment.toISOString().slice(0, 10);

/** Day starts of the weekdays from `from` up to, not including, `until`. */
function weekdaysBetween(from: Date, until: Date): Date[] {
  const days: Date[] = [];
  for (let d = dayStart(from); d < until; d = later(d, day)) if (isWeekday(d)) days.push(d);
  return days;
}

/** The weekday `daysAgo` days before today, or the one before it when that falls at a weekend. */
function weekdayBefore(today: Date, daysAgo: number): Date {
  let d = later(today, -daysAgo * day);
  while (!isWeekday(d)) d = later(d, -day);
  return d;
}

/**
 * The latest moment of a working day up to `now` (UTC): now on a weekday from 11:30 (a morning
 * meeting has had its answers) to 18:00, else the end of the last such afternoon. The newest
 * meeting and words of the demo go a couple of hours before it, so a seed at night or at the
 * weekend does not hold a meeting then.
 */
function lastWorkingMoment(now: Date): Date {
  const today = dayStart(now);
  if (!isWeekday(now) || now < later(today, 11.5 * hour)) return later(weekdayBefore(today, 1), 18 * hour);
  return new Date(Math.min(now.getTime(), later(today, 18 * hour).getTime()));
}

function poisson(random: DemoRandom, mean: number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  for (let p = random.next(); p > limit; p *= random.next()) count++;
  return count;
}

/** Ordinary comments in turn for each language, writer and tone, so none repeats before the others are used. */
function commentPicker(random: DemoRandom) {
  const queues = new Map<string, OrdinaryComment[]>();
  return (language: Language, writer: CommentWriter, tone: CommentTone): string | null => {
    const key = `${language}|${writer}|${tone}`;
    let queue = queues.get(key);
    if (!queue || queue.length === 0) {
      queue = random.shuffled(ordinaryComments.filter((c) => c.language === language && c.writer === writer && c.tone === tone));
      queues.set(key, queue);
    }
    return queue.pop()?.text ?? null;
  };
}

function toneOf(answers: readonly TipAnswer[]): CommentTone {
  const score = satisfaction(answers) ?? 0.6;
  return score >= 0.8 ? "praise" : score < 0.5 ? "complaint" : "mixed";
}

/** Plans the demo's year up to `now`: the months QA's results show by default (this one and the eleven before). */
export function planDemoYear(now: Date, seed = demoYearSeed): DemoYear {
  const random = demoRandom(seed);
  const today = dayStart(now);
  const first = monthStart(now, 1 - months);
  const model = tipModel(random, months);
  const comment = commentPicker(random);
  const monthOf = (moment: Date) => (moment.getUTCFullYear() - first.getUTCFullYear()) * 12 + moment.getUTCMonth() - first.getUTCMonth();
  const progress = (moment: Date) => Math.min(1, Math.max(0, (moment.getTime() - first.getTime()) / (now.getTime() - first.getTime())));

  // North pilots Heard in the first month's second half; South joins next month; West five months later.
  const starts: Record<DemoTeam, Date> = {
    north: later(first, 17 * day),
    south: later(monthStart(first, 1), 2 * day),
    west: later(monthStart(first, 5), 11 * day),
  };
  const meetings: PlannedMeeting[] = [];

  function newMeeting(team: DemoTeam, type: MeetingType, recordedAt: Date, people?: { createdBy: string; workers: string[] }) {
    const roster = demoRosters[team];
    const [busiest = "", other] = roster.workers;
    const main = other && random.chance(0.3) ? other : busiest;
    const workers = people?.workers ?? (other && random.chance(0.15) ? [busiest, other] : [main]);
    const createdBy = people?.createdBy ?? (random.chance(0.3) ? random.pick(roster.managers) : (workers[0] ?? main));
    const prefix = casePrefix[type];
    const meeting: PlannedMeeting = {
      team,
      type,
      heldOn: isoDate(recordedAt),
      recordedAt,
      codeExpiresAt: later(recordedAt, demoOrganisation.feedbackCodeValidDays * day),
      codeClosedAt: null,
      createdBy,
      workers,
      caseReference: prefix && random.chance(0.75) ? `${prefix}-${random.int(10000, 99999)}` : null,
      responses: [],
    };
    if (recordedAt < starts[team] || recordedAt >= now) throw new Error(`demo meeting out of its team's time: ${recordedAt.toISOString()}`);
    meetings.push(meeting);
    return meeting;
  }

  /**
   * One person's answers. Most arrive as the meeting ends (`end`), some later from home, a few
   * written at the table and sent when the phone found a signal. Never after the code stopped.
   */
  function addResponse(meeting: PlannedMeeting, timing: "end" | "any" | Date, story?: ConcernStory): PlannedResponse | null {
    const end = later(meeting.recordedAt, (60 + random.int(0, 60)) * minute);
    let writtenAt = later(end, (random.int(0, 25) - 10) * minute);
    let submittedAt = later(writtenAt, random.int(5, 120) * 1000);
    const style =
      timing === "any"
        ? random.weighted<"end" | "home" | "offline">([
            ["end", 80],
            ["home", 14],
            ["offline", 6],
          ])
        : "end";
    if (timing instanceof Date) {
      submittedAt = timing;
      writtenAt = later(timing, -random.int(5, 60) * 1000);
    } else if (style === "home") {
      writtenAt = later(end, random.int(2, 72) * hour);
      submittedAt = later(writtenAt, random.int(5, 120) * 1000);
    } else if (style === "offline") {
      submittedAt = later(writtenAt, random.int(1, 30) * hour);
    }
    const stopped = Math.min(meeting.codeExpiresAt.getTime(), meeting.codeClosedAt?.getTime() ?? Infinity, now.getTime() - 5 * minute);
    if (submittedAt.getTime() >= stopped) {
      if (end.getTime() >= stopped) return null;
      writtenAt = end;
      submittedAt = later(end, 30 * 1000);
    }
    const respondentKind = story?.respondentKind ?? random.weighted(respondentsAt[meeting.type]);
    const ageBand = story ? story.ageBand : respondentKind === "child" ? random.weighted(ageBands) : null;
    const language = story?.language ?? random.weighted(languagesOf[meeting.team]);
    const answers = model.answers(progress(submittedAt), monthOf(submittedAt), meeting.team, { respondentKind, ageBand });
    const writer: CommentWriter = respondentKind === "child" ? "child" : "adult";
    const freeText = story
      ? story.text
      : random.chance(writer === "child" ? 0.22 : 0.3)
        ? comment(language, writer, toneOf(answers))
        : null;
    const response: PlannedResponse = {
      respondentKind,
      ageBand,
      language,
      freeText,
      contact: story?.contact ?? null,
      submittedAt,
      writtenAt,
      answers,
    };
    meeting.responses.push(response);
    return response;
  }

  const meetingTime = (d: Date) => later(d, (9 * 60 + 30 * random.int(0, 14)) * minute);

  // The pilot: three meetings in the first month, three answers between them (a month QA sees as "fewer than 5").
  const pilotDays = random.shuffled(weekdaysBetween(starts.north, monthStart(first, 1))).slice(0, 3);
  pilotDays.sort((a, b) => a.getTime() - b.getTime());
  [1, 0, 2].forEach((count, i) => {
    const d = pilotDays[i];
    if (!d) return;
    const meeting = newMeeting("north", random.pick(["childInNeedReview", "coreGroup"] as const), meetingTime(d));
    for (let n = 0; n < count; n++) addResponse(meeting, "end");
  });

  for (let m = 1; m < months; m++) {
    const start = monthStart(first, m);
    const next = monthStart(first, m + 1);
    const end = new Date(Math.min(next.getTime(), today.getTime()));
    const fullMonth = weekdaysBetween(start, next).length;
    for (const team of ["north", "south", "west"] as const) {
      const from = new Date(Math.max(start.getTime(), starts[team].getTime()));
      const days = from < end ? weekdaysBetween(from, end) : [];
      if (days.length === 0) continue;
      if (team === "west" && starts.west >= start) {
        // West's first weeks: two meetings, three answers (a team-month below the threshold).
        for (const count of [2, 1]) {
          const meeting = newMeeting(team, "childrenInCareReview", meetingTime(random.pick(days)));
          for (let n = 0; n < count; n++) addResponse(meeting, "end");
        }
        continue;
      }
      const expected = meetingsPerMonth[team] * (seasons[start.getUTCMonth()] ?? 1) * (days.length / fullMonth);
      const count = Math.max(0, Math.round(expected * (1 + 0.12 * random.gaussian())));
      for (let i = 0; i < count; i++) {
        const type = random.weighted(meetingTypesOf[team]);
        const meeting = newMeeting(team, type, meetingTime(random.pick(days)));
        const answering = Math.min(6, poisson(random, (1.05 + 0.65 * progress(meeting.recordedAt)) * turnout[type]));
        for (let n = 0; n < answering; n++) addResponse(meeting, "any");
      }
      // The year's only PLO meetings, with three answers between them: a meeting type below the threshold.
      if (team === "south" && (m === 4 || m === 9)) {
        const meeting = newMeeting(team, "ploMeeting", meetingTime(random.pick(days)));
        for (let n = 0; n < (m === 4 ? 2 : 1); n++) addResponse(meeting, "end");
      }
    }
  }

  // The latest working day (today, on a weekday afternoon): the worker's meeting, its code open, one answer so far.
  const recent = lastWorkingMoment(now);
  const [worker = "", colleague = ""] = demoRosters.north.workers;
  const [manager = ""] = demoRosters.north.managers;
  const latest = newMeeting("north", "childInNeedReview", later(recent, -2 * hour), { createdBy: worker, workers: [worker] });
  addResponse(latest, later(recent, -50 * minute));
  // Closed early, once everyone who was there had answered.
  const closed = newMeeting("north", "coreGroup", later(weekdayBefore(today, 4), 10 * hour), {
    createdBy: manager,
    workers: [worker, colleague],
  });
  for (let n = 0; n < 3; n++) addResponse(closed, "end");
  const lastAnswer = Math.max(...closed.responses.map((response) => response.submittedAt.getTime()));
  closed.codeClosedAt = later(new Date(lastAnswer), 20 * minute);

  // The stories: words that raised a concern or a review item, each at a meeting of its own.
  const concerns: PlannedConcern[] = [];
  for (const story of concernStories) {
    const recordedAt = story.daysAgo === 0 ? later(recent, -150 * minute) : meetingTime(weekdayBefore(today, story.daysAgo));
    const meeting = newMeeting(story.team, story.meetingType, recordedAt);
    const response = addResponse(meeting, story.daysAgo === 0 ? later(recent, -90 * minute) : "end", story);
    if (!response) throw new Error(`no response for the demo story "${story.text}"`);
    for (let n = random.int(0, 2); n > 0; n--) addResponse(meeting, "end");
    const raisedAt = response.submittedAt;
    const screened = screenForConcerns(story.text, story.language);
    const raised: Omit<PlannedConcern, "acknowledgeBy" | "events">[] = [
      ...(story.level && screened.mayDiscloseHarm
        ? [{ reason: "screened" as const, level: story.level, categories: screened.categories }]
        : []),
      ...(story.contact ? [{ reason: "contactRequested" as const, level: "concern" as const, categories: [] }] : []),
    ].map((concern) => ({ ...concern, meeting, response, raisedAt }));
    raised.forEach((concern, i) => {
      const events = (i === 0 ? story.events : []).map((event) => ({
        kind: event.kind,
        at: later(raisedAt, event.afterMinutes * minute),
        by: event.by === "qa" ? demoQaEmail : (demoRosters[story.team].managers[0] ?? demoQaEmail),
        note: event.note,
      }));
      if (events.some((event) => event.at >= now)) throw new Error(`a demo concern's event is in the future: "${story.text}"`);
      const acknowledgeBy = concernAcknowledgeBy(raisedAt, concern.level, demoOrganisation.concernAckTargetMinutes);
      concerns.push({ ...concern, acknowledgeBy, events });
    });
  }

  meetings.sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
  return { setUpAt: later(starts.north, -14 * day), lateTeamAt: later(starts.west, -7 * day), meetings, concerns };
}
