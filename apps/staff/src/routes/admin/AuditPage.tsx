import { problemOf } from "@heard/client";
import { auditActions, isAuditAction } from "@heard/domain";
import { Alert, Button, Select } from "@heard/ui";
import { createSignal, For, Show } from "solid-js";
import { Page } from "../../components/Page";
import { TableRegion } from "../../components/TableRegion";
import { useI18n } from "../../lib/i18n";
import { createApiPages, queryKey } from "../../lib/queries";
import { api } from "../../lib/trpc";
import { actionName as nameOf } from "./audit-names";

type AuditPage = Awaited<ReturnType<typeof api.admin.audit.list.query>>;
/**
 * One entry. `subjectName` is the name of the person, team or meeting it is about, joined by the
 * server; until the server sends it, it is undefined here, and the id shows instead.
 */
type AuditEntry = AuditPage["entries"][number] & { subjectName?: string | null };

const pageSize = 50;

export default function AuditPage() {
  const { t, formatDate, errorText } = useI18n();
  const [chosenAction, setChosenAction] = createSignal("");
  const [appliedAction, setAppliedAction] = createSignal("");

  // Newest first, a page at a time (each page's `nextBefore` is where the next one starts); while
  // another filter's entries load, the last ones stay.
  const filter = () => {
    const action = appliedAction();
    return isAuditAction(action) ? { limit: pageSize, action } : { limit: pageSize };
  };
  const log = createApiPages(() => ({
    queryKey: queryKey("admin.audit.list", filter()),
    queryFn: ({ pageParam, signal }) =>
      api.admin.audit.list.query(pageParam === undefined ? filter() : { ...filter(), before: pageParam }, { signal }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last: AuditPage) => last.nextBefore,
    keepPrevious: true,
  }));
  /** Entries once there are some; a failure keeps those shown. */
  const loaded = () => log.isSuccess || log.isRefetchError;
  const entries = (): AuditEntry[] => (loaded() ? (log.data?.pages ?? []).flatMap((page) => page.entries) : []);

  const applyFilter = (event: SubmitEvent) => {
    event.preventDefault();
    if (chosenAction() === appliedAction()) void log.refetch();
    else setAppliedAction(chosenAction());
  };
  const retry = () => void (log.isFetchNextPageError ? log.fetchNextPage() : log.refetch());

  const actionName = (action: string) => nameOf(t, action);

  const subject = (entry: AuditEntry) => {
    if (!entry.subjectId) return t("admin:audit.none");
    return entry.subjectName ?? entry.subjectId;
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
            ...auditActions.map((action) => ({ value: action, label: actionName(action) })),
          ]}
        />
        <div>
          <Button type="submit" variant="secondary" loading={log.isPending}>
            {t("admin:audit.applyFilter")}
          </Button>
        </div>
      </form>

      <Show when={log.isError}>
        <Alert variant="danger">
          <div class="stack stack--s">
            <p>{errorText(problemOf(log.error))}</p>
            <div>
              <Button variant="secondary" onClick={retry}>
                {t("common:actions.tryAgain")}
              </Button>
            </div>
          </div>
        </Alert>
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
          when={log.hasNextPage}
          fallback={
            <Show when={entries().length > 0}>
              <p>{t("admin:audit.end")}</p>
            </Show>
          }
        >
          <div>
            <Button variant="secondary" loading={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
              {t("admin:audit.loadMore")}
            </Button>
          </div>
        </Show>
      </Show>
    </Page>
  );
}
