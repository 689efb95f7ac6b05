import { ApiError } from "./trpc";

/** What went wrong, in the API's terms: a message key (namespace `errors`), per-field keys, safe detail. */
export interface Problem {
  messageKey: string;
  /** Field name (as in the procedure's input) → message key. */
  fieldErrors: Record<string, string>;
  /** Values for the message, e.g. `retryAt` (ISO time) with `lockedOut`. */
  detail: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function stringsOnly(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/**
 * No answer at all: fetch rejects with a TypeError (offline, DNS, reset), a failed lazy chunk
 * also rejects with a TypeError, and a request given up on rejects with a DOMException named
 * TimeoutError or AbortError.
 */
export function isNetworkFailure(error: unknown): boolean {
  if (error instanceof ApiError) return false;
  if (typeof navigator !== "undefined" && navigator.onLine === false) return true;
  if (error instanceof TypeError) return true;
  return error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError");
}

/**
 * Turns anything an API call (or a lazy chunk) can throw into a Problem. No answer at all is
 * "network"; an answer we cannot read (a proxy's HTML page, say) is "server".
 */
export function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) {
    const data = error.data;
    if (isRecord(data) && typeof data.messageKey === "string") {
      return {
        messageKey: data.messageKey,
        fieldErrors: stringsOnly(data.fieldErrors),
        detail: isRecord(data.detail) ? data.detail : {},
      };
    }
    return { messageKey: "server", fieldErrors: {}, detail: {} };
  }
  return { messageKey: isNetworkFailure(error) ? "network" : "server", fieldErrors: {}, detail: {} };
}
