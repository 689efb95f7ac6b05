import { createForm, type Problem, problemOf, validate } from "@heard/client";
import { authSchemas, isStaffRole, passwordRules, type StaffRole } from "@heard/domain";
import type { TranslationKey } from "@heard/i18n";
import { Alert, Button, Card, Dialog, ErrorSummary, Stack, TextField } from "@heard/ui";
import { createSignal, For, Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { RowActionLabel } from "../../components/RowActionLabel";
import { TableRegion } from "../../components/TableRegion";
import { useI18n } from "../../lib/i18n";
import { createApiMutation, createApiQuery } from "../../lib/queries";
import { useSession } from "../../lib/session";
import type { api } from "../../lib/trpc";
import { type StaffDetailField, StaffDetailFields } from "./StaffFields";

type StaffMember = Awaited<ReturnType<typeof api.admin.staff.list.query>>[number];
type Team = Awaited<ReturnType<typeof api.admin.teams.list.query>>[number];

type CreateField = "email" | "displayName" | "role" | "teamIds" | "password";
const createFields: readonly CreateField[] = ["email", "displayName", "role", "teamIds", "password"];
type EditField = StaffDetailField;
const editFields: readonly EditField[] = ["displayName", "role", "teamIds"];

const labelKeys: Record<CreateField, TranslationKey> = {
  email: "admin:staff.email",
  displayName: "admin:staff.name",
  role: "admin:staff.role",
  teamIds: "admin:staff.teams",
  password: "admin:staff.temporaryPassword",
};

export default function StaffPage() {
  const { t } = useI18n();
  const staff = createApiQuery("admin.staff.list");
  const teams = createApiQuery("admin.teams.list");
  const [notice, setNotice] = createSignal<string | null>(null);

  return (
    <Page title={t("admin:staff.title")}>
      <div aria-live="polite">
        <Show when={notice()}>
          {(text) => (
            <Alert variant="success" announce={false}>
              {text()}
            </Alert>
          )}
        </Show>
      </div>
      <LoadState query={teams}>
        {(teamList) => (
          <>
            <Card as="section" aria-labelledby="add-staff-title">
              <Stack>
                <h2 id="add-staff-title">{t("admin:staff.add")}</h2>
                <AddStaffForm teams={teamList()} onAdded={() => setNotice(t("admin:staff.created"))} />
              </Stack>
            </Card>
            <section class="stack" aria-labelledby="staff-list-title">
              <h2 id="staff-list-title">{t("admin:staff.listTitle")}</h2>
              <LoadState query={staff}>
                {(list) => (
                  <Show when={list().length > 0} fallback={<p>{t("admin:staff.empty")}</p>}>
                    <StaffTable staff={list()} teams={teamList()} onChanged={setNotice} />
                  </Show>
                )}
              </LoadState>
            </section>
          </>
        )}
      </LoadState>
    </Page>
  );
}

function AddStaffForm(props: { teams: Team[]; onAdded: () => void }) {
  const { t, errorText, formSummary } = useI18n();
  const [email, setEmail] = createSignal("");
  const [displayName, setDisplayName] = createSignal("");
  const [role, setRole] = createSignal<string>("");
  const [teamIds, setTeamIds] = createSignal<string[]>([]);
  const [password, setPassword] = createSignal("");
  const create = createApiMutation("admin.staff.create");
  const form = createForm<CreateField>({
    fields: createFields,
    messageFields: {
      emailTaken: "email",
      passwordTooShort: "password",
      passwordTooLong: "password",
      passwordCommon: "password",
    },
  });
  const fieldId = (field: CreateField) => `add-staff-${field}`;
  const label = (field: CreateField) => t(labelKeys[field]);
  const fieldError = (field: CreateField) => {
    const key = form.error(field);
    return key ? errorText(key) : undefined;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const input = {
      email: email(),
      displayName: displayName(),
      role: role(),
      teamIds: teamIds(),
      password: password(),
    };
    const ok = await form.submit({
      check: () => validate<CreateField>(authSchemas.createStaffUserInput, input),
      send: async () => {
        await create.mutateAsync({
          email: input.email.trim(),
          displayName: input.displayName.trim(),
          role: input.role as StaffRole,
          teamIds: input.teamIds,
          password: input.password,
        });
      },
    });
    if (ok) {
      setEmail("");
      setDisplayName("");
      setRole("");
      setTeamIds([]);
      setPassword("");
      props.onAdded();
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorSummary title={t("common:errorSummary.title")} failures={form.failures()} items={formSummary(form, fieldId, label)} />
        <TextField
          id={fieldId("email")}
          type="email"
          label={label("email")}
          value={email()}
          onInput={setEmail}
          error={fieldError("email")}
          autocomplete="off"
          required
        />
        <StaffDetailFields
          fieldId={fieldId}
          label={label}
          error={fieldError}
          displayName={displayName()}
          onDisplayName={setDisplayName}
          role={role()}
          onRole={setRole}
          rolePlaceholder={t("admin:staff.chooseRole")}
          teamIds={teamIds()}
          onTeamIds={setTeamIds}
          teams={props.teams}
        />
        <TextField
          id={fieldId("password")}
          type="text"
          label={label("password")}
          description={`${t("admin:staff.temporaryPasswordHint")} ${t("auth:changePassword.rules", { min: passwordRules.staffMin })}`}
          value={password()}
          onInput={setPassword}
          error={fieldError("password")}
          autocomplete="off"
          spellcheck={false}
          dir="ltr"
          required
        />
        <div>
          <Button type="submit" loading={form.busy()} loadingText={t("common:states.saving")}>
            {t("admin:staff.submit")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function StaffTable(props: { staff: StaffMember[]; teams: Team[]; onChanged: (message: string) => void }) {
  const { t, errorText } = useI18n();
  const session = useSession();
  const [editing, setEditing] = createSignal<StaffMember | null>(null);
  const [switching, setSwitching] = createSignal<StaffMember | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [switchError, setSwitchError] = createSignal<Problem | null>(null);
  const switchAccount = createApiMutation("admin.staff.setDisabled");

  const teamNames = (ids: string[]) => {
    if (ids.length === 0) return t("admin:staff.noTeams");
    return ids.map((id) => props.teams.find((team) => team.id === id)?.name ?? "?").join(", ");
  };

  const setDisabled = async () => {
    const person = switching();
    if (!person || busy()) return;
    const disable = !person.disabledAt;
    setBusy(true);
    setSwitchError(null);
    try {
      await switchAccount.mutateAsync({ id: person.id, disabled: disable });
      setSwitching(null);
      props.onChanged(t(disable ? "admin:staff.disabled" : "admin:staff.enabled", { name: person.displayName }));
    } catch (thrown) {
      setSwitchError(problemOf(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <TableRegion caption={t("admin:staff.listTitle")}>
        <thead>
          <tr>
            <th scope="col">{t("admin:staff.name")}</th>
            <th scope="col">{t("admin:staff.email")}</th>
            <th scope="col">{t("admin:staff.role")}</th>
            <th scope="col">{t("admin:staff.teams")}</th>
            <th scope="col">{t("admin:staff.status")}</th>
            <th scope="col">{t("admin:staff.actions")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.staff}>
            {(person) => (
              <tr>
                <th scope="row">{person.displayName}</th>
                <td dir="ltr" class="nowrap">
                  {person.email}
                </td>
                <td>{isStaffRole(person.role) ? t(`admin:roles.${person.role}`) : person.role}</td>
                <td>{teamNames(person.teamIds)}</td>
                <td>{person.disabledAt ? t("admin:status.disabled") : t("admin:status.active")}</td>
                <td>
                  <div class="cluster cluster--nowrap">
                    <Button variant="secondary" onClick={() => setEditing(person)}>
                      <RowActionLabel label={t("admin:staff.change")} name={person.displayName} />
                    </Button>
                    <Show when={person.id !== session.user()?.id}>
                      <Button
                        variant={person.disabledAt ? "secondary" : "danger"}
                        onClick={() => {
                          setSwitchError(null);
                          setSwitching(person);
                        }}
                      >
                        <RowActionLabel
                          label={t(person.disabledAt ? "admin:staff.enable" : "admin:staff.disable")}
                          name={person.displayName}
                        />
                      </Button>
                    </Show>
                  </div>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </TableRegion>

      <Show when={editing()}>
        {(person) => (
          <EditStaffDialog
            person={person()}
            teams={props.teams}
            onClose={() => setEditing(null)}
            onSaved={(name) => {
              setEditing(null);
              props.onChanged(t("admin:staff.updated", { name }));
            }}
          />
        )}
      </Show>

      <Dialog
        open={switching() !== null}
        onOpenChange={(isOpen) => {
          if (!isOpen) setSwitching(null);
        }}
        title={t(switching()?.disabledAt ? "admin:staff.enableTitle" : "admin:staff.disableTitle", {
          name: switching()?.displayName ?? "",
        })}
        description={t(switching()?.disabledAt ? "admin:staff.enableExplain" : "admin:staff.disableExplain", {
          name: switching()?.displayName ?? "",
        })}
        closeLabel={t("common:actions.close")}
        footer={
          <>
            <Button
              variant={switching()?.disabledAt ? "primary" : "danger"}
              loading={busy()}
              loadingText={t("common:states.saving")}
              onClick={() => void setDisabled()}
            >
              {t(switching()?.disabledAt ? "admin:staff.enable" : "admin:staff.disable")}
            </Button>
            <Button variant="secondary" onClick={() => setSwitching(null)}>
              {t("common:actions.cancel")}
            </Button>
          </>
        }
      >
        <Show when={switchError()}>{(problem) => <Alert variant="danger">{errorText(problem())}</Alert>}</Show>
      </Dialog>
    </>
  );
}

function EditStaffDialog(props: {
  person: StaffMember;
  teams: Team[];
  onClose: () => void;
  /** Called with the saved name (the dialog closes; read nothing from it afterwards). */
  onSaved: (name: string) => void;
}) {
  const { t, errorText, formSummary } = useI18n();
  const [displayName, setDisplayName] = createSignal(props.person.displayName);
  const [role, setRole] = createSignal<string>(props.person.role);
  const [teamIds, setTeamIds] = createSignal<string[]>([...props.person.teamIds]);
  const form = createForm<EditField>({ fields: editFields });
  const update = createApiMutation("admin.staff.update");
  const fieldId = (field: EditField) => `edit-staff-${field}`;
  const label = (field: EditField) => t(labelKeys[field]);
  const fieldError = (field: EditField) => {
    const key = form.error(field);
    return key ? errorText(key) : undefined;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const name = displayName().trim();
    const ok = await form.submit({
      check: () => {
        const problems = validate<EditField>(authSchemas.createStaffUserInput.pick({ displayName: true, role: true, teamIds: true }), {
          displayName: displayName(),
          role: role(),
          teamIds: teamIds(),
        });
        return problems;
      },
      send: async () => {
        await update.mutateAsync({
          id: props.person.id,
          displayName: name,
          role: role() as StaffRole,
          teamIds: teamIds(),
        });
      },
    });
    if (ok) props.onSaved(name);
  };

  return (
    <Dialog
      defaultOpen
      onOpenChange={(isOpen) => {
        if (!isOpen) props.onClose();
      }}
      title={t("admin:staff.changeFor", { name: props.person.displayName })}
      closeLabel={t("common:actions.close")}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorSummary title={t("common:errorSummary.title")} failures={form.failures()} items={formSummary(form, fieldId, label)} />
          <StaffDetailFields
            fieldId={fieldId}
            label={label}
            error={fieldError}
            displayName={displayName()}
            onDisplayName={setDisplayName}
            role={role()}
            onRole={setRole}
            teamIds={teamIds()}
            onTeamIds={setTeamIds}
            teams={props.teams}
          />
          <div class="cluster">
            <Button type="submit" loading={form.busy()} loadingText={t("common:states.saving")}>
              {t("common:actions.save")}
            </Button>
            <Button variant="secondary" onClick={() => props.onClose()}>
              {t("common:actions.cancel")}
            </Button>
          </div>
        </Stack>
      </form>
    </Dialog>
  );
}
