import { dateLocale } from "../../lib/error-text";

/** "2026-03-02T10:00:00Z" → "2 Mar 2026" in the person's language and time zone, Western digits. */
export function formatDate(value: string | Date, language: string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle: "medium", numberingSystem: "latn" }).format(date);
}
