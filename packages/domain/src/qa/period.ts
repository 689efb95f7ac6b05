import type { ErrorKey } from "../shared/errors";

/**
 * The months a set of results covers. Answers are kept by month, so a date range covers
 * every month it touches: 15 January to 3 March is January, February and March.
 */
export type ResultsPeriod = {
  /** First day of the first month, YYYY-MM-01. */
  from: string;
  /** First day of the last month, YYYY-MM-01. */
  to: string;
  /** First day of every month from `from` to `to`, oldest first. */
  months: string[];
};

/** The longest range of results one request may ask for. */
export const maxResultsYears = 3;
/** Months shown when no range is given: the last twelve, this one included. */
export const defaultResultsMonths = 12;

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split("-").map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** YYYY-MM-01 of the month `offset` months after the month of `date` (negative: before). */
export function resultsMonthOf(date: string, offset = 0): string {
  const [y, m] = parts(date);
  const index = y * 12 + (m - 1) + offset;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}-01`;
}

/** Every month start from the month of `from` to the month of `to`, oldest first. */
export function resultsMonthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = resultsMonthOf(from); month <= resultsMonthOf(to); month = resultsMonthOf(month, 1)) months.push(month);
  return months;
}

/** `date` plus whole years (29 February plus one year is 1 March). */
function plusYears(date: string, years: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

/** Why a range is refused, or null. Both dates YYYY-MM-DD. */
export function resultsRangeProblem(from: string, to: string): Extract<ErrorKey, "dateRangeReversed" | "dateRangeTooLong"> | null {
  if (to < from) return "dateRangeReversed";
  if (to > plusYears(from, maxResultsYears)) return "dateRangeTooLong";
  return null;
}

/**
 * The months to show for an optional from/to, given today's date (YYYY-MM-DD): `to` defaults
 * to today, `from` to the start of the twelve months ending with `to`'s month.
 */
export function resolveResultsPeriod(
  range: { from?: string | undefined; to?: string | undefined },
  today: string,
): { ok: true; period: ResultsPeriod } | { ok: false; problem: Extract<ErrorKey, "dateRangeReversed" | "dateRangeTooLong"> } {
  const to = range.to ?? today;
  const from = range.from ?? resultsMonthOf(to, 1 - defaultResultsMonths);
  const problem = resultsRangeProblem(from, to);
  if (problem) return { ok: false, problem };
  const months = resultsMonthsBetween(from, to);
  return { ok: true, period: { from: months[0] ?? resultsMonthOf(from), to: months[months.length - 1] ?? resultsMonthOf(to), months } };
}
