import { formatNumber, formatPercent, type Problem, problemOf } from "@heard/client";
import type { qaSchemas, TipAnswerCounts } from "@heard/domain";
import { Alert, Button, Card, Stack } from "@heard/ui";
import { createSignal, createUniqueId, For, Show } from "solid-js";
import { TableRegion } from "../../components/TableRegion";
import { useI18n } from "../../lib/i18n";
import type { api } from "../../lib/trpc";
import { TipIcon } from "../tips/TipIcon";
import { fetchResultsCsv, saveFile } from "./download";

export type Results = Awaited<ReturnType<typeof api.qa.results.query>>;
type TipResult = Results["tips"][number];
type Tip = TipResult["tip"];

/** The three real answers, in the order they are shown. */
const answers = ["yes", "aBit", "no"] as const satisfies readonly (keyof TipAnswerCounts)[];

/** A cell's figures, or undefined when it is hidden (fewer than the threshold). */
function shown<T extends { suppressed: boolean }>(cell: T): Extract<T, { suppressed: false }> | undefined {
  return cell.suppressed ? undefined : (cell as Extract<T, { suppressed: false }>);
}

/** The tip in the person's language when it has been translated, else the organisation's English. */
function tipText(tip: Tip, language: string): { title: string; wording: string; lang: string } {
  const translated = language === "cy" || language === "ar" ? tip.translations[language] : undefined;
  return translated ? { ...translated, lang: language } : { title: tip.title, wording: tip.wording, lang: "en" };
}

/** Meetings, responses and each tip's answers, score and months, for one version and filter. */
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
        <ol class="tip-results">
          <For each={props.results.tips}>
            {(result) => (
              <li>
                <TipResultCard result={result} threshold={props.results.threshold} />
              </li>
            )}
          </For>
        </ol>
      </section>
    </>
  );
}

function TipResultCard(props: { result: TipResult; threshold: number }) {
  const { t, language } = useI18n();
  const headingId = `tip-result-${createUniqueId()}`;
  const text = () => tipText(props.result.tip, language());
  const summary = () => shown(props.result.summary);
  const fewer = () => t("results:suppressed", { count: props.threshold });

  return (
    <article class="card tip-result" aria-labelledby={headingId}>
      <div class="tip-result__head">
        <span class="tip-result__icon">
          <TipIcon icon={props.result.tip.icon} />
        </span>
        <h3 id={headingId} class="tip-result__title">
          {props.result.tip.position}. <span lang={text().lang}>{text().title}</span>
        </h3>
      </div>
      <p class="tip-result__wording" lang={text().lang}>
        {text().wording}
      </p>
      <Show
        when={summary()}
        fallback={
          <p class="results-suppressed-note">
            <span class="results-suppressed">{fewer()}</span> {t("results:tips.suppressed")}
          </p>
        }
      >
        {(score) => (
          <>
            <ul class="answer-bars" aria-label={t("results:tips.answersLabel", { title: text().title })}>
              <For each={answers}>
                {(answer) => (
                  <li class="answer-bars__row">
                    <span class="answer-bars__label">{t(`results:answers.${answer}`)}</span>
                    <span class="answer-bars__track" aria-hidden="true">
                      <span
                        class={`answer-bars__fill answer-bars__fill--${answer}`}
                        style={{ "inline-size": `${score().percentages[answer]}%` }}
                      />
                    </span>
                    <span class="answer-bars__value">
                      <bdi>{score()[answer]}</bdi> <bdi>({formatPercent(score().percentages[answer], language())})</bdi>
                    </span>
                  </li>
                )}
              </For>
            </ul>
            <dl class="tip-result__figures">
              <div>
                <dt>{t("results:tips.responses")}</dt>
                <dd>{score().responses}</dd>
              </div>
              <div>
                <dt>{t("results:score")}</dt>
                <dd>
                  {score().score === null
                    ? t("results:tips.noScore")
                    : t("results:tips.scoreValue", { score: formatNumber(score().score as number, language()) })}
                </dd>
              </div>
            </dl>
          </>
        )}
      </Show>
      <TrendTable result={props.result} title={text().title} fewer={fewer()} />
    </article>
  );
}

/** Month by month: the share of Yes and how many answered; a hidden month says "fewer than N" only. */
function TrendTable(props: { result: TipResult; title: string; fewer: string }) {
  const { t, language, formatDate } = useI18n();
  return (
    <TableRegion caption={t("results:tips.trendCaption", { title: props.title })} class="table--trend">
      <thead>
        <tr>
          <th scope="col">{t("results:tips.month")}</th>
          <th scope="col" class="numeric">
            {t("results:tips.yesShare")}
          </th>
          <th scope="col" class="numeric">
            {t("results:tips.responses")}
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={props.result.trend}>
          {(point) => (
            <tr>
              <th scope="row" class="nowrap">
                {formatDate(point.month, "shortMonth")}
              </th>
              <Show
                when={shown(point)}
                fallback={
                  <td colSpan={2} class="results-suppressed">
                    {props.fewer}
                  </td>
                }
              >
                {(cell) => (
                  <Show
                    when={cell().responses > 0}
                    fallback={
                      <>
                        <td class="results-none">
                          <span aria-hidden="true">–</span>
                          <span class="visually-hidden">{t("results:noAnswers")}</span>
                        </td>
                        <td class="numeric">0</td>
                      </>
                    }
                  >
                    <td class="numeric">{formatPercent(cell().percentages.yes, language())}</td>
                    <td class="numeric">{cell().responses}</td>
                  </Show>
                )}
              </Show>
            </tr>
          )}
        </For>
      </tbody>
    </TableRegion>
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
