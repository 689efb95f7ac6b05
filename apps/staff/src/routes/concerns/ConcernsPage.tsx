import { type ConcernStatus, concernStatuses } from "@heard/domain";
import { Button, Select } from "@heard/ui";
import { A } from "@solidjs/router";
import { type Accessor, createResource, createSignal, For, type JSX, Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { api } from "../../lib/trpc";
import { queueOrder } from "./clock";
import { AlertText, ClockText, categoryNames, StatusTag, useMinuteClock } from "./parts";
import "../meetings/meetings.css";
import "./concerns.css";

type Concern = Awaited<ReturnType<typeof api.concerns.list.query>>[number];

/** The concerns queue: unresolved first, newest first, each with its clock against the target. */
export default function ConcernsPage() {
  const { t } = useI18n();
  const [chosenStatus, setChosenStatus] = createSignal<ConcernStatus | "">("");
  const [appliedStatus, setAppliedStatus] = createSignal<ConcernStatus | "">("");
  const [concerns, { refetch, mutate }] = createResource(
    () => ({ status: appliedStatus() }),
    ({ status }) => api.concerns.list.query(status ? { status } : undefined),
  );

  // Every minute: move the clocks on, and quietly look for new concerns (a failure just waits for the next minute).
  const now = useMinuteClock(() => {
    if (document.visibilityState !== "visible" || concerns.loading) return;
    const status = appliedStatus();
    api.concerns.list.query(status ? { status } : undefined).then(
      (fresh) => {
        if (appliedStatus() === status) mutate(() => fresh);
      },
      () => {},
    );
  });

  const applyFilter = (event: SubmitEvent) => {
    event.preventDefault();
    if (chosenStatus() === appliedStatus()) void refetch();
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
            ...concernStatuses.map((status) => ({ value: status, label: t(`concerns:status.${status}`) })),
          ]}
        />
        <div>
          <Button type="submit" variant="secondary" loading={concerns.loading}>
            {t("concerns:list.show")}
          </Button>
        </div>
      </form>

      <LoadState resource={concerns} retry={() => void refetch()}>
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
  const overdue = () => concern().status === "new" && props.now().getTime() > new Date(concern().acknowledgeBy).getTime();
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
        <Row term={t("concerns:list.meeting")}>
          {t(`meetings:types.${concern().meeting.type}`)},{" "}
          <time datetime={concern().meeting.heldOn}>{formatDate(concern().meeting.heldOn, "day")}</time>, {concern().meeting.teamName}
        </Row>
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
