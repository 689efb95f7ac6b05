import { type ConcernStatus, isConcernOverdue } from "@heard/domain";
import { Button, Select } from "@heard/ui";
import { A } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import { type Accessor, createSignal, For, type JSX, Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { createApiQuery, queryKey } from "../../lib/queries";
import { api } from "../../lib/trpc";
import { queueOrder } from "./clock";
import { AlertText, ClockText, categoryNames, LevelText, StatusTag, useMinuteClock } from "./parts";
import "../meetings/meetings.css";
import "./concerns.css";

type Concern = Awaited<ReturnType<typeof api.concerns.list.query>>[number];

/** A concern's statuses (cleared and made a concern are a review item's, in the review list). */
const queueStatuses = ["new", "acknowledged", "resolved"] as const satisfies readonly ConcernStatus[];

/** The concerns queue: unresolved first, newest first, each with its clock against the target. */
export default function ConcernsPage() {
  const { t } = useI18n();
  const [chosenStatus, setChosenStatus] = createSignal<ConcernStatus | "">("");
  const [appliedStatus, setAppliedStatus] = createSignal<ConcernStatus | "">("");
  const queryClient = useQueryClient();
  const filter = () => {
    const status = appliedStatus();
    return status ? { status } : undefined;
  };
  const concerns = createApiQuery("concerns.list", () => ({ input: filter() }));

  // Every minute: move the clocks on, and quietly look for new concerns; the answer goes into the
  // cache (a failure just waits for the next minute, and never replaces the list with an error).
  const now = useMinuteClock(() => {
    if (document.visibilityState !== "visible" || concerns.isFetching) return;
    const input = filter();
    api.concerns.list.query(input).then(
      (fresh) => queryClient.setQueryData(queryKey("concerns.list", input), fresh),
      () => {},
    );
  });

  const applyFilter = (event: SubmitEvent) => {
    event.preventDefault();
    if (chosenStatus() === appliedStatus()) void concerns.refetch();
    else setAppliedStatus(chosenStatus());
  };

  return (
    <Page title={t("concerns:list.title")} intro={<p>{t("concerns:list.intro")}</p>}>
      <form class="filter-bar" onSubmit={applyFilter}>
        <Select
          id="concerns-status"
          label={t("concerns:list.filterStatus")}
          value={chosenStatus()}
          onChange={(value) => setChosenStatus(value as ConcernStatus | "")}
          options={[
            { value: "", label: t("concerns:list.all") },
            ...queueStatuses.map((status) => ({ value: status, label: t(`concerns:status.${status}`) })),
          ]}
        />
        <div>
          <Button type="submit" variant="secondary" loading={concerns.isFetching}>
            {t("concerns:list.show")}
          </Button>
        </div>
      </form>

      <LoadState query={concerns}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>{t(appliedStatus() ? "concerns:list.emptyFiltered" : "concerns:list.empty")}</p>}>
            <p class="field__hint">{t("concerns:list.updates")}</p>
            <ol class="concern-queue">
              <For each={queueOrder(list())}>{(concern) => <ConcernCard concern={concern} now={now} />}</For>
            </ol>
          </Show>
        )}
      </LoadState>
    </Page>
  );
}

function ConcernCard(props: { concern: Concern; now: Accessor<Date> }) {
  const { t, formatDate } = useI18n();
  const concern = () => props.concern;
  const overdue = () => isConcernOverdue(concern().status, new Date(concern().acknowledgeBy), props.now());
  return (
    <li class="card concern-card" data-status={concern().status} data-overdue={overdue() ? "" : undefined}>
      <h2 class="concern-card__title">
        <A href={`/concerns/${concern().id}`}>
          {t(`concerns:reasons.${concern().reason}`)}
          <span class="visually-hidden">, {formatDate(concern().raisedAt, "dateTime")}</span>
        </A>
      </h2>
      <dl class="details concern-card__details">
        <Row term={t("concerns:list.status")}>
          <StatusTag status={concern().status} />
        </Row>
        <Row term={t("concerns:list.level")}>
          <LevelText concern={concern()} />
        </Row>
        <Show when={concern().status === "new"}>
          <Row term={t("concerns:list.target")}>
            <ClockText status={concern().status} acknowledgeBy={concern().acknowledgeBy} now={props.now()} />
          </Row>
        </Show>
        <Row term={t("concerns:list.raised")}>
          <time datetime={concern().raisedAt}>{formatDate(concern().raisedAt, "dateTime")}</time>
        </Row>
        <Show when={concern().categories.length > 0}>
          <Row term={t("concerns:list.categories")}>{categoryNames(concern().categories, t)}</Row>
        </Show>
        <Show when={concern().letter}>
          {(letter) => (
            <Row term={t("concerns:list.letter")}>
              {t(`letters:kinds.${letter().kind}`)}, {concern().teamName}
            </Row>
          )}
        </Show>
        <Show when={concern().meeting}>
          {(meeting) => (
            <Row term={t("concerns:list.meeting")}>
              {t(`meetings:types.${meeting().type}`)}, <time datetime={meeting().heldOn}>{formatDate(meeting().heldOn, "day")}</time>,{" "}
              {meeting().teamName}
            </Row>
          )}
        </Show>
        <Row term={t("concerns:list.alert")}>
          <AlertText alert={concern().alert} />
        </Row>
      </dl>
    </li>
  );
}

function Row(props: { term: string; children: JSX.Element }) {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}
