/**
 * Held-out evaluation set for the safeguarding screen.
 *
 * Protocol:
 * - Every sentence here was written independently of the screen: its author did not read the screen's
 *   rules, phrase lists or existing labelled sentences, in the working tree or in git history.
 * - The content follows what public guidance describes as the signs of harm (NSPCC and Childline
 *   material on abuse, grooming and neglect; the Home Office's county lines indicators; Women's Aid's
 *   description of coercive control; Samaritans' suicide warning signs). No text was copied from
 *   anywhere; each sentence was written for this set, in the way children (about 8 to 18) and parents
 *   write on phones.
 * - Labels are what a safeguarding lead would want: `urgent` for danger now and self-harm, `concern`
 *   for other clear harm, `review` for low-confidence signals, and no categories and no level for
 *   ordinary text that must raise nothing.
 * - This set is for MEASURING the screen only. Never use it to write, extend or tune a rule, and never
 *   look at a failing sentence here to decide what a rule should match. If it is ever used for tuning,
 *   it stops being held out: note that in its history and write a fresh set the same way.
 */

import { ar } from "./ar";
import { arMore } from "./ar-2";
import { cy } from "./cy";
import { cyMore } from "./cy-2";
import { enOrdinary } from "./en-1";
import { enUrgent } from "./en-2";
import { enHarm } from "./en-3";
import { enOther } from "./en-4";
import { enOrdinaryMore, enUrgentMore } from "./en-5";
import { enConcernMore, enReviewMore } from "./en-6";
import type { HeldOutSentence } from "./types";

export type { HeldOutCategory, HeldOutLevel, HeldOutSentence } from "./types";

export const heldOutEn: readonly HeldOutSentence[] = [
  ...enOrdinary,
  ...enUrgent,
  ...enHarm,
  ...enOther,
  ...enOrdinaryMore,
  ...enUrgentMore,
  ...enConcernMore,
  ...enReviewMore,
];
export const heldOutCy: readonly HeldOutSentence[] = [...cy, ...cyMore];
export const heldOutAr: readonly HeldOutSentence[] = [...ar, ...arMore];

export const heldOutSet: readonly HeldOutSentence[] = [...heldOutEn, ...heldOutCy, ...heldOutAr];
