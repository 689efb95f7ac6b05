import { A } from "@solidjs/router";
import { t } from "../../i18n";
import { Page } from "../../shell/Page";

/** A friendly dead end: the way home, and "Get help now" (also in the header). */
export default function NotFound() {
  return (
    <Page title={t("notFound.title")}>
      <p>{t("notFound.body")}</p>
      <div class="actions">
        <A href="/" class="btn btn--primary btn--block">
          {t("notFound.home")}
        </A>
        <A href="/help" class="btn btn--secondary btn--block">
          {t("getHelp")}
        </A>
      </div>
    </Page>
  );
}
