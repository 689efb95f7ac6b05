import { devSet } from "./dev-set";
import { secondDevSet } from "./dev-set-2";
import { welshAndArabicLabelledSet } from "./labelled-set-cy-ar";
import { englishLabelledSet } from "./labelled-set-en";
import { indirectLabelledSet } from "./labelled-set-indirect";
import { indirectWelshAndArabicSet } from "./labelled-set-indirect-cy-ar";
import type { LabelledSentence } from "./measure";

/**
 * Sentences written to look like real free text in meeting feedback, each
 * tagged as a safeguarding lead would tag it (empty = benign). `otherWorry`
 * is only expected when nothing more specific applies, as the screen reports.
 *
 * Read the numbers with care: the phrase lists were tuned on this set, so the
 * scores measured on it are optimistic. Later batches were each written and
 * measured before the phrases were changed for them, which is the closest
 * thing here to unseen text:
 * - batch 2 (48 harmful, 17 benign): 22 harmful sentences not flagged at all,
 *   3 benign flagged; immediate danger 6 of 9, self-harm 6 of 11 found.
 * - batch 3 (35 harmful, mostly indirect wording, 11 benign): 22 not flagged,
 *   0 benign flagged; immediate danger 1 of 4, self-harm 5 of 10 found.
 * - batch 4 (34 benign): 10 flagged.
 * A phrase screen catches explicit wording well and indirect wording poorly.
 * Before relying on it, measure it on the organisation's own anonymised free
 * text, labelled by its safeguarding lead.
 *
 * Some benign sentences are known traps the screen flags on purpose (idioms
 * such as "my mum would kill me"); they stay in so the precision is honest.
 */
export const labelledSet: readonly LabelledSentence[] = [
  ...englishLabelledSet,
  ...welshAndArabicLabelledSet,
  ...indirectLabelledSet,
  ...indirectWelshAndArabicSet,
  ...[...devSet, ...secondDevSet].map((sentence) => ({
    text: sentence.text,
    language: sentence.language,
    expected: sentence.categories,
    level: sentence.level,
  })),
];
