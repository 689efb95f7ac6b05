import { hasPermission } from "@heard/domain";
import { A, useParams } from "@solidjs/router";
import { Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { createApiQuery } from "../../lib/queries";
import { useSession } from "../../lib/session";
import { resultsHref } from "./links";
import { TipList } from "./TipList";
import "./tips.css";

/** One version of the tips, as families saw it (or will see it, for a draft). */
export default function TipVersionPage() {
  const { t, formatDate } = useI18n();
  const session = useSession();
  const params = useParams<{ id: string }>();
  const version = createApiQuery("tips.get", () => ({ input: { id: params.id } }));
  const title = () => (version.isSuccess ? t("tips:versions.number", { number: version.data.number }) : t("tips:versions.title"));
  const mayReadResults = () => hasPermission(session.user()?.role, "results.view");

  return (
    <Page title={title()}>
      <p>
        <A href="/tips">{t("tips:versions.back")}</A>
      </p>
      <LoadState query={version}>
        {(found) => (
          <>
            <dl class="details">
              <div>
                <dt>{t("tips:versions.columns.status")}</dt>
                <dd>
                  <span class={`tip-status tip-status--${found().status}`}>{t(`tips:status.${found().status}`)}</span>
                </dd>
              </div>
              <div>
                <dt>{t("tips:versions.columns.published")}</dt>
                <dd>{found().publishedAt ? formatDate(found().publishedAt as string, "day") : t("tips:versions.notPublished")}</dd>
              </div>
              <div>
                <dt>{t("tips:versions.columns.answers")}</dt>
                <dd>{found().answers}</dd>
              </div>
              <div>
                <dt>{t("tips:versions.columns.responses")}</dt>
                <dd>{found().responses}</dd>
              </div>
            </dl>
            <Show when={mayReadResults() && found().status !== "draft"}>
              <p>
                <A href={resultsHref(found().id)}>{t("tips:versions.viewResults")}</A>
              </p>
            </Show>
            <TipList tips={found().tips} headingLevel="h2" />
          </>
        )}
      </LoadState>
    </Page>
  );
}
