import { type Problem, problemOf } from "@heard/client";
import type { qaSchemas } from "@heard/domain";
import { Alert, Button } from "@heard/ui";
import { For, Match, Show, Switch } from "solid-js";
import { useI18n } from "../../lib/i18n";
import { createApiPages, queryKey } from "../../lib/queries";
import { api } from "../../lib/trpc";

type FreeTextPage = Awaited<ReturnType<typeof api.qa.freeText.query>>;
type Entry = Extract<FreeTextPage, { suppressed: false }>["entries"][number];

const pageSize = 20;

/**
 * What families wrote, masked, newest first, a page at a time. Nothing at all when the filter
 * holds fewer responses than the threshold: a few comments could point to one family.
 */
export function FreeTextSection(props: { filter: qaSchemas.ResultsFilterInput; threshold: number }) {
  const { t, errorText, formatDate } = useI18n();
  // One cached list per filter, a page (of `pageSize`, from `offset`) at a time.
  const pages = createApiPages(() => ({
    queryKey: queryKey("qa.freeText", { ...props.filter, limit: pageSize }),
    queryFn: ({ pageParam, signal }) => api.qa.freeText.query({ ...props.filter, limit: pageSize, offset: pageParam }, { signal }),
    initialPageParam: 0,
    getNextPageParam: (last: FreeTextPage) => (last.suppressed ? undefined : (last.nextOffset ?? undefined)),
  }));
  /** The pages there are; a failed "Show more" keeps them. */
  const loaded = () => (pages.isSuccess || pages.isFetchNextPageError ? pages.data.pages : undefined);
  const first = () => loaded()?.[0];
  const suppressed = () => first()?.suppressed === true;
  const entries = (): Entry[] => (loaded() ?? []).flatMap((page) => (page.suppressed ? [] : page.entries));
  const total = () => {
    const page = first();
    return page && !page.suppressed ? page.total : 0;
  };
  /** A page after the first that did not come (the ones shown stay). */
  const moreError = () => (pages.isFetchNextPageError ? problemOf(pages.error) : null);
  const entryElements: HTMLElement[] = [];

  const showMore = async () => {
    const firstNew = entries().length;
    const result = await pages.fetchNextPage();
    // After "Show more", take the reader to the first new comment.
    if (!result.isError) queueMicrotask(() => entryElements[firstNew]?.focus());
  };

  return (
    <section class="stack" aria-labelledby="free-text-title">
      <h2 id="free-text-title">{t("results:freeText.title")}</h2>
      <p>{t("results:freeText.intro")}</p>
      <Switch>
        <Match when={pages.isError && !pages.isFetchNextPageError}>
          <FreeTextError error={problemOf(pages.error)} text={errorText} retry={() => void pages.refetch()} />
        </Match>
        <Match when={!loaded()}>
          <p class="loading" role="status">
            {t("common:states.loading")}
          </p>
        </Match>
        <Match when={suppressed()}>
          <Alert variant="info" announce={false}>
            <p>{t("results:freeText.suppressed")}</p>
            <p>{t("results:suppressedHint", { count: props.threshold })}</p>
          </Alert>
        </Match>
        <Match when={entries().length === 0}>
          <p>{t("results:freeText.empty")}</p>
        </Match>
        <Match when={true}>
          <p class="field__hint">{t("results:freeText.masked")}</p>
          <ul class="free-text-list">
            <For each={entries()}>
              {(entry, index) => (
                <li
                  class="card free-text-entry"
                  tabIndex={-1}
                  ref={(element) => {
                    entryElements[index()] = element;
                  }}
                >
                  <p class="free-text-entry__text" lang={entry.language} dir="auto">
                    {entry.text}
                  </p>
                  <dl class="free-text-entry__meta">
                    <div>
                      <dt>{t("results:freeText.month")}</dt>
                      <dd>{formatDate(entry.month, "month")}</dd>
                    </div>
                    <div>
                      <dt>{t("results:freeText.team")}</dt>
                      <dd>{entry.teamName}</dd>
                    </div>
                    <div>
                      <dt>{t("results:freeText.meetingType")}</dt>
                      <dd>{t(`meetings:types.${entry.meetingType}`)}</dd>
                    </div>
                    <div>
                      <dt>{t("results:freeText.respondentKind")}</dt>
                      <dd>{t(`results:respondentKinds.${entry.respondentKind}`)}</dd>
                    </div>
                  </dl>
                </li>
              )}
            </For>
          </ul>
          <p role="status">{t("results:freeText.showing", { shown: entries().length, total: total() })}</p>
          <Show when={moreError()}>{(problem) => <FreeTextError error={problem()} text={errorText} retry={() => void showMore()} />}</Show>
          <Show when={pages.hasNextPage} fallback={<p>{t("results:freeText.end")}</p>}>
            <div>
              <Button variant="secondary" loading={pages.isFetchingNextPage} onClick={() => void showMore()}>
                {t("results:freeText.loadMore")}
              </Button>
            </div>
          </Show>
        </Match>
      </Switch>
    </section>
  );
}

function FreeTextError(props: { error: Problem; text: (error: Problem) => string; retry: () => void }) {
  const { t } = useI18n();
  return (
    <Alert variant="danger">
      <div class="stack stack--s">
        <p>{props.text(props.error)}</p>
        <div>
          <Button variant="secondary" onClick={() => props.retry()}>
            {t("common:actions.tryAgain")}
          </Button>
        </div>
      </div>
    </Alert>
  );
}
