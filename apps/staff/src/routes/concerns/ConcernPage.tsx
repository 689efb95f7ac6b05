import { validate } from "@heard/client";
import { concernSchemas } from "@heard/domain";
import { Alert, type AlertVariant } from "@heard/ui";
import { A, Navigate, useParams } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { createApiMutation, createApiQuery, invalidate } from "../../lib/queries";
import { NoteForm, type NoteFormText } from "./note-form";
import { AlertText, ClockText, LevelText, StatusTag, useMinuteClock } from "./parts";
import { type ConcernDetail, Detail, HistorySection, MeetingSection, WhySection, WordsSection } from "./sections";
import "../meetings/meetings.css";
import "./concerns.css";

type Action = "acknowledge" | "addNote" | "resolve";

/**
 * One concern in full: the family's words, why it was raised, the contact request, the
 * meeting, the history, and what staff can add (acknowledge, note, resolve). Nothing here
 * edits or removes anything; every opening is recorded in the audit log by the server.
 */
export default function ConcernPage() {
  const params = useParams<{ id: string }>();
  const queryClient = useQueryClient();
  const concern = createApiQuery("concerns.get", () => ({ input: { id: params.id } }));
  /** The concern as it is now (on failure, the usual error and retry). */
  const reload = () => invalidate(queryClient, ["concerns.get", "concerns.list"]);
  return (
    <LoadState query={concern}>
      {(current) => (
        // A review item's address given here: its own page, with its own decisions.
        <Show when={current().level !== "review"} fallback={<Navigate href={`/reviews/${current().id}`} />}>
          <ConcernView concern={current()} reload={reload} />
        </Show>
      )}
    </LoadState>
  );
}

function ConcernView(props: { concern: ConcernDetail; reload: () => Promise<void> }) {
  const { t, formatDate } = useI18n();
  const now = useMinuteClock();
  const concern = () => props.concern;
  const [notice, setNotice] = createSignal<{ variant: AlertVariant; text: string } | null>(null);
  let noticeBox: HTMLDivElement | undefined;

  /** After an action (which fetched the concern again), or a refusal because someone else acted first. */
  const done = async (message: { variant: AlertVariant; text: string }, reload = false) => {
    setNotice(message);
    if (reload) await props.reload();
    noticeBox?.focus();
  };

  return (
    <Page title={t("concerns:detail.title")} intro={<p class="field__hint">{t("concerns:detail.audited")}</p>}>
      <p>
        <A href="/concerns">{t("concerns:detail.back")}</A>
      </p>

      <section class="stack" aria-labelledby="concern-summary-title">
        <h2 id="concern-summary-title">{t("concerns:detail.summary")}</h2>
        <dl class="details">
          <Detail term={t("concerns:detail.status")}>
            <StatusTag status={concern().status} />
          </Detail>
          <Detail term={t("concerns:detail.level")}>
            <LevelText concern={concern()} />
          </Detail>
          <Show when={concern().status === "new"}>
            <Detail term={t("concerns:list.target")}>
              <ClockText status={concern().status} acknowledgeBy={concern().acknowledgeBy} now={now()} />
              <span class="concern-alert__hint">
                {t("concerns:target.acknowledgeBy", { time: formatDate(concern().acknowledgeBy, "dateTime") })}
              </span>
            </Detail>
          </Show>
          <Detail term={t("concerns:list.raised")}>
            <time datetime={concern().raisedAt}>{formatDate(concern().raisedAt, "dateTime")}</time>
          </Detail>
          <Detail term={t("concerns:detail.reason")}>
            {t(`concerns:reasons.${concern().reason}`)}
            <Show when={concern().escalatedFrom}>
              {(reviewId) => (
                <span class="concern-alert__hint">
                  <A href={`/reviews/${reviewId()}`}>{t("concerns:detail.openReview")}</A>
                </span>
              )}
            </Show>
          </Detail>
          <Detail term={t("concerns:list.alert")}>
            <AlertText alert={concern().alert} explain />
          </Detail>
        </dl>
      </section>

      <WordsSection concern={concern()} />
      <WhySection concern={concern()} />
      <section class="stack" aria-labelledby="concern-contact-title">
        <h2 id="concern-contact-title">{t("concerns:detail.contact")}</h2>
        <Show when={concern().contact} fallback={<p>{t("concerns:detail.noContact")}</p>}>
          {(contact) => (
            <dl class="details">
              <Detail term={t("concerns:detail.contactMethod")}>
                <Show when={contact().method} fallback={t("concerns:detail.contactThroughAccount")}>
                  {(method) => t(`concerns:contactMethods.${method()}`)}
                </Show>
              </Detail>
              <Show when={contact().detail}>
                {(detail) => (
                  <Detail term={t("concerns:detail.contactDetail")}>
                    <span dir="ltr" class="break">
                      {detail()}
                    </span>
                  </Detail>
                )}
              </Show>
            </dl>
          )}
        </Show>
      </section>

      <Show when={concern().letter}>
        {(letter) => (
          <section class="stack" aria-labelledby="concern-letter-title">
            <h2 id="concern-letter-title">{t("concerns:detail.letter")}</h2>
            <dl class="details">
              <Detail term={t("concerns:detail.letterKind")}>{t(`letters:kinds.${letter().kind}`)}</Detail>
              <Detail term={t("concerns:detail.team")}>{concern().teamName}</Detail>
            </dl>
          </section>
        )}
      </Show>

      <Show when={concern().meeting}>
        <MeetingSection concern={concern()} />
      </Show>
      <HistorySection concern={concern()} />

      <section class="stack" aria-labelledby="concern-actions-title">
        <h2 id="concern-actions-title">{t("concerns:detail.actions")}</h2>
        <p>{t("concerns:detail.appendOnly")}</p>
        <div ref={noticeBox} tabIndex={-1} aria-live="polite">
          <Show when={notice()}>
            {(message) => (
              <Alert variant={message().variant} announce={false}>
                {message().text}
              </Alert>
            )}
          </Show>
        </div>
        <Show when={concern().status === "new"}>
          <ActionForm action="acknowledge" concernId={concern().id} onDone={done} />
        </Show>
        <ActionForm action="addNote" concernId={concern().id} onDone={done} />
        <Show when={concern().status !== "resolved"}>
          <ActionForm action="resolve" concernId={concern().id} onDone={done} />
        </Show>
      </section>
    </Page>
  );
}

const actionText: Record<Action, NoteFormText> = {
  acknowledge: {
    title: "concerns:actions.acknowledgeTitle",
    label: "concerns:actions.acknowledgeNote",
    hint: "concerns:actions.acknowledgeHint",
    button: "concerns:actions.acknowledge",
    done: "concerns:done.acknowledged",
    optional: true,
  },
  addNote: {
    title: "concerns:actions.noteTitle",
    label: "concerns:actions.note",
    hint: "concerns:actions.noteHint",
    button: "concerns:actions.addNote",
    done: "concerns:done.noted",
    optional: false,
  },
  resolve: {
    title: "concerns:actions.resolveTitle",
    label: "concerns:actions.resolveNote",
    hint: "concerns:actions.resolveHint",
    button: "concerns:actions.resolve",
    done: "concerns:done.resolved",
    optional: false,
  },
};

/** One thing staff can add to a concern, with its note. */
function ActionForm(props: {
  action: Action;
  concernId: string;
  /** `reload`: fetch the concern again (the action itself did when it succeeded). */
  onDone: (message: { variant: AlertVariant; text: string }, reload?: boolean) => Promise<void>;
}) {
  // Each refreshes the concern (and the queue) once it has succeeded.
  const acknowledge = createApiMutation("concerns.acknowledge");
  const addNote = createApiMutation("concerns.addNote");
  const resolve = createApiMutation("concerns.resolve");
  return (
    <NoteForm
      id={`concern-${props.action}`}
      text={actionText[props.action]}
      rows={props.action === "acknowledge" ? 3 : 4}
      buttonVariant={props.action === "addNote" ? "secondary" : "primary"}
      check={(note, typed) => {
        if (props.action === "acknowledge") {
          return typed ? validate<"note">(concernSchemas.acknowledgeConcernInput, { id: props.concernId, note: typed }) : {};
        }
        const schema = props.action === "addNote" ? concernSchemas.addConcernNoteInput : concernSchemas.resolveConcernInput;
        return validate<"note">(schema, { id: props.concernId, note });
      }}
      send={async (typed) => {
        if (props.action === "acknowledge") await acknowledge.mutateAsync({ id: props.concernId, ...(typed ? { note: typed } : {}) });
        else if (props.action === "addNote") await addNote.mutateAsync({ id: props.concernId, note: typed });
        else await resolve.mutateAsync({ id: props.concernId, note: typed });
        return undefined;
      }}
      onDone={props.onDone}
    />
  );
}
