import { arabicDevSet } from "./ar";
import { welshDevSet } from "./cy";
import { englishAbuseAndNeglect } from "./en-abuse-neglect";
import { englishDomesticAbuseAndDanger } from "./en-domestic-danger";
import { englishOrdinaryFeedback } from "./en-ordinary-feedback";
import { englishOrdinaryIdioms } from "./en-ordinary-idioms";
import { englishSelfHarm } from "./en-self-harm";
import { englishSexualHarmAndExploitation } from "./en-sexual-harm-exploitation";
import { englishWorriesAndReview } from "./en-worries-review";
import type { DevSentence } from "./sentence";

export type { DevSentence, DevWriter } from "./sentence";

/**
 * Sentences to develop the screen's rules against, written from public guidance on the signs
 * of harm (not from the rules), with the level each should raise and who wrote it. Scores on
 * it are only honest until the rules are tuned to it; the held-out set is for judging them.
 */
export const devSet: readonly DevSentence[] = [
  ...englishSelfHarm,
  ...englishSexualHarmAndExploitation,
  ...englishAbuseAndNeglect,
  ...englishDomesticAbuseAndDanger,
  ...englishWorriesAndReview,
  ...englishOrdinaryIdioms,
  ...englishOrdinaryFeedback,
  ...welshDevSet,
  ...arabicDevSet,
];
