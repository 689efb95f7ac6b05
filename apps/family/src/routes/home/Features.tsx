import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { t } from "../../i18n";
import { features } from "../features";
import { queued } from "../feedback/storage";

/** The things there are to do, as cards (the same whether or not someone is signed in). */
export function FeatureList() {
  return (
    // biome-ignore lint/a11y/noRedundantRoles: Safari with VoiceOver drops list semantics when list-style is none
    <ul class="stack" role="list">
      <For each={features}>
        {(feature) => (
          <li class="card stack stack--xs">
            <A href={feature.href} class="feature__title">
              {t(feature.title)}
            </A>
            <p>{t(feature.description)}</p>
          </li>
        )}
      </For>
    </ul>
  );
}

/** Feedback still on this phone: waiting for a signal, or refused (the reason is on /f). */
export function SavedFeedback() {
  const waiting = () => queued().filter((item) => !item.failure).length > 0;
  const refused = () => queued().some((item) => item.failure);
  return (
    <>
      <Show when={waiting()}>
        <p class="alert alert--info">{t("home:outbox.pending")}</p>
      </Show>
      <Show when={refused()}>
        <p class="alert alert--warning">
          {t("home:outbox.failed")} <A href="/f">{t("home:outbox.see")}</A>
        </p>
      </Show>
    </>
  );
}
