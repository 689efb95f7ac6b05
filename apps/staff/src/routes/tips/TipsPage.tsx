import { hasPermission } from "@heard/domain";
import { Alert, Stack } from "@heard/ui";
import { A, useLocation } from "@solidjs/router";
import { For, Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { RowActionLabel } from "../../components/RowActionLabel";
import { TableRegion } from "../../components/TableRegion";
import { useI18n } from "../../lib/i18n";
import { createApiQuery } from "../../lib/queries";
import { useSession } from "../../lib/session";
import type { api } from "../../lib/trpc";
import { resultsHref } from "./links";
import { TipList } from "./TipList";
import "./tips.css";

type VersionSummary = Awaited<ReturnType<typeof api.tips.versions.query>>[number];

/** What the editor tells this page after publishing (router state). */
export interface TipsPageState {
  publishedNumber?: number;
}

/** The published Top 10 Tips and every version; the participation team starts editing here. */
export default function TipsPage() {
  const { t, formatDate } = useI18n();
  const session = useSession();
  const location = useLocation<TipsPageState>();
  const current = createApiQuery("tips.current");
  const versions = createApiQuery("tips.versions");
  const mayEdit = () => hasPermission(session.user()?.role, "tips.edit");
  const draft = () => (versions.isSuccess ? versions.data.find((version) => version.status === "draft") : undefined);
  const publishedNumber = location.state?.publishedNumber;

  return (
    <Page title={t("tips:title")} intro={<p>{t("tips:intro")}</p>}>
      <Show when={publishedNumber}>
        {(number) => (
          <Alert variant="success" title={t("tips:editor.published")}>
            <p>{t("tips:current.publishedNotice", { number: number() })}</p>
          </Alert>
        )}
      </Show>

      <Show when={mayEdit()}>
        <Stack gap="s">
          <Show when={draft()}>
            {(found) => (
              <p>
                {t("tips:current.draftExists", {
                  number: found().number,
                  date: formatDate(found().createdAt, "day"),
                })}
              </p>
            )}
          </Show>
          <p>
            <A href="/tips/edit" class="btn btn--primary">
              {t("tips:current.editAsNew")}
            </A>
          </p>
        </Stack>
      </Show>

      <section class="stack" aria-labelledby="tips-current-title">
        <h2 id="tips-current-title">{t("tips:current.title")}</h2>
        <LoadState query={current}>
          {(published) => (
            <Show when={published()} fallback={<p>{t("tips:current.none")}</p>}>
              {(version) => (
                <Stack>
                  <p class="tips-version-line">
                    {t("tips:current.version", {
                      number: version().number,
                      date: version().publishedAt ? formatDate(version().publishedAt as string, "day") : "",
                    })}
                  </p>
                  <TipList tips={version().tips} headingLevel="h3" />
                </Stack>
              )}
            </Show>
          )}
        </LoadState>
      </section>

      <section class="stack" aria-labelledby="tips-versions-title">
        <h2 id="tips-versions-title">{t("tips:versions.title")}</h2>
        <p class="field__hint">{t("tips:versions.answersHint")}</p>
        <LoadState query={versions}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>{t("tips:current.none")}</p>}>
              <VersionsTable versions={list()} />
            </Show>
          )}
        </LoadState>
      </section>
    </Page>
  );
}

function VersionsTable(props: { versions: VersionSummary[] }) {
  const { t, formatDate } = useI18n();
  const session = useSession();
  const mayReadResults = () => hasPermission(session.user()?.role, "results.view");
  return (
    <TableRegion caption={t("tips:versions.caption")} class="table--tip-versions">
      <thead>
        <tr>
          <th scope="col">{t("tips:versions.columns.version")}</th>
          <th scope="col">{t("tips:versions.columns.status")}</th>
          <th scope="col">{t("tips:versions.columns.published")}</th>
          <th scope="col" class="numeric">
            {t("tips:versions.columns.answers")}
          </th>
          <th scope="col" class="numeric">
            {t("tips:versions.columns.responses")}
          </th>
          <th scope="col">{t("tips:versions.columns.actions")}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.versions}>
          {(version) => {
            const name = t("tips:versions.number", { number: version.number });
            return (
              <tr>
                <th scope="row">{name}</th>
                <td>
                  <span class={`tip-status tip-status--${version.status}`}>{t(`tips:status.${version.status}`)}</span>
                </td>
                <td class="nowrap">
                  {version.publishedAt ? (
                    <time datetime={version.publishedAt}>{formatDate(version.publishedAt, "day")}</time>
                  ) : (
                    t("tips:versions.notPublished")
                  )}
                </td>
                <td class="numeric">{version.answers}</td>
                <td class="numeric">{version.responses}</td>
                <td>
                  <ul class="row-links">
                    <li>
                      <A href={`/tips/versions/${version.id}`}>
                        <RowActionLabel label={t("tips:versions.view")} name={name} />
                      </A>
                    </li>
                    <Show when={mayReadResults() && version.status !== "draft"}>
                      <li>
                        <A href={resultsHref(version.id)}>
                          <RowActionLabel label={t("tips:versions.viewResults")} name={name} />
                        </A>
                      </li>
                    </Show>
                  </ul>
                </td>
              </tr>
            );
          }}
        </For>
      </tbody>
    </TableRegion>
  );
}
