/**
 * The API through TanStack Query: one cache for the app (the QueryClient in App.tsx), each query
 * keyed by its procedure's path and its input (`["meetings.get", { id }]`), and each mutation
 * followed by fetching again what it changes (`changes` below), so every page showing it agrees.
 *
 *   const meeting = createApiQuery("meetings.get", () => ({ input: { id: params.id } }));
 *   const close = createApiMutation("meetings.close");
 *   await close.mutateAsync({ id });   // resolves once meetings.get and meetings.list are fetched again
 *
 * Read `query.data` only once `query.isSuccess` (LoadState does): before that, solid-query reads
 * it through a resource, and the Suspense around the pages would show its fallback instead.
 */
import { createMutation, createQuery, keepPreviousData, type QueryClient, useQueryClient } from "@tanstack/solid-query";
import { api, type MutationPath, type QueryPath } from "./trpc";

/** The client's node at a dotted path: `At<"admin.teams.list">` is `api.admin.teams.list`. */
type At<Path extends string, Node = typeof api> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof Node
    ? At<Rest, Node[Head]>
    : never
  : Path extends keyof Node
    ? Node[Path]
    : never;

type QueryNode<P extends QueryPath> = Extract<At<P>, { query: (...args: never[]) => unknown }>;
type MutationNode<P extends MutationPath> = Extract<At<P>, { mutate: (...args: never[]) => unknown }>;
export type QueryInput<P extends QueryPath> = Parameters<QueryNode<P>["query"]>[0];
export type QueryOutput<P extends QueryPath> = Awaited<ReturnType<QueryNode<P>["query"]>>;
export type MutationInput<P extends MutationPath> = Parameters<MutationNode<P>["mutate"]>[0];
export type MutationOutput<P extends MutationPath> = Awaited<ReturnType<MutationNode<P>["mutate"]>>;

type Caller = (input: unknown, options?: { signal?: AbortSignal }) => Promise<unknown>;

/** `api.admin.teams.list.query` for "admin.teams.list" (the client is a proxy of paths). */
function caller(path: string, kind: "query" | "mutate"): Caller {
  const node = path.split(".").reduce<unknown>((parent, key) => (parent as Record<string, unknown>)[key], api);
  return (node as Record<typeof kind, Caller>)[kind];
}

/** The cache key of a query: its path, then its input when it takes one. */
export function queryKey<P extends QueryPath>(path: P, input?: QueryInput<P>): readonly unknown[] {
  return input === undefined ? [path] : [path, input];
}

export interface ApiQueryOptions<P extends QueryPath> {
  input?: QueryInput<P>;
  /** False: do not ask (yet), e.g. while the person may not. */
  enabled?: boolean;
}

/**
 * One query, cached by path and input. `options` is read reactively: another input is another
 * query; while it loads, the last answer stays (as a page refreshing in place).
 */
export function createApiQuery<P extends QueryPath>(path: P, options: () => ApiQueryOptions<P> = () => ({})) {
  return createQuery(() => {
    const { input, enabled } = options();
    return {
      queryKey: queryKey(path, input),
      queryFn: ({ signal }: { signal: AbortSignal }) => caller(path, "query")(input, { signal }) as Promise<QueryOutput<P>>,
      enabled: enabled ?? true,
      placeholderData: keepPreviousData,
    };
  });
}

/**
 * What each mutation the app makes changes: the queries to fetch again once it has succeeded
 * (by path: every input). Signing in and out start the cache afresh instead (session.tsx).
 */
const changes: Partial<Record<MutationPath, readonly QueryPath[]>> = {
  "auth.changePassword": [],
  "admin.organisation.update": ["admin.organisation.get", "admin.organisation.public"],
  "admin.teams.create": ["admin.teams.list"],
  // Team names show on meetings, families, concerns and what families wrote.
  "admin.teams.rename": [
    "admin.teams.list",
    "admin.families.list",
    "meetings.list",
    "meetings.get",
    "concerns.list",
    "concerns.get",
    "qa.freeText",
  ],
  "admin.staff.create": ["admin.staff.list", "admin.teams.list", "meetings.colleagues"],
  "admin.staff.update": ["admin.staff.list", "admin.teams.list", "meetings.colleagues"],
  "admin.staff.setDisabled": ["admin.staff.list", "meetings.colleagues"],
  "admin.families.create": ["admin.families.list"],
  "admin.families.issueCode": ["admin.families.list"],
  "meetings.create": ["meetings.list"],
  "meetings.close": ["meetings.list", "meetings.get"],
  "concerns.acknowledge": ["concerns.list", "concerns.get"],
  "concerns.addNote": ["concerns.list", "concerns.get"],
  "concerns.resolve": ["concerns.list", "concerns.get"],
  "tips.saveDraft": ["tips.versions", "tips.get"],
  "tips.publish": ["tips.current", "tips.versions", "tips.get", "qa.results"],
};

/** Marks the queries of these paths stale, and waits while those on screen are fetched again. */
export async function invalidate(client: QueryClient, paths: readonly QueryPath[]): Promise<void> {
  await Promise.all(paths.map((path) => client.invalidateQueries({ queryKey: [path] })));
}

/** One mutation; once it succeeds, what it changes is fetched again before `mutateAsync` resolves. */
export function createApiMutation<P extends MutationPath>(path: P) {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationKey: [path],
    mutationFn: (input: MutationInput<P>) => caller(path, "mutate")(input) as Promise<MutationOutput<P>>,
    onSuccess: () => invalidate(client, changes[path] ?? []),
  }));
}
