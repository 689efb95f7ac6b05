import { type Problem, problemOf } from "@heard/client";
import type { qaSchemas } from "@heard/domain";
import { Alert, Button } from "@heard/ui";
import { batch, createEffect, createSignal, For, Match, on, Show, Switch } from "solid-js";
import { useI18n } from "../../lib/i18n";
import { api } from "../../lib/trpc";

type FreeTextPage = Awaited<ReturnType<typeof api.qa.freeText.query>>;
type Entry = Extract<FreeTextPage, { suppressed: false }>["entries"][number];

const pageSize = 20;

/**
 * What families wrote, masked, newest first, a page at a time. Nothing at all when the filter
 * holds fewer responses than the threshold: a few comments could point to one family.
 */
export function FreeTextSection(props: { filterKey: string; threshold: number }) {
  const { t, errorText, formatDate } = useI18n();
  const [entries, setEntries] = createSignal<Entry[]>([]);
  const [total, setTotal] = createSignal(0);
  const [nextOffset, setNextOffset] = createSignal<number | null>(null);
  const [suppressed, setSuppressed] = createSignal(false);
  const [loaded, setLoaded] = createSignal(false);
  const [loading, setLoading] = createSignal(false);
  const [error, setError] = createSignal<Problem | null>(null);
  let request = 0;
  const entryElements: HTMLElement[] = [];

  const load = async (more: boolean) => {
    const offset = more ? (nextOffset() ?? 0) : 0;
    const mine = ++request;
    setLoading(true);
    setError(null);
    if (!more) setLoaded(false);
    try {
      const filter = JSON.parse(props.filterKey) as qaSchemas.ResultsFilterInput;
      const page = await api.qa.freeText.query({ ...filter, limit: pageSize, offset });
      if (mine !== request) return; // a newer filter has been applied since
      const firstNew = more ? entries().length : 0;
      batch(() => {
        if (page.suppressed) {
          setSuppressed(true);
          setEntries([]);
          setTotal(0);
          setNextOffset(null);
        } else {
          setSuppressed(false);
          setEntries((previous) => (more ? [...previous, ...page.entries] : page.entries));
          setTotal(page.total);
          setNextOffset(page.nextOffset);
        }
        setLoaded(true);
      });
      // After "Show more", take the reader to the first new comment.
      if (more) queueMicrotask(() => entryElements[firstNew]?.focus());
    } catch (thrown) {
      if (mine === request) setError(problemOf(thrown));
    } finally {
      if (mine === request) setLoading(false);
    }
  };

  createEffect(
    on(
      () => props.filterKey,
      () => void load(false),
    ),
  );

  return (
    <section class="stack" aria-labelledby="free-text-title">
      <h2 id="free-text-title">{t("results:freeText.title")}</h2>
      <p>{t("results:freeText.intro")}</p>
      <Switch>
        <Match when={error() && !loaded()}>
          <FreeTextError error={error() as Problem} text={errorText} retry={() => void load(false)} />
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
          <Show when={error()}>{(problem) => <FreeTextError error={problem()} text={errorText} retry={() => void load(true)} />}</Show>
          <Show when={nextOffset() !== null} fallback={<p>{t("results:freeText.end")}</p>}>
            <div>
              <Button variant="secondary" loading={loading()} onClick={() => void load(true)}>
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
