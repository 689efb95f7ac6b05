import type { AppRouter } from "@heard/api";
import { trpcMaxBatchSize as maxBatchSize } from "@heard/domain/rules";
import { createTRPCClient, httpBatchLink, type TRPCLink } from "@trpc/client";

/**
 * Procedures whose UNAUTHORIZED answer is not news of an ended session: signing in
 * ("wrong details") and signing out (already signed out).
 */
const ignoredPaths = new Set(["auth.staffSignIn", "auth.familySignIn", "auth.signOut"]);

type Listener = (path: string) => void;
const unauthorizedListeners = new Set<Listener>();

/**
 * Calls `listener` whenever any call is refused because nobody is signed in
 * (an expired or ended session). Returns a function that stops listening.
 */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

function isUnauthorized(error: unknown): boolean {
  const data = (error as { data?: { code?: unknown } } | null)?.data;
  return data?.code === "UNAUTHORIZED";
}

type Observer = { next?: (value: unknown) => void; error?: (error: unknown) => void; complete?: () => void };
type Subscribable = { subscribe: (observer: Observer) => { unsubscribe: () => void } };

/**
 * Watches every answer for UNAUTHORIZED and tells the listeners, then passes the answer on
 * unchanged. (Written without @trpc/server's `observable` helper: the app depends on the
 * client only.)
 */
const sessionWatchLink: TRPCLink<AppRouter> =
  () =>
  ({ next, op }) => {
    const source = next(op) as unknown as Subscribable;
    const watched = {
      subscribe(observer: Observer) {
        return source.subscribe({
          next: (value) => observer.next?.(value),
          error: (error) => {
            if (isUnauthorized(error) && !ignoredPaths.has(op.path)) {
              for (const listener of unauthorizedListeners) listener(op.path);
            }
            observer.error?.(error);
          },
          complete: () => observer.complete?.(),
        });
      },
      pipe(...operations: Array<(source: unknown) => unknown>) {
        return operations.reduce((previous: unknown, operation) => operation(previous), watched);
      },
    };
    return watched as unknown as ReturnType<typeof next>;
  };

/** The typed API client. Same origin, so the session cookie goes with every call. */
export const api = createTRPCClient<AppRouter>({
  // The server reads the staff session cookie for this app, never the family one; batches stay
  // within its limit.
  links: [
    sessionWatchLink,
    httpBatchLink({ url: "/api/trpc", maxURLLength: 4000, maxItems: maxBatchSize, headers: { "x-heard-app": "staff" } }),
  ],
});

/** What `auth.me` answers for a signed-in person. */
export type Me = NonNullable<Awaited<ReturnType<typeof api.auth.me.query>>>;

/** The dotted paths ("admin.teams.list") of the client's procedures of one kind, read from its type. */
type PathsOf<Node, Kind extends "query" | "mutate", Prefix extends string = ""> = {
  [Key in keyof Node & string]: Node[Key] extends Record<Kind, unknown>
    ? `${Prefix}${Key}`
    : Node[Key] extends Record<"query", unknown> | Record<"mutate", unknown>
      ? never
      : PathsOf<Node[Key], Kind, `${Prefix}${Key}.`>;
}[keyof Node & string];

/** Every query of the API, by path: "admin.teams.list". */
export type QueryPath = PathsOf<typeof api, "query">;
/** Every mutation of the API, by path: "admin.teams.create". */
export type MutationPath = PathsOf<typeof api, "mutate">;
/** Every procedure of the API, by path. */
export type ProcedurePath = QueryPath | MutationPath;
