import { A } from "@solidjs/router";
import { t } from "../../i18n";
import { Page } from "../../shell/Page";
import { FeatureList, SavedFeedback } from "./Features";
import { Notice } from "./Notice";

/** Not signed in: what Heard is, and the ways in. */
export function Welcome() {
  return (
    <Page title={t("home:welcome.title")}>
      <Notice />
      <SavedFeedback />
      <p class="lead">{t("tagline")}</p>
      <FeatureList />
      <div class="actions">
        <A href="/sign-in" class="btn btn--primary btn--block">
          {t("auth:family.signIn.title")}
        </A>
        <A href="/activate" class="btn btn--secondary btn--block">
          {t("auth:family.signIn.haveCode")}
        </A>
      </div>
      <p class="muted">{t("auth:family.signIn.newHere")}</p>
      <HelpCard />
    </Page>
  );
}

/** "Get help now" is in the header too; here it is explained. */
export function HelpCard() {
  return (
    <section class="card stack" aria-labelledby="home-help">
      <h2 id="home-help">{t("getHelp")}</h2>
      <p>{t("help.intro")}</p>
      <A href="/help" class="btn btn--secondary btn--block">
        {t("getHelp")}
      </A>
    </section>
  );
}
