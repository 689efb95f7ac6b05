import { statements, teams } from "@heard/db";
import { type CountedStatement, fail, resolveResultsPeriod, scopeFor, statementFigures, workingDateOf } from "@heard/domain";
import { and, asc, gte, inArray, lt, sql } from "drizzle-orm";
import { organisationPolicy } from "../admin/service";
import type { SignedInContext } from "../platform/context";

const nextMonth = (month: string) => {
  const [year = 1970, m = 1] = month.split("-").map(Number);
  return new Date(Date.UTC(year, m, 1)).toISOString().slice(0, 10);
};

/**
 * Messages in the QA picture, by team and month: how many, of which kinds, answered on time or
 * late or not yet, and the worry scale in bands. A manager sees their teams; QA and
 * participation every team. Small numbers hidden as in every result.
 */
export async function statementFiguresFor(ctx: SignedInContext, input: { from?: string | undefined; to?: string | undefined } | undefined) {
  const scope = scopeFor(ctx.user, "statements.figures");
  if (!scope) return fail("forbidden", "forbidden");
  const resolved = resolveResultsPeriod(input ?? {}, workingDateOf(ctx.now()));
  if (!resolved.ok) return fail("badRequest", resolved.problem);
  const { period } = resolved;
  const ownTeams = scope.kind === "team" ? scope.teamIds : [];
  const teamFilter = scope.kind === "organisation" ? undefined : ownTeams.length > 0 ? inArray(teams.id, [...ownTeams]) : sql`false`;
  const visibleTeams = await ctx.db.select({ id: teams.id, name: teams.name }).from(teams).where(teamFilter).orderBy(asc(teams.name));
  const teamIds = visibleTeams.map((team) => team.id);
  const now = ctx.now();
  const month = sql<string>`to_char(date_trunc('month', ${statements.sentAt} at time zone 'Europe/London'), 'YYYY-MM-DD')`;
  const rows = teamIds.length
    ? await ctx.db
        .select({
          teamId: statements.teamId,
          month,
          kind: statements.kind,
          worry: statements.worry,
          answerBy: statements.answerBy,
          answeredAt: statements.firstAnsweredAt,
        })
        .from(statements)
        .where(
          and(
            inArray(statements.teamId, teamIds),
            gte(statements.sentAt, new Date(`${period.from}T00:00:00Z`)),
            lt(statements.sentAt, new Date(`${nextMonth(period.to)}T00:00:00Z`)),
          ),
        )
    : [];
  const counted: CountedStatement[] = rows.map((row) => ({
    teamId: row.teamId,
    month: row.month,
    kind: row.kind,
    worry: row.worry,
    answered: row.answeredAt ? (row.answeredAt <= row.answerBy ? "onTime" : "late") : now <= row.answerBy ? "waiting" : "overdue",
  }));
  const threshold = (await organisationPolicy(ctx.db)).kAnonymityThreshold;
  const figures = statementFigures(counted, period.months, teamIds, threshold);
  return {
    period,
    threshold,
    teams: visibleTeams,
    byTeam: figures.byTeam,
    total: figures.total,
  };
}
