import { abuseNeglectAndDomesticAbuseEnglish } from "./abuse-neglect-domestic-en";
import { dangerWorryAndReviewEnglish } from "./danger-worry-review-en";
import { ordinaryFeedbackEnglish } from "./ordinary-feedback-en";
import { ordinaryIdiomsEnglish } from "./ordinary-idioms-en";
import { selfHarmEnglish } from "./self-harm-en";
import type { DevSentence } from "./sentence";
import { sexualHarmAndExploitationEnglish } from "./sexual-harm-exploitation-en";
import { welsh } from "./welsh";

export type { DevSentence } from "./sentence";

/**
 * Development sentences for the safeguarding screen: labelled free text to write and tune rules
 * against. The screen is shaped on them, so scores measured here are optimistic; the held-out
 * set is the honest measure.
 */
export const secondDevSet: readonly DevSentence[] = [
  ...selfHarmEnglish,
  ...sexualHarmAndExploitationEnglish,
  ...abuseNeglectAndDomesticAbuseEnglish,
  ...dangerWorryAndReviewEnglish,
  ...ordinaryIdiomsEnglish,
  ...ordinaryFeedbackEnglish,
  ...welsh,
];
