import { defaultKAnonymityThreshold, type MaybeSuppressed, suppress, suppressOne } from "../qa/suppression";
import { type StatementKind, statementKinds } from "./kinds";

/** One message as the QA figures count it. */
export type CountedStatement = {
  teamId: string;
  /** First day of the month it was sent (YYYY-MM-01). */
  month: string;
  kind: StatementKind;
  worry: number | null;
  answered: "onTime" | "late" | "waiting" | "overdue";
};

/** Worry-scale answers in three bands, as the QA picture shows them. */
export const worryBands = ["low", "middle", "high"] as const;
export type WorryBand = (typeof worryBands)[number];
export function worryBandOf(worry: number): WorryBand {
  return worry <= 3 ? "low" : worry <= 6 ? "middle" : "high";
}

export type StatementFiguresCell = {
  responses: number;
  byKind: Record<StatementKind, number>;
  answeredOnTime: number;
  answeredLate: number;
  /** Unanswered and still within time. */
  waiting: number;
  /** Unanswered past the answer time. */
  overdue: number;
  worry: Record<WorryBand, number>;
};

function emptyCell(): StatementFiguresCell {
  return {
    responses: 0,
    byKind: Object.fromEntries(statementKinds.map((kind) => [kind, 0])) as Record<StatementKind, number>,
    answeredOnTime: 0,
    answeredLate: 0,
    waiting: 0,
    overdue: 0,
    worry: { low: 0, middle: 0, high: 0 },
  };
}

function add(cell: StatementFiguresCell, statement: CountedStatement): void {
  cell.responses += 1;
  cell.byKind[statement.kind] += 1;
  if (statement.answered === "onTime") cell.answeredOnTime += 1;
  else if (statement.answered === "late") cell.answeredLate += 1;
  else if (statement.answered === "waiting") cell.waiting += 1;
  else cell.overdue += 1;
  if (statement.worry !== null) cell.worry[worryBandOf(statement.worry)] += 1;
}

/**
 * Messages by team and month, and each month's total across the teams, as staff may see them:
 * hidden by the small-number rules of qa/suppression (a handful of messages from one team in a
 * month could say who sent them).
 */
export function statementFigures(
  counted: readonly CountedStatement[],
  months: readonly string[],
  teamIds: readonly string[],
  threshold = defaultKAnonymityThreshold,
): {
  byTeam: { teamId: string; months: { month: string; cell: MaybeSuppressed<StatementFiguresCell> }[] }[];
  total: { month: string; cell: MaybeSuppressed<StatementFiguresCell> }[];
} {
  const cells = new Map<string, StatementFiguresCell>();
  const totals = new Map<string, StatementFiguresCell>(months.map((month) => [month, emptyCell()]));
  for (const statement of counted) {
    const total = totals.get(statement.month);
    if (!total) continue;
    const key = `${statement.teamId}|${statement.month}`;
    const cell = cells.get(key) ?? emptyCell();
    cells.set(key, cell);
    add(cell, statement);
    add(total, statement);
  }
  // Each month's teams add up to the month's total, which is shown: hide by rules 1 and 2 together.
  const shownByMonth = new Map(
    months.map((month) => [
      month,
      suppress(
        teamIds.map((teamId) => cells.get(`${teamId}|${month}`) ?? emptyCell()),
        threshold,
      ),
    ]),
  );
  return {
    byTeam: teamIds.map((teamId, t) => ({
      teamId,
      months: months.map((month) => ({ month, cell: shownByMonth.get(month)?.[t] ?? suppressOne(emptyCell(), threshold) })),
    })),
    total: months.map((month) => ({ month, cell: suppressOne(totals.get(month) ?? emptyCell(), threshold) })),
  };
}
