import { formatList, formatNumber, formatPercent } from "@heard/client";
import { dirOf } from "@heard/i18n";
import { Card, HeatTable, StackedBars, type StackTone, TrendChart } from "@heard/ui";
import { useI18n } from "../../lib/i18n";
import { answers, type Results, scoreCell, shown, tipText } from "./model";

const tones: Record<(typeof answers)[number], StackTone> = { yes: "positive", aBit: "middle", no: "negative" };

/**
 * The results as three charts: each tip's score month by month (small multiples), each tip in
 * each team (a shaded table), and how each tip was answered (Yes / A bit / No). Hidden figures
 * come from the API as hidden and stay so: the charts write "Fewer than N" for them.
 */
export function ResultsCharts(props: { results: Results }) {
  const { t, language, formatDate } = useI18n();
  const dir = () => dirOf(language());
  const score = (value: number) => formatNumber(value, language());
  const fewer = () => t("results:suppressed", { count: props.results.threshold });
  const baseText = () => ({
    suppressed: fewer(),
    none: t("common:charts.noAnswers"),
    showNumbers: t("common:charts.showNumbers"),
    hideNumbers: t("common:charts.hideNumbers"),
  });
  const tipSeries = (result: Results["tips"][number]) => {
    const text = tipText(result.tip, language());
    return { key: result.tip.id, label: `${result.tip.position}. ${text.title}`, lang: text.lang === language() ? undefined : text.lang };
  };

  return (
    <>
      <Card>
        <TrendChart
          heading="h3"
          caption={t("results:charts.trendCaption")}
          description={<p>{t("results:charts.trendDescription")}</p>}
          tableCaption={t("results:charts.trendCaption")}
          hideTableCaption
          seriesHeader={t("results:charts.tip")}
          periods={props.results.period.months.map((month) => ({ key: month, label: formatDate(month, "shortMonth") }))}
          series={props.results.tips.map((result) => ({ ...tipSeries(result), values: result.trend.map(scoreCell) }))}
          limits={[0, 100]}
          format={score}
          dir={dir()}
          text={{
            ...baseText(),
            latest: (value, period) => t("common:charts.latest", { value, period }),
            suppressedIn: (periods) => t("common:charts.hiddenIn", { hidden: fewer(), periods: formatList(periods, language()) }),
          }}
        />
      </Card>
      <Card>
        <HeatTable
          heading="h3"
          caption={t("results:charts.heatCaption")}
          description={<p>{t("results:charts.heatDescription")}</p>}
          tableCaption={t("results:charts.heatCaption")}
          hideTableCaption
          rowHeader={t("results:charts.tip")}
          columns={[
            { key: "all", label: t("results:filters.allTeams") },
            ...props.results.teams.map((team) => ({ key: team.id, label: team.name })),
          ]}
          rows={props.results.tips.map((result) => ({
            ...tipSeries(result),
            values: [scoreCell(result.summary), ...result.byTeam.map(scoreCell)],
          }))}
          limits={[0, 100]}
          format={score}
          text={{
            ...baseText(),
            legend: t("results:charts.heatLegend"),
            range: (from, to) => t("common:charts.range", { from, to }),
          }}
        />
      </Card>
      <Card>
        <StackedBars
          heading="h3"
          caption={t("results:charts.sharesCaption")}
          tableCaption={t("results:charts.sharesTable")}
          rowHeader={t("results:charts.tip")}
          totalHeader={t("results:summary.responses")}
          categories={answers.map((answer) => ({ key: answer, label: t(`results:answers.${answer}`), tone: tones[answer] }))}
          rows={props.results.tips.map((result) => {
            const figures = shown(result.summary);
            return {
              ...tipSeries(result),
              value: result.summary.suppressed
                ? "suppressed"
                : figures && figures.responses > 0
                  ? {
                      counts: answers.map((answer) => figures[answer]),
                      percentages: answers.map((answer) => figures.percentages[answer]),
                      total: figures.responses,
                    }
                  : null,
            };
          })}
          formatCount={(value) => formatNumber(value, language())}
          formatPercent={(percent) => formatPercent(percent, language())}
          dir={dir()}
          text={baseText()}
        />
      </Card>
    </>
  );
}
