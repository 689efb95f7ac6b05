import { formatTime, type Translate, translateError } from "@heard/i18n";
import type { AppError } from "./errors";

/**
 * The message for an AppError (or a bare key) in the given language. "lockedOut" gets its
 * "try again at" time from `detail.retryAt`, as HH:MM in the person's own time zone.
 */
export function errorMessage(t: Translate, language: string, error: AppError | string, timeZone?: string): string {
  const key = typeof error === "string" ? error : error.messageKey;
  const detail: Record<string, unknown> = typeof error === "string" ? {} : { ...error.detail };
  if (key === "lockedOut" && typeof detail.retryAt === "string") {
    const retryAt = new Date(detail.retryAt);
    if (!Number.isNaN(retryAt.getTime())) detail.time = formatTime(retryAt, language, timeZone);
  }
  return translateError(t, key, detail);
}

/** Dates and times in a form people here expect: English as written in the UK. */
export function dateLocale(language: string): string {
  return language === "en" ? "en-GB" : language;
}
