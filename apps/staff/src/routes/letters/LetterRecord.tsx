import { languageNames } from "@heard/i18n";
import { A } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import { useI18n } from "../../lib/i18n";
import type { Letter } from "./model";

function Detail(props: { term: string; children: JSX.Element }) {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** Whom the letter is for, what kind it is, where it came from, and when it is due. */
export function LetterFacts(props: { letter: Letter }) {
  const { t, formatDate } = useI18n();
  const letter = () => props.letter;
  return (
    <section class="stack no-print" aria-labelledby="letter-facts-title">
      <h2 id="letter-facts-title">{t("letters:facts.title")}</h2>
      <dl class="details">
        <Detail term={t("letters:facts.for")}>
          {letter().addressee.displayName}
          <Show when={letter().addressee.memberKind}>{(kind) => <> ({t(`admin:families.memberKinds.${kind()}`)})</>}</Show>
        </Detail>
        <Detail term={t("letters:facts.language")}>
          <span lang={letter().language}>{languageNames[letter().language]}</span>
        </Detail>
        <Detail term={t("letters:facts.status")}>
          <span class={`letter-status letter-status--${letter().status}`}>{t(`letters:statuses.${letter().status}`)}</span>
        </Detail>
        <Detail term={t("letters:facts.version")}>{letter().version}</Detail>
        <Show when={letter().meeting}>
          {(meeting) => (
            <Detail term={t("letters:facts.meeting")}>
              <A href={`/meetings/${meeting().id}`}>
                {t(`meetings:types.${meeting().type}`)}, {formatDate(meeting().heldOn, "day")}
              </A>
            </Detail>
          )}
        </Show>
        <Detail term={t("letters:facts.due")}>
          <DueDate letter={letter()} />
        </Detail>
        <Detail term={t("letters:facts.team")}>{letter().team.name}</Detail>
        <Detail term={t("letters:facts.writer")}>{letter().writer.displayName}</Detail>
      </dl>
    </section>
  );
}

/** "2 Mar 2026", marked overdue in words when it is; "Sent 3 Mar 2026" once sent. */
export function DueDate(props: { letter: Pick<Letter, "dueOn" | "overdue" | "firstSentAt"> }) {
  const { t, formatDate } = useI18n();
  return (
    <Show
      when={props.letter.firstSentAt}
      fallback={
        <Show when={props.letter.dueOn} fallback={t("letters:list.noDueDate")}>
          {(dueOn) => (
            <>
              <time datetime={dueOn()}>{formatDate(dueOn(), "day")}</time>
              <Show when={props.letter.overdue}>
                {" "}
                <span class="letter-status letter-status--overdue">{t("letters:list.overdue")}</span>
              </Show>
            </>
          )}
        </Show>
      }
    >
      {(sentAt) => t("letters:list.sentOn", { date: formatDate(sentAt(), "day") })}
    </Show>
  );
}

/**
 * What the family did with each version sent (opened, understood or not, wanting to talk, their
 * reply and when), and the review history with every comment.
 */
export function LetterRecord(props: { letter: Letter }) {
  const { t, formatDate } = useI18n();
  const letter = () => props.letter;
  const sent = () => letter().versions.filter((version) => version.sentAt);
  return (
    <div class="letter-record no-print">
      <section class="stack" aria-labelledby="letter-receipts-title">
        <h2 id="letter-receipts-title">{t("letters:receipts.title")}</h2>
        <Show when={sent().length > 0} fallback={<p>{t("letters:receipts.notSent")}</p>}>
          <ul class="letter-record__list">
            <For each={sent()}>
              {(version) => {
                const receipt = () => letter().receipts.find((r) => r.version === version.number);
                return (
                  <li class="card stack stack--s">
                    <p>
                      {version.readAt
                        ? t("letters:receipts.opened", { number: version.number, date: formatDate(version.readAt, "dateTime") })
                        : t("letters:receipts.notOpened", { number: version.number })}
                    </p>
                    <Show when={receipt()} fallback={<p>{t("letters:receipts.noAnswer")}</p>}>
                      {(found) => (
                        <>
                          <p class="letter-receipt" data-answer={found().answer}>
                            <strong>
                              {t("letters:receipts.answer", {
                                number: version.number,
                                answer: t(`letters:receiptAnswers.${found().answer}`),
                                date: formatDate(found().createdAt, "dateTime"),
                              })}
                            </strong>
                          </p>
                          <Show when={found().reply}>
                            {(reply) => (
                              <figure class="letter-reply">
                                <figcaption>{t("letters:receipts.reply")}</figcaption>
                                <blockquote dir="auto">{reply()}</blockquote>
                              </figure>
                            )}
                          </Show>
                        </>
                      )}
                    </Show>
                  </li>
                );
              }}
            </For>
          </ul>
        </Show>
      </section>

      <section class="stack" aria-labelledby="letter-history-title">
        <h2 id="letter-history-title">{t("letters:history.title")}</h2>
        <Show when={letter().versions.length > 1}>
          <ul class="letters-plain-list">
            <For each={letter().versions}>
              {(version) => (
                <li>
                  <Show
                    when={version.number !== letter().shownVersion}
                    fallback={<strong>{t("letters:history.version", { number: version.number })}</strong>}
                  >
                    <A href={`/letters/${letter().id}?version=${version.number}`}>
                      {t("letters:history.version", { number: version.number })}
                    </A>
                  </Show>
                  <Show when={version.sentAt}>{(at) => <> · {t("letters:list.sentOn", { date: formatDate(at(), "day") })}</>}</Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={letter().events.length > 0} fallback={<p>{t(`letters:statuses.${letter().status}`)}</p>}>
          <ol class="letter-history">
            <For each={letter().events}>
              {(event) => (
                <li>
                  <p>
                    {t("letters:history.event", {
                      what: t(`letters:history.events.${event.kind}`),
                      name: event.byName,
                      date: formatDate(event.at, "dateTime"),
                    })}{" "}
                    <span class="field__hint">({t("letters:history.version", { number: event.version })})</span>
                  </p>
                  <Show when={event.comment}>{(comment) => <blockquote dir="auto">{comment()}</blockquote>}</Show>
                </li>
              )}
            </For>
          </ol>
        </Show>
      </section>
    </div>
  );
}
