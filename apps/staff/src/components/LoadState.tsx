import { problemOf } from "@heard/client";
import { Alert, Button } from "@heard/ui";
import { type Accessor, type JSX, Match, type Resource, Switch, untrack } from "solid-js";
import { useI18n } from "../lib/i18n";

/**
 * Shows a resource's loading and failure states and, once it has a value, renders
 * `children` once with an accessor to it, so a refetch updates the page in place (typed
 * text and focus stay) instead of building it again. Reads only `state` until the value
 * is there: it never suspends and never throws.
 */
export function LoadState<T>(props: { resource: Resource<T>; retry: () => void; children: (value: Accessor<T>) => JSX.Element }) {
  const { t, errorText } = useI18n();
  const state = () => props.resource.state;
  // `latest` throws once the resource has failed; keep the last good value for anything still reading.
  let last: T | undefined;
  const value = () => {
    if (props.resource.state !== "errored") last = props.resource.latest as T;
    return last as T;
  };
  return (
    <Switch>
      <Match when={state() === "errored"}>
        <Alert variant="danger" title={t("common:states.error")}>
          <div class="stack stack--s">
            <p>{errorText(problemOf(props.resource.error))}</p>
            <div>
              <Button variant="secondary" onClick={() => props.retry()}>
                {t("common:actions.tryAgain")}
              </Button>
            </div>
          </div>
        </Alert>
      </Match>
      <Match when={state() === "ready" || state() === "refreshing"}>{untrack(() => props.children(value))}</Match>
      <Match when={true}>
        <p class="loading" role="status">
          {t("common:states.loading")}
        </p>
      </Match>
    </Switch>
  );
}
