import { TRPCClientError } from "@trpc/client";

/** A failure the app can explain: a message key from `errors`, per-field keys, and safe detail. */
export interface AppError {
  /** Key in the `errors` namespace, e.g. "wrongCredentials", "network". */
  messageKey: string;
  /** Field name → key in the `errors` namespace ("email" → "invalidEmail"). */
  fieldErrors: Record<string, string>;
  /** Values for the message, e.g. `{ retryAt }` for "lockedOut". */
  detail: Record<string, unknown>;
  /** The tRPC code when the server answered ("UNAUTHORIZED", "CONFLICT", …). */
  code?: string;
}

interface HeardErrorData {
  code?: string;
  messageKey?: string;
  fieldErrors?: Record<string, string> | null;
  detail?: Record<string, unknown> | null;
}

/** "teamIds.0" → "teamIds": forms show one error per field. */
function topLevelFieldErrors(fields: Record<string, string> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, key] of Object.entries(fields ?? {})) {
    const field = path.split(".")[0] || "_";
    if (!(field in out)) out[field] = key;
  }
  return out;
}

function looksLikeNetworkFailure(cause: unknown): boolean {
  if (typeof navigator !== "undefined" && navigator.onLine === false) return true;
  // fetch() rejects with a TypeError when the request never got an answer.
  return cause instanceof TypeError || (cause instanceof DOMException && cause.name === "AbortError");
}

/**
 * Turns anything a call can throw into an AppError: the server's own key when it answered,
 * "network" when the request never arrived, "server" for anything else.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof TRPCClientError) {
    const data = error.data as HeardErrorData | undefined | null;
    if (data?.messageKey) {
      return {
        messageKey: data.messageKey,
        fieldErrors: topLevelFieldErrors(data.fieldErrors),
        detail: data.detail ?? {},
        code: data.code,
      };
    }
    if (looksLikeNetworkFailure(error.cause)) return { messageKey: "network", fieldErrors: {}, detail: {} };
    return { messageKey: "server", fieldErrors: {}, detail: {}, code: data?.code };
  }
  if (looksLikeNetworkFailure(error)) return { messageKey: "network", fieldErrors: {}, detail: {} };
  return { messageKey: "server", fieldErrors: {}, detail: {} };
}

/**
 * A relative path inside the app that is safe to go to after signing in
 * ("/families?x=1"), or "/" for anything else (other sites, "//evil", the sign-in page itself).
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (/^\/sign-in(?:[/?#]|$)/.test(next)) return "/";
  return next;
}
