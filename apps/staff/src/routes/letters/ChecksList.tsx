import { formatNumber } from "@heard/client";
import { childReadingAgeTarget, type Language, longSentenceWords } from "@heard/domain";
import { Button } from "@heard/ui";
import { For, type JSX, Show } from "solid-js";
import { useI18n } from "../../lib/i18n";
import type { Checks, Jargon, MarkedPiece, SlotPlace } from "./checks";

/** "Step 2", "Part 1, Who will do it": where in a section a finding is (nothing for a section's one text). */
function usePlaceName() {
  const { t } = useI18n();
  return (place: SlotPlace): string | null => {
    if (place.kind === "step") return t("letters:checks.inStep", { number: place.step + 1 });
    if (place.kind === "cell") return t("letters:checks.inCell", { number: place.row + 1, column: t(`letters:plan.${place.column}`) });
    return null;
  };
}

/** The reading age with its target: a warning above it for a child, never a block. */
export function ReadingAge(props: { checks: Checks; forChild: boolean }) {
  const { t, language } = useI18n();
  return (
    <Show when={props.checks.readingAge !== null} fallback={<p class="field__hint">{t("letters:checks.readingAgeNone")}</p>}>
      <p class="letter-checks__age" data-over={props.forChild && props.checks.withinTarget === false ? "" : undefined}>
        <strong>{t("letters:checks.readingAge", { age: formatNumber(props.checks.readingAge ?? 0, language()) })}</strong>
        <Show when={props.forChild}>
          {" "}
          <span>
            {props.checks.withinTarget
              ? t("letters:checks.withinTarget", { target: childReadingAgeTarget })
              : t("letters:checks.overTarget", { target: childReadingAgeTarget })}
          </span>
        </Show>
      </p>
    </Show>
  );
}

/**
 * A section's findings beside its words: reading age (English), long sentences quoted, and each
 * glossary word with its everyday swap and a button that makes the swap. A list, so it reads in
 * order with a screen reader; it is not a live region (it changes at every key).
 */
export function ChecksList(props: {
  id: string;
  checks: Checks;
  language: Language;
  forChild: boolean;
  /** Where the swap buttons go; none on a letter that cannot change. */
  onSwap?: (jargon: Jargon) => void;
  heading: (children: string, id: string) => JSX.Element;
}) {
  const { t } = useI18n();
  const placeName = usePlaceName();
  const where = (place: SlotPlace) => {
    const name = placeName(place);
    return name ? `${name}: ` : "";
  };
  return (
    <section class="letter-checks" aria-labelledby={`${props.id}-title`}>
      {props.heading(t("letters:checks.title"), `${props.id}-title`)}
      <Show when={props.language === "en"}>
        <ReadingAge checks={props.checks} forChild={props.forChild} />
      </Show>
      <Show when={props.checks.longSentences.length === 0 && props.checks.jargon.length === 0 && props.checks.words > 0}>
        <p>{t("letters:checks.clear")}</p>
      </Show>
      <Show when={props.checks.longSentences.length > 0}>
        <p>{t("letters:checks.longSentences", { limit: longSentenceWords, count: props.checks.longSentences.length })}</p>
        <ul class="letter-checks__list">
          <For each={props.checks.longSentences}>
            {(long) => (
              <li class="letter-checks__long">
                {where(long.place)}
                {t("letters:checks.longSentence", { words: long.words, sentence: long.sentence })}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.checks.jargon.length > 0}>
        <p>{t("letters:checks.jargonWords", { count: props.checks.jargon.length })}</p>
        <ul class="letter-checks__list">
          <For each={props.checks.jargon}>
            {(jargon) => (
              <li class="letter-checks__jargon">
                <span>
                  {where(jargon.place)}
                  {t("letters:checks.jargon", { word: jargon.match.text, swap: jargon.match.swap })}
                </span>
                <Show when={props.onSwap}>
                  {(swap) => (
                    <Button variant="secondary" class="letter-checks__swap" onClick={() => swap()(jargon)}>
                      {t("letters:checks.swap")}
                      <span class="visually-hidden">
                        {" "}
                        {t("letters:checks.swapFor", { word: jargon.match.text, swap: jargon.match.swap })}
                      </span>
                    </Button>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

/** The whole letter's reading age and counts, beside the save status. */
export function LetterChecks(props: { checks: Checks; language: Language; forChild: boolean }) {
  const { t } = useI18n();
  return (
    <section class="letter-checks letter-checks--letter" aria-labelledby="letter-checks-title">
      <h2 id="letter-checks-title">{t("letters:checks.letterTitle")}</h2>
      <Show when={props.language === "en"} fallback={<p class="field__hint">{t("letters:checks.noReadingAge")}</p>}>
        <ReadingAge checks={props.checks} forChild={props.forChild} />
      </Show>
      <ul class="letter-checks__counts">
        <li>{t("letters:checks.longSentences", { limit: longSentenceWords, count: props.checks.longSentences.length })}</li>
        <li>{t("letters:checks.jargonWords", { count: props.checks.jargon.length })}</li>
      </ul>
    </section>
  );
}

/**
 * A copy of a text box's words under it with the long sentences shaded and glossary words
 * underlined. Hidden from screen readers: the findings list says the same in words.
 */
export function MarkedText(props: { pieces: MarkedPiece[]; language: Language }) {
  const { t } = useI18n();
  return (
    <div class="letter-marked" aria-hidden="true">
      <p class="field__hint">
        {t("letters:write.marked")}. {t("letters:write.markedHint")}
      </p>
      <p class="letter-marked__text" lang={props.language} dir="auto">
        <For each={props.pieces}>
          {(piece) => (
            <Show when={piece.long || piece.jargon} fallback={piece.text}>
              <mark class="letter-mark" data-long={piece.long ? "" : undefined} data-jargon={piece.jargon ? "" : undefined}>
                {piece.text}
              </mark>
            </Show>
          )}
        </For>
      </p>
    </div>
  );
}
