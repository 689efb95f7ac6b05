/**
 * The API client: a few hundred bytes instead of @trpc/client's runtime (about 7 KB gzipped),
 * speaking the same wire format as tRPC 11 over HTTP without a transformer and without batching:
 *
 *   query    GET  /api/trpc/<path>?input=<encodeURIComponent(JSON.stringify(input))>
 *   mutation POST /api/trpc/<path>   body JSON.stringify(input), content-type application/json
 *   success  { "result": { "data": <output> } }
 *   failure  { "error": { "message", "code", "data": { code, httpStatus, messageKey, fieldErrors, detail } } }
 *
 * Same origin, so the session cookie (HttpOnly, __Host-) goes with every request by fetch's
 * default `credentials: "same-origin"`. Typed as @trpc/client's own client for the API's router
 * (types only: `TRPCClient<AppRouter>`), so `trpc.auth.me.query()` and
 * `trpc.feedback.submit.mutate({...})` check their input and output as the staff app's do.
 * test/trpc.test.ts runs it against the real Hono app.
 */

import type { AppRouter, RouterOutputs } from "@heard/api";
import { ApiError, apiErrorOf } from "@heard/client";
import type { TRPCClient } from "@trpc/client";

export interface CallOptions {
  /** Give up (AbortError / TimeoutError) when this signal fires, e.g. `AbortSignal.timeout(20_000)`. */
  signal?: AbortSignal | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * One call. Throws what fetch throws when no answer came (TypeError offline, AbortError /
 * TimeoutError from the signal), and an ApiError for any answer that is not a success.
 */
/** Which app is asking: the server reads the family session cookie for it, never the staff one. */
const appHeader = { "x-heard-app": "family" };

export async function call(path: string, kind: "query" | "mutate", input: unknown, options: CallOptions = {}): Promise<unknown> {
  const url = `/api/trpc/${path}`;
  const response =
    kind === "query"
      ? await fetch(input === undefined ? url : `${url}?input=${encodeURIComponent(JSON.stringify(input))}`, {
          headers: appHeader,
          signal: options.signal ?? null,
        })
      : await fetch(url, {
          method: "POST",
          headers: { ...appHeader, "content-type": "application/json" },
          body: input === undefined ? null : JSON.stringify(input),
          signal: options.signal ?? null,
        });
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML error page, or a body cut short: an answer we cannot read.
    throw new ApiError("server", 0);
  }
  if (response.ok && isRecord(body) && isRecord(body.result) && "data" in body.result) return body.result.data;
  throw apiErrorOf(response.status, body);
}

function proxy(path: string[]): unknown {
  return new Proxy(
    {},
    {
      get: (_target, key) => {
        if (typeof key !== "string") return undefined;
        if (key === "query" || key === "mutate") {
          return (input?: unknown, options?: CallOptions) => call(path.join("."), key, input, options);
        }
        return proxy([...path, key]);
      },
    },
  );
}

/** `query` and `mutate` of every procedure (no subscriptions: the API has none). */
export const trpc = proxy([]) as TRPCClient<AppRouter>;

export type Person = NonNullable<RouterOutputs["auth"]["me"]>;
export type Organisation = NonNullable<RouterOutputs["admin"]["organisation"]["public"]>;
