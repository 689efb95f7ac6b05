import { createForm, localDay, problemOf, validate } from "@heard/client";
import { actsForTeam, hasPermission, meetingTypes, qaSchemas, respondentKinds, scopeFor } from "@heard/domain";
import { Alert, Button, Card, ErrorSummary, Select, Stack } from "@heard/ui";
import { useLocation, useNavigate } from "@solidjs/router";
import { batch, createEffect, createMemo, createSignal, createUniqueId, on, Show } from "solid-js";
import { CheckboxGroup } from "../../components/CheckboxGroup";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { createApiQuery } from "../../lib/queries";
import { useSession } from "../../lib/session";
import type { api } from "../../lib/trpc";
import { FreeTextSection } from "./FreeTextSection";
import { chosenPeriod, defaultPeriod, parseResultsQuery, type ResultsQuery, resultsFilter, resultsSearch } from "./filters";
import { ResultsView } from "./ResultsView";
import "./results.css";

type Team = Awaited<ReturnType<typeof api.admin.teams.list.query>>[number];
type VersionSummary = Awaited<ReturnType<typeof api.tips.versions.query>>[number];

/**
 * Results for the Top 10 Tips: the filters live in the address, so any view can be bookmarked
 * or sent to a colleague. Workers see their own meetings, managers their teams, QA and
 * participation everyone's.
 */
export default function ResultsPage() {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const role = () => session.user()?.role;
  /** Whose results this person reads: their own meetings, their teams', or everyone's. */
  const scope = () => {
    const user = session.user();
    return user ? scopeFor(user, "results.view") : null;
  };
  const ownMeetingsOnly = () => scope()?.kind === "own";
  const mayReadFreeText = () => hasPermission(role(), "results.freeText");

  const query = createMemo(() => parseResultsQuery(location.search), undefined, {
    equals: (a, b) => resultsSearch(a) === resultsSearch(b),
  });
  const filter = createMemo(() => resultsFilter(query()));

  // Another filter is another query; the last results stay on the page while the new ones load.
  const results = createApiQuery("qa.results", () => ({ input: filter() }));
  const teams = createApiQuery("admin.teams.list", () => ({ enabled: !ownMeetingsOnly() }));
  const versions = createApiQuery("tips.versions", () => ({ enabled: hasPermission(role(), "tips.view") }));

  /** The teams this person may filter by: every team, or their own. */
  const teamOptions = (): Team[] => {
    const list = teams.isSuccess ? teams.data : [];
    return list.filter((team) => actsForTeam(scope(), team.id));
  };
  const versionOptions = (): VersionSummary[] => (versions.isSuccess ? versions.data.filter((version) => version.status !== "draft") : []);

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
    const search = resultsSearch(next);
    setStatus("");
    setWaitingForApply(true);
    if (search === resultsSearch(query())) void results.refetch();
    else navigate(search ? `/results?${search}` : "/results");
  };

  return (
    <Page title={t("results:title")} intro={<p>{t("results:intro")}</p>}>
      <Card as="section" aria-labelledby="results-filters-title">
        <Stack>
          <h2 id="results-filters-title">{t("results:filters.title")}</h2>
          <FiltersForm
            query={query()}
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

type DateFieldName = "from" | "to";
const dateFields: readonly DateFieldName[] = ["from", "to"];

function FiltersForm(props: {
  query: ResultsQuery;
  /** Only their own meetings: no team filter. */
  ownMeetingsOnly: boolean;
  /** Their own teams only, to choose from. */
  ownTeamsOnly: boolean;
  teams: Team[];
  versions: VersionSummary[];
  busy: boolean;
  onApply: (query: ResultsQuery) => void;
  onReset: () => void;
}) {
  const { t, errorText, formSummary } = useI18n();
  const today = localDay(new Date());
  const defaults = defaultPeriod(today);

  const [version, setVersion] = createSignal("");
  const [from, setFrom] = createSignal("");
  const [to, setTo] = createSignal("");
  const [teams, setTeams] = createSignal<string[]>([]);
  const [types, setTypes] = createSignal<string[]>([]);
  const [kinds, setKinds] = createSignal<string[]>([]);

  const published = () => props.versions.find((candidate) => candidate.status === "published");

  // The boxes follow the address (first load, back and forward, a link from the tips page).
  createEffect(
    on(
      () => props.query,
      (query) => {
        batch(() => {
          setVersion(query.version ?? "");
          setFrom(query.from ?? (query.to ? "" : defaults.from));
          setTo(query.to ?? defaults.to);
          setTeams(query.teams);
          setTypes(query.types);
          setKinds(query.kinds);
        });
      },
    ),
  );

  const form = createForm<DateFieldName>({ fields: dateFields });
  const fieldId = (field: DateFieldName) => `results-${field}`;
  const label = (field: DateFieldName) => t(`results:filters.${field}`);
  const fieldError = (field: DateFieldName) => {
    const key = form.error(field);
    return key ? errorText(key) : undefined;
  };

  const reset = () => {
    batch(() => {
      setVersion("");
      setFrom(defaults.from);
      setTo(defaults.to);
      setTeams([]);
      setTypes([]);
      setKinds([]);
      form.clearErrors();
    });
    props.onReset();
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const period = { from: from().trim() || undefined, to: to().trim() || undefined };
    let next: ResultsQuery | null = null;
    await form.submit({
      check: () => validate<DateFieldName>(qaSchemas.resultsFilter, period),
      send: async () => {
        const chosenVersion = version();
        next = {
          ...chosenPeriod(from(), to(), today),
          ...(chosenVersion && chosenVersion !== published()?.id ? { version: chosenVersion } : {}),
          teams: teams(),
          types: types() as ResultsQuery["types"],
          kinds: kinds() as ResultsQuery["kinds"],
        };
      },
    });
    if (next) props.onApply(next);
  };

  return (
    <form class="stack" onSubmit={submit} noValidate>
      <ErrorSummary title={t("common:errorSummary.title")} failures={form.failures()} items={formSummary(form, fieldId, label)} />
      <Show when={props.versions.length > 0}>
        <Select
          id="results-version"
          label={t("results:filters.version")}
          description={t("results:filters.versionHint")}
          value={version() || published()?.id || ""}
          onChange={setVersion}
          options={props.versions.map((candidate) => ({
            value: candidate.id,
            label: t("results:filters.versionOption", {
              number: candidate.number,
              status: t(`tips:status.${candidate.status}`),
            }),
          }))}
        />
      </Show>
      <fieldset class="field results-period" aria-describedby="results-period-hint">
        <legend class="field__label">{t("results:filters.period")}</legend>
        <p id="results-period-hint" class="field__hint">
          {t("results:filters.periodHint")} {t("results:filters.periodDefault")}
        </p>
        <div class="results-period__dates">
          <DateField id={fieldId("from")} label={label("from")} value={from()} onInput={setFrom} error={fieldError("from")} />
          <DateField id={fieldId("to")} label={label("to")} value={to()} onInput={setTo} error={fieldError("to")} />
        </div>
      </fieldset>
      <Show
        when={!props.ownMeetingsOnly}
        fallback={
          <Alert variant="info" announce={false}>
            {t("results:filters.ownMeetings")}
          </Alert>
        }
      >
        <Show when={props.teams.length > 0}>
          <CheckboxGroup
            id="results-teams"
            name="results-teams"
            legend={t("results:filters.teams")}
            description={t(props.ownTeamsOnly ? "results:filters.teamsManagerHint" : "results:filters.choiceHint")}
            options={props.teams.map((team) => ({ value: team.id, label: team.name }))}
            value={teams()}
            onChange={setTeams}
          />
        </Show>
      </Show>
      <CheckboxGroup
        id="results-types"
        name="results-types"
        legend={t("results:filters.meetingTypes")}
        description={t("results:filters.choiceHint")}
        options={meetingTypes.map((type) => ({ value: type, label: t(`meetings:types.${type}`) }))}
        value={types()}
        onChange={setTypes}
      />
      <CheckboxGroup
        id="results-kinds"
        name="results-kinds"
        legend={t("results:filters.respondentKinds")}
        description={t("results:filters.choiceHint")}
        options={respondentKinds.map((kind) => ({ value: kind, label: t(`results:respondentKinds.${kind}`) }))}
        value={kinds()}
        onChange={setKinds}
      />
      <div class="cluster">
        <Button type="submit" loading={props.busy} loadingText={t("common:states.loading")}>
          {t("results:filters.apply")}
        </Button>
        <Button variant="secondary" onClick={reset}>
          {t("results:filters.reset")}
        </Button>
      </div>
    </form>
  );
}

/** A native date input (the phone's own date picker) with label and error, like TextField. */
function DateField(props: { id: string; label: string; error?: string; value: string; onInput: (value: string) => void }) {
  const errorId = `${props.id}-error-${createUniqueId()}`;
  return (
    <div class="field" data-invalid={props.error ? "" : undefined}>
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <Show when={props.error}>
        <div id={errorId} class="field__error">
          {props.error}
        </div>
      </Show>
      <input
        id={props.id}
        type="date"
        class="field__input field__input--date"
        value={props.value}
        min="2000-01-01"
        aria-describedby={props.error ? errorId : undefined}
        aria-invalid={props.error ? true : undefined}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </div>
  );
}
