import { validate } from "@heard/client";
import { concernSchemas } from "@heard/domain";
import { Alert } from "@heard/ui";
import { A, Navigate, useParams } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { createApiMutation, createApiQuery, invalidate } from "../../lib/queries";
import { NoteForm, type NoteFormNotice, type NoteFormText } from "./note-form";
import { ClockText, LevelText, StatusTag, useMinuteClock } from "./parts";
import { type ConcernDetail, Detail, HistorySection, MeetingSection, WhySection, WordsSection } from "./sections";
import "../meetings/meetings.css";
import "./concerns.css";

type Decision = "escalate" | "clear";
type Notice = NoteFormNotice;

/**
 * One review item in full (the opening is in the audit log, as a concern's is), and the one
 * decision to make about it: a concern after all, with its alert, or nothing to do, saying why.
 */
export default function ReviewPage() {
  const params = useParams<{ id: string }>();
  const queryClient = useQueryClient();
  const review = createApiQuery("concerns.get", () => ({ input: { id: params.id } }));
  const reload = () => invalidate(queryClient, ["concerns.get", "concerns.reviews.list"]);
  return (
    <LoadState query={review}>
      {(current) => (
        // A concern's address given here: its own page.
        <Show when={current().level === "review"} fallback={<Navigate href={`/concerns/${current().id}`} />}>
          <ReviewView review={current()} reload={reload} />
        </Show>
      )}
    </LoadState>
  );
}

function ReviewView(props: { review: ConcernDetail; reload: () => Promise<void> }) {
  const { t, formatDate } = useI18n();
  const now = useMinuteClock();
  const review = () => props.review;
  const [notice, setNotice] = createSignal<Notice | null>(null);
  let noticeBox: HTMLDivElement | undefined;
  const done = async (message: Notice, reload = false) => {
    setNotice(message);
    if (reload) await props.reload();
    noticeBox?.focus();
  };
  const concernId = () => notice()?.concernId ?? review().escalatedTo;

  return (
    <Page title={t("concerns:reviews.detail.title")} intro={<p class="field__hint">{t("concerns:detail.audited")}</p>}>
      <p>
        <A href="/reviews">{t("concerns:reviews.detail.back")}</A>
      </p>

      <section class="stack" aria-labelledby="review-summary-title">
        <h2 id="review-summary-title">{t("concerns:detail.summary")}</h2>
        <dl class="details">
          <Detail term={t("concerns:detail.status")}>
            <StatusTag status={review().status} />
          </Detail>
          <Detail term={t("concerns:detail.level")}>
            <LevelText concern={review()} />
          </Detail>
          <Show when={review().status === "new"}>
            <Detail term={t("concerns:reviews.list.target")}>
              <ClockText status={review().status} acknowledgeBy={review().acknowledgeBy} now={now()} review />
              <span class="concern-alert__hint">
                {t("concerns:target.decideBy", { time: formatDate(review().acknowledgeBy, "dateTime") })}
              </span>
            </Detail>
          </Show>
          <Detail term={t("concerns:list.raised")}>
            <time datetime={review().raisedAt}>{formatDate(review().raisedAt, "dateTime")}</time>
          </Detail>
          <Show when={concernId()}>
            {(id) => (
              <Detail term={t("concerns:reviews.list.decision")}>
                <A href={`/concerns/${id()}`}>{t("concerns:reviews.decision.openConcern")}</A>
              </Detail>
            )}
          </Show>
        </dl>
      </section>

      <WordsSection concern={review()} />
      <WhySection concern={review()} />
      <MeetingSection concern={review()} />
      <HistorySection concern={review()} />

      <section class="stack" aria-labelledby="review-decide-title">
        <h2 id="review-decide-title">{t("concerns:reviews.detail.decide")}</h2>
        <p>{t("concerns:reviews.detail.appendOnly")}</p>
        <div ref={noticeBox} tabIndex={-1} aria-live="polite">
          <Show when={notice()}>
            {(message) => (
              <Alert variant={message().variant} announce={false}>
                <span class="stack stack--xs">
                  <span>{message().text}</span>
                  <Show when={message().concernId}>
                    {(id) => <A href={`/concerns/${id()}`}>{t("concerns:reviews.decision.openConcern")}</A>}
                  </Show>
                </span>
              </Alert>
            )}
          </Show>
        </div>
        <Show when={review().status === "new"} fallback={<p>{t("concerns:reviews.detail.decided")}</p>}>
          <DecisionForm decision="escalate" reviewId={review().id} onDone={done} />
          <DecisionForm decision="clear" reviewId={review().id} onDone={done} />
        </Show>
      </section>
    </Page>
  );
}

const decisionText: Record<Decision, NoteFormText> = {
  escalate: {
    title: "concerns:reviews.actions.escalateTitle",
    label: "concerns:reviews.actions.escalateNote",
    hint: "concerns:reviews.actions.escalateHint",
    button: "concerns:reviews.actions.escalate",
    done: "concerns:reviews.done.escalated",
    optional: true,
  },
  clear: {
    title: "concerns:reviews.actions.clearTitle",
    label: "concerns:reviews.actions.clearNote",
    hint: "concerns:reviews.actions.clearHint",
    button: "concerns:reviews.actions.clear",
    done: "concerns:reviews.done.cleared",
    optional: false,
  },
};

/** One of the two decisions, with its note. */
function DecisionForm(props: { decision: Decision; reviewId: string; onDone: (message: Notice, reload?: boolean) => Promise<void> }) {
  // Each fetches the item, the review list and (for a new concern) the concerns queue again.
  const escalate = createApiMutation("concerns.reviews.escalate");
  const clear = createApiMutation("concerns.reviews.clear");
  return (
    <NoteForm
      id={`review-${props.decision}`}
      text={decisionText[props.decision]}
      rows={3}
      buttonVariant={props.decision === "escalate" ? "danger" : "secondary"}
      check={(note, typed) => {
        if (props.decision === "clear") return validate<"note">(concernSchemas.clearReviewInput, { id: props.reviewId, note });
        return typed ? validate<"note">(concernSchemas.escalateReviewInput, { id: props.reviewId, note: typed }) : {};
      }}
      send={async (typed) => {
        if (props.decision === "clear") {
          await clear.mutateAsync({ id: props.reviewId, note: typed });
          return undefined;
        }
        return { concernId: (await escalate.mutateAsync({ id: props.reviewId, ...(typed ? { note: typed } : {}) })).concernId };
      }}
      onDone={props.onDone}
    />
  );
}
