import { problemOf } from "@heard/client";
import { Alert, Button, Stack } from "@heard/ui";
import { createSignal, For, Match, Show, Switch } from "solid-js";
import { useI18n } from "../../lib/i18n";
import { type DraftStorage, keptWordsKey, type LocalDraft, readLocalDraft, removeLocalDraft, type SaveStatus } from "./autosave";
import { slotsOf } from "./checks";

/**
 * Where the draft is: saved, saving, or kept on this computer. The routine states are shown, not
 * announced; not being saved, and a conflict, are announced once.
 */
export function SaveStatusLine(props: {
  status: SaveStatus;
  busy: boolean;
  onKeepMine: () => void;
  onLoadSaved: () => void;
  onReload: () => void;
}) {
  const { t, formatDate, errorText } = useI18n();
  const routine = () => {
    const status = props.status;
    if (status.state === "saving") return t("letters:save.saving");
    if (status.state === "waiting") return t("letters:save.waiting");
    return status.savedAt ? t("letters:save.savedAt", { time: formatDate(status.savedAt, "time") }) : t("letters:save.saved");
  };
  return (
    <div class="letter-save" data-state={props.status.state}>
      <Switch fallback={<p class="letter-save__line">{routine()}</p>}>
        <Match when={props.status.state === "offline"}>
          <Alert variant="warning">{t("letters:save.offline")}</Alert>
        </Match>
        <Match when={props.status.state === "conflict"}>
          <Alert variant="warning" title={t("letters:save.conflictTitle")}>
            <Stack gap="s">
              <p>{t("letters:save.conflict")}</p>
              <div class="cluster">
                <Button loading={props.busy} onClick={() => props.onKeepMine()}>
                  {t("letters:save.keepMine")}
                </Button>
                <Button variant="secondary" loading={props.busy} onClick={() => props.onLoadSaved()}>
                  {t("letters:save.loadSaved")}
                </Button>
              </div>
            </Stack>
          </Alert>
        </Match>
        <Match when={props.status.state === "refused"}>
          <Alert variant="danger">
            <Stack gap="s">
              <p>{t("letters:save.refused", { reason: errorText(problemOf(props.status.problem)) })}</p>
              <Show when={problemOf(props.status.problem).code === "CONFLICT"}>
                <div>
                  <Button variant="secondary" loading={props.busy} onClick={() => props.onReload()}>
                    {t("letters:save.reload")}
                  </Button>
                </div>
              </Show>
            </Stack>
          </Alert>
        </Match>
      </Switch>
    </div>
  );
}

/**
 * Words that could not go into the letter (the writer loaded a newer version over them, or the
 * letter went for approval elsewhere), shown until the writer says they have what they need.
 */
export function KeptWords(props: { letterId: string; version: number; storage: DraftStorage | null; refresh: number }) {
  const { t, formatDate } = useI18n();
  const key = () => keptWordsKey(props.letterId, props.version);
  const [forgotten, setForgotten] = createSignal(0);
  const kept = (): LocalDraft | null => {
    props.refresh;
    forgotten();
    return readLocalDraft(props.storage, key());
  };
  const pieces = (draft: LocalDraft) =>
    draft.sections.flatMap((section) =>
      slotsOf(section)
        .map((slot) => slot.text)
        .filter((text) => text.trim() !== ""),
    );
  return (
    <Show when={kept()}>
      {(draft) => (
        <section class="card letter-kept" aria-labelledby="letter-kept-title">
          <Stack gap="s">
            <h2 id="letter-kept-title">{t("letters:save.keptTitle")}</h2>
            <p>
              {t("letters:save.keptIntro")}
              <Show when={draft().keptAt}> ({formatDate(draft().keptAt, "dateTime")})</Show>
            </p>
            <For each={pieces(draft())}>
              {(text) => (
                <p class="letter-kept__words" dir="auto">
                  {text}
                </p>
              )}
            </For>
            <div>
              <Button
                variant="secondary"
                onClick={() => {
                  removeLocalDraft(props.storage, key());
                  setForgotten((n) => n + 1);
                }}
              >
                {t("letters:save.forget")}
              </Button>
            </div>
          </Stack>
        </section>
      )}
    </Show>
  );
}
