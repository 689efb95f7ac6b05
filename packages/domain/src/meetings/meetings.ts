/** Meetings a worker records for feedback. The same list as `meetingTypes` in @heard/db. */
export const meetingTypes = [
  "childProtectionConference",
  "coreGroup",
  "childInNeedReview",
  "childrenInCareReview",
  "familyGroupConference",
  "ploMeeting",
  "other",
] as const;
export type MeetingType = (typeof meetingTypes)[number];

/** Whether a meeting's feedback code still takes feedback. */
export const meetingCodeStatuses = ["open", "expired", "closed"] as const;
export type MeetingCodeStatus = (typeof meetingCodeStatuses)[number];

/** Closed early by staff wins over expired; otherwise open until the expiry moment. */
export function meetingCodeStatus(meeting: { codeExpiresAt: Date; codeClosedAt: Date | null }, now: Date): MeetingCodeStatus {
  if (meeting.codeClosedAt && meeting.codeClosedAt.getTime() <= now.getTime()) return "closed";
  if (meeting.codeExpiresAt.getTime() <= now.getTime()) return "expired";
  return "open";
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * How long after a code stops taking feedback the answers written while it was open are still
 * taken: a phone with no signal at the end of a meeting keeps them and sends them when it can,
 * and a child's words must not be lost for arriving late.
 */
export const lateFeedbackGraceMs = 7 * dayMs;

/**
 * Whether feedback arriving at `now` is taken: while the code is open; after that, for
 * `lateFeedbackGraceMs`, only answers from a form the server opened for the phone while the
 * code was open (`openedAt`, from the signed token it gave then: proof, not the phone's word).
 */
export function takesFeedback(meeting: { codeExpiresAt: Date; codeClosedAt: Date | null }, now: Date, openedAt: Date | null): boolean {
  if (meetingCodeStatus(meeting, now) === "open") return true;
  if (!openedAt) return false;
  const stopped = Math.min(meeting.codeClosedAt?.getTime() ?? Number.POSITIVE_INFINITY, meeting.codeExpiresAt.getTime());
  return openedAt.getTime() < stopped && now.getTime() < stopped + lateFeedbackGraceMs;
}

/**
 * When a code made at `now` stops working, given the organisation's number of days: counted from
 * now, or for a meeting recorded in advance from the start of its day, so the code still works
 * for the days after the meeting.
 */
export function feedbackCodeExpiry(now: Date, validDays: number, heldOn?: string): Date {
  const meetingDay = heldOn && isCalendarDate(heldOn) ? Date.parse(`${heldOn}T00:00:00Z`) : 0;
  return new Date(Math.max(now.getTime(), meetingDay) + validDays * dayMs);
}

/** How far ahead a meeting may be recorded, so a family can get ready for it in the app. */
export const meetingDaysAhead = 366;

/** A calendar date written YYYY-MM-DD that exists (no 31 February). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The UTC calendar date of a moment, YYYY-MM-DD. */
export function calendarDateOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/**
 * Why a meeting date cannot be recorded, or null. A meeting may be recorded in advance, up to
 * a year ahead (families get ready for it in the app), and not before 2000.
 */
export function meetingDateProblem(heldOn: string, now: Date): "invalidDate" | "meetingDateInFuture" | null {
  if (!isCalendarDate(heldOn) || heldOn < "2000-01-01") return "invalidDate";
  const latest = calendarDateOf(new Date(now.getTime() + meetingDaysAhead * dayMs));
  return heldOn > latest ? "meetingDateInFuture" : null;
}
