/**
 * The API through TanStack Query: one cache for the app (the QueryClient in App.tsx), each query
 * keyed by its procedure's path and its input (`["meetings.get", { id }]`), and each mutation
 * followed by fetching again what it changes (`changes` below), so every page showing it agrees.
 *
 *   const meeting = createApiQuery("meetings.get", () => ({ input: { id: params.id } }));
 *   const close = createApiMutation("meetings.close");
 *   await close.mutateAsync({ id });   // resolves once meetings.get and meetings.list are fetched again
 *
 * Queries follow TanStack's own observers here rather than solid-query's createQuery, which reads
 * `data` through a Solid resource: that suspends the Suspense around the pages (and holds the
 * route's transition) for a moment even when the cache has the answer, and the page's heading
 * loses the focus it takes on arrival. Mutations are solid-query's own.
 */
import {
  createMutation,
  type DefaultError,
  type InfiniteData,
  InfiniteQueryObserver,
  type InfiniteQueryObserverOptions,
  type InfiniteQueryObserverResult,
  keepPreviousData,
  type QueryClient,
  type QueryKey,
  QueryObserver,
  type QueryObserverResult,
  useQueryClient,
} from "@tanstack/solid-query";
import { createComputed, createSignal, on, onCleanup } from "solid-js";
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

interface Observer<Options, Result> {
  getOptimisticResult(options: Options): Result;
  setOptions(options: Options): void;
  subscribe(listener: (result: Result) => void): () => void;
}

/** An observer's result as it changes, read through a Solid signal (reactive wherever it is read). */
function observe<Options, Result extends object>(observer: Observer<Options, Result>, options: () => Options): Result {
  const [result, setResult] = createSignal(observer.getOptimisticResult(options()), { equals: false });
  createComputed(
    on(
      options,
      (next) => {
        observer.setOptions(next);
        setResult(() => observer.getOptimisticResult(next));
      },
      { defer: true },
    ),
  );
  onCleanup(observer.subscribe((next) => setResult(() => next)));
  return new Proxy({} as Result, { get: (_target, key) => Reflect.get(result(), key) });
}

/**
 * One query, cached by path and input. `options` is read reactively: another input is another
 * query; while it loads, the last answer stays (as a page refreshing in place).
 */
export function createApiQuery<P extends QueryPath>(
  path: P,
  options: () => ApiQueryOptions<P> = () => ({}),
): QueryObserverResult<QueryOutput<P>, DefaultError> {
  const client = useQueryClient();
  const defaulted = () => {
    const { input, enabled } = options();
    return {
      ...client.defaultQueryOptions({
        queryKey: queryKey(path, input),
        queryFn: ({ signal }: { signal: AbortSignal }) => caller(path, "query")(input, { signal }) as Promise<QueryOutput<P>>,
        enabled: enabled ?? true,
        placeholderData: keepPreviousData,
      }),
      _optimisticResults: "optimistic" as const,
    };
  };
  return observe(new QueryObserver(client, defaulted()), defaulted);
}

/** A list read a page at a time (TanStack's infinite query), cached under `queryKey`, on the same terms. */
export function createApiPages<Page, PageParam>(
  options: () => Omit<InfiniteQueryObserverOptions<Page, DefaultError, InfiniteData<Page>, QueryKey, PageParam>, "placeholderData"> & {
    /** Keep the last list on the page while another loads (default: show "loading" instead). */
    keepPrevious?: boolean;
  },
): InfiniteQueryObserverResult<InfiniteData<Page>, DefaultError> {
  const client = useQueryClient();
  const defaulted = () => {
    const { keepPrevious, ...rest } = options();
    return {
      ...client.defaultQueryOptions({ ...rest, ...(keepPrevious ? { placeholderData: keepPreviousData } : {}) }),
      _optimisticResults: "optimistic" as const,
    } as InfiniteQueryObserverOptions<Page, DefaultError, InfiniteData<Page>, QueryKey, PageParam>;
  };
  return observe(new InfiniteQueryObserver(client, defaulted()), defaulted);
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
    "concerns.reviews.list",
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
  "concerns.reviews.clear": ["concerns.reviews.list", "concerns.get"],
  // A new concern, in the queue at once.
  "concerns.reviews.escalate": ["concerns.reviews.list", "concerns.get", "concerns.list"],
  "tips.saveDraft": ["tips.versions", "tips.get"],
  "tips.publish": ["tips.current", "tips.versions", "tips.get", "qa.results"],
  "letters.create": ["letters.list"],
  // Each step of a letter's review moves it between the lists (mine, the team's, to approve).
  "letters.submit": ["letters.get", "letters.list"],
  "letters.return": ["letters.get", "letters.list"],
  "letters.approve": ["letters.get", "letters.list"],
  "letters.send": ["letters.get", "letters.list"],
  "letters.correct": ["letters.get", "letters.list"],
  "letters.completeTask": ["letters.tasks"],
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
