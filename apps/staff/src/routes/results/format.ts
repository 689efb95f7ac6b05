import { dateLocale } from "../../lib/error-text";

/** "2026-03-01" → "March 2026" (or "Mar 2026" when `short`), in the language, Western digits. */
export function formatMonth(month: string, language: string, short = false): string {
  const date = new Date(`${month.slice(0, 7)}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(dateLocale(language), {
    month: short ? "short" : "long",
    year: "numeric",
    timeZone: "UTC",
    numberingSystem: "latn",
  }).format(date);
}

/** 60 → "60%" as the language writes a percentage, Western digits. */
export function formatPercent(percent: number, language: string): string {
  return new Intl.NumberFormat(dateLocale(language), {
    style: "percent",
    maximumFractionDigits: 0,
    numberingSystem: "latn",
  }).format(percent / 100);
}

/** 72.5 → "72.5" (one decimal at most), Western digits. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(dateLocale(language), { maximumFractionDigits: 1, numberingSystem: "latn" }).format(value);
}

/** The calendar date where the person is, YYYY-MM-DD (what a native date input holds). */
export function localDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
