import { problemOf } from "@heard/client";
import { actsForTeam, hasPermission, scopeFor } from "@heard/domain";
import { Alert, Button, Card, Stack } from "@heard/ui";
import { useSearchParams } from "@solidjs/router";
import { batch, createEffect, createMemo, createSignal, Show } from "solid-js";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { createApiQuery } from "../../lib/queries";
import { useSession } from "../../lib/session";
import { FiltersForm, type Team, type VersionSummary } from "./FiltersForm";
import { FreeTextSection } from "./FreeTextSection";
import {
  addressedSearch,
  parseResultsQuery,
  type ResultsQuery,
  resultsFilter,
  resultsSearch,
  resultsSearchParams,
  sameQuery,
  withinChoices,
} from "./filters";
import { ResultsView } from "./ResultsView";
import "./results.css";

type Choices = readonly string[] | "loading" | "unchecked";

/**
 * Results for the Top 10 Tips: the filters live in the address, so any view can be bookmarked
 * or sent to a colleague. Workers see their own meetings, managers their teams, QA and
 * participation everyone's.
 */
export default function ResultsPage() {
  const { t } = useI18n();
  const session = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const role = () => session.user()?.role;
  /** Whose results this person reads: their own meetings, their teams', or everyone's. */
  const scope = () => {
    const user = session.user();
    return user ? scopeFor(user, "results.view") : null;
  };
  const ownMeetingsOnly = () => scope()?.kind === "own";
  const mayReadFreeText = () => hasPermission(role(), "results.freeText");
  const mayListVersions = () => hasPermission(role(), "tips.view");

  const teams = createApiQuery("admin.teams.list", () => ({ enabled: !ownMeetingsOnly() }));
  const versions = createApiQuery("tips.versions", () => ({ enabled: mayListVersions() }));

  /** The teams this person may filter by: every team, or their own. */
  const teamOptions = (): Team[] => {
    const list = teams.isSuccess ? teams.data : [];
    return list.filter((team) => actsForTeam(scope(), team.id));
  };
  const versionOptions = (): VersionSummary[] => (versions.isSuccess ? versions.data.filter((version) => version.status !== "draft") : []);

  /** What the address asks for. */
  const asked = createMemo(() => parseResultsQuery(searchParams), undefined, { equals: sameQuery });
  /**
   * The teams and versions this person can choose, to check the address against: "loading"
   * until the list that decides is here, "unchecked" when there is none to check against (the
   * API still refuses what is not theirs). A manager's teams are known from the session.
   */
  const teamChoices = (): Choices => {
    if (ownMeetingsOnly()) return [];
    if (teams.isSuccess) return teamOptions().map((team) => team.id);
    const current = scope();
    if (current?.kind === "team") return current.teamIds;
    return teams.isError ? "unchecked" : "loading";
  };
  const versionChoices = (): Choices => {
    if (!mayListVersions() || versions.isError) return "unchecked";
    return versions.isSuccess ? versionOptions().map((version) => version.id) : "loading";
  };
  /**
   * What the address asks for that this person can choose: a team that is not theirs (or no
   * longer exists) or a version not listed is dropped, rather than refused. Undefined while a
   * list that decides it is still loading.
   */
  const query = createMemo<ResultsQuery | undefined>(
    () => {
      const wanted = asked();
      const teamIds = wanted.teams.length > 0 ? teamChoices() : "unchecked";
      const versionIds = wanted.version ? versionChoices() : "unchecked";
      if (teamIds === "loading" || versionIds === "loading") return undefined;
      return withinChoices(wanted, {
        ...(teamIds === "unchecked" ? {} : { teams: teamIds }),
        ...(versionIds === "unchecked" ? {} : { versions: versionIds }),
      });
    },
    undefined,
    { equals: (a, b) => (a && b ? sameQuery(a, b) : a === b) },
  );
  // The address says what is shown: what was not a possible value, or could not be chosen,
  // leaves it, without a new history entry.
  createEffect(() => {
    const shownQuery = query();
    if (shownQuery && resultsSearch(shownQuery) !== addressedSearch(searchParams)) {
      setSearchParams(resultsSearchParams(shownQuery), { replace: true });
    }
  });

  const filter = createMemo(() => resultsFilter(query() ?? asked()));
  // Another filter is another query; the last results stay on the page while the new ones load.
  const results = createApiQuery("qa.results", () => ({ input: filter(), enabled: query() !== undefined }));

  // "Results updated." once the results for a newly applied filter have arrived.
  const [waitingForApply, setWaitingForApply] = createSignal(false);
  const [status, setStatus] = createSignal("");
  createEffect(() => {
    if (waitingForApply() && results.isSuccess && !results.isFetching) {
      batch(() => {
        setWaitingForApply(false);
        setStatus(t("results:filters.applied"));
      });
    }
  });

  const apply = (next: ResultsQuery) => {
    setStatus("");
    setWaitingForApply(true);
    if (sameQuery(next, asked())) void results.refetch();
    else setSearchParams(resultsSearchParams(next));
  };

  return (
    <Page title={t("results:title")} intro={<p>{t("results:intro")}</p>}>
      <Card as="section" aria-labelledby="results-filters-title">
        <Stack>
          <h2 id="results-filters-title">{t("results:filters.title")}</h2>
          <FiltersForm
            query={query() ?? asked()}
            ownMeetingsOnly={ownMeetingsOnly()}
            ownTeamsOnly={scope()?.kind === "team"}
            teams={teamOptions()}
            versions={versionOptions()}
            busy={results.isFetching}
            onApply={apply}
            onReset={() => apply({ teams: [], types: [], kinds: [] })}
          />
        </Stack>
      </Card>

      <p class="visually-hidden" role="status">
        {status()}
      </p>

      <Show
        when={results.isSuccess}
        fallback={
          <Show
            when={results.isError}
            fallback={
              <p class="loading" role="status">
                {t("common:states.loading")}
              </p>
            }
          >
            <ResultsError error={results.error} retry={() => void results.refetch()} />
          </Show>
        }
      >
        <ResultsView
          results={results.data as NonNullable<typeof results.data>}
          filter={filter()}
          mayExport={hasPermission(role(), "results.export")}
        />
        <Show when={mayReadFreeText()}>
          <FreeTextSection filter={filter()} threshold={results.data?.threshold ?? 5} />
        </Show>
      </Show>
    </Page>
  );
}

/** Why the results could not be shown: a date problem names itself; anything else can be tried again. */
function ResultsError(props: { error: unknown; retry: () => void }) {
  const { t, errorText } = useI18n();
  const problem = () => {
    const error = problemOf(props.error);
    const fieldKey = Object.values(error.fieldErrors)[0];
    return errorText(error.messageKey === "invalidInput" && fieldKey ? fieldKey : error);
  };
  return (
    <Alert variant="danger" title={t("common:states.error")}>
      <div class="stack stack--s">
        <p>{problem()}</p>
        <div>
          <Button variant="secondary" onClick={() => props.retry()}>
            {t("common:actions.tryAgain")}
          </Button>
        </div>
      </div>
    </Alert>
  );
}
