/** `/letters`: the family member's letters, newest first, each with its kind, date and whether it is new. */
import "./letters.css";
import { formatDate } from "@heard/client";
import { A } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { language, t } from "../../i18n";
import { person } from "../../session";
import { Page } from "../../shell/Page";
import { trpc } from "../../trpc";
import { type LetterInList, letterHref } from "./letter";
import { LetterProblem, refusal, SignInFirst } from "./shared";

export default function MyLetters() {
  return (
    <Show when={person()} fallback={<SignInFirst />}>
      <List />
    </Show>
  );
}

async function load(): Promise<{ letters: LetterInList[] } | Awaited<ReturnType<typeof refusal>>> {
  try {
    return { letters: await trpc.letters.mine.query() };
  } catch (error) {
    return refusal(error);
  }
}

function List() {
  const [mine] = createResource(load);
  return (
    <Show when={mine()} keyed>
      {(loaded) =>
        "problem" in loaded ? (
          <LetterProblem problem={loaded.problem} />
        ) : (
          <Page title={t("myLetters:list.title")}>
            <Show when={loaded.letters.length > 0} fallback={<p class="lead">{t("myLetters:list.empty")}</p>}>
              <p class="lead">{t("myLetters:list.intro")}</p>
              {/* biome-ignore lint/a11y/noRedundantRoles: Safari with VoiceOver drops list semantics when list-style is none */}
              <ul class="stack" role="list">
                <For each={loaded.letters}>{(letter) => <LetterCard letter={letter} />}</For>
              </ul>
            </Show>
          </Page>
        )
      }
    </Show>
  );
}

/** One letter: "New" (in words, inside the link, so a screen reader hears it with the title), its kind, when and who from. */
function LetterCard(props: { letter: LetterInList }) {
  const date = () => (props.letter.sentAt ? formatDate(props.letter.sentAt, language(), "longDay") : "");
  return (
    <li class="card stack stack--xs letter-card" classList={{ "letter-card--unread": props.letter.unread }}>
      <A href={letterHref(props.letter.id)} class="feature__title">
        <Show when={props.letter.unread}>
          <span class="badge">{t("myLetters:list.new")}</span>{" "}
        </Show>
        {t(`myLetters:kinds.${props.letter.kind}`)}
      </A>
      <p>{t(props.letter.updated ? "myLetters:list.updated" : "myLetters:list.sent", { date: date() })}</p>
      <p class="muted">{t("myLetters:list.from", { name: props.letter.writerName })}</p>
      <Show when={props.letter.answered}>
        <p class="muted">
          <span aria-hidden="true">✓ </span>
          {t("myLetters:list.answered")}
        </p>
      </Show>
    </li>
  );
}
