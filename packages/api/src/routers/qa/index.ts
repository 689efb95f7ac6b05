import { type Database, organisation, teams, tipVersions } from "@heard/db";
import {
  defaultKAnonymityThreshold,
  type MaybeSuppressed,
  maskPii,
  qaSchemas,
  type ResultsPeriod,
  resolveResultsPeriod,
  type StaffRole,
  suppressOne,
  type TipVersionStatus,
  toCsv,
} from "@heard/domain";
import { createI18n, type Language, loadBundled, type TFunction } from "@heard/i18n";
import { eq, inArray } from "drizzle-orm";
import { audit } from "../../audit";
import type { SessionUser } from "../../context";
import { fail } from "../../errors";
import { router, staffProcedure } from "../../trpc";
import { publishedTipVersion, type Tip, tipsOfVersion } from "../tips";
import { exportCells, type TipResult, tipResults } from "./results";
import { countResponsesAndMeetings, freeTextPage, type ResolvedResultsFilter, type ResultsScope, summariseAnswers } from "./summary";

/** Results: workers (their meetings), managers (their teams), QA and participation (everyone). Not admin. */
const resultReaders = staffProcedure(["worker", "manager", "qa", "participation"]);
/** Free text, even masked, only for the organisation-wide quality roles. */
const freeTextReaders = staffProcedure(["qa", "participation"]);
const exporters = staffProcedure(["qa"]);

function scopeOf(user: SessionUser): ResultsScope {
  switch (user.role as StaffRole) {
    case "qa":
    case "participation":
    case "admin":
      return { kind: "everyone" };
    case "manager":
      return { kind: "teams", teamIds: user.teamIds };
    case "worker":
      return { kind: "meetingsOf", userId: user.id };
  }
}

type Resolved = {
  scope: ResultsScope;
  filter: ResolvedResultsFilter;
  period: ResultsPeriod;
  threshold: number;
  version: { id: string; number: number; status: TipVersionStatus };
};

/** The organisation's k-anonymity threshold (5 before the settings are saved). */
async function thresholdOf(db: Database): Promise<number> {
  const [org] = await db.select({ threshold: organisation.kAnonymityThreshold }).from(organisation).limit(1);
  return org?.threshold ?? defaultKAnonymityThreshold;
}

/**
 * Fills in the filter's defaults (published version, last twelve months), checks the period,
 * and works out the scope. A manager asking for a team that is not theirs is refused.
 */
async function resolve(ctx: { db: Database; user: SessionUser; now: () => Date }, input: qaSchemas.ResultsFilter): Promise<Resolved> {
  const scope = scopeOf(ctx.user);
  if (scope.kind === "teams" && input.teamIds?.some((id) => !scope.teamIds.includes(id))) fail("FORBIDDEN", "forbidden");
  let version: { id: string; number: number; status: TipVersionStatus } | null;
  if (input.tipVersionId) {
    const [found] = await ctx.db
      .select({ id: tipVersions.id, number: tipVersions.number, status: tipVersions.status })
      .from(tipVersions)
      .where(eq(tipVersions.id, input.tipVersionId))
      .limit(1);
    version = found ?? null;
    if (!version) return fail("NOT_FOUND", "notFound");
  } else {
    version = await publishedTipVersion(ctx.db);
    if (!version) return fail("NOT_FOUND", "noPublishedTips");
  }
  const resolved = resolveResultsPeriod(input, ctx.now().toISOString().slice(0, 10));
  if (!resolved.ok) return fail("BAD_REQUEST", resolved.problem);
  return {
    scope,
    version: { id: version.id, number: version.number, status: version.status },
    period: resolved.period,
    threshold: await thresholdOf(ctx.db),
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
  tips: TipResult[];
};

/** "fewer than 5" and the column names, in the staff member's language. */
const translators = new Map<Language, Promise<TFunction>>();
function resultsTranslator(language: Language): Promise<TFunction> {
  let t = translators.get(language);
  if (!t) {
    t = (async () => {
      const [en, own] = await Promise.all([loadBundled("en", "results"), loadBundled(language, "results")]);
      const i18n = await createI18n({
        language,
        namespaces: ["results"],
        resources: { en: { results: en }, [language]: { results: own } },
      });
      return i18n.getFixedT(language, "results");
    })();
    t.catch(() => translators.delete(language));
    translators.set(language, t);
  }
  return t;
}

function tipLabel(tip: Tip, language: Language): string {
  const title = language === "en" ? tip.title : (tip.translations[language]?.title ?? tip.title);
  return `${tip.position}. ${title}`;
}

export const qaRouter = router({
  /**
   * Results for one version of the Top 10 Tips: per tip, Yes / A bit / No with percentages,
   * responses and score, and a month-by-month trend; the response rate. Every figure is
   * hidden under the organisation's threshold (see @heard/domain qa/suppression).
   */
  results: resultReaders.input(qaSchemas.resultsFilter).query(async ({ ctx, input }): Promise<QaResults> => {
    const { scope, filter, period, threshold, version } = await resolve(ctx, input);
    const [versionTips, rows, counts] = await Promise.all([
      tipsOfVersion(ctx.db, version.id),
      summariseAnswers(ctx.db, scope, filter),
      countResponsesAndMeetings(ctx.db, scope, filter),
    ]);
    const rate = suppressOne(
      {
        responses: counts.responses,
        perMeeting: counts.meetings > 0 ? Math.round((counts.responses / counts.meetings) * 100) / 100 : null,
      },
      threshold,
    );
    return {
      version,
      period,
      threshold,
      meetings: counts.meetings,
      responseRate: rate.suppressed ? { suppressed: true } : rate,
      tips: tipResults(versionTips, rows, period.months, threshold),
    };
  }),

  /**
   * What families wrote, with phone numbers, email addresses and postcodes masked, newest
   * first. Nothing at all when the filter matches fewer responses than the threshold. Each page
   * shown is written to the audit log.
   */
  freeText: freeTextReaders.input(qaSchemas.freeTextQuery).query(async ({ ctx, input }) => {
    const { scope, filter, period, threshold, version } = await resolve(ctx, input);
    const { responses } = await countResponsesAndMeetings(ctx.db, scope, filter);
    const base = { version, period, threshold };
    if (responses < threshold) return { ...base, suppressed: true as const };
    const page = await freeTextPage(ctx.db, scope, filter, { limit: input.limit, offset: input.offset });
    await audit(ctx.db, ctx.meta, { action: "qa.freeText.viewed", actorId: ctx.user.id, detail: { ...input, shown: page.rows.length } });
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
  }),

  /**
   * CSV of tip × month × team (tip, month, team, yes, a bit, no, responses) in the staff
   * member's language, with the same suppression; hidden rows say "fewer than N". A mutation
   * (POST), so a long filter never has to fit in a URL; every export is audit-logged.
   */
  exportCsv: exporters.input(qaSchemas.resultsFilter).mutation(async ({ ctx, input }) => {
    const { scope, filter, period, threshold, version } = await resolve(ctx, input);
    const language = ctx.user.preferredLanguage;
    const [versionTips, rows, t] = await Promise.all([
      tipsOfVersion(ctx.db, version.id),
      summariseAnswers(ctx.db, scope, filter),
      resultsTranslator(language),
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
    const fewer = t("csv.fewerThan", { count: threshold });
    const csv = toCsv(
      [t("csv.tip"), t("csv.month"), t("csv.team"), t("csv.yes"), t("csv.aBit"), t("csv.no"), t("csv.responses")],
      cells.map(({ tip, month, teamId, cell }) => {
        const label = [tipLabel(tip, language), month.slice(0, 7), teamNames.get(teamId) ?? ""];
        return cell.suppressed ? [...label, null, null, null, fewer] : [...label, cell.yes, cell.aBit, cell.no, cell.responses];
      }),
    );
    await audit(ctx.db, ctx.meta, { action: "qa.results.exported", actorId: ctx.user.id, detail: { ...input, rows: cells.length } });
    return {
      filename: `heard-results-v${version.number}-${period.from.slice(0, 7)}-to-${period.to.slice(0, 7)}.csv`,
      csv,
      rows: cells.length,
    };
  }),
});
