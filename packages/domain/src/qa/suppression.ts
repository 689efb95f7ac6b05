/**
 * Small-number suppression (k-anonymity) for everything staff see about feedback.
 *
 * The rule, in full:
 *
 * 1. **Primary suppression.** A cell (a breakdown, a chart point, an export row) counting
 *    fewer responses than the threshold (the organisation's `kAnonymityThreshold`, 5 unless
 *    changed) is not shown: it becomes `{ suppressed: true }` and the apps say
 *    "fewer than 5". A cell of 0 responses is shown as 0: it holds nobody, so it reveals
 *    nobody, and it cannot help hide anyone either.
 * 2. **Complementary suppression.** When the cells of a group (the months of one tip, the
 *    teams of one month) add up to a total that is shown elsewhere, the hidden cells can be
 *    worked out by subtraction: total − shown cells. So, within every such group, while
 *    exactly one cell is hidden, or the hidden cells together hold fewer responses than the
 *    threshold, the smallest cell still shown (and not 0) is hidden too. With one hidden cell
 *    this is "suppress the next smallest cell as well"; the second condition also catches two
 *    hidden cells of 1 and 2, which together would reveal a group of 3. Ties go to the
 *    earlier cell, so the result is deterministic.
 * 3. **Tables.** In a two-way table whose row and column totals are both shown (tip × month ×
 *    team in the export), rule 2 is applied to every row and every column, again and again,
 *    until nothing changes (hiding only ever grows, so this ends). This is why "exactly one
 *    hidden" counts even when that one holds more than the threshold: a cell hidden to protect
 *    its row, alone in its column, could be worked out from the column's total, and with it
 *    the small cell it was hiding.
 * 4. The total of a group is itself a cell of the level above (a tip's total, a month's
 *    total), suppressed there by rule 1. When it is below the threshold so is every cell in it.
 * 5. Every hidden cell looks the same, whatever the reason, so nobody can tell a
 *    complementary cell (which may hold more than the threshold) from a primary one.
 *
 * What this does not stop: comparing two different filters (one month range against a
 * slightly longer one, one team against all teams). Results are only given by whole months,
 * which limits this, and results are for staff who already work with these families; the
 * threshold is about the picture a report paints, not a guarantee against a determined insider.
 */

export const defaultKAnonymityThreshold = 5;

export type SuppressedCell = { suppressed: true };
export type ShownCell<T> = T & { suppressed: false };
/** A cell as staff may see it: its figures, or only the fact that it is hidden. */
export type MaybeSuppressed<T> = ShownCell<T> | SuppressedCell;

export const suppressedCell: SuppressedCell = Object.freeze({ suppressed: true as const });

function checkThreshold(threshold: number) {
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError("the threshold must be a whole number, 1 or more");
}

/** Rule 1: which cells hold fewer responses than the threshold (but not none). */
function primary(counts: readonly number[], threshold: number): boolean[] {
  return counts.map((count) => count > 0 && count < threshold);
}

/**
 * Rule 2 on one group, in place: hides the smallest shown non-zero cell while only one
 * cell is hidden or the hidden ones add up to fewer than the threshold. Returns whether
 * anything changed.
 */
function complement(counts: readonly number[], hidden: boolean[], threshold: number): boolean {
  let changed = false;
  for (;;) {
    let hiddenSum = 0;
    let hiddenCount = 0;
    for (let i = 0; i < counts.length; i++) {
      if (hidden[i] && (counts[i] ?? 0) > 0) {
        hiddenCount++;
        hiddenSum += counts[i] ?? 0;
      }
    }
    if (hiddenCount === 0 || (hiddenCount >= 2 && hiddenSum >= threshold)) return changed;
    let smallest = -1;
    for (let i = 0; i < counts.length; i++) {
      const count = counts[i] ?? 0;
      if (!hidden[i] && count > 0 && (smallest < 0 || count < (counts[smallest] ?? 0))) smallest = i;
    }
    if (smallest < 0) return changed; // nothing left to hide: the total is below the threshold too (rule 4)
    hidden[smallest] = true;
    changed = true;
  }
}

/**
 * Which cells of one group to hide (true = hide). `totalShown`: whether the group's total is
 * shown somewhere (default true, the safe assumption); without a total only rule 1 applies.
 */
export function suppressionMask(
  counts: readonly number[],
  threshold = defaultKAnonymityThreshold,
  options: { totalShown?: boolean } = {},
): boolean[] {
  checkThreshold(threshold);
  const hidden = primary(counts, threshold);
  if (options.totalShown ?? true) complement(counts, hidden, threshold);
  return hidden;
}

/**
 * The cells of one group as staff may see them, in the same order: a hidden cell becomes
 * `{ suppressed: true }` and keeps none of its figures.
 */
export function suppress<T extends { responses: number }>(
  cells: readonly T[],
  threshold = defaultKAnonymityThreshold,
  options: { totalShown?: boolean } = {},
): MaybeSuppressed<T>[] {
  const hidden = suppressionMask(
    cells.map((cell) => cell.responses),
    threshold,
    options,
  );
  return cells.map((cell, i) => (hidden[i] ? suppressedCell : { ...cell, suppressed: false as const }));
}

/** One cell on its own (no group, no total): hidden when it holds 1 to threshold − 1 responses. */
export function suppressOne<T extends { responses: number }>(cell: T, threshold = defaultKAnonymityThreshold): MaybeSuppressed<T> {
  return suppress([cell], threshold, { totalShown: false })[0] ?? suppressedCell;
}

/**
 * Which cells of a two-way table to hide, when every row total and every column total is
 * shown (rule 3). `counts[row][column]`; rows may differ in length (missing cells count 0).
 */
export function suppressTable(counts: readonly (readonly number[])[], threshold = defaultKAnonymityThreshold): boolean[][] {
  checkThreshold(threshold);
  const hidden = counts.map((row) => primary(row, threshold));
  const columns = Math.max(0, ...counts.map((row) => row.length));
  for (let changed = true; changed; ) {
    changed = false;
    for (let r = 0; r < counts.length; r++) {
      if (complement(counts[r] ?? [], hidden[r] ?? [], threshold)) changed = true;
    }
    for (let c = 0; c < columns; c++) {
      const column = counts.map((row) => row[c] ?? 0);
      const columnHidden = hidden.map((row) => row[c] ?? false);
      if (complement(column, columnHidden, threshold)) {
        changed = true;
        columnHidden.forEach((value, r) => {
          const row = hidden[r];
          if (row && c < (counts[r]?.length ?? 0)) row[c] = value;
        });
      }
    }
  }
  return hidden;
}
