/**
 * `/letters/:id` (the newest version) and `/letters/:id/version/:version` (an earlier one): a
 * letter in big clear type, in its own language, with what the family thinks of it at the end.
 * Opening it marks it read. It prints on A4 as the letter alone (letters.css).
 */
import "./letters.css";
import { formatDate } from "@heard/client";
import { type Language, loadBundled } from "@heard/i18n";
import { A, useParams } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { language, t } from "../../i18n";
import { person } from "../../session";
import { Page } from "../../shell/Page";
import { translate } from "../../translate";
import { trpc } from "../../trpc";
import { LetterBody } from "./LetterBody";
import { earlierVersion, letterHref, type OpenedLetter, type PlanColumn } from "./letter";
import { Receipt } from "./Receipt";
import { LetterProblem, refusal, SignInFirst } from "./shared";

export default function Letter() {
  const params = useParams<{ id: string; version?: string }>();
  return (
    <Show when={person()} fallback={<SignInFirst />}>
      <Show when={`${params.id}/${params.version ?? ""}`} keyed>
        <Opening id={params.id} version={params.version === undefined ? undefined : Number(params.version)} />
      </Show>
    </Show>
  );
}

/**
 * The words the letter itself needs (its plan's column names) in the letter's language, which
 * need not be the app's: an Arabic letter's plan has Arabic column names in an English app.
 */
async function columnNamesIn(lang: Language): Promise<(column: PlanColumn) => string> {
  const store = { [lang]: { myLetters: await loadBundled(lang, "myLetters") } };
  return (column) => translate(store, [lang], `myLetters:plan.${column}`);
}

async function open(id: string, version: number | undefined) {
  try {
    const letter = await trpc.letters.read.mutate(version === undefined ? { id } : { id, version });
    return { letter, columnName: await columnNamesIn(letter.language) };
  } catch (error) {
    return refusal(error);
  }
}

function Opening(props: { id: string; version: number | undefined }) {
  const [opened] = createResource(() => open(props.id, props.version));
  return (
    <Show when={opened()} keyed>
      {(loaded) =>
        "problem" in loaded ? <LetterProblem problem={loaded.problem} /> : <Opened letter={loaded.letter} columnName={loaded.columnName} />
      }
    </Show>
  );
}

function Opened(props: { letter: OpenedLetter; columnName: (column: PlanColumn) => string }) {
  const letter = props.letter;
  const day = (moment: string) => formatDate(moment, language(), "longDay");
  const earlier = earlierVersion(letter);
  const isNewest = letter.version === letter.newestVersion;
  return (
    <Page title={t(`myLetters:kinds.${letter.kind}`)}>
      <div class="letter-page stack stack--l">
        <p class="lead">{t("myLetters:letter.from", { name: letter.writerName, date: day(letter.sentAt) })}</p>
        <Show
          when={isNewest}
          fallback={
            <div class="alert alert--info stack stack--xs">
              <p>{t("myLetters:letter.earlier", { date: day(letter.sentAt) })}</p>
              <p class="no-print">
                <A href={letterHref(letter.id)}>{t("myLetters:letter.seeNewest")}</A>
              </p>
            </div>
          }
        >
          <Show when={earlier !== null && earlier}>
            {(version) => (
              <div class="alert alert--info stack stack--xs">
                <p>{t("myLetters:letter.updated", { date: day(letter.sentAt) })}</p>
                <p class="no-print">
                  <A href={letterHref(letter.id, version())}>{t("myLetters:letter.seeEarlier")}</A>
                </p>
              </div>
            )}
          </Show>
        </Show>
        <Show when={letter.glossary.length > 0}>
          <p class="no-print">{t("myLetters:letter.wordsHint")}</p>
        </Show>
        <LetterBody letter={letter} columnName={props.columnName} />
        <div class="actions no-print">
          <button type="button" class="btn btn--secondary btn--block" onClick={() => window.print()}>
            {t("myLetters:letter.print")}
          </button>
        </div>
        <Receipt letter={letter} />
        <p class="no-print">
          <A href="/letters">{t("myLetters:letter.back")}</A>
        </p>
      </div>
    </Page>
  );
}
