/**
 * What went wrong with a call to the API, in the API's own terms, whichever client made it
 * (the family app's own fetch client, @trpc/client in the staff app, a plain fetch of a
 * download). The wire shape of a refusal, from tRPC and from our plain Hono routes alike:
 *
 *   { "error": { "message", "code", "data": { code, httpStatus, messageKey, fieldErrors?, detail?, requestId? } } }
 *
 * `messageKey` and each field error are keys of the `errors` namespace (`errorKeys` in
 * @heard/domain/rules). Nothing here imports a client library: the family app's budget holds.
 */
import { type Translate, translateError } from "@heard/i18n";
import { formatDate } from "./format";

/** A failure the app can explain. */
export interface Problem {
  /** Key in namespace `errors`: "wrongCredentials", "network", "server"… */
  messageKey: string;
  /** Input path as the server names it ("email", "teamIds.0", "tips.3.title") → key in `errors`. */
  fieldErrors: Record<string, string>;
  /** Safe values for the message, such as `retryAt` (an ISO time) with `lockedOut`. */
  detail: Record<string, unknown>;
  /** tRPC's code when the server answered: "UNAUTHORIZED", "CONFLICT"… */
  code?: string;
}

/** A refusal from the API, or an answer that could not be read: `data` is the body's `error.data`. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    message: string,
    /** HTTP status; 0 when the answer was not JSON we understand. */
    readonly status: number,
    /** The error body's `data` (messageKey, fieldErrors, detail), when there was one. */
    readonly data?: unknown,
  ) {
    super(message);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The ApiError for a refusal's parsed body (`{ error: { message, data } }`) and HTTP status. */
export function apiErrorOf(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  return new ApiError(typeof error?.message === "string" ? error.message : "server", status, error?.data);
}

/** Reads a refusal from a response that is not a success; an answer that is not JSON (a proxy's HTML page) has status 0. */
export async function refusalOf(response: Response): Promise<ApiError> {
  try {
    return apiErrorOf(response.status, await response.json());
  } catch {
    return new ApiError("server", 0);
  }
}

/** Nothing came back: fetch's TypeError (offline, DNS, reset; also a lazy chunk that did not load), or a timeout or abort. */
function isNoAnswer(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  return (
    typeof DOMException !== "undefined" && error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError")
  );
}

/**
 * Whether a call got no answer at all: the failure itself, or (for @trpc/client's errors) its
 * cause. An ApiError is an answer, even an unreadable one.
 */
export function isNetworkFailure(error: unknown): boolean {
  if (error instanceof ApiError) return false;
  if (typeof navigator !== "undefined" && navigator.onLine === false) return true;
  return isNoAnswer(error) || (isRecord(error) && isNoAnswer(error.cause));
}

function stringsOnly(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/**
 * Anything a call can throw, as a Problem: what the server said when it answered (an ApiError,
 * or any error carrying the body's `data`, as @trpc/client's do); "network" when no answer
 * came; "server" for anything else, an unreadable answer included.
 */
export function problemOf(error: unknown): Problem {
  const data = isRecord(error) ? error.data : undefined;
  if (isRecord(data) && typeof data.messageKey === "string") {
    const problem: Problem = {
      messageKey: data.messageKey,
      fieldErrors: stringsOnly(data.fieldErrors),
      detail: isRecord(data.detail) ? data.detail : {},
    };
    if (typeof data.code === "string") problem.code = data.code;
    return problem;
  }
  return { messageKey: isNetworkFailure(error) ? "network" : "server", fieldErrors: {}, detail: {} };
}

/** A translate function typed by its keys (`Translator`) or not (`Translate`). */
export type AnyTranslate = (key: never, options?: Record<string, unknown>) => string;

/**
 * A problem (or a bare key of `errors`) in the reader's language. `lockedOut` says when to try
 * again, from `detail.retryAt`, as HH:MM where the reader is (or in `timeZone`); an unknown key
 * reads as `invalidInput`. Takes the app's translate function, typed or not: error keys come
 * from the server, so they are looked up as strings.
 */
export function errorMessage(t: AnyTranslate, language: string, error: Problem | string, timeZone?: string): string {
  const key = typeof error === "string" ? error : error.messageKey;
  const values: Record<string, unknown> = typeof error === "string" ? {} : { ...error.detail };
  if (typeof values.retryAt === "string") {
    const retryAt = new Date(values.retryAt);
    if (!Number.isNaN(retryAt.getTime())) values.time = formatDate(retryAt, language, "time", timeZone);
  }
  return translateError(t as Translate, key, values);
}
