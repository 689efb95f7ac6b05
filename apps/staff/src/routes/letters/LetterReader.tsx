import { A } from "@solidjs/router";
import { type Accessor, createMemo, Index, Match, Show, Switch } from "solid-js";
import { useI18n } from "../../lib/i18n";
import { ChecksList, LetterChecks } from "./ChecksList";
import { type Checks, checkLetter } from "./checks";
import { CorrectPanel, ReviewPanel, SendPanel } from "./LetterActions";
import { LetterIcon } from "./LetterIcon";
import { LetterPreview } from "./LetterPreview";
import { SectionWords } from "./LetterSheet";
import { forChild, type Letter, type WritingHelp } from "./model";

const noChecks: Checks = { readingAge: null, withinTarget: null, words: 0, longSentences: [], jargon: [] };

/**
 * A letter that cannot be written in now (waiting for approval, approved, sent, or an earlier
 * version): its words with their checks, and what can be done next: approve or send back, send,
 * or correct.
 */
export function LetterReader(props: { letter: Accessor<Letter>; help: WritingHelp; notify: (text: string) => void }) {
  const { t } = useI18n();
  const letter = props.letter;
  const checks = createMemo(() => checkLetter(letter().sections, letter().language, props.help.matcher));
  const newest = () => letter().shownVersion === letter().version;
  return (
    <div class="letter-layout">
      <div class="letter-layout__main stack">
        <h2>{t("letters:read.title", { number: letter().shownVersion })}</h2>
        <Index each={letter().sections}>
          {(section) => (
            <section class="card letter-section" aria-labelledby={`section-${section().key}-title`}>
              <div class="letter-section__head">
                <h3 id={`section-${section().key}-title`} class="letter-section__title" lang={letter().language}>
                  <LetterIcon icon={section().icon} />
                  <span>{section().heading}</span>
                </h3>
              </div>
              <div class="letter-section__body">
                <div class="letter-section__words letter-section__read" lang={letter().language} dir="auto">
                  <SectionWords section={section()} t={t} />
                </div>
                <ChecksList
                  id={`section-${section().key}-checks`}
                  checks={checks().bySection[section().key] ?? noChecks}
                  language={letter().language}
                  forChild={forChild(letter())}
                  heading={(text, id) => <h4 id={id}>{text}</h4>}
                />
              </div>
            </section>
          )}
        </Index>
      </div>
      <div class="letter-layout__side stack">
        <Switch>
          <Match when={!newest()}>
            <p class="letter-notice">
              {t("letters:read.older", { number: letter().shownVersion })}{" "}
              <A href={`/letters/${letter().id}`}>{t("letters:read.newest", { number: letter().version })}</A>
            </p>
          </Match>
          <Match when={letter().status === "submitted"}>
            <ReviewPanel letter={letter()} notify={props.notify} />
          </Match>
          <Match when={letter().status === "approved"}>
            <SendPanel letter={letter()} notify={props.notify} />
          </Match>
          <Match when={letter().status === "sent"}>
            <CorrectPanel letter={letter()} notify={props.notify} />
          </Match>
        </Switch>
        <LetterChecks checks={checks()} language={letter().language} forChild={forChild(letter())} />
        <Show when={letter()}>{(shown) => <LetterPreview letter={shown()} sections={shown().sections} />}</Show>
      </div>
    </div>
  );
}
