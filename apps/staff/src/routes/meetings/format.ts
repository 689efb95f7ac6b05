import { dateLocale } from "../../lib/error-text";

/** "2026-03-02" → "2 Mar 2026" in the language, Western digits. The day as written, no time zone shift. */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(dateLocale(language), {
    dateStyle: "medium",
    timeZone: "UTC",
    numberingSystem: "latn",
  }).format(date);
}

/** The calendar date of a moment where the person is, YYYY-MM-DD (what a native date input holds). */
export function localDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The day after a YYYY-MM-DD date. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The server's QR code as markup for a dedicated container, or null when it is not what
 * our server makes (a lone SVG image): never anything that could run or load.
 */
export function safeQrSvg(svg: string | null | undefined): string | null {
  const markup = svg?.trim() ?? "";
  if (!markup.startsWith("<svg") || !markup.endsWith("</svg>")) return null;
  if (/<script|<foreignObject|<iframe|<image|\son[a-z]+\s*=|javascript:|href\s*=/i.test(markup)) return null;
  return markup;
}
