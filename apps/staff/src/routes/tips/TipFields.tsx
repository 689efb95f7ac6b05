import { tipIcons, tipTitleMax, tipWordingMax, topTipsCount } from "@heard/domain";
import type { TranslationKey } from "@heard/i18n";
import { Button, Select, TextField } from "@heard/ui";
import { createEffect, For } from "solid-js";
import { RowActionLabel } from "../../components/RowActionLabel";
import { useI18n } from "../../lib/i18n";
import { type EditableTip, fieldId, fieldPath, hasTranslation, type TipFieldName, type TranslationLanguage } from "./editor";
import { TipIcon } from "./TipIcon";

/** Each box's label, in the tips namespace. */
export const labelKeys: Record<TipFieldName, TranslationKey> = {
  title: "tips:editor.tipTitle",
  wording: "tips:editor.wording",
  icon: "tips:editor.icon",
  "translations.cy.title": "tips:editor.welshTitle",
  "translations.cy.wording": "tips:editor.welshWording",
  "translations.ar.title": "tips:editor.arabicTitle",
  "translations.ar.wording": "tips:editor.arabicWording",
};

const translationFields: Record<TranslationLanguage, { title: TipFieldName; wording: TipFieldName; dir: "ltr" | "rtl" }> = {
  cy: { title: "translations.cy.title", wording: "translations.cy.wording", dir: "ltr" },
  ar: { title: "translations.ar.title", wording: "translations.ar.wording", dir: "rtl" },
};

/** One tip's boxes, in a fieldset named "Tip 3". */
export function TipFields(props: {
  index: number;
  tip: EditableTip;
  update: (field: TipFieldName, value: string) => void;
  error: (field: TipFieldName) => string | undefined;
  translationsOpen: boolean;
  setTranslationsOpen: (open: boolean) => void;
  move: (to: number) => void;
}) {
  const { t } = useI18n();
  const id = (field: TipFieldName) => fieldId(fieldPath(props.index, field));
  const number = () => props.index + 1;
  const tipName = () => t("tips:editor.tipNumber", { number: number() });
  const counter = (used: number, max: number) => t("tips:editor.characters", { used, max });
  const translationState = () => {
    const cy = hasTranslation(props.tip, "cy");
    const ar = hasTranslation(props.tip, "ar");
    return t(`tips:editor.translationState.${cy && ar ? "both" : cy ? "cy" : ar ? "ar" : "none"}`);
  };
  let details: HTMLDetailsElement | undefined;
  // A property, not the attribute: open="false" would still open it.
  createEffect(() => {
    const open = props.translationsOpen;
    if (details && details.open !== open) details.open = open;
  });
  const setLanguage = (language: TranslationLanguage) => (element: HTMLInputElement | HTMLTextAreaElement) => {
    element.setAttribute("lang", language);
  };

  return (
    <fieldset class="tip-editor" id={`tip-${props.index}`}>
      <legend class="tip-editor__legend">
        <TipIcon icon={props.tip.icon} />
        <span>{tipName()}</span>
      </legend>
      <div class="stack">
        <TextField
          id={id("title")}
          label={t(labelKeys.title)}
          description={t("tips:editor.tipTitleHint")}
          value={props.tip.title}
          onInput={(value) => props.update("title", value)}
          error={props.error("title")}
          maxLength={tipTitleMax}
          showCounter
          counterText={counter}
          autocomplete="off"
          required
        />
        <TextField
          id={id("wording")}
          label={t(labelKeys.wording)}
          description={t("tips:editor.wordingHint")}
          value={props.tip.wording}
          onInput={(value) => props.update("wording", value)}
          error={props.error("wording")}
          maxLength={tipWordingMax}
          showCounter
          counterText={counter}
          multiline
          rows={3}
          autocomplete="off"
          required
        />
        <div class="tip-editor__icon-row">
          <Select
            id={id("icon")}
            label={t(labelKeys.icon)}
            value={props.tip.icon}
            onChange={(value) => props.update("icon", value)}
            error={props.error("icon")}
            options={[
              { value: "", label: t("tips:editor.noIcon") },
              ...tipIcons.map((icon) => ({ value: icon, label: t(`tips:icons.${icon}`) })),
            ]}
          />
          <span class="tip-editor__icon-preview">
            <TipIcon icon={props.tip.icon} />
          </span>
        </div>

        <details ref={details} class="tip-editor__translations" on:toggle={(event) => props.setTranslationsOpen(event.currentTarget.open)}>
          <summary>
            <span class="tip-editor__translations-title">{t("tips:editor.translations")}</span>{" "}
            <span class="tip-editor__translations-state">({translationState()})</span>
          </summary>
          <div class="stack">
            <p class="field__hint">{t("tips:editor.translationHint")}</p>
            <For each={["cy", "ar"] as const}>
              {(language) => (
                <>
                  <TextField
                    id={id(translationFields[language].title)}
                    label={t(labelKeys[translationFields[language].title])}
                    value={props.tip.translations[language].title}
                    onInput={(value) => props.update(translationFields[language].title, value)}
                    error={props.error(translationFields[language].title)}
                    maxLength={tipTitleMax}
                    showCounter
                    counterText={counter}
                    dir={translationFields[language].dir}
                    ref={setLanguage(language)}
                    autocomplete="off"
                  />
                  <TextField
                    id={id(translationFields[language].wording)}
                    label={t(labelKeys[translationFields[language].wording])}
                    value={props.tip.translations[language].wording}
                    onInput={(value) => props.update(translationFields[language].wording, value)}
                    error={props.error(translationFields[language].wording)}
                    maxLength={tipWordingMax}
                    showCounter
                    counterText={counter}
                    multiline
                    rows={3}
                    dir={translationFields[language].dir}
                    ref={setLanguage(language)}
                    autocomplete="off"
                  />
                </>
              )}
            </For>
          </div>
        </details>

        <div class="cluster">
          <Button
            id={`tip-${props.index}-move-up`}
            variant="secondary"
            disabled={props.index === 0}
            onClick={() => props.move(props.index - 1)}
          >
            <RowActionLabel label={t("tips:editor.moveUp")} name={tipName()} />
          </Button>
          <Button
            id={`tip-${props.index}-move-down`}
            variant="secondary"
            disabled={props.index === topTipsCount - 1}
            onClick={() => props.move(props.index + 1)}
          >
            <RowActionLabel label={t("tips:editor.moveDown")} name={tipName()} />
          </Button>
        </div>
      </div>
    </fieldset>
  );
}
