import { isLanguage, languageNames } from "@heard/i18n";
import { Card } from "@heard/ui";
import { A } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import { useI18n } from "../../lib/i18n";
import type { api } from "../../lib/trpc";
import { categoryNames } from "./parts";

/** One concern or review item in full, as `concerns.get` gives it (every call audited). */
export type ConcernDetail = Awaited<ReturnType<typeof api.concerns.get.query>>;

/** The sections a concern's page and a review item's page share: the words, why, the meeting, the history. */

export function Detail(props: { term: string; children: JSX.Element }) {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

export function WordsSection(props: { concern: ConcernDetail }) {
  const { t, formatDate } = useI18n();
  const response = () => props.concern.response;
  const languageName = (code: string) => (isLanguage(code) ? languageNames[code] : code);
  return (
    <Card as="section" class="stack" aria-labelledby="concern-words-title">
      <h2 id="concern-words-title">{t("concerns:detail.whatTheyWrote")}</h2>
      <Show when={response().freeText} fallback={<p>{t("concerns:detail.nothingWritten")}</p>}>
        {(words) => (
          // The family's own words, as text (never markup), line breaks kept.
          <blockquote class="free-text" lang={response().language} dir="auto">
            {words()}
          </blockquote>
        )}
      </Show>
      <dl class="details">
        <Detail term={t("concerns:detail.whoWrote")}>{t(`concerns:respondents.${response().respondentKind}`)}</Detail>
        <Show when={response().ageBand}>
          {(band) => <Detail term={t("concerns:detail.ageBand")}>{t(`concerns:ageBands.${band()}`)}</Detail>}
        </Show>
        <Detail term={t("concerns:detail.language")}>
          <span lang={response().language}>{languageName(response().language)}</span>
        </Detail>
        <Detail term={t("concerns:detail.sent")}>
          <time datetime={response().submittedAt}>{formatDate(response().submittedAt, "dateTime")}</time>
        </Detail>
      </dl>
    </Card>
  );
}

export function WhySection(props: { concern: ConcernDetail }) {
  const { t } = useI18n();
  const concern = () => props.concern;
  return (
    <section class="stack" aria-labelledby="concern-why-title">
      <h2 id="concern-why-title">{t("concerns:detail.whyRaised")}</h2>
      <p>{t(`concerns:reasons.${concern().reason}`)}</p>
      <Show when={concern().categories.length > 0}>
        <dl class="details">
          <Detail term={t("concerns:detail.categories")}>{categoryNames(concern().categories, t)}</Detail>
        </dl>
      </Show>
      <Show when={concern().reason === "screened"}>
        <h3>{t("concerns:detail.matches")}</h3>
        <p class="field__hint">{t("concerns:detail.whyRaisedHint")}</p>
        <Show when={concern().matches.length > 0} fallback={<p>{t("concerns:detail.noMatches")}</p>}>
          <ul class="concern-matches">
            <For each={concern().matches}>
              {(match) => (
                <li>
                  <q lang={concern().response.language} dir="auto">
                    {match.words}
                  </q>{" "}
                  – {t(`concerns:categories.${match.category}`)}
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </section>
  );
}

export function MeetingSection(props: { concern: ConcernDetail }) {
  const { t, formatDate } = useI18n();
  const meeting = () => props.concern.meeting as NonNullable<ConcernDetail["meeting"]>;
  return (
    <section class="stack" aria-labelledby="concern-meeting-title">
      <h2 id="concern-meeting-title">{t("concerns:detail.meeting")}</h2>
      <dl class="details">
        <Detail term={t("concerns:detail.type")}>{t(`meetings:types.${meeting().type}`)}</Detail>
        <Detail term={t("concerns:detail.date")}>
          <time datetime={meeting().heldOn}>{formatDate(meeting().heldOn, "day")}</time>
        </Detail>
        <Detail term={t("concerns:detail.team")}>{meeting().teamName}</Detail>
        <Detail term={t("concerns:detail.caseReference")}>
          <Show when={meeting().caseReference} fallback={t("concerns:detail.noCaseReference")}>
            <span dir="ltr">{meeting().caseReference}</span>
          </Show>
        </Detail>
        <Detail term={t("concerns:detail.workers")}>
          <ul class="plain-list">
            <For each={meeting().workers}>{(worker) => <li>{worker.displayName}</li>}</For>
          </ul>
        </Detail>
        <Show when={meeting().createdByName}>{(name) => <Detail term={t("concerns:detail.recordedBy")}>{name()}</Detail>}</Show>
      </dl>
      <p>
        <A href={`/meetings/${meeting().id}`}>{t("concerns:detail.openMeeting")}</A>
      </p>
    </section>
  );
}

export function HistorySection(props: { concern: ConcernDetail }) {
  const { t, formatDate } = useI18n();
  return (
    <section class="stack" aria-labelledby="concern-history-title">
      <h2 id="concern-history-title">{t("concerns:detail.history")}</h2>
      <Show when={props.concern.events.length > 0} fallback={<p>{t("concerns:detail.noHistory")}</p>}>
        <ol class="concern-history">
          <For each={props.concern.events}>
            {(event) => (
              <li class="concern-history__event">
                <p>
                  <strong>{t(`concerns:events.${event.kind}`, { name: event.byName })}</strong>
                  {" · "}
                  <time datetime={event.at}>{formatDate(event.at, "dateTime")}</time>
                </p>
                <Show when={event.note}>
                  {(note) => (
                    <p class="free-text free-text--note" dir="auto">
                      {note()}
                    </p>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
