import { languageNames, supportedLanguages } from "@heard/i18n";
import { LanguagePicker } from "@heard/ui";
import { A } from "@solidjs/router";
import { language, t } from "../i18n";
import { chooseLanguage } from "../session";
import { organisationName } from "./organisationName";

const languages = supportedLanguages.map((code) => ({ code, name: languageNames[code] }));

/** On every screen: the organisation, "Get help now" (never hidden), and the language. */
export function Header() {
  return (
    <header class="site-header">
      <div class="site-header__inner">
        <A href="/" class="site-header__name" end>
          {/* bdi: a Latin name inside Arabic (or the reverse) keeps its own order and sits at the start. */}
          <bdi>{organisationName()}</bdi>
        </A>
        <A href="/help" class="help-link">
          {t("getHelp")}
        </A>
        <LanguagePicker
          class="site-header__language"
          variant="select"
          label={t("language.label")}
          languages={languages}
          value={language()}
          onChange={(code) => void chooseLanguage(code)}
        />
      </div>
    </header>
  );
}
