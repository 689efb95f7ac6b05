import type { ErrorKey } from "../shared/errors";
import { emailPattern, phonePattern } from "../shared/patterns";

/** Who is giving feedback. */
export const respondentKinds = ["child", "parent", "otherFamily"] as const;
export type RespondentKind = (typeof respondentKinds)[number];

/** Asked of children and young people only. */
export const ageBands = ["under8", "8to12", "13to15", "16plus"] as const;
export type AgeBand = (typeof ageBands)[number];

/** An answer to one tip. */
export const tipAnswers = ["yes", "aBit", "no", "skipped"] as const;
export type TipAnswer = (typeof tipAnswers)[number];

/** How answers are stored in `feedback_answers.answer`: 1 yes, 2 a bit, 3 no, 0 skipped. */
export const tipAnswerCodes: Readonly<Record<TipAnswer, number>> = { yes: 1, aBit: 2, no: 3, skipped: 0 };

export function tipAnswerFromCode(code: number): TipAnswer | null {
  for (const answer of tipAnswers) if (tipAnswerCodes[answer] === code) return answer;
  return null;
}

/** How someone who asks to be contacted wants to be. */
export const contactMethods = ["phone", "email", "worker"] as const;
export type ContactMethod = (typeof contactMethods)[number];

/** Contact methods that need a number or address typed in. */
export function contactMethodNeedsDetail(method: ContactMethod): method is "phone" | "email" {
  return method === "phone" || method === "email";
}

/** The longest free text a person may write, in characters as people count them (an emoji is one). */
export const freeTextMaxLength = 2000;

/** At most this many tip answers in one response (the Top 10 Tips, with room to grow). */
export const maxAnswersPerResponse = 20;

/** Characters as a person counts them: code points, so an emoji or an Arabic letter is one. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** The first day of the (UTC) month of a moment, YYYY-MM-01: how answers are grouped by month. */
export function answerMonthOf(moment: Date): string {
  return `${moment.toISOString().slice(0, 7)}-01`;
}

/** The longest phone number and email address a person may leave to be contacted on. */
export const contactDetailMax = { phone: 30, email: 254 } as const;

/** The parts of a feedback form its rules look at, as typed (nothing parsed yet). */
export type FeedbackDraftFields = {
  respondentKind?: RespondentKind | null | undefined;
  ageBand?: AgeBand | null | undefined;
  freeText?: string | null | undefined;
  contactRequested?: boolean | undefined;
  contactMethod?: ContactMethod | null | undefined;
  contactDetail?: string | null | undefined;
};

/**
 * What is wrong with a feedback form, field by field: the one set of rules the phone checks
 * before sending and the server checks again. Age band only for a child; a contact method
 * when contact is asked for; a number or address for phone or email.
 */
export function feedbackProblems(draft: FeedbackDraftFields): Partial<Record<keyof FeedbackDraftFields, ErrorKey>> {
  const problems: Partial<Record<keyof FeedbackDraftFields, ErrorKey>> = {};
  if (!draft.respondentKind) problems.respondentKind = "required";
  else if (draft.respondentKind === "child" && !draft.ageBand) problems.ageBand = "required";
  if (draft.freeText && characterCount(draft.freeText.trim()) > freeTextMaxLength) problems.freeText = "tooLong";
  if (!draft.contactRequested) return problems;
  if (!draft.contactMethod) {
    problems.contactMethod = "required";
    return problems;
  }
  if (!contactMethodNeedsDetail(draft.contactMethod)) return problems;
  const detail = (draft.contactDetail ?? "").trim();
  if (!detail) problems.contactDetail = "required";
  else if (draft.contactMethod === "phone" && (detail.length < 3 || detail.length > contactDetailMax.phone || !phonePattern.test(detail)))
    problems.contactDetail = "invalidPhone";
  else if (draft.contactMethod === "email" && (detail.length > contactDetailMax.email || !emailPattern.test(detail)))
    problems.contactDetail = "invalidEmail";
  return problems;
}
