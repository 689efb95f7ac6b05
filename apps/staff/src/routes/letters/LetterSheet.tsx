import { type Language, type LetterKind, type LetterSection, planColumns, sectionIsEmpty } from "@heard/domain";
import { dirOf, type Translator } from "@heard/i18n";
import { createEffect, createSignal, For, Match, on, onCleanup, Show, Switch } from "solid-js";
import { useI18n } from "../../lib/i18n";
import { LetterIcon } from "./LetterIcon";

/** A letter's words, in the family's language, as they read it: on a phone, and on paper (a title, then its sections one level below). */
export function LetterSheet(props: {
  kind: LetterKind;
  language: Language;
  sections: readonly LetterSection[];
  addresseeName: string;
  writerName: string;
}) {
  const { translatorFor } = useI18n();
  const [tr, setTr] = createSignal<Translator | null>(null);
  // Loaded beside the page, never through Suspense: the page stays as it is meanwhile.
  createEffect(
    on(
      () => props.language,
      (language) => {
        let current = true;
        void translatorFor(language).then((found) => {
          if (current) setTr(() => found);
        });
        onCleanup(() => {
          current = false;
        });
      },
    ),
  );
  const shown = () => props.sections.filter((section) => !sectionIsEmpty(section));

  return (
    <Show when={tr()}>
      {(t) => (
        <article class="letter-sheet" lang={props.language} dir={dirOf(props.language)}>
          <header class="letter-sheet__header">
            <h3 class="letter-sheet__title">{t()(`letters:kinds.${props.kind}`)}</h3>
            <p>{t()("letters:letter.to", { name: props.addresseeName })}</p>
            <p>{t()("letters:letter.from", { name: props.writerName })}</p>
          </header>
          <For each={shown()}>
            {(section) => (
              <section class="letter-sheet__section">
                <h4 class="letter-sheet__heading">
                  <LetterIcon icon={section.icon} />
                  <span>{section.heading}</span>
                </h4>
                <SectionWords section={section} t={t()} />
              </section>
            )}
          </For>
        </article>
      )}
    </Show>
  );
}

/** Paragraphs at the writer's line breaks, numbered steps, and each part of a plan as a card of four answers. */
export function SectionWords(props: { section: LetterSection; t: Translator }) {
  return (
    <Switch>
      <Match when={props.section.type === "text" && props.section}>
        {(section) => (
          <For
            each={section()
              .text.split(/\n+/)
              .filter((line) => line.trim() !== "")}
          >
            {(paragraph) => <p>{paragraph}</p>}
          </For>
        )}
      </Match>
      <Match when={props.section.type === "steps" && props.section}>
        {(section) => (
          <ol class="letter-sheet__steps">
            <For each={section().steps}>{(step) => <li>{step}</li>}</For>
          </ol>
        )}
      </Match>
      <Match when={props.section.type === "planTable" && props.section}>
        {(section) => (
          <ol class="letter-sheet__plan">
            <For each={section().rows}>
              {(row) => (
                <li>
                  <dl>
                    <For each={planColumns.filter((column) => row[column].trim() !== "")}>
                      {(column) => (
                        <div>
                          <dt>{props.t(`letters:plan.${column}`)}</dt>
                          <dd>{row[column]}</dd>
                        </div>
                      )}
                    </For>
                  </dl>
                </li>
              )}
            </For>
          </ol>
        )}
      </Match>
    </Switch>
  );
}
