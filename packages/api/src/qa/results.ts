import {
  addTipCounts,
  type MaybeSuppressed,
  noTipAnswers,
  scoreTip,
  suppress,
  suppressedCell,
  suppressOne,
  suppressTable,
  type TipAnswerCounts,
  type TipScore,
} from "@heard/domain";
import type { Tip } from "../tips/service";
import type { AnswerSummaryRow } from "./summary";

export type TrendPoint = { month: string } & MaybeSuppressed<TipScore>;

export type TeamPoint = { teamId: string } & MaybeSuppressed<TipScore>;

export type TipResult = {
  tip: Tip;
  /** The tip over the whole filter: hidden when fewer than the threshold answered it. */
  summary: MaybeSuppressed<TipScore>;
  /** One point per month of the period, oldest first (months with no answers show 0). */
  trend: TrendPoint[];
  /** One point per team with answers in the filter, in the order of `teamIds` given. */
  byTeam: TeamPoint[];
};

const key = (...parts: string[]) => parts.join("|");

/**
 * Per tip: its total, its months and its teams, each with complementary suppression (the tip's
 * total is shown, so one small month or team alone could be worked out from it).
 */
export function tipResults(
  tips: readonly Tip[],
  rows: readonly AnswerSummaryRow[],
  months: readonly string[],
  teamIds: readonly string[],
  threshold: number,
): TipResult[] {
  const byTipMonth = new Map<string, TipAnswerCounts>();
  const byTipTeam = new Map<string, TipAnswerCounts>();
  for (const row of rows) {
    const m = key(row.tipId, row.month);
    byTipMonth.set(m, addTipCounts(byTipMonth.get(m) ?? noTipAnswers, row));
    const t = key(row.tipId, row.teamId);
    byTipTeam.set(t, addTipCounts(byTipTeam.get(t) ?? noTipAnswers, row));
  }
  return tips.map((tip) => {
    const monthly = months.map((month) => scoreTip(byTipMonth.get(key(tip.id, month)) ?? noTipAnswers));
    const total = scoreTip(monthly.reduce<TipAnswerCounts>((sum, cell) => addTipCounts(sum, cell), noTipAnswers));
    const summary = suppressOne(total, threshold);
    const trend = suppress(monthly, threshold, { totalShown: true }).map((cell, i) => ({ month: months[i] ?? "", ...cell }));
    const teams = teamIds.map((teamId) => scoreTip(byTipTeam.get(key(tip.id, teamId)) ?? noTipAnswers));
    const byTeam = suppress(teams, threshold, { totalShown: true }).map((cell, i) => ({ teamId: teamIds[i] ?? "", ...cell }));
    return { tip, summary: summary.suppressed ? suppressedCell : summary, trend, byTeam };
  });
}

export type ExportCell = {
  tip: Tip;
  month: string;
  teamId: string;
  cell: MaybeSuppressed<TipAnswerCounts & { responses: number }>;
};

/**
 * The export's tip × month × team cells that hold any answers. For each tip the months ×
 * teams table is suppressed as a whole: its month totals (the trend) and team totals (the
 * results for one team) are shown elsewhere, so both directions are protected.
 */
export function exportCells(
  tips: readonly Tip[],
  rows: readonly AnswerSummaryRow[],
  months: readonly string[],
  threshold: number,
): ExportCell[] {
  const teamIds = [...new Set(rows.map((row) => row.teamId))];
  const counts = new Map<string, TipAnswerCounts>();
  for (const row of rows) counts.set(key(row.tipId, row.month, row.teamId), row);
  const cells: ExportCell[] = [];
  for (const tip of tips) {
    const table = months.map((month) => teamIds.map((teamId) => counts.get(key(tip.id, month, teamId)) ?? noTipAnswers));
    const hidden = suppressTable(
      table.map((row) => row.map((c) => c.yes + c.aBit + c.no)),
      threshold,
    );
    months.forEach((month, m) => {
      teamIds.forEach((teamId, t) => {
        const answers = table[m]?.[t] ?? noTipAnswers;
        const responses = answers.yes + answers.aBit + answers.no;
        if (responses === 0) return;
        const cell = hidden[m]?.[t]
          ? suppressedCell
          : { yes: answers.yes, aBit: answers.aBit, no: answers.no, responses, suppressed: false as const };
        cells.push({ tip, month, teamId, cell });
      });
    });
  }
  return cells;
}
