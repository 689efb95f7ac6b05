import { type Problem, problemOf } from "@heard/client";
import { type AuditAction, auditActionKey, isAuditAction } from "@heard/domain";
import type { TranslationKey } from "@heard/i18n";
import { Alert, Button, Select } from "@heard/ui";
import { batch, createResource, createSignal, For, onMount, Show } from "solid-js";
import { Page } from "../../components/Page";
import { TableRegion } from "../../components/TableRegion";
import { useI18n } from "../../lib/i18n";
import { api } from "../../lib/trpc";

type AuditEntry = Awaited<ReturnType<typeof api.admin.audit.list.query>>["entries"][number];

/**
 * Actions the API records today, for the filter and for their translated names
 * (`admin:audit.actions.<action with dots as underscores>`). An action not listed still
 * shows, by its raw name.
 */
export const knownAuditActions = [
  "auth.signIn.succeeded",
  "auth.signIn.failed",
  "auth.signIn.locked",
  "auth.signedOut",
  "auth.passwordChanged",
  "auth.family.activated",
  "admin.organisation.updated",
  "admin.team.created",
  "admin.team.renamed",
  "admin.staff.created",
  "admin.staff.updated",
  "admin.staff.disabled",
  "admin.staff.enabled",
  "admin.family.created",
  "admin.family.codeIssued",
] as const;

const pageSize = 50;

/**
 * An action's name, `admin:audit.actions.<action with dots as underscores>`. The domain types the
 * key as any string below `audit.actions.`; the locale test checks every action has its name in
 * every language, so this is a key the files have.
 */
const auditActionName = (action: AuditAction) => `admin:${auditActionKey(action)}` as TranslationKey;

export default function AuditPage() {
  const { t, formatDate, errorText } = useI18n();
  const [entries, setEntries] = createSignal<AuditEntry[]>([]);
  const [nextBefore, setNextBefore] = createSignal<number | undefined>(undefined);
  const [loading, setLoading] = createSignal(false);
  const [loaded, setLoaded] = createSignal(false);
  const [error, setError] = createSignal<Problem | null>(null);
  const [chosenAction, setChosenAction] = createSignal("");
  const [appliedAction, setAppliedAction] = createSignal("");

  // Names for the ids the log records (people, family accounts, teams).
  // A missing name is not worth an error: the id shows instead.
  const [names] = createResource(async () => {
    const [staff, teams, families] = await Promise.all([
      api.admin.staff.list.query().catch(() => []),
      api.admin.teams.list.query().catch(() => []),
      api.admin.families.list.query().catch(() => []),
    ]);
    const byId = new Map<string, string>();
    for (const person of staff) byId.set(person.id, person.displayName);
    for (const family of families) byId.set(family.id, family.displayName);
    for (const team of teams) byId.set(team.id, team.name);
    return byId;
  });

  const load = async (more: boolean) => {
    if (loading()) return;
    setLoading(true);
    setError(null);
    try {
      const action = appliedAction();
      const result = await api.admin.audit.list.query({
        limit: pageSize,
        ...(more && nextBefore() !== undefined ? { before: nextBefore() } : {}),
        ...(action ? { action } : {}),
      });
      batch(() => {
        setEntries((previous) => (more ? [...previous, ...result.entries] : result.entries));
        setNextBefore(result.nextBefore);
        setLoaded(true);
      });
    } catch (thrown) {
      setError(problemOf(thrown));
    } finally {
      setLoading(false);
    }
  };
  onMount(() => void load(false));

  const applyFilter = (event: SubmitEvent) => {
    event.preventDefault();
    setAppliedAction(chosenAction());
    void load(false);
  };

  /** "auth.signIn.succeeded" → the text at `admin:audit.actions.auth_signIn_succeeded`, else the raw name. */
  const actionName = (action: string) => (isAuditAction(action) ? t(auditActionName(action), { defaultValue: action }) : action);

  const subject = (entry: AuditEntry) => {
    if (!entry.subjectId) return t("admin:audit.none");
    if (entry.subjectType === "identity") return entry.subjectId;
    const known = names.state === "ready" ? names.latest : undefined;
    return known?.get(entry.subjectId) ?? entry.subjectId;
  };

  return (
    <Page title={t("admin:audit.title")} intro={<p>{t("admin:audit.intro")}</p>}>
      <form class="filter-bar" onSubmit={applyFilter}>
        <Select
          id="audit-action"
          label={t("admin:audit.filterByAction")}
          value={chosenAction()}
          onChange={setChosenAction}
          options={[
            { value: "", label: t("admin:audit.allActions") },
            ...knownAuditActions.map((action) => ({ value: action, label: actionName(action) })),
          ]}
        />
        <div>
          <Button type="submit" variant="secondary" loading={loading() && !loaded()}>
            {t("admin:audit.applyFilter")}
          </Button>
        </div>
      </form>

      <Show when={error()}>
        {(problem) => (
          <Alert variant="danger">
            <div class="stack stack--s">
              <p>{errorText(problem())}</p>
              <div>
                <Button variant="secondary" onClick={() => void load(entries().length > 0)}>
                  {t("common:actions.tryAgain")}
                </Button>
              </div>
            </div>
          </Alert>
        )}
      </Show>

      <Show when={loaded()} fallback={<p role="status">{t("common:states.loading")}</p>}>
        <Show when={entries().length > 0} fallback={<p>{t("admin:audit.empty")}</p>}>
          <TableRegion caption={t("admin:audit.caption")} class="table--audit">
            <thead>
              <tr>
                <th scope="col">{t("admin:audit.when")}</th>
                <th scope="col">{t("admin:audit.who")}</th>
                <th scope="col">{t("admin:audit.what")}</th>
                <th scope="col">{t("admin:audit.subject")}</th>
                <th scope="col">{t("admin:audit.fromWhere")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={entries()}>
                {(entry) => (
                  <tr>
                    <td class="nowrap">
                      <time datetime={entry.at}>{formatDate(entry.at, "dateTime")}</time>
                    </td>
                    <td>{entry.actorName ?? t("admin:audit.nobody")}</td>
                    <td>{actionName(entry.action)}</td>
                    <td class="break">{subject(entry)}</td>
                    <td dir="ltr" class="nowrap">
                      {entry.ip ?? t("admin:audit.unknownPlace")}
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </TableRegion>
        </Show>
        <p class="visually-hidden" role="status">
          {t("admin:audit.showing", { count: entries().length })}
        </p>
        <Show
          when={nextBefore() !== undefined}
          fallback={
            <Show when={entries().length > 0}>
              <p>{t("admin:audit.end")}</p>
            </Show>
          }
        >
          <div>
            <Button variant="secondary" loading={loading()} onClick={() => void load(true)}>
              {t("admin:audit.loadMore")}
            </Button>
          </div>
        </Show>
      </Show>
    </Page>
  );
}
