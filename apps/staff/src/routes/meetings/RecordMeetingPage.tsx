import { createForm, localDay, validate } from "@heard/client";
import { actsForTeam, type MeetingType, meetingDateProblem, meetingDaysAhead, meetingSchemas, meetingTypes, scopeFor } from "@heard/domain";
import type { TranslationKey } from "@heard/i18n";
import { Alert, Button, Card, ErrorSummary, Select, Stack, TextField } from "@heard/ui";
import { A, useNavigate } from "@solidjs/router";
import { createEffect, createSignal, createUniqueId, Match, on, Show, Switch } from "solid-js";
import { CheckboxGroup } from "../../components/CheckboxGroup";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { createApiMutation, createApiQuery } from "../../lib/queries";
import { useSession } from "../../lib/session";
import type { api } from "../../lib/trpc";
import "./meetings.css";

type Field = "type" | "heldOn" | "teamId" | "workerIds" | "caseReference";
const fields: readonly Field[] = ["type", "heldOn", "teamId", "workerIds", "caseReference"];

type Team = Awaited<ReturnType<typeof api.admin.teams.list.query>>[number];

const labelKeys: Record<Field, TranslationKey> = {
  type: "meetings:form.type",
  heldOn: "meetings:form.heldOn",
  teamId: "meetings:form.team",
  workerIds: "meetings:form.workers",
  caseReference: "meetings:form.caseReference",
};

/** "Record a meeting": the type, the day, the team, the workers it is about, a case reference. */
export default function RecordMeetingPage() {
  const { t } = useI18n();
  const session = useSession();
  const teams = createApiQuery("admin.teams.list");
  // Those who record meetings do so for the teams `meetings.record` lets them act for (as the API decides).
  const myTeams = (list: Team[]) => {
    const user = session.user();
    const scope = user ? scopeFor(user, "meetings.record") : null;
    return list.filter((team) => actsForTeam(scope, team.id));
  };

  return (
    <Page title={t("meetings:form.title")} intro={<p>{t("meetings:form.intro")}</p>}>
      <p>
        <A href="/meetings">{t("meetings:detail.back")}</A>
      </p>
      <LoadState query={teams}>
        {(list) => (
          <Show when={myTeams(list()).length > 0} fallback={<Alert variant="warning">{t("meetings:form.noTeams")}</Alert>}>
            <Card>
              <RecordMeetingForm teams={myTeams(list())} />
            </Card>
          </Show>
        )}
      </LoadState>
    </Page>
  );
}

function RecordMeetingForm(props: { teams: Team[] }) {
  const { t, errorText, formSummary } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const me = () => session.user()?.id ?? "";

  const [type, setType] = createSignal<string>("");
  const [heldOn, setHeldOn] = createSignal(localDay(new Date()));
  const [teamId, setTeamId] = createSignal(props.teams.length === 1 ? (props.teams[0]?.id ?? "") : "");
  const [workerIds, setWorkerIds] = createSignal<string[]>(me() ? [me()] : []);
  const [caseReference, setCaseReference] = createSignal("");

  const colleagues = createApiQuery("meetings.colleagues", () => ({ input: { teamId: teamId() }, enabled: teamId() !== "" }));
  const record = createApiMutation("meetings.create");
  // Another team, other people: start again from "me".
  createEffect(on(teamId, () => setWorkerIds(me() ? [me()] : []), { defer: true }));

  const form = createForm<Field>({
    fields,
    messageFields: {
      meetingDateInFuture: "heldOn",
      invalidDate: "heldOn",
      meetingWorkerNotInTeam: "workerIds",
      teamRequired: "teamId",
    },
  });
  const fieldId = (field: Field) => `meeting-${field}`;
  const label = (field: Field) => t(labelKeys[field]);
  const fieldError = (field: Field) => {
    const key = form.error(field);
    return key ? errorText(key) : undefined;
  };

  const workerOptions = () => {
    const list = colleagues.isSuccess ? colleagues.data : [];
    const mine = list.filter((person) => person.id === me());
    const others = list.filter((person) => person.id !== me());
    return [
      ...mine.map((person) => ({ value: person.id, label: t("meetings:form.you", { name: person.displayName }) })),
      ...others.map((person) => ({ value: person.id, label: person.displayName })),
    ];
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const input = {
      type: type(),
      heldOn: heldOn(),
      teamId: teamId(),
      workerIds: workerIds(),
      caseReference: caseReference(),
    };
    let createdId: string | null = null;
    await form.submit({
      check: () => {
        const problems = validate<Field>(meetingSchemas.recordMeetingInput, input);
        if (!problems.heldOn) {
          const dateProblem = meetingDateProblem(input.heldOn.trim(), new Date());
          if (dateProblem) problems.heldOn = dateProblem;
        }
        return problems;
      },
      send: async () => {
        const meeting = await record.mutateAsync({
          type: input.type as MeetingType,
          heldOn: input.heldOn.trim(),
          teamId: input.teamId,
          workerIds: input.workerIds,
          caseReference: input.caseReference.trim() || undefined,
        });
        createdId = meeting.id;
      },
    });
    if (createdId) navigate(`/meetings/${createdId}`);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorSummary title={t("common:errorSummary.title")} failures={form.failures()} items={formSummary(form, fieldId, label)} />
        <Select
          id={fieldId("type")}
          label={label("type")}
          value={type()}
          onChange={setType}
          placeholder={t("meetings:form.chooseType")}
          options={meetingTypes.map((value) => ({ value, label: t(`meetings:types.${value}`) }))}
          error={fieldError("type")}
          required
        />
        <DateField
          id={fieldId("heldOn")}
          label={label("heldOn")}
          description={t("meetings:form.heldOnHint")}
          value={heldOn()}
          onInput={setHeldOn}
          max={localDay(new Date(Date.now() + meetingDaysAhead * 24 * 60 * 60 * 1000))}
          error={fieldError("heldOn")}
        />
        <Select
          id={fieldId("teamId")}
          label={label("teamId")}
          value={teamId()}
          onChange={setTeamId}
          placeholder={props.teams.length > 1 ? t("meetings:form.chooseTeam") : undefined}
          options={props.teams.map((team) => ({ value: team.id, label: team.name }))}
          error={fieldError("teamId")}
          required
        />
        <Switch>
          <Match when={!teamId()}>
            <fieldset id={fieldId("workerIds")} class="field" aria-describedby={`${fieldId("workerIds")}-hint`}>
              <legend class="field__label">{label("workerIds")}</legend>
              <p id={`${fieldId("workerIds")}-hint`} class="field__hint">
                {t("meetings:form.chooseTeamFirst")}
              </p>
              <Show when={fieldError("workerIds")}>
                <p class="field__error">{fieldError("workerIds")}</p>
              </Show>
            </fieldset>
          </Match>
          <Match when={teamId()}>
            <LoadState query={colleagues}>
              {() => (
                <CheckboxGroup
                  id={fieldId("workerIds")}
                  name={fieldId("workerIds")}
                  legend={label("workerIds")}
                  description={t("meetings:form.workersHint")}
                  options={workerOptions()}
                  value={workerIds()}
                  onChange={setWorkerIds}
                  error={fieldError("workerIds")}
                />
              )}
            </LoadState>
          </Match>
        </Switch>
        <TextField
          id={fieldId("caseReference")}
          label={`${label("caseReference")} ${t("common:form.optional")}`}
          description={t("meetings:form.caseReferenceHint")}
          value={caseReference()}
          onInput={setCaseReference}
          error={fieldError("caseReference")}
          maxLength={100}
          autocomplete="off"
          spellcheck={false}
          dir="ltr"
        />
        <div>
          <Button type="submit" loading={form.busy()} loadingText={t("common:states.saving")}>
            {t("meetings:form.submit")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** A native date input (the phone's own date picker) with label, hint and error, like TextField. */
function DateField(props: {
  id: string;
  label: string;
  description?: string;
  error?: string;
  value: string;
  onInput: (value: string) => void;
  max?: string;
}) {
  const hintId = `${props.id}-hint-${createUniqueId()}`;
  const errorId = `${props.id}-error`;
  const describedBy = () => [props.description && hintId, props.error && errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div class="field" data-invalid={props.error ? "" : undefined}>
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <Show when={props.description}>
        <div id={hintId} class="field__hint">
          {props.description}
        </div>
      </Show>
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
        max={props.max}
        min="2000-01-01"
        required
        aria-describedby={describedBy()}
        aria-invalid={props.error ? true : undefined}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </div>
  );
}
