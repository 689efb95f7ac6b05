import {
  advisoryLocks,
  type Database,
  feedbackAnswers,
  feedbackAnswerTallies,
  feedbackAnswerTotals,
  feedbackResponses,
  feedbackTalliedMonths,
  meetings,
  meetingWorkers,
  type Tx,
  teams,
} from "@heard/db";
import type { MeetingType, RespondentKind, ResultsPeriod } from "@heard/domain";
import { resultsMonthOf, resultsMonthsBetween } from "@heard/domain";
import { and, type Column, desc, eq, gte, inArray, isNotNull, lt, lte, ne, type SQL, sql } from "drizzle-orm";

/**
 * Whose feedback a person may see in results: everyone's (QA, participation), their teams'
 * (managers), or that of the meetings they recorded or are listed on (workers).
 */
export type ResultsScope = { kind: "everyone" } | { kind: "teams"; teamIds: readonly string[] } | { kind: "meetingsOf"; userId: string };

/** A results filter with its defaults filled in: one version of the tips, whole months. */
export type ResolvedResultsFilter = {
  tipVersionId: string;
  period: Pick<ResultsPeriod, "from" | "to">;
  /** Left out or empty: every team (within the scope). */
  teamIds?: readonly string[] | undefined;
  meetingTypes?: readonly MeetingType[] | undefined;
  respondentKinds?: readonly RespondentKind[] | undefined;
};

/** Answers to one tip in one team in one month (skipped answers left out). */
export type AnswerSummaryRow = { tipId: string; teamId: string; month: string; yes: number; aBit: number; no: number };

/** `column in (values)`, where no values match nothing. */
function within(column: Column, values: readonly string[]): SQL {
  return values.length > 0 ? inArray(column, [...values]) : sql`false`;
}

/** A list filter: none or empty means no condition. */
function onlyIf(column: Column, values: readonly string[] | undefined): SQL | undefined {
  return values && values.length > 0 ? inArray(column, [...values]) : undefined;
}

/** The meetings a worker recorded or is listed on. */
function meetingsOfUser(userId: string): SQL {
  return sql`(select ${meetings.id} from ${meetings} where ${meetings.createdBy} = ${userId}
    union select ${meetingWorkers.meetingId} from ${meetingWorkers} where ${meetingWorkers.userId} = ${userId})`;
}

/** First moment (UTC) of the month after `month`. */
function endOfPeriod(period: Pick<ResultsPeriod, "to">): string {
  return resultsMonthOf(period.to, 1);
}

/**
 * The QA summary: answers to each tip of one version, by team and month, counted in SQL. At
 * most tips × teams × months rows come back, however many answers there are. The benchmark in
 * packages/bench times exactly this function.
 *
 * Organisation-wide and team results read months that are over from the tallies (see
 * packages/db/src/schema/qa.ts), tallying any that are missing first, and count the rest (this
 * month, and last month for a day after it ends) from `feedback_answers`. A worker's results
 * depend on the meetings they are on, which only `feedback_answers` knows (through the
 * response), so they are always counted from the answers; they are few.
 */
export async function summariseAnswers(db: Database, scope: ResultsScope, filter: ResolvedResultsFilter): Promise<AnswerSummaryRow[]> {
  return scope.kind === "meetingsOf" ? summariseFromAnswers(db, scope, filter) : summariseFromTallies(db, scope, filter);
}

type SummaryRow = { month: string; teamId: string; tipId: string; yes: number; aBit: number; no: number };

function toSummaryRows(rows: SummaryRow[]): AnswerSummaryRow[] {
  return rows.map((row) => ({
    tipId: row.tipId,
    teamId: row.teamId,
    month: String(row.month).slice(0, 10),
    yes: Number(row.yes),
    aBit: Number(row.aBit),
    no: Number(row.no),
  }));
}

/** Rows of a raw query, whichever driver ran it. */
function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** Months from..to (YYYY-MM-01) that may be tallied but are not yet: they ended over a day ago. */
async function untalliedMonths(db: Database | Tx, from: string, to: string): Promise<string[]> {
  const result = await db.execute(sql`
    select m::date::text as month
      from generate_series(${from}::date, least(${to}::date, feedback_tally_horizon() - interval '1 month'), interval '1 month') m
     where not exists (select 1 from ${feedbackTalliedMonths} t where t.month = m::date)`);
  return rowsOf<{ month: string }>(result).map((row) => row.month);
}

/**
 * Tallies the months in from..to that are over and not tallied yet, all versions and teams at
 * once (one pass over their answers), and marks them complete.
 */
export async function tallyMonths(db: Database, from: string, to: string): Promise<string[]> {
  if ((await untalliedMonths(db, from, to)).length === 0) return [];
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${advisoryLocks.answerTallies})`);
    const months = await untalliedMonths(tx, from, to);
    if (months.length === 0) return [];
    const fa = feedbackAnswers;
    const ft = feedbackAnswerTallies;
    await tx.delete(ft).where(inArray(ft.month, months));
    await tx.delete(feedbackAnswerTotals).where(inArray(feedbackAnswerTotals.month, months));
    await tx.execute(sql`
      insert into ${ft} (tip_version_id, month, team_id, tip_id, meeting_type, respondent_kind, yes, a_bit, no, skipped)
      select ${fa.tipVersionId}, ${fa.month}, ${fa.teamId}, ${fa.tipId}, ${fa.meetingType}, ${fa.respondentKind},
             count(*) filter (where ${fa.answer} = 1), count(*) filter (where ${fa.answer} = 2),
             count(*) filter (where ${fa.answer} = 3), count(*) filter (where ${fa.answer} not in (1, 2, 3))
        from ${fa}
       where ${inArray(fa.month, months)}
       group by ${fa.tipVersionId}, ${fa.month}, ${fa.teamId}, ${fa.tipId}, ${fa.meetingType}, ${fa.respondentKind}`);
    await tx.execute(sql`
      insert into ${feedbackAnswerTotals} (tip_version_id, month, team_id, tip_id, yes, a_bit, no, skipped)
      select ${ft.tipVersionId}, ${ft.month}, ${ft.teamId}, ${ft.tipId}, sum(${ft.yes}), sum(${ft.aBit}), sum(${ft.no}), sum(${ft.skipped})
        from ${ft}
       where ${inArray(ft.month, months)}
       group by ${ft.tipVersionId}, ${ft.month}, ${ft.teamId}, ${ft.tipId}`);
    await tx.insert(feedbackTalliedMonths).values(months.map((month) => ({ month })));
    return months;
  });
}

/**
 * From the tallies for months that are tallied, from the answers for the others. One read-only
 * snapshot, so a month forgotten meanwhile is counted once, one way or the other. Rows come
 * back packed, one per tip and team with arrays by month: far fewer rows to ship.
 */
export async function summariseFromTallies(db: Database, scope: ResultsScope, filter: ResolvedResultsFilter): Promise<AnswerSummaryRow[]> {
  if (scope.kind === "meetingsOf") throw new Error("tallies do not know meetings: use summariseFromAnswers");
  await tallyMonths(db, filter.period.from, filter.period.to);
  const byType = (filter.meetingTypes?.length ?? 0) > 0 || (filter.respondentKinds?.length ?? 0) > 0;
  const teamScope = scope.kind === "teams" ? scope.teamIds : undefined;
  return db.transaction(
    async (tx) => {
      const tallied = (
        await tx
          .select({ month: feedbackTalliedMonths.month })
          .from(feedbackTalliedMonths)
          .where(and(gte(feedbackTalliedMonths.month, filter.period.from), lte(feedbackTalliedMonths.month, filter.period.to)))
      ).map((row) => String(row.month).slice(0, 10));
      const live = resultsMonthsBetween(filter.period.from, filter.period.to).filter((month) => !tallied.includes(month));
      const parts: SQL[] = [];
      if (tallied.length > 0 && !byType) {
        const t = feedbackAnswerTotals;
        const where = and(
          eq(t.tipVersionId, filter.tipVersionId),
          inArray(t.month, tallied),
          onlyIf(t.teamId, filter.teamIds),
          teamScope ? within(t.teamId, teamScope) : undefined,
          sql`${t.yes} + ${t.aBit} + ${t.no} > 0`,
        );
        parts.push(sql`select ${t.month} as month, ${t.teamId} as team_id, ${t.tipId} as tip_id, ${t.yes} as yes, ${t.aBit} as a_bit, ${t.no} as no
          from ${t} where ${where}`);
      }
      if (tallied.length > 0 && byType) {
        const t = feedbackAnswerTallies;
        const where = and(
          eq(t.tipVersionId, filter.tipVersionId),
          inArray(t.month, tallied),
          onlyIf(t.teamId, filter.teamIds),
          onlyIf(t.meetingType, filter.meetingTypes),
          onlyIf(t.respondentKind, filter.respondentKinds),
          teamScope ? within(t.teamId, teamScope) : undefined,
        );
        parts.push(sql`select ${t.month} as month, ${t.teamId} as team_id, ${t.tipId} as tip_id, sum(${t.yes})::int as yes, sum(${t.aBit})::int as a_bit, sum(${t.no})::int as no
          from ${t} where ${where}
          group by ${t.month}, ${t.teamId}, ${t.tipId} having sum(${t.yes} + ${t.aBit} + ${t.no}) > 0`);
      }
      if (live.length > 0) {
        const fa = feedbackAnswers;
        const where = and(
          eq(fa.tipVersionId, filter.tipVersionId),
          inArray(fa.month, live),
          ne(fa.answer, 0),
          onlyIf(fa.teamId, filter.teamIds),
          onlyIf(fa.meetingType, filter.meetingTypes),
          onlyIf(fa.respondentKind, filter.respondentKinds),
          teamScope ? within(fa.teamId, teamScope) : undefined,
        );
        parts.push(sql`select ${fa.month} as month, ${fa.teamId} as team_id, ${fa.tipId} as tip_id,
            count(*) filter (where ${fa.answer} = 1)::int as yes, count(*) filter (where ${fa.answer} = 2)::int as a_bit,
            count(*) filter (where ${fa.answer} = 3)::int as no
          from ${fa} where ${where}
          group by ${fa.month}, ${fa.teamId}, ${fa.tipId}`);
      }
      if (parts.length === 0) return [];
      const result = await tx.execute(sql`
        select tip_id::text as "tipId", team_id::text as "teamId",
               array_agg(month::text order by month) as months, array_agg(yes order by month) as yes,
               array_agg(a_bit order by month) as "aBit", array_agg(no order by month) as no
          from (${sql.join(parts, sql` union all `)}) counted
         group by tip_id, team_id`);
      const packed = rowsOf<{ tipId: string; teamId: string; months: string[]; yes: number[]; aBit: number[]; no: number[] }>(result);
      const rows: SummaryRow[] = [];
      for (const pack of packed) {
        pack.months.forEach((month, i) => {
          rows.push({ tipId: pack.tipId, teamId: pack.teamId, month, yes: pack.yes[i] ?? 0, aBit: pack.aBit[i] ?? 0, no: pack.no[i] ?? 0 });
        });
      }
      return toSummaryRows(rows);
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/** From the answers themselves (GROUP BY over `feedback_answers`); any scope. */
export async function summariseFromAnswers(db: Database, scope: ResultsScope, filter: ResolvedResultsFilter): Promise<AnswerSummaryRow[]> {
  const fa = feedbackAnswers;
  const conditions: (SQL | undefined)[] = [
    eq(fa.tipVersionId, filter.tipVersionId),
    gte(fa.month, filter.period.from),
    lte(fa.month, filter.period.to),
    ne(fa.answer, 0),
    onlyIf(fa.teamId, filter.teamIds),
    onlyIf(fa.meetingType, filter.meetingTypes),
    onlyIf(fa.respondentKind, filter.respondentKinds),
  ];
  if (scope.kind === "teams") conditions.push(within(fa.teamId, scope.teamIds));
  if (scope.kind === "meetingsOf") {
    conditions.push(
      sql`${fa.responseId} in (select ${feedbackResponses.id} from ${feedbackResponses} where ${feedbackResponses.meetingId} in ${meetingsOfUser(scope.userId)})`,
    );
  }
  const rows = await db
    .select({
      month: fa.month,
      teamId: fa.teamId,
      tipId: fa.tipId,
      yes: sql<number>`count(*) filter (where ${fa.answer} = 1)::int`,
      aBit: sql<number>`count(*) filter (where ${fa.answer} = 2)::int`,
      no: sql<number>`count(*) filter (where ${fa.answer} = 3)::int`,
    })
    .from(fa)
    .where(and(...conditions))
    .groupBy(fa.month, fa.teamId, fa.tipId);
  return toSummaryRows(rows);
}

/** Conditions on feedback_responses joined to meetings for a filter and scope. */
function responseConditions(scope: ResultsScope, filter: ResolvedResultsFilter): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [
    eq(feedbackResponses.tipVersionId, filter.tipVersionId),
    gte(feedbackResponses.submittedAt, new Date(`${filter.period.from}T00:00:00Z`)),
    lt(feedbackResponses.submittedAt, new Date(`${endOfPeriod(filter.period)}T00:00:00Z`)),
    onlyIf(meetings.teamId, filter.teamIds),
    onlyIf(meetings.type, filter.meetingTypes),
    onlyIf(feedbackResponses.respondentKind, filter.respondentKinds),
  ];
  if (scope.kind === "teams") conditions.push(within(meetings.teamId, scope.teamIds));
  if (scope.kind === "meetingsOf") conditions.push(sql`${meetings.id} in ${meetingsOfUser(scope.userId)}`);
  return conditions;
}

/** Responses that match the filter, and the meetings held in its months that they could have come from. */
export async function countResponsesAndMeetings(
  db: Database,
  scope: ResultsScope,
  filter: ResolvedResultsFilter,
): Promise<{ responses: number; meetings: number }> {
  const meetingConditions: (SQL | undefined)[] = [
    eq(meetings.tipVersionId, filter.tipVersionId),
    gte(meetings.heldOn, filter.period.from),
    lt(meetings.heldOn, endOfPeriod(filter.period)),
    onlyIf(meetings.teamId, filter.teamIds),
    onlyIf(meetings.type, filter.meetingTypes),
  ];
  if (scope.kind === "teams") meetingConditions.push(within(meetings.teamId, scope.teamIds));
  if (scope.kind === "meetingsOf") meetingConditions.push(sql`${meetings.id} in ${meetingsOfUser(scope.userId)}`);
  const [[responseCount], [meetingCount]] = await Promise.all([
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(feedbackResponses)
      .innerJoin(meetings, eq(meetings.id, feedbackResponses.meetingId))
      .where(and(...responseConditions(scope, filter))),
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(meetings)
      .where(and(...meetingConditions)),
  ]);
  return { responses: Number(responseCount?.count ?? 0), meetings: Number(meetingCount?.count ?? 0) };
}

export type FreeTextRow = {
  id: string;
  text: string;
  submittedAt: Date;
  teamId: string;
  teamName: string;
  meetingType: MeetingType;
  respondentKind: RespondentKind;
  language: "en" | "cy" | "ar";
};

/** Free text of the responses that match, newest first, a page at a time, with how many there are. */
export async function freeTextPage(
  db: Database,
  scope: ResultsScope,
  filter: ResolvedResultsFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: FreeTextRow[] }> {
  const where = and(...responseConditions(scope, filter), isNotNull(feedbackResponses.freeText), ne(feedbackResponses.freeText, ""));
  const [[totalRow], rows] = await Promise.all([
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(feedbackResponses)
      .innerJoin(meetings, eq(meetings.id, feedbackResponses.meetingId))
      .where(where),
    db
      .select({
        id: feedbackResponses.id,
        text: sql<string>`${feedbackResponses.freeText}`,
        submittedAt: feedbackResponses.submittedAt,
        teamId: meetings.teamId,
        teamName: teams.name,
        meetingType: meetings.type,
        respondentKind: feedbackResponses.respondentKind,
        language: feedbackResponses.language,
      })
      .from(feedbackResponses)
      .innerJoin(meetings, eq(meetings.id, feedbackResponses.meetingId))
      .innerJoin(teams, eq(teams.id, meetings.teamId))
      .where(where)
      .orderBy(desc(feedbackResponses.submittedAt), desc(feedbackResponses.id))
      .limit(page.limit)
      .offset(page.offset),
  ]);
  return { total: Number(totalRow?.count ?? 0), rows };
}
