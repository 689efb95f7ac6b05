/**
 * Dates and numbers as people here write them, in the reader's language: English as in the UK,
 * Welsh, Arabic; always Western digits (as everywhere in the apps), and the 24-hour clock.
 */

/** The locale to format in: English as written in the UK. */
export function dateLocale(language: string): string {
  return language === "en" ? "en-GB" : language;
}

/**
 * How a date is shown:
 * - `day` "2 Mar 2026", `longDay` "2 March 2026";
 * - `month` "March 2026", `shortMonth` "Mar 2026";
 * - `dateTime` "2 Mar 2026, 14:05", `time` "14:05".
 */
export type DateStyle = "day" | "longDay" | "month" | "shortMonth" | "dateTime" | "time";

const styles: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { dateStyle: "medium" },
  longDay: { day: "numeric", month: "long", year: "numeric" },
  month: { month: "long", year: "numeric" },
  shortMonth: { month: "short", year: "numeric" },
  dateTime: { dateStyle: "medium", timeStyle: "short", hourCycle: "h23" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
};

/** "2026-03-02" (a day) or "2026-03" (a month), as the API sends calendar dates. */
const calendarDate = /^\d{4}-\d{2}(?:-\d{2})?$/;

/**
 * One date in one style. A calendar date ("2026-03-02", "2026-03") is that day wherever the
 * reader is; a moment (an ISO time, a Date, milliseconds) is shown where the reader is, or in
 * `timeZone`. Something that is not a date comes back as it was given.
 */
export function formatDate(value: string | number | Date, language: string, style: DateStyle, timeZone?: string): string {
  const calendar = typeof value === "string" && calendarDate.test(value);
  const date = calendar ? new Date(`${value.length === 7 ? `${value}-01` : value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const zone = calendar ? "UTC" : timeZone;
  return new Intl.DateTimeFormat(dateLocale(language), {
    ...styles[style],
    numberingSystem: "latn",
    ...(zone ? { timeZone: zone } : {}),
  }).format(date);
}

/** 72.5 → "72.5" (one decimal at most). */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(dateLocale(language), { maximumFractionDigits: 1, numberingSystem: "latn" }).format(value);
}

/** 60 → "60%" as the language writes a percentage, no decimals. */
export function formatPercent(percent: number, language: string): string {
  return new Intl.NumberFormat(dateLocale(language), { style: "percent", maximumFractionDigits: 0, numberingSystem: "latn" }).format(
    percent / 100,
  );
}

/** The calendar day of a moment where the reader is, YYYY-MM-DD (what a native date input holds). */
export function localDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/**
 * ["Jan 2026", "Mar 2026"] → "Jan 2026, Mar 2026", with the language's own separators (Arabic's
 * "،"). A list of units, not "and": Welsh's "a" or "ac" depends on the next word, which Intl
 * cannot know.
 */
export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(dateLocale(language), { style: "short", type: "unit" }).format(items);
}
