import { problemOf } from "@heard/client";
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { t } from "../i18n";
import { withNumbersInOrder } from "./bidi";
import { Page } from "./Page";

export interface ErrorPageProps {
  error: unknown;
  retry: () => void;
}

/**
 * When a screen fails (often a chunk that did not arrive on a weak signal). The emergency
 * numbers are written here too: "Get help now" is itself a screen that may not load.
 */
export function ErrorPage(props: ErrorPageProps) {
  const offline = () => problemOf(props.error).messageKey === "network";
  return (
    <Page title={t("errorPage.title")}>
      <p>
        <Show when={offline()} fallback={t("errorPage.body")}>
          {t("errorPage.offline")}
        </Show>
      </p>
      <div class="actions">
        <button type="button" class="btn btn--primary btn--block" onClick={() => props.retry()}>
          {t("actions.tryAgain")}
        </button>
        <A href="/" class="btn btn--secondary btn--block">
          {t("nav.home")}
        </A>
      </div>
      <section class="card stack" aria-labelledby="error-help">
        <h2 id="error-help">{t("getHelp")}</h2>
        <p>{t("help.emergency.body")}</p>
        <a class="btn btn--danger btn--block call-link" href="tel:999">
          {t("help.emergency.call")}
        </a>
        <a class="btn btn--secondary btn--block call-link" href="tel:08001111">
          {withNumbersInOrder(t("help.childline.call"))}
        </a>
      </section>
    </Page>
  );
}
