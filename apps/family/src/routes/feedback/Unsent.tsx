import { formatFeedbackCode } from "@heard/domain/rules";
import { createResource, For, Show } from "solid-js";
import { errorText, loadNamespaces, t } from "../../i18n";
import { dequeue, queued } from "./storage";

/**
 * Answers saved on this phone that the server refused for good (the code closed before they
 * could be sent, say): said plainly, with the reason, and the choice to remove them.
 */
export function Unsent() {
  const failed = () => queued().filter((item) => item.failure);
  // The reasons are API messages: their words load only when there is something to say.
  const [words] = createResource(
    () => failed().length > 0 || undefined,
    () => loadNamespaces(["errors"]),
  );
  return (
    <Show when={failed().length > 0 && words.state === "ready"}>
      <section class="alert alert--warning stack stack--s" aria-labelledby="unsent-title">
        <h2 id="unsent-title" class="alert__title">
          {t("feedback:unsent.title")}
        </h2>
        <For each={failed()}>
          {(item) => (
            <div class="stack stack--xs">
              <p>
                {t("feedback:unsent.item", {
                  code: formatFeedbackCode(item.submission.code),
                  reason: errorText(item.failure ?? "server"),
                })}
              </p>
              <button type="button" class="btn btn--secondary" onClick={() => dequeue(item.submission.idempotencyKey)}>
                {t("feedback:unsent.remove")}
              </button>
            </div>
          )}
        </For>
      </section>
    </Show>
  );
}
