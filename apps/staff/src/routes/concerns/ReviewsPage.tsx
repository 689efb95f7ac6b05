import { isConcernOverdue } from "@heard/domain";
import { Button, Select } from "@heard/ui";
import { A } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import { type Accessor, createSignal, For, type JSX, Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { createApiQuery, queryKey } from "../../lib/queries";
import { api } from "../../lib/trpc";
import { openFirst } from "./clock";
import { ClockText, categoryNames, StatusTag, useMinuteClock } from "./parts";
import "../meetings/meetings.css";
import "./concerns.css";

type Review = Awaited<ReturnType<typeof api.concerns.reviews.list.query>>[number];
type Shown = "all" | "open";

/**
 * The review list: words worth a look that raised no alert, open ones first with their clock,
 * each with the words the screen flagged (masked), where they came from and who decided what.
 * Nothing leaves the list: cleared items and those made a concern stay, under "All items".
 */
export default function ReviewsPage() {
  const { t } = useI18n();
  const [chosen, setChosen] = createSignal<Shown>("all");
  const [applied, setApplied] = createSignal<Shown>("all");
  const queryClient = useQueryClient();
  const filter = () => (applied() === "open" ? { status: "new" as const } : undefined);
  const reviews = createApiQuery("concerns.reviews.list", () => ({ input: filter() }));

  // As the concerns queue: the clocks move on every minute, and new items are looked for quietly.
  const now = useMinuteClock(() => {
    if (document.visibilityState !== "visible" || reviews.isFetching) return;
    const input = filter();
    api.concerns.reviews.list.query(input).then(
      (fresh) => queryClient.setQueryData(queryKey("concerns.reviews.list", input), fresh),
      () => {},
    );
  });

  const applyFilter = (event: SubmitEvent) => {
    event.preventDefault();
    if (chosen() === applied()) void reviews.refetch();
    else setApplied(chosen());
  };

  return (
    <Page title={t("concerns:reviews.list.title")} intro={<p>{t("concerns:reviews.list.intro")}</p>}>
      <form class="filter-bar" onSubmit={applyFilter}>
        <Select
          id="reviews-shown"
          label={t("concerns:reviews.list.filter")}
          value={chosen()}
          onChange={(value) => setChosen(value === "open" ? "open" : "all")}
          options={[
            { value: "all", label: t("concerns:reviews.list.all") },
            { value: "open", label: t("concerns:reviews.list.open") },
          ]}
        />
        <div>
          <Button type="submit" variant="secondary" loading={reviews.isFetching}>
            {t("concerns:reviews.list.show")}
          </Button>
        </div>
      </form>

      <LoadState query={reviews}>
        {(list) => (
          <Show
            when={list().length > 0}
            fallback={<p>{t(applied() === "open" ? "concerns:reviews.list.emptyOpen" : "concerns:reviews.list.empty")}</p>}
          >
            <p class="field__hint">{t("concerns:list.updates")}</p>
            <ol class="concern-queue">
              <For each={openFirst(list())}>{(review) => <ReviewCard review={review} now={now} />}</For>
            </ol>
          </Show>
        )}
      </LoadState>
    </Page>
  );
}

function ReviewCard(props: { review: Review; now: Accessor<Date> }) {
  const { t, formatDate } = useI18n();
  const review = () => props.review;
  const overdue = () => isConcernOverdue(review().status, new Date(review().acknowledgeBy), props.now());
  return (
    <li class="card concern-card" data-status={review().status} data-overdue={overdue() ? "" : undefined}>
      <h2 class="concern-card__title">
        <A href={`/reviews/${review().id}`}>
          {t("concerns:reviews.list.itemTitle")}
          <span class="visually-hidden">, {formatDate(review().raisedAt, "dateTime")}</span>
        </A>
      </h2>
      <dl class="details concern-card__details">
        <Row term={t("concerns:list.status")}>
          <StatusTag status={review().status} />
        </Row>
        <Show when={review().status === "new"}>
          <Row term={t("concerns:reviews.list.target")}>
            <ClockText status={review().status} acknowledgeBy={review().acknowledgeBy} now={props.now()} review />
          </Row>
        </Show>
        <Row term={t("concerns:reviews.list.flagged")}>
          <Show when={review().flagged.length > 0} fallback={t("concerns:reviews.list.noFlagged")}>
            <ul class="plain-list">
              <For each={review().flagged}>
                {(match) => (
                  <li>
                    <q lang={review().language ?? undefined} dir="auto">
                      {match.words}
                    </q>{" "}
                    – {t(`concerns:categories.${match.category}`)}
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Row>
        <Show when={review().flagged.length === 0 && review().categories.length > 0}>
          <Row term={t("concerns:list.categories")}>{categoryNames(review().categories, t)}</Row>
        </Show>
        <Row term={t("concerns:list.raised")}>
          <time datetime={review().raisedAt}>{formatDate(review().raisedAt, "dateTime")}</time>
        </Row>
        <Show when={review().meeting}>
          {(meeting) => (
            <Row term={t("concerns:list.meeting")}>
              {t(`meetings:types.${meeting().type}`)}, <time datetime={meeting().heldOn}>{formatDate(meeting().heldOn, "day")}</time>,{" "}
              {meeting().teamName}
            </Row>
          )}
        </Show>
        <Show when={review().decision}>
          {(decision) => (
            <Row term={t("concerns:reviews.list.decision")}>
              <DecisionText decision={decision()} />
            </Row>
          )}
        </Show>
      </dl>
    </li>
  );
}

/** "Cleared by Sam Smith on 2 March 2026, 10:05", and for one made a concern, the way to it. */
export function DecisionText(props: { decision: NonNullable<Review["decision"]> }) {
  const { t, formatDate } = useI18n();
  const text = () =>
    t(props.decision.kind === "cleared" ? "concerns:reviews.decision.cleared" : "concerns:reviews.decision.escalated", {
      name: props.decision.byName,
      time: formatDate(props.decision.at, "dateTime"),
    });
  return (
    <span class="concern-alert">
      <span>{text()}</span>
      <Show when={props.decision.concernId}>
        {(concernId) => <A href={`/concerns/${concernId()}`}>{t("concerns:reviews.decision.openConcern")}</A>}
      </Show>
    </span>
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
