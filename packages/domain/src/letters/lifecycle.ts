import { actsForTeam, type Scope } from "../auth/permissions";
import { AppError, type ErrorKey, type FailureCode } from "../shared/errors";
import { isWorkingDay, workingDateOf } from "../shared/working-days";

/**
 * A letter is written (draft), sent for approval (submitted), sent back with comments
 * (returned) and sent again, approved, then sent to the family. A sent version never changes:
 * a correction is a new version of the same letter, which goes round the same way while the
 * family still reads the version they were sent.
 */
export const letterStatuses = ["draft", "submitted", "returned", "approved", "sent"] as const;
export type LetterStatus = (typeof letterStatuses)[number];

/** What a person does to a letter. */
export const letterActions = ["save", "submit", "return", "approve", "send", "correct"] as const;
export type LetterAction = (typeof letterActions)[number];

/** The review history, appended and never edited. */
export const letterEventKinds = ["submitted", "returned", "approved", "sent", "corrected"] as const;
export type LetterEventKind = (typeof letterEventKinds)[number];

/** What the family says when they have read it. */
export const letterReceiptAnswers = ["understood", "notAll", "wantToTalk"] as const;
export type LetterReceiptAnswer = (typeof letterReceiptAnswers)[number];

/** Follow-ups a writer has to do: a family who did not understand all of a letter needs it explained. */
export const letterTaskKinds = ["explainAgain"] as const;
export type LetterTaskKind = (typeof letterTaskKinds)[number];

/** Where each action goes from each status; a missing status refuses the action with that key. */
const transitions: Record<
  LetterAction,
  { from: Partial<Record<LetterStatus, LetterStatus>>; refusal: Partial<Record<LetterStatus, ErrorKey>> }
> = {
  save: {
    from: { draft: "draft", returned: "returned" },
    refusal: { submitted: "letterAwaitingApproval", approved: "letterAlreadyApproved", sent: "letterSent" },
  },
  submit: {
    from: { draft: "submitted", returned: "submitted" },
    refusal: { submitted: "letterAwaitingApproval", approved: "letterAlreadyApproved", sent: "letterSent" },
  },
  return: { from: { submitted: "returned" }, refusal: { sent: "letterSent" } },
  approve: { from: { submitted: "approved" }, refusal: { approved: "letterAlreadyApproved", sent: "letterSent" } },
  send: { from: { approved: "sent" }, refusal: { sent: "letterSent" } },
  correct: { from: { sent: "draft" }, refusal: {} },
};

/** The key each action is refused with when nothing more particular applies. */
const defaultRefusal: Record<LetterAction, ErrorKey> = {
  save: "letterSent",
  submit: "letterSent",
  return: "letterNotAwaitingApproval",
  approve: "letterNotAwaitingApproval",
  send: "letterNotApproved",
  correct: "letterNotSent",
};

/** The status after an action, or the key of the reason it cannot be done now. */
export function letterTransition(
  status: LetterStatus,
  action: LetterAction,
): { ok: true; status: LetterStatus } | { ok: false; key: ErrorKey } {
  const rule = transitions[action];
  const next = rule.from[status];
  if (next) return { ok: true, status: next };
  return { ok: false, key: rule.refusal[status] ?? defaultRefusal[action] };
}

/** The status after an action; throws the refusal (a conflict: the letter is not where the action needs it). */
export function nextLetterStatus(status: LetterStatus, action: LetterAction): LetterStatus {
  const result = letterTransition(status, action);
  if (!result.ok) throw new AppError("conflict", result.key);
  return result.status;
}

/** The review event an action appends, if any (saving appends none: the audit log has it). */
export function eventOfAction(action: LetterAction): LetterEventKind | null {
  switch (action) {
    case "submit":
      return "submitted";
    case "return":
      return "returned";
    case "approve":
      return "approved";
    case "send":
      return "sent";
    case "correct":
      return "corrected";
    case "save":
      return null;
  }
}

/**
 * Why a person may not approve a letter, or null when they may. Never one's own letter. A
 * manager approves the letters of their teams (`team` scope of `letters.approve`); a worker
 * (`own` scope) only a letter that names them as its reviewer, and only when the organisation
 * lets a second worker review.
 */
export function approvalRefusal(
  scope: Scope | null,
  approverId: string,
  letter: { writerId: string; teamId: string; reviewerId: string | null },
  namedReviewerAllowed: boolean,
): { code: FailureCode; key: ErrorKey } | null {
  if (letter.writerId === approverId) return { code: "forbidden", key: "letterOwnApproval" };
  if (!scope) return { code: "forbidden", key: "forbidden" };
  if (scope.kind === "own") {
    if (namedReviewerAllowed && letter.reviewerId === approverId) return null;
    return { code: "forbidden", key: "letterNotYourReview" };
  }
  return actsForTeam(scope, letter.teamId) ? null : { code: "forbidden", key: "letterNotYourReview" };
}

/**
 * The date a letter after a meeting is due: the first working day after the meeting (a
 * meeting on the Thursday before Easter is due on the Tuesday after it).
 */
export function letterDueOn(heldOn: string, extraHolidays: readonly string[] = []): string {
  const [year = 1970, month = 1, day = 1] = heldOn.split("-").map(Number);
  let date = new Date(Date.UTC(year, month - 1, day));
  do date = new Date(date.getTime() + 24 * 60 * 60 * 1000);
  while (!isWorkingDay(date.toISOString().slice(0, 10), extraHolidays));
  return date.toISOString().slice(0, 10);
}

/** Not yet sent to the family and past the end of the day it was due, in UK time. */
export function isLetterOverdue(letter: { dueOn: string | null; firstSentAt: Date | null }, now: Date): boolean {
  return letter.dueOn !== null && letter.firstSentAt === null && workingDateOf(now) > letter.dueOn;
}

/** What a receipt leads to: a concern when the family want to talk to someone, a follow-up for the writer when they did not understand all of it. */
export function receiptFollowUp(answer: LetterReceiptAnswer): { raisesContactConcern: boolean; task: LetterTaskKind | null } {
  return { raisesContactConcern: answer === "wantToTalk", task: answer === "notAll" ? "explainAgain" : null };
}
