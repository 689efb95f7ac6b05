import { hasPermission } from "@heard/domain";
import { Card } from "@heard/ui";
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { useSession } from "../../lib/session";
import { pagesFor } from "../../nav";
import { HomeLetters } from "../letters/HomeLetters";

/** What this person can do here: their letters to write and approve, then one card per page their role may use. */
export default function HomePage() {
  const { t } = useI18n();
  const session = useSession();
  const pages = () => pagesFor(session.user()?.role).filter((page) => page.id !== "home");
  return (
    <Page title={t("common:dashboard.title", { name: session.user()?.displayName ?? "" })} intro={<p>{t("common:dashboard.intro")}</p>}>
      <Show when={hasPermission(session.user()?.role, "letters.write")}>
        <HomeLetters />
      </Show>
      <ul class="dashboard">
        <For each={pages()}>
          {(page) => (
            <li>
              <Card class="dashboard__card">
                <h2 class="dashboard__title">
                  <A href={page.path}>{t(page.labelKey)}</A>
                </h2>
                <p>{t(page.descriptionKey)}</p>
              </Card>
            </li>
          )}
        </For>
      </ul>
    </Page>
  );
}
