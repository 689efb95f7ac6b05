import { formatNumber, type Problem, problemOf } from "@heard/client";
import type { qaSchemas } from "@heard/domain";
import { Alert, Button, Card, Stack } from "@heard/ui";
import { createSignal, Show } from "solid-js";
import { useI18n } from "../../lib/i18n";
import { fetchResultsCsv, saveFile } from "./download";
import { type Results, shown } from "./model";
import { ResultsCharts } from "./ResultsCharts";

/** Meetings and responses, then the charts of each tip, for one version and filter. */
export function ResultsView(props: { results: Results; filter: qaSchemas.ResultsFilterInput; mayExport: boolean }) {
  const { t, language, formatDate } = useI18n();
  const fewer = () => t("results:suppressed", { count: props.results.threshold });
  const rate = () => shown(props.results.responseRate);

  return (
    <>
      <Card as="section" aria-labelledby="results-summary-title">
        <Stack>
          <h2 id="results-summary-title">{t("results:summary.title")}</h2>
          <dl class="details results-summary">
            <div>
              <dt>{t("results:filters.version")}</dt>
              <dd>{t("results:summary.version", { number: props.results.version.number })}</dd>
            </div>
            <div>
              <dt>{t("results:filters.period")}</dt>
              <dd>
                {t("results:summary.period", {
                  from: formatDate(props.results.period.from, "month"),
                  to: formatDate(props.results.period.to, "month"),
                })}
              </dd>
            </div>
            <div>
              <dt>{t("results:summary.meetings")}</dt>
              <dd class="results-figure">{props.results.meetings}</dd>
            </div>
            <div>
              <dt>{t("results:summary.responses")}</dt>
              <dd class="results-figure">
                <Show when={rate()} fallback={<span class="results-suppressed">{fewer()}</span>}>
                  {/* JSX, not a bare value: Show runs this once, untracked; JSX keeps it live. */}
                  {(figures) => <>{figures().responses}</>}
                </Show>
              </dd>
            </div>
            <div>
              <dt>{t("results:responseRate")}</dt>
              <dd class="results-figure">
                <Show when={rate()} fallback={<span class="results-suppressed">{fewer()}</span>}>
                  {(figures) => (
                    <>
                      {figures().perMeeting === null
                        ? t("results:summary.noRate")
                        : formatNumber(figures().perMeeting as number, language())}
                    </>
                  )}
                </Show>
              </dd>
            </div>
          </dl>
          <p>{t("results:versionNote", { number: props.results.version.number })}</p>
          <p class="field__hint">{t("results:suppressedHint", { count: props.results.threshold })}</p>
          <Show when={props.mayExport}>
            <ExportCsv filter={props.filter} />
          </Show>
        </Stack>
      </Card>

      <section class="stack" aria-labelledby="results-tips-title">
        <h2 id="results-tips-title">{t("results:tips.title")}</h2>
        <p class="field__hint">{t("results:scoreHint")}</p>
        <ResultsCharts results={props.results} />
      </section>
    </>
  );
}

/**
 * "Download CSV": the same filter as a spreadsheet (tip × month × team), small numbers hidden,
 * streamed by the server (GET /api/exports/results.csv); a refusal is said in words.
 */
function ExportCsv(props: { filter: qaSchemas.ResultsFilterInput }) {
  const { t, errorText } = useI18n();
  const [busy, setBusy] = createSignal(false);
  const [done, setDone] = createSignal(false);
  const [error, setError] = createSignal<Problem | null>(null);

  const download = async () => {
    if (busy()) return;
    setBusy(true);
    setDone(false);
    setError(null);
    try {
      const { filename, file } = await fetchResultsCsv(props.filter);
      saveFile(filename, file);
      setDone(true);
    } catch (thrown) {
      setError(problemOf(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="s">
      <p class="field__hint">{t("results:export.hint")}</p>
      <div>
        <Button variant="secondary" loading={busy()} loadingText={t("results:export.busy")} onClick={() => void download()}>
          {t("results:export.button")}
        </Button>
      </div>
      <div aria-live="polite">
        <Show when={done()}>
          <p>{t("results:export.ready")}</p>
        </Show>
      </div>
      <Show when={error()}>{(problem) => <Alert variant="danger">{errorText(problem())}</Alert>}</Show>
    </Stack>
  );
}
