import { createForm, validate } from "@heard/client";
import { adminSchemas } from "@heard/domain";
import { Alert, Button, Card, Dialog, ErrorSummary, Stack, TextField } from "@heard/ui";
import { createSignal, For, Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { RowActionLabel } from "../../components/RowActionLabel";
import { TableRegion } from "../../components/TableRegion";
import { useI18n } from "../../lib/i18n";
import { createApiMutation, createApiQuery } from "../../lib/queries";
import type { api } from "../../lib/trpc";

type Team = Awaited<ReturnType<typeof api.admin.teams.list.query>>[number];
type Field = "name";

export default function TeamsPage() {
  const { t } = useI18n();
  const teams = createApiQuery("admin.teams.list");
  const [notice, setNotice] = createSignal<string | null>(null);

  return (
    <Page title={t("admin:teams.title")}>
      <div aria-live="polite">
        <Show when={notice()}>
          {(text) => (
            <Alert variant="success" announce={false}>
              {text()}
            </Alert>
          )}
        </Show>
      </div>
      <Card as="section" aria-labelledby="add-team-title">
        <Stack>
          <h2 id="add-team-title">{t("admin:teams.add")}</h2>
          <AddTeamForm onAdded={(name) => setNotice(t("admin:teams.created", { name }))} />
        </Stack>
      </Card>
      <section class="stack" aria-labelledby="teams-list-title">
        <h2 id="teams-list-title">{t("admin:teams.listTitle")}</h2>
        <LoadState query={teams}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>{t("admin:teams.empty")}</p>}>
              <TeamsTable teams={list()} onRenamed={(name) => setNotice(t("admin:teams.renamed", { name }))} />
            </Show>
          )}
        </LoadState>
      </section>
    </Page>
  );
}

function AddTeamForm(props: { onAdded: (name: string) => void }) {
  const { t, errorText, formSummary } = useI18n();
  const [name, setName] = createSignal("");
  const form = createForm<Field>({ fields: ["name"], messageFields: { teamNameTaken: "name" } });
  const create = createApiMutation("admin.teams.create");
  const fieldId = () => "add-team-name";
  const label = () => t("admin:teams.name");

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const typed = name().trim();
    const ok = await form.submit({
      check: () => validate<Field>(adminSchemas.teamInput, { name: name() }),
      send: async () => {
        await create.mutateAsync({ name: typed });
      },
    });
    if (ok) {
      setName("");
      props.onAdded(typed);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorSummary title={t("common:errorSummary.title")} failures={form.failures()} items={formSummary(form, fieldId, label)} />
        <TextField
          id={fieldId()}
          label={label()}
          value={name()}
          onInput={setName}
          error={form.error("name") ? errorText(form.error("name") as string) : undefined}
          maxLength={80}
          autocomplete="off"
          required
        />
        <div>
          <Button type="submit" loading={form.busy()} loadingText={t("common:states.saving")}>
            {t("admin:teams.submit")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function TeamsTable(props: { teams: Team[]; onRenamed: (name: string) => void }) {
  const { t, errorText, formSummary } = useI18n();
  const [target, setTarget] = createSignal<Team | null>(null);
  const [newName, setNewName] = createSignal("");
  const form = createForm<Field>({ fields: ["name"], messageFields: { teamNameTaken: "name" } });
  const rename = createApiMutation("admin.teams.rename");
  const fieldId = () => "rename-team-name";
  const label = () => t("admin:teams.newName");

  const open = (team: Team) => {
    form.clearErrors();
    setNewName(team.name);
    setTarget(team);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const team = target();
    if (!team) return;
    const typed = newName().trim();
    const ok = await form.submit({
      check: () => validate<Field>(adminSchemas.teamInput, { name: newName() }),
      send: async () => {
        await rename.mutateAsync({ id: team.id, name: typed });
      },
    });
    if (ok) {
      setTarget(null);
      props.onRenamed(typed);
    }
  };

  return (
    <>
      <TableRegion caption={t("admin:teams.listTitle")}>
        <thead>
          <tr>
            <th scope="col">{t("admin:teams.name")}</th>
            <th scope="col">{t("admin:teams.members")}</th>
            <th scope="col">{t("admin:teams.actions")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.teams}>
            {(team) => (
              <tr>
                <th scope="row">{team.name}</th>
                <td class="numeric">{team.members}</td>
                <td>
                  <Button variant="secondary" onClick={() => open(team)}>
                    <RowActionLabel label={t("admin:teams.rename")} name={team.name} />
                  </Button>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </TableRegion>
      <Dialog
        open={target() !== null}
        onOpenChange={(isOpen) => {
          if (!isOpen) setTarget(null);
        }}
        title={t("admin:teams.renameTeam", { name: target()?.name ?? "" })}
        closeLabel={t("common:actions.close")}
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <ErrorSummary title={t("common:errorSummary.title")} failures={form.failures()} items={formSummary(form, fieldId, label)} />
            <TextField
              id={fieldId()}
              label={label()}
              value={newName()}
              onInput={setNewName}
              error={form.error("name") ? errorText(form.error("name") as string) : undefined}
              maxLength={80}
              autocomplete="off"
              required
            />
            <div class="cluster">
              <Button type="submit" loading={form.busy()} loadingText={t("common:states.saving")}>
                {t("common:actions.save")}
              </Button>
              <Button variant="secondary" onClick={() => setTarget(null)}>
                {t("common:actions.cancel")}
              </Button>
            </div>
          </Stack>
        </form>
      </Dialog>
    </>
  );
}
