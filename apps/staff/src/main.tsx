import "@heard/ui/tokens.css";
import "@heard/ui/charts.css";
import "./styles.css";
import { render } from "solid-js/web";
import { App } from "./App";
import { I18nProvider, initialLanguage, loadI18n } from "./lib/i18n";

async function start() {
  const root = document.getElementById("root");
  if (!root) return;
  const language = initialLanguage();
  const i18n = await loadI18n(language);
  render(
    () => (
      <I18nProvider i18n={i18n} language={language}>
        <App />
      </I18nProvider>
    ),
    root,
  );
}

void start();
