import { problemOf } from "@heard/client";
import { Alert, Button } from "@heard/ui";
import { type Accessor, type JSX, Match, Switch, untrack } from "solid-js";
import { useI18n } from "../lib/i18n";

/** What LoadState reads of a query (a CreateQueryResult, or several combined). */
export interface QueryState<T> {
  readonly isError: boolean;
  readonly isSuccess: boolean;
  readonly error: unknown;
  readonly data: T | undefined;
  refetch: () => unknown;
}

/**
 * Shows a query's loading and failure states and, once it has an answer, renders `children`
 * once with an accessor to it, so fetching again updates the page in place (typed text and
 * focus stay) instead of building it again. Reads the answer only once there is one: it never
 * suspends and never throws.
 */
export function LoadState<T>(props: { query: QueryState<T>; children: (value: Accessor<T>) => JSX.Element }) {
  const { t, errorText } = useI18n();
  const value = () => props.query.data as T;
  return (
    <Switch>
      <Match when={props.query.isError}>
        <Alert variant="danger" title={t("common:states.error")}>
          <div class="stack stack--s">
            <p>{errorText(problemOf(props.query.error))}</p>
            <div>
              <Button variant="secondary" onClick={() => void props.query.refetch()}>
                {t("common:actions.tryAgain")}
              </Button>
            </div>
          </div>
        </Alert>
      </Match>
      <Match when={props.query.isSuccess}>{untrack(() => props.children(value))}</Match>
      <Match when={true}>
        <p class="loading" role="status">
          {t("common:states.loading")}
        </p>
      </Match>
    </Switch>
  );
}
