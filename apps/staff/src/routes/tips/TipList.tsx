import { For, Show } from "solid-js";
import { useI18n } from "../../lib/i18n";
import { type TipSource, translationLanguages } from "./editor";
import { TipIcon } from "./TipIcon";

export type ShownTip = TipSource & { id: string; position: number };

const languageNameKeys = { cy: "tips:editor.welsh", ar: "tips:editor.arabic" } as const;

/** The ten tips of one version: picture, title, wording, and their Welsh and Arabic. */
export function TipList(props: { tips: readonly ShownTip[]; headingLevel: "h2" | "h3" }) {
  const { t } = useI18n();
  return (
    <ol class="tip-list">
      <For each={props.tips}>
        {(tip) => (
          <li class="tip-list__item card">
            <div class="tip-list__head">
              <span class="tip-list__icon">
                <TipIcon icon={tip.icon} />
              </span>
              <Show
                when={props.headingLevel === "h2"}
                fallback={
                  <h3 class="tip-list__title">
                    {tip.position}. {tip.title}
                  </h3>
                }
              >
                <h2 class="tip-list__title">
                  {tip.position}. {tip.title}
                </h2>
              </Show>
            </div>
            <p class="tip-list__wording">{tip.wording}</p>
            <dl class="tip-translations">
              <For each={translationLanguages}>
                {(language) => (
                  <div>
                    <dt>{t(languageNameKeys[language])}</dt>
                    <Show
                      when={tip.translations[language]}
                      fallback={<dd class="tip-translations__missing">{t("tips:list.noTranslation")}</dd>}
                    >
                      {(text) => (
                        <dd lang={language} dir={language === "ar" ? "rtl" : "ltr"}>
                          <span class="tip-translations__title">{text().title}</span>
                          <span class="tip-translations__wording">{text().wording}</span>
                        </dd>
                      )}
                    </Show>
                  </div>
                )}
              </For>
            </dl>
          </li>
        )}
      </For>
    </ol>
  );
}
