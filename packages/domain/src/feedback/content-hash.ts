import { normaliseCode } from "../auth/activation-code";
import type { SubmittedFeedback } from "./schemas";

/**
 * The exact text whose SHA-256 is a response's content hash (the api hashes it). Two submissions
 * with one idempotency key are "the same" when this text is: it holds everything stored, in a
 * fixed order, with answers sorted by tip, so the order a phone sends them in does not matter.
 * The idempotency key, the moment it was written and the form's opening token (about delivery,
 * not content) are left out. Bump the version if the layout changes.
 */
export function feedbackContentHashInput(feedback: Omit<SubmittedFeedback, "idempotencyKey" | "writtenAt" | "openedToken">): string {
  const answers = feedback.answers.map((a) => [a.tipId.toLowerCase(), a.answer] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([
    "heard-feedback-v1",
    normaliseCode(feedback.code),
    feedback.respondentKind,
    feedback.ageBand ?? null,
    feedback.language,
    answers,
    feedback.freeText ?? null,
    feedback.contactRequested,
    feedback.contactMethod ?? null,
    feedback.contactDetail ?? null,
  ]);
}
