import { teams, tipVersions } from "@heard/db";
import {
  csvByteOrderMark,
  csvLine,
  fail,
  type Language,
  type MaybeSuppressed,
  maskPii,
  type qaSchemas,
  type ResultsPeriod,
  resolveResultsPeriod,
  scopeFor,
  suppressOne,
  type TipVersionStatus,
} from "@heard/domain";
import { eq, inArray } from "drizzle-orm";
import { organisationPolicy } from "../admin/service";
import { audit } from "../platform/audit";
import type { SignedInContext } from "../platform/context";
import type { Download } from "../platform/http";
import { serverTranslator } from "../platform/i18n";
import { publishedTipVersion, type Tip, tipsOfVersion } from "../tips/service";
import { exportCells, type TipResult, tipResults } from "./results";
import { countResponsesAndMeetings, freeTextPage, type ResolvedResultsFilter, type ResultsScope, summariseAnswers } from "./summary";

type Permission = "results.view" | "results.freeText" | "results.export";

/**
 * Whose feedback a person's results cover, from the permission table: everyone's; their teams'
 * (results go by team, so a manager's own meetings elsewhere are not added); or the meetings
 * they recorded or are listed on.
 */
function resultsScope(ctx: SignedInContext, permission: Permission): ResultsScope {
  const scope = scopeFor(ctx.user, permission);
  switch (scope?.kind) {
    case "organisation":
      return { kind: "everyone" };
    case "team":
      return { kind: "teams", teamIds: scope.teamIds };
    case "own":
      return { kind: "meetingsOf", userId: scope.userId };
    default:
      return fail("forbidden", "forbidden");
  }
}

type Resolved = {
  scope: ResultsScope;
  filter: ResolvedResultsFilter;
  period: ResultsPeriod;
  threshold: number;
  version: { id: string; number: number; status: TipVersionStatus };
};

/**
 * Fills in the filter's defaults (published version, last twelve months), checks the period,
 * and works out the scope. A manager asking for a team that is not theirs is refused.
 */
async function resolve(ctx: SignedInContext, permission: Permission, input: qaSchemas.ResultsFilter): Promise<Resolved> {
  const scope = resultsScope(ctx, permission);
  if (scope.kind === "teams" && input.teamIds?.some((id) => !scope.teamIds.includes(id))) fail("forbidden", "forbidden");
  let version: { id: string; number: number; status: TipVersionStatus } | null;
  if (input.tipVersionId) {
    const [found] = await ctx.db
      .select({ id: tipVersions.id, number: tipVersions.number, status: tipVersions.status })
      .from(tipVersions)
      .where(eq(tipVersions.id, input.tipVersionId))
      .limit(1);
    version = found ?? null;
    if (!version) return fail("notFound", "notFound");
  } else {
    version = await publishedTipVersion(ctx.db);
    if (!version) return fail("notFound", "noPublishedTips");
  }
  const resolved = resolveResultsPeriod(input, ctx.now().toISOString().slice(0, 10));
  if (!resolved.ok) return fail("badRequest", resolved.problem);
  return {
    scope,
    version: { id: version.id, number: version.number, status: version.status },
    period: resolved.period,
    threshold: (await organisationPolicy(ctx.db)).kAnonymityThreshold,
    filter: {
      tipVersionId: version.id,
      period: resolved.period,
      teamIds: input.teamIds,
      meetingTypes: input.meetingTypes,
      respondentKinds: input.respondentKinds,
    },
  };
}

export type QaResults = {
  version: { id: string; number: number; status: TipVersionStatus };
  period: ResultsPeriod;
  /** Cells counting fewer responses than this are hidden. */
  threshold: number;
  /** Meetings held in the period (and teams and types) that used this version. */
  meetings: number;
  /** Responses in the filter, and responses per meeting: hidden below the threshold. */
  responseRate: MaybeSuppressed<{ responses: number; perMeeting: number | null }>;
  /** The teams with answers in the filter, by name: the columns of each tip's `byTeam`. */
  teams: { id: string; name: string }[];
  tips: TipResult[];
};

/**
 * Results for one version of the Top 10 Tips: per tip, Yes / A bit / No with percentages,
 * responses and score, and a month-by-month trend; the response rate. Every figure is
 * hidden under the organisation's threshold (see @heard/domain qa/suppression).
 */
export async function results(ctx: SignedInContext, input: qaSchemas.ResultsFilter): Promise<QaResults> {
  const { scope, filter, period, threshold, version } = await resolve(ctx, "results.view", input);
  const [versionTips, rows, counts] = await Promise.all([
    tipsOfVersion(ctx.db, version.id),
    summariseAnswers(ctx.db, scope, filter),
    countResponsesAndMeetings(ctx.db, scope, filter),
  ]);
  const rate = suppressOne(
    { responses: counts.responses, perMeeting: counts.meetings > 0 ? Math.round((counts.responses / counts.meetings) * 100) / 100 : null },
    threshold,
  );
  const teamIds = [...new Set(rows.map((row) => row.teamId))];
  const teamRows =
    teamIds.length > 0 ? await ctx.db.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, teamIds)) : [];
  const named = teamRows.sort((a, b) => a.name.localeCompare(b.name));
  return {
    version,
    period,
    threshold,
    meetings: counts.meetings,
    responseRate: rate.suppressed ? { suppressed: true } : rate,
    teams: named,
    tips: tipResults(
      versionTips,
      rows,
      period.months,
      named.map((team) => team.id),
      threshold,
    ),
  };
}

/**
 * What families wrote, with phone numbers, email addresses and postcodes masked, newest
 * first. Nothing at all when the filter matches fewer responses than the threshold. Each page
 * shown is written to the audit log.
 */
export async function freeText(ctx: SignedInContext, input: qaSchemas.FreeTextQuery) {
  const { scope, filter, period, threshold, version } = await resolve(ctx, "results.freeText", input);
  const { responses } = await countResponsesAndMeetings(ctx.db, scope, filter);
  const base = { version, period, threshold };
  if (responses < threshold) return { ...base, suppressed: true as const };
  const page = await freeTextPage(ctx.db, scope, filter, { limit: input.limit, offset: input.offset });
  await audit(ctx.db, ctx, { action: "qa.freeText.viewed", actorId: ctx.user.id, detail: { ...input, shown: page.rows.length } });
  return {
    ...base,
    suppressed: false as const,
    total: page.total,
    entries: page.rows.map((row) => ({
      id: row.id,
      text: maskPii(row.text),
      /** The month only: an exact time could point to one meeting. */
      month: `${row.submittedAt.toISOString().slice(0, 7)}-01`,
      teamId: row.teamId,
      teamName: row.teamName,
      meetingType: row.meetingType,
      respondentKind: row.respondentKind,
      language: row.language,
    })),
    nextOffset: input.offset + page.rows.length < page.total ? input.offset + page.rows.length : null,
  };
}

function tipLabel(tip: Tip, language: Language): string {
  const title = language === "en" ? tip.title : (tip.translations[language]?.title ?? tip.title);
  return `${tip.position}. ${title}`;
}

/**
 * The results as CSV: tip × month × team (tip, month, team, yes, a bit, no, responses) in the
 * staff member's language, with the same suppression; hidden rows say "fewer than N". Each
 * export is audit-logged before the file is sent.
 */
export async function resultsCsv(ctx: SignedInContext, input: qaSchemas.ResultsFilter): Promise<Download> {
  const { scope, filter, period, threshold, version } = await resolve(ctx, "results.export", input);
  const language = ctx.user.preferredLanguage;
  const [versionTips, rows, t] = await Promise.all([
    tipsOfVersion(ctx.db, version.id),
    summariseAnswers(ctx.db, scope, filter),
    serverTranslator(language, "results"),
  ]);
  const cells = exportCells(versionTips, rows, period.months, threshold);
  const teamIds = [...new Set(cells.map((c) => c.teamId))];
  const teamNames = new Map(
    teamIds.length > 0
      ? (await ctx.db.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, teamIds))).map((team) => [
          team.id,
          team.name,
        ])
      : [],
  );
  cells.sort(
    (a, b) =>
      a.tip.position - b.tip.position ||
      a.month.localeCompare(b.month) ||
      (teamNames.get(a.teamId) ?? "").localeCompare(teamNames.get(b.teamId) ?? "") ||
      a.teamId.localeCompare(b.teamId),
  );
  await audit(ctx.db, ctx, { action: "qa.results.exported", actorId: ctx.user.id, detail: { ...input, rows: cells.length } });
  const fewer = t("csv.fewerThan", { count: threshold });
  const header = [t("csv.tip"), t("csv.month"), t("csv.team"), t("csv.yes"), t("csv.aBit"), t("csv.no"), t("csv.responses")];
  async function* lines() {
    yield csvByteOrderMark + csvLine(header);
    for (const { tip, month, teamId, cell } of cells) {
      const label = [tipLabel(tip, language), month.slice(0, 7), teamNames.get(teamId) ?? ""];
      yield csvLine(cell.suppressed ? [...label, null, null, null, fewer] : [...label, cell.yes, cell.aBit, cell.no, cell.responses]);
    }
  }
  return {
    filename: `heard-results-v${version.number}-${period.from.slice(0, 7)}-to-${period.to.slice(0, 7)}.csv`,
    contentType: "text/csv; charset=utf-8",
    body: lines(),
  };
}
