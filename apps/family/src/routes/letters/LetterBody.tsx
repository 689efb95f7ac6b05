/**
 * The letter itself, in its own language and direction (an Arabic letter reads right to left
 * whatever language the app is in): each section's picture and heading, its words, numbered
 * steps or plan, glossary words to tap, and a read-aloud button where the phone can speak.
 */

import { glossaryMatcher, type LetterSection, type PlanRow, planColumns } from "@heard/domain/rules";
import { dirOf, type Language } from "@heard/i18n";
import { For, Match, Show, Switch } from "solid-js";
import { language, t } from "../../i18n";
import { canSpeak, speak } from "../feedback/speech";
import {
  glossaryRuns,
  iconPictures,
  type OpenedLetter,
  type PlanColumn,
  paragraphsOf,
  type Run,
  rowsToShow,
  sectionsToShow,
  spokenText,
  stepsToShow,
} from "./letter";
import { Marked } from "./Term";

export interface LetterBodyProps {
  letter: OpenedLetter;
  /** A plan column's name in the letter's language. */
  columnName: (column: PlanColumn) => string;
}

export function LetterBody(props: LetterBodyProps) {
  const lang = props.letter.language;
  const match = glossaryMatcher(props.letter.glossary, lang);
  const runs = (text: string) => glossaryRuns(text, match);
  return (
    <article class="letter stack stack--l" lang={lang} dir={dirOf(lang)}>
      <For each={sectionsToShow(props.letter.sections)}>
        {(section, index) => (
          <SectionView section={section} id={`letter-section-${index()}`} lang={lang} runs={runs} columnName={props.columnName} />
        )}
      </For>
    </article>
  );
}

interface SectionViewProps {
  section: LetterSection;
  id: string;
  lang: Language;
  runs: (text: string) => Run[];
  columnName: (column: PlanColumn) => string;
}

function SectionView(props: SectionViewProps) {
  const section = props.section;
  return (
    <section class="letter-section stack stack--s" aria-labelledby={props.id}>
      <h2 id={props.id} class="letter-section__heading">
        <Show when={section.icon}>
          {(icon) => (
            <span class="letter-section__icon" aria-hidden="true">
              {iconPictures[icon()]}
            </span>
          )}
        </Show>
        <span>{section.heading}</span>
      </h2>
      <Switch>
        <Match when={section.type === "text" && section}>
          {(text) => (
            <For each={paragraphsOf(text().text)}>
              {(paragraph) => <p class="letter-text">{<Marked runs={props.runs(paragraph)} />}</p>}
            </For>
          )}
        </Match>
        <Match when={section.type === "steps" && section}>
          {(steps) => (
            <ol class="letter-steps">
              <For each={stepsToShow(steps().steps)}>
                {(step) => (
                  <li class="letter-text">
                    <Marked runs={props.runs(step)} />
                  </li>
                )}
              </For>
            </ol>
          )}
        </Match>
        <Match when={section.type === "planTable" && section}>
          {(plan) => <PlanTable rows={plan().rows} labelledBy={props.id} runs={props.runs} columnName={props.columnName} />}
        </Match>
      </Switch>
      <Show when={canSpeak}>
        {/* The button speaks the reader's language; what it reads is in the letter's. Named with its section's heading. */}
        <button
          type="button"
          class="btn btn--secondary read-aloud"
          lang={language()}
          dir={dirOf(language())}
          aria-labelledby={`${props.id}-read ${props.id}`}
          onClick={() => speak(spokenText(section, props.columnName), props.lang)}
        >
          <span aria-hidden="true">🔊</span> <span id={`${props.id}-read`}>{t("myLetters:letter.readAloud")}</span>
        </button>
      </Show>
    </section>
  );
}

// biome-ignore-start lint/a11y/noRedundantRoles: a table shown as cards (display: block) loses its table semantics in Safari unless the roles are explicit
/**
 * The plan as a table: what will happen (the row's heading), who will do it, by when, how we
 * will know it worked. On a narrow phone each row becomes a card with each cell under its
 * column's name (letters.css); the roles keep it a table for screen readers when it does.
 */
function PlanTable(props: {
  rows: readonly PlanRow[];
  labelledBy: string;
  runs: (text: string) => Run[];
  columnName: (column: PlanColumn) => string;
}) {
  return (
    <table class="plan" role="table" aria-labelledby={props.labelledBy}>
      <thead role="rowgroup">
        <tr role="row">
          <For each={planColumns}>
            {(column) => (
              <th scope="col" role="columnheader">
                {props.columnName(column)}
              </th>
            )}
          </For>
        </tr>
      </thead>
      <tbody role="rowgroup">
        <For each={rowsToShow(props.rows)}>
          {(row) => (
            <tr role="row" class="plan__row">
              <For each={planColumns}>
                {(column) => {
                  const label = (
                    <span class="plan__label" aria-hidden="true">
                      {props.columnName(column)}
                    </span>
                  );
                  const content = <Marked runs={props.runs(row[column])} />;
                  return column === "what" ? (
                    <th scope="row" role="rowheader" class="plan__cell plan__cell--what">
                      {label}
                      <span class="plan__value">{content}</span>
                    </th>
                  ) : (
                    <td role="cell" class="plan__cell">
                      {label}
                      <span class="plan__value">{content}</span>
                    </td>
                  );
                }}
              </For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
// biome-ignore-end lint/a11y/noRedundantRoles: a table shown as cards (display: block) loses its table semantics in Safari unless the roles are explicit
