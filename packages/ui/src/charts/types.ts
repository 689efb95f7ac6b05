/**
 * What every chart takes. Charts know no language: the page passes the words and the number
 * formatting, so the same chart serves results, letters, messages and surveys.
 */

/** One figure: a number, hidden under the privacy threshold, or nothing to show (no answers). */
export type ChartCell = number | "suppressed" | null;

/** The page's writing direction: charts over time run in the reading direction. */
export type ChartDirection = "ltr" | "rtl";

/** Words every chart needs, in the reader's language. */
export interface ChartText {
  /** What a hidden figure reads as: "Fewer than 5" (with the organisation's threshold). */
  suppressed: string;
  /** A figure with nothing in it: "No answers". */
  none: string;
  /** The disclosure that shows a chart's numbers as a table. */
  showNumbers: string;
  hideNumbers: string;
}

/** A row or a line of a chart: a tip, a team, a survey question. */
export interface ChartSeries {
  key: string;
  label: string;
  /** The label's language when it is not the page's (a tip not yet translated). */
  lang?: string | undefined;
}

/** A column of a chart: a month, a team. */
export interface ChartColumn {
  key: string;
  label: string;
}
