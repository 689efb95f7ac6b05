/** Who is giving feedback. The same list as `respondentKinds` in @heard/db. */
export const respondentKinds = ["child", "parent", "otherFamily"] as const;
export type RespondentKind = (typeof respondentKinds)[number];

/** Asked of children and young people only. The same list as `ageBands` in @heard/db. */
export const ageBands = ["under8", "8to12", "13to15", "16plus"] as const;
export type AgeBand = (typeof ageBands)[number];

/** An answer to one tip. The same list as `tipAnswerValues` in @heard/db. */
export const tipAnswers = ["yes", "aBit", "no", "skipped"] as const;
export type TipAnswer = (typeof tipAnswers)[number];

/** How answers are stored in `feedback_answers.answer`: 1 yes, 2 a bit, 3 no, 0 skipped. */
export const tipAnswerCodes: Readonly<Record<TipAnswer, number>> = { yes: 1, aBit: 2, no: 3, skipped: 0 };

export function tipAnswerFromCode(code: number): TipAnswer | null {
  for (const answer of tipAnswers) if (tipAnswerCodes[answer] === code) return answer;
  return null;
}

/** How someone who asks to be contacted wants to be. The same list as `contactMethods` in @heard/db. */
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
