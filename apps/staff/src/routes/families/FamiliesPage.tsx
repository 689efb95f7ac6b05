import { createForm, type Problem, problemOf, validate } from "@heard/client";
import { actsForTeam, authSchemas, hasPermission, type Language, type MemberKind, scopeFor } from "@heard/domain";
import { languageNames, supportedLanguages, type TranslationKey } from "@heard/i18n";
import { Alert, Button, Card, Dialog, ErrorSummary, RadioGroup, Select, Stack, TextField } from "@heard/ui";
import { A } from "@solidjs/router";
import { createSignal, For, Match, Show, Switch } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { RowActionLabel } from "../../components/RowActionLabel";
import { TableRegion } from "../../components/TableRegion";
import { useI18n } from "../../lib/i18n";
import { createApiMutation, createApiQuery } from "../../lib/queries";
import { useSession } from "../../lib/session";
import type { api } from "../../lib/trpc";
import { CodeIssued, type IssuedCode } from "./CodeIssued";

type Field = "displayName" | "memberKind" | "preferredLanguage" | "teamId";
const fields: readonly Field[] = ["displayName", "memberKind", "preferredLanguage", "teamId"];

type Family = Awaited<ReturnType<typeof api.admin.families.list.query>>[number];
type Team = Awaited<ReturnType<typeof api.admin.teams.list.query>>[number];

const labelKeys: Record<Field, TranslationKey> = {
  displayName: "admin:families.displayName",
  memberKind: "admin:families.memberKind",
  preferredLanguage: "admin:families.preferredLanguage",
  teamId: "admin:families.team",
};

export default function FamiliesPage() {
  const { t, language, errorText } = useI18n();
  const session = useSession();
  const families = createApiQuery("admin.families.list");
  const allTeams = createApiQuery("admin.teams.list");

  /** The teams this person may create accounts in: every team for an organisation-wide role, else their own. */
  const myTeams = (): Team[] => {
    const user = session.user();
    const teams = allTeams.isSuccess ? allTeams.data : [];
    const scope = user ? scopeFor(user, "families.manage") : null;
    return teams.filter((team) => actsForTeam(scope, team.id));
  };

  const [issued, setIssued] = createSignal<IssuedCode | null>(null);
  let issuedHeading: HTMLElement | undefined;

  return (
    <Page title={t("admin:families.title")} intro={<p>{t("admin:families.intro")}</p>}>
      <Show when={issued()}>
        {(code) => (
          <Card as="section" class="card--highlight" aria-labelledby="issued-code-title">
            <CodeIssued
              issued={code()}
              headingLevel="h2"
              headingRef={(element) => {
                element.id = "issued-code-title";
                issuedHeading = element;
              }}
            />
          </Card>
        )}
      </Show>

      <Card as="section" aria-labelledby="create-family-title">
        <Stack>
          <h2 id="create-family-title">{t("admin:families.add")}</h2>
          <LoadState query={allTeams}>
            {() => (
              <Show when={myTeams().length > 0} fallback={<Alert variant="warning">{t("admin:families.noTeams")}</Alert>}>
                <CreateFamilyForm
                  teams={myTeams()}
                  defaultLanguage={language()}
                  onCreated={(created) => {
                    setIssued(created);
                    queueMicrotask(() => issuedHeading?.focus());
                  }}
                />
              </Show>
            )}
          </LoadState>
        </Stack>
      </Card>

      <section class="stack" aria-labelledby="families-list-title">
        <h2 id="families-list-title">{t("admin:families.listTitle")}</h2>
        <LoadState query={families}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>{t("admin:families.empty")}</p>}>
              <FamiliesTable families={list()} errorText={errorText} />
            </Show>
          )}
        </LoadState>
      </section>
    </Page>
  );
}

function CreateFamilyForm(props: { teams: Team[]; defaultLanguage: Language; onCreated: (issued: IssuedCode) => void }) {
  const { t, errorText, formSummary } = useI18n();
  const [displayName, setDisplayName] = createSignal("");
  const [memberKind, setMemberKind] = createSignal<MemberKind | "">("");
  const [preferredLanguage, setPreferredLanguage] = createSignal<string>(props.defaultLanguage);
  // Preselected when the person acts for one team only.
  const [teamId, setTeamId] = createSignal(props.teams.length === 1 ? (props.teams[0]?.id ?? "") : "");

  const form = createForm<Field>({ fields, messageFields: { teamRequired: "teamId" } });
  const create = createApiMutation("admin.families.create");
  const fieldId = (field: Field) => `family-${field}`;
  const label = (field: Field) => t(labelKeys[field]);
  const fieldError = (field: Field) => {
    const key = form.error(field);
    return key ? errorText(key) : undefined;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const input = {
      displayName: displayName(),
      memberKind: memberKind(),
      preferredLanguage: preferredLanguage(),
      teamId: teamId(),
    };
    let created: IssuedCode | null = null;
    await form.submit({
      check: () => {
        const problems = validate<Field>(authSchemas.createFamilyAccountInput, input);
        if (!input.teamId) problems.teamId = "teamRequired";
        return problems;
      },
      send: async () => {
        const result = await create.mutateAsync({
          displayName: input.displayName.trim(),
          memberKind: input.memberKind as MemberKind,
          preferredLanguage: input.preferredLanguage as Language,
          teamId: input.teamId,
        });
        created = {
          familyName: input.displayName.trim(),
          code: result.code,
          expiresAt: result.expiresAt,
          kind: "created",
        };
      },
    });
    if (created) {
      setDisplayName("");
      setMemberKind("");
      props.onCreated(created);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorSummary title={t("common:errorSummary.title")} failures={form.failures()} items={formSummary(form, fieldId, label)} />
        <TextField
          id={fieldId("displayName")}
          label={label("displayName")}
          description={t("admin:families.displayNameHint")}
          value={displayName()}
          onInput={setDisplayName}
          error={fieldError("displayName")}
          maxLength={80}
          autocomplete="off"
          required
        />
        <RadioGroup
          name={fieldId("memberKind")}
          label={label("memberKind")}
          value={memberKind() || undefined}
          onChange={(value) => setMemberKind(value as MemberKind)}
          error={fieldError("memberKind")}
          options={[
            { value: "child", label: t("admin:families.memberKinds.child") },
            { value: "parent", label: t("admin:families.memberKinds.parent") },
          ]}
          required
        />
        <Select
          id={fieldId("preferredLanguage")}
          label={label("preferredLanguage")}
          description={t("admin:families.preferredLanguageHint")}
          value={preferredLanguage()}
          onChange={setPreferredLanguage}
          error={fieldError("preferredLanguage")}
          options={supportedLanguages.map((code) => ({ value: code, label: languageNames[code], lang: code }))}
          required
        />
        <Select
          id={fieldId("teamId")}
          label={label("teamId")}
          value={teamId()}
          onChange={setTeamId}
          error={fieldError("teamId")}
          placeholder={props.teams.length > 1 ? t("admin:families.chooseTeam") : undefined}
          options={props.teams.map((team) => ({ value: team.id, label: team.name }))}
          required
        />
        <div>
          <Button type="submit" loading={form.busy()} loadingText={t("common:states.saving")}>
            {t("admin:families.submit")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function FamiliesTable(props: { families: Family[]; errorText: (error: Problem) => string }) {
  const { t } = useI18n();
  const session = useSession();
  const writesLetters = () => hasPermission(session.user()?.role, "letters.write");
  const [target, setTarget] = createSignal<Family | null>(null);
  const [reissued, setReissued] = createSignal<IssuedCode | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<Problem | null>(null);
  const issueCode = createApiMutation("admin.families.issueCode");
  let codeHeading: HTMLElement | undefined;

  const open = (family: Family) => {
    setReissued(null);
    setError(null);
    setTarget(family);
  };
  const close = () => {
    setTarget(null);
    setReissued(null);
    setError(null);
  };
  const issue = async () => {
    const family = target();
    if (!family || busy()) return;
    setBusy(true);
    setError(null);
    try {
      const result = await issueCode.mutateAsync({ id: family.id });
      setReissued({ familyName: family.displayName, code: result.code, expiresAt: result.expiresAt, kind: "reissued" });
      queueMicrotask(() => codeHeading?.focus());
    } catch (thrown) {
      setError(problemOf(thrown));
    } finally {
      setBusy(false);
    }
  };

  const status = (family: Family) => {
    if (family.disabledAt) return t("admin:status.disabled");
    return family.activated ? t("admin:status.active") : t("admin:status.waiting");
  };

  return (
    <>
      <TableRegion caption={t("admin:families.listTitle")}>
        <thead>
          <tr>
            <th scope="col">{t("admin:families.columns.name")}</th>
            <th scope="col">{t("admin:families.columns.memberKind")}</th>
            <th scope="col">{t("admin:families.columns.team")}</th>
            <th scope="col">{t("admin:families.columns.language")}</th>
            <th scope="col">{t("admin:families.columns.status")}</th>
            <th scope="col">{t("admin:families.columns.actions")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.families}>
            {(family) => (
              <tr>
                <th scope="row">{family.displayName}</th>
                <td>{family.memberKind ? t(`admin:families.memberKinds.${family.memberKind}`) : ""}</td>
                <td>{family.teamName}</td>
                <td lang={family.preferredLanguage}>{languageNames[family.preferredLanguage]}</td>
                <td>{status(family)}</td>
                <td>
                  <Show when={!family.disabledAt}>
                    <div class="cluster">
                      <Button variant="secondary" onClick={() => open(family)}>
                        <RowActionLabel label={t("admin:families.newCode")} name={family.displayName} />
                      </Button>
                      <Show when={writesLetters()}>
                        <A href={`/letters/new?family=${family.id}`} class="btn btn--secondary">
                          <RowActionLabel label={t("letters:start.write")} name={family.displayName} />
                        </A>
                      </Show>
                    </div>
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </TableRegion>
      <Dialog
        open={target() !== null}
        onOpenChange={(isOpen) => {
          if (!isOpen) close();
        }}
        title={t("admin:families.newCodeFor", { name: target()?.displayName ?? "" })}
        closeLabel={t("common:actions.close")}
        footer={
          <Switch>
            <Match when={reissued()}>
              <Button onClick={close}>{t("common:actions.done")}</Button>
            </Match>
            <Match when={!reissued()}>
              <Button loading={busy()} loadingText={t("common:states.saving")} onClick={() => void issue()}>
                {t("admin:families.newCode")}
              </Button>
              <Button variant="secondary" onClick={close}>
                {t("common:actions.cancel")}
              </Button>
            </Match>
          </Switch>
        }
      >
        <Switch>
          <Match when={reissued()}>
            {(code) => (
              <CodeIssued
                issued={code()}
                headingLevel="h3"
                headingRef={(element) => {
                  codeHeading = element;
                }}
              />
            )}
          </Match>
          <Match when={!reissued()}>
            <p>{t("admin:families.newCodeExplain", { name: target()?.displayName ?? "" })}</p>
            <Show when={error()}>{(problem) => <Alert variant="danger">{props.errorText(problem())}</Alert>}</Show>
          </Match>
        </Switch>
      </Dialog>
    </>
  );
}
