import { oneWorkingDayAfter } from "../shared/working-days";

/**
 * Who a family's message goes to: their allocated worker, unless nobody is allocated or the
 * worker is away (or no longer works here); then the managers of the family's team. Nobody at
 * all is a refusal the family sees, never a message that nobody will read.
 */
export type Allocation = { workerId: string; away: boolean; active: boolean } | null;

export type StatementRoute = { to: "worker"; workerId: string } | { to: "managers"; managerIds: string[] } | { to: "nobody" };

export function routeStatement(allocation: Allocation, managerIds: readonly string[]): StatementRoute {
  if (allocation?.active && !allocation.away) return { to: "worker", workerId: allocation.workerId };
  const managers = [...new Set(managerIds)];
  return managers.length > 0 ? { to: "managers", managerIds: managers } : { to: "nobody" };
}

/** The organisation's answer target: whole working days, one by default. */
export const defaultStatementAnswerDays = 1;

/** When an answer is due: the same time `days` working days after it was sent (weekends and bank holidays skipped). */
export function statementAnswerBy(sentAt: Date, days: number = defaultStatementAnswerDays, extraHolidays: readonly string[] = []): Date {
  let due = sentAt;
  for (let day = 0; day < Math.max(1, days); day++) due = oneWorkingDayAfter(due, extraHolidays);
  return due;
}

/** Not answered by its time (answered late, or still waiting past it). */
export function isStatementLate(statement: { answerBy: Date; answeredAt: Date | null }, now: Date): boolean {
  return (statement.answeredAt ?? now).getTime() > statement.answerBy.getTime();
}
