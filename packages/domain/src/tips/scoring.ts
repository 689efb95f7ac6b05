/**
 * How a tip scores: what share of the people who answered it said Yes, A bit or No.
 * Skipped answers are left out entirely: they are neither good nor bad.
 */

/** Counts of the three real answers to one tip (skipped excluded). */
export type TipAnswerCounts = { yes: number; aBit: number; no: number };

export type TipScore = TipAnswerCounts & {
  /** People who answered the tip: yes + a bit + no. */
  responses: number;
  /** Whole percentages of `responses` that add up to exactly 100 (all 0 when nobody answered). */
  percentages: TipAnswerCounts;
  /**
   * 0–100, one decimal: Yes counts 1, A bit ½, No 0, as a percentage of the answers.
   * Null when nobody answered.
   */
  score: number | null;
};

/** The weight of each answer in the score. */
export const tipScoreWeights: Readonly<TipAnswerCounts> = { yes: 1, aBit: 0.5, no: 0 };

/**
 * Whole numbers in proportion to `counts` that add up to exactly `total`, by the largest
 * remainder method: round everything down, then give the units left over to the largest
 * fractional parts (ties go to the earlier entry). All zeros when the counts sum to zero.
 */
export function largestRemainder(counts: readonly number[], total = 100): number[] {
  const sum = counts.reduce((a, b) => a + b, 0);
  if (sum <= 0) return counts.map(() => 0);
  const exact = counts.map((count) => (count * total) / sum);
  const result = exact.map(Math.floor);
  let left = total - result.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    result[index] = (result[index] ?? 0) + 1;
    left--;
  }
  return result;
}

/** The score of one tip from its answer counts. */
export function scoreTip(counts: TipAnswerCounts): TipScore {
  const { yes, aBit, no } = counts;
  for (const n of [yes, aBit, no]) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError("answer counts must be whole numbers, 0 or more");
  }
  const responses = yes + aBit + no;
  const [pYes = 0, pABit = 0, pNo = 0] = largestRemainder([yes, aBit, no]);
  const weighted = yes * tipScoreWeights.yes + aBit * tipScoreWeights.aBit + no * tipScoreWeights.no;
  return {
    yes,
    aBit,
    no,
    responses,
    percentages: { yes: pYes, aBit: pABit, no: pNo },
    score: responses === 0 ? null : Math.round((weighted / responses) * 1000) / 10,
  };
}

/** Adds answer counts (for rolling months or teams up into a tip's total). */
export function addTipCounts(a: TipAnswerCounts, b: TipAnswerCounts): TipAnswerCounts {
  return { yes: a.yes + b.yes, aBit: a.aBit + b.aBit, no: a.no + b.no };
}

export const noTipAnswers: Readonly<TipAnswerCounts> = { yes: 0, aBit: 0, no: 0 };
