import { createForm, localDay, validate } from "@heard/client";
import { defaultResultsMonths, meetingTypes, qaSchemas, respondentKinds, resultsMonthOf } from "@heard/domain";
import { Alert, Button, ErrorSummary, Select } from "@heard/ui";
import { batch, createEffect, createSignal, createUniqueId, type JSX, on, Show } from "solid-js";
import { CheckboxGroup } from "../../components/CheckboxGroup";
import { useI18n } from "../../lib/i18n";
import type { api } from "../../lib/trpc";
import { chosenPeriod, defaultPeriod, type ResultsQuery } from "./filters";

export type Team = Awaited<ReturnType<typeof api.admin.teams.list.query>>[number];
export type VersionSummary = Awaited<ReturnType<typeof api.tips.versions.query>>[number];

type DateFieldName = "from" | "to";
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const dateFields: readonly DateFieldName[] = ["from", "to"];

/**
 * The results' filters, compact: the version as a select, and the dates and each list of
 * choices (teams, meeting types, who answered) folded into a disclosure that says what is chosen.
 */
export function FiltersForm(props: {
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
  const { t, errorText, formSummary, formatDate } = useI18n();
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

  const periodHasError = () => dateFields.some((field) => form.error(field) !== undefined);
  /** "1 Jan 2026 to 3 Dec 2026": the dates in the boxes, or what an empty start means. */
  const periodSummary = () => {
    const end = isDay(to()) ? to() : today;
    const start = isDay(from()) ? from() : resultsMonthOf(end, 1 - defaultResultsMonths);
    return t("results:summary.period", { from: formatDate(start, "day"), to: formatDate(end, "day") });
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
      <Show when={props.ownMeetingsOnly}>
        <Alert variant="info" announce={false}>
          {t("results:filters.ownMeetings")}
        </Alert>
      </Show>
      <div class="results-filters">
        <Show when={props.versions.length > 0}>
          <Select
            id="results-version"
            label={t("results:filters.version")}
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
        <FilterDisclosure name={t("results:filters.period")} summary={periodSummary()} forceOpen={periodHasError()}>
          <fieldset class="field results-period" aria-describedby="results-period-hint">
            <legend class="visually-hidden">{t("results:filters.period")}</legend>
            <p id="results-period-hint" class="field__hint">
              {t("results:filters.periodHint")} {t("results:filters.periodDefault")}
            </p>
            <div class="results-period__dates">
              <DateField id={fieldId("from")} label={label("from")} value={from()} onInput={setFrom} error={fieldError("from")} />
              <DateField id={fieldId("to")} label={label("to")} value={to()} onInput={setTo} error={fieldError("to")} />
            </div>
          </fieldset>
        </FilterDisclosure>
        <Show when={!props.ownMeetingsOnly && props.teams.length > 0}>
          <ChoiceFilter
            id="results-teams"
            legend={t("results:filters.teams")}
            all={t("results:filters.allTeams")}
            description={t(props.ownTeamsOnly ? "results:filters.teamsManagerHint" : "results:filters.choiceHint")}
            options={props.teams.map((team) => ({ value: team.id, label: team.name }))}
            value={teams()}
            onChange={setTeams}
          />
        </Show>
        <ChoiceFilter
          id="results-types"
          legend={t("results:filters.meetingTypes")}
          all={t("results:filters.allMeetingTypes")}
          description={t("results:filters.choiceHint")}
          options={meetingTypes.map((type) => ({ value: type, label: t(`meetings:types.${type}`) }))}
          value={types()}
          onChange={setTypes}
        />
        <ChoiceFilter
          id="results-kinds"
          legend={t("results:filters.respondentKinds")}
          all={t("results:filters.everyone")}
          description={t("results:filters.choiceHint")}
          options={respondentKinds.map((kind) => ({ value: kind, label: t(`results:respondentKinds.${kind}`) }))}
          value={kinds()}
          onChange={setKinds}
        />
      </div>
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

/** A list of choices folded into a disclosure that says what is chosen ("All teams", "3 chosen"). */
function ChoiceFilter(props: {
  id: string;
  legend: string;
  /** What choosing none means: "All teams". */
  all: string;
  description: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
}) {
  const { t } = useI18n();
  const chosen = () => props.options.filter((option) => props.value.includes(option.value));
  const summary = () => {
    const names = chosen().map((option) => option.label);
    if (names.length === 0) return props.all;
    return names.length <= 2 ? names.join(", ") : t("results:filters.chosen", { count: names.length });
  };
  return (
    <FilterDisclosure name={props.legend} summary={summary()}>
      <CheckboxGroup
        id={props.id}
        name={props.id}
        legend={props.legend}
        hideLegend
        description={props.description}
        options={props.options}
        value={props.value}
        onChange={props.onChange}
      />
    </FilterDisclosure>
  );
}

/**
 * One filter folded away: its name, then a box saying what it is set to, like a select; a
 * native <details>, so it opens from the keyboard and screen readers say whether it is open.
 * `forceOpen` keeps it open while it holds a mistake to put right.
 */
function FilterDisclosure(props: { name: string; summary: string; forceOpen?: boolean; children: JSX.Element }) {
  const [open, setOpen] = createSignal(false);
  return (
    <details class="choice-filter" open={open() || props.forceOpen} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary class="choice-filter__summary">
        <span class="choice-filter__name">{props.name}</span>
        <span class="choice-filter__box">{props.summary}</span>
      </summary>
      {props.children}
    </details>
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
