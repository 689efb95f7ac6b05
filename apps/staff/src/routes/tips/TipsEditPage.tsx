import { createForm } from "@heard/client";
import { type TipIcon as TipIconName, topTipsCount } from "@heard/domain";
import { Alert, Button, Dialog, ErrorSummary, Stack } from "@heard/ui";
import { A, useNavigate } from "@solidjs/router";
import { batch, createEffect, createMemo, createSignal, Index, on, Show } from "solid-js";
import { createStore, produce, reconcile, unwrap } from "solid-js/store";
import { LoadState, type QueryState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { createApiMutation, createApiQuery } from "../../lib/queries";
import {
  checkTips,
  clearEdits,
  type EditableTip,
  editableFrom,
  editorFieldPaths,
  fieldId,
  fieldPath,
  loadEdits,
  parseFieldPath,
  sameTips,
  saveEdits,
  type TipSource,
  type TranslationLanguage,
  toVersionInput,
} from "./editor";
import { labelKeys, TipFields } from "./TipFields";
import type { TipsPageState } from "./TipsPage";
import "./tips.css";

/** Where the editor starts: the draft if there is one, else a copy of the published tips. */
interface Start {
  kind: "draft" | "published" | "empty";
  /** The id of the draft or of the published version (what unsaved edits are kept against). */
  base: string | null;
  number: number | null;
  tips: TipSource[];
  /** The published tips, to start again from. */
  published: { number: number; tips: TipSource[] } | null;
}

/**
 * The start, from three cached queries: every version, the published tips, and the draft's tips
 * when there is a draft. Taken once, when all have answered: the editor then owns the tips, and
 * saving (which fetches the versions again) does not start it again.
 */
function createStart(): QueryState<Start> {
  const versions = createApiQuery("tips.versions");
  const current = createApiQuery("tips.current");
  const draftSummary = () => (versions.isSuccess ? versions.data.find((version) => version.status === "draft") : undefined);
  const draft = createApiQuery("tips.get", () => ({ input: { id: draftSummary()?.id ?? "" }, enabled: draftSummary() !== undefined }));
  const parts = () => (draftSummary() ? [versions, current, draft] : [versions, current]);
  const start = createMemo<Start | undefined>((taken) => {
    // Fresh answers only (not what the cache held from before): the draft may have moved on.
    if (taken || !parts().every((part) => part.isSuccess && !part.isFetching)) return taken;
    const published = current.data ? { number: current.data.number, tips: current.data.tips } : null;
    const found = draftSummary();
    if (found && draft.data) return { kind: "draft", base: found.id, number: found.number, tips: draft.data.tips, published };
    if (current.data) return { kind: "published", base: current.data.id, number: current.data.number, tips: current.data.tips, published };
    return { kind: "empty", base: null, number: null, tips: [], published: null };
  });
  return {
    get isError() {
      return !start() && parts().some((part) => part.isError);
    },
    get isSuccess() {
      return start() !== undefined;
    },
    get error() {
      return parts().find((part) => part.isError)?.error;
    },
    get data() {
      return start();
    },
    refetch: () => Promise.all(parts().map((part) => part.refetch())),
  };
}

/** Ten tips, each with title, wording, picture and translations; saved as a draft, then published. */
export default function TipsEditPage() {
  const { t } = useI18n();
  const start = createStart();
  return (
    <Page title={t("tips:editor.title")} intro={<p>{t("tips:editor.hint")}</p>}>
      <p>
        <A href="/tips">{t("tips:editor.back")}</A>
      </p>
      <LoadState query={start}>{(loaded) => <TipsEditor start={loaded()} />}</LoadState>
    </Page>
  );
}

function TipsEditor(props: { start: Start }) {
  const { t, errorText, formSummary } = useI18n();
  const navigate = useNavigate();
  // The start is read once: the editor then owns the tips.
  const start = props.start;
  const fromServer = editableFrom(start.tips);
  const restored = loadEdits(start.base);
  const [tips, setTips] = createStore<EditableTip[]>(restored ?? fromServer);
  const [base, setBase] = createSignal(start.base);
  const [draftNumber, setDraftNumber] = createSignal(start.kind === "draft" ? start.number : null);
  const [showRestored, setShowRestored] = createSignal(restored !== null && !sameTips(restored, fromServer));
  const [notice, setNotice] = createSignal<string | null>(null);
  const [announcement, setAnnouncement] = createSignal("");
  const [confirming, setConfirming] = createSignal(false);
  const [action, setAction] = createSignal<"save" | "publish" | null>(null);
  const [openTranslations, setOpenTranslations] = createStore<boolean[]>(Array.from({ length: topTipsCount }, () => false));

  // Fields are full paths ("tips.3.translations.cy.title"): the server's errors land on each box, any other path on "tips".
  const form = createForm<string>({ fields: editorFieldPaths });
  const saveTips = createApiMutation("tips.saveDraft");
  const publishTips = createApiMutation("tips.publish");

  // Every change is kept in this tab, so a reload or a wrong click loses nothing.
  createEffect(() => {
    const snapshot = JSON.parse(JSON.stringify(tips)) as EditableTip[];
    saveEdits(base(), snapshot);
  });

  // A problem inside a closed translations section: open it, so its box can be seen and focused.
  createEffect(
    on(form.fieldErrors, (errors) => {
      for (const path of Object.keys(errors)) {
        const parsed = parseFieldPath(path);
        if (parsed?.field.startsWith("translations.")) setOpenTranslations(parsed.index, true);
      }
    }),
  );

  const label = (path: string) => {
    const parsed = parseFieldPath(path);
    if (!parsed) return t("tips:editor.title");
    return t("tips:editor.fieldLabel", { number: parsed.index + 1, field: t(labelKeys[parsed.field]) });
  };

  const replaceTips = (next: EditableTip[]) => {
    batch(() => {
      setTips(reconcile(next));
      form.clearErrors();
      setNotice(null);
    });
  };

  const discardRestored = () => {
    replaceTips(fromServer);
    setShowRestored(false);
  };

  const move = (from: number, to: number) => {
    if (to < 0 || to >= topTipsCount) return;
    const title = tips[from]?.title ?? "";
    batch(() => {
      setTips(
        produce((list) => {
          const [moved] = list.splice(from, 1);
          if (moved) list.splice(to, 0, moved);
        }),
      );
      const wasOpen = openTranslations[from] ?? false;
      setOpenTranslations(from, openTranslations[to] ?? false);
      setOpenTranslations(to, wasOpen);
      form.clearErrors();
    });
    setAnnouncement(t("tips:editor.moved", { title: title.trim() || t("tips:editor.tipNumber", { number: from + 1 }), position: to + 1 }));
    // Keep focus on the same button at the tip's new place, or its neighbour at either end.
    const direction = to < from ? "up" : "down";
    const atEnd = direction === "up" ? to === 0 : to === topTipsCount - 1;
    const other = direction === "up" ? "down" : "up";
    queueMicrotask(() => document.getElementById(`tip-${to}-move-${atEnd ? other : direction}`)?.focus());
  };

  const input = () => toVersionInput(unwrap(tips));

  const saveDraft = async (event: SubmitEvent) => {
    event.preventDefault();
    setNotice(null);
    setAction("save");
    let saved: { id: string; number: number } | null = null;
    await form.submit({
      check: () => checkTips(tips),
      send: async () => {
        saved = await saveTips.mutateAsync(input());
      },
    });
    setAction(null);
    const done = saved as { id: string; number: number } | null;
    if (done) {
      batch(() => {
        setBase(done.id);
        setDraftNumber(done.number);
        setShowRestored(false);
        setNotice(t("tips:editor.draftSavedAs", { number: done.number }));
      });
    }
  };

  const askToPublish = () => {
    setNotice(null);
    const problems = checkTips(tips);
    if (Object.keys(problems).length > 0) {
      form.fail(problems);
      return;
    }
    form.clearErrors();
    setConfirming(true);
  };

  const publish = async () => {
    // Close first: focus goes back to the Publish button, which shows that it is working.
    setConfirming(false);
    setAction("publish");
    let publishedNumber: number | null = null;
    await form.submit({
      check: () => checkTips(tips),
      send: async () => {
        const draft = await saveTips.mutateAsync(input());
        setBase(draft.id);
        setDraftNumber(draft.number);
        const published = await publishTips.mutateAsync({ id: draft.id });
        publishedNumber = published.number;
      },
    });
    setAction(null);
    if (publishedNumber !== null) {
      clearEdits();
      navigate("/tips", { state: { publishedNumber } satisfies TipsPageState });
    }
  };

  return (
    <form id="tips-editor" class="stack stack--l" onSubmit={saveDraft} noValidate>
      <ErrorSummary title={t("common:errorSummary.title")} failures={form.failures()} items={formSummary(form, fieldId, label)} />

      <Stack gap="s">
        <p>
          <Show
            when={draftNumber()}
            fallback={
              <Show when={start.published} fallback={t("tips:editor.startedEmpty")}>
                {(published) => <>{t("tips:editor.startedFromPublished", { number: published().number })}</>}
              </Show>
            }
          >
            {(number) => t("tips:editor.startedFromDraft", { number: number() })}
          </Show>
        </p>
        <Show when={start.kind === "draft" && start.published}>
          {(published) => (
            <div>
              <Button variant="secondary" onClick={() => replaceTips(editableFrom(published().tips))}>
                {t("tips:editor.startFromPublished")}
              </Button>
            </div>
          )}
        </Show>
      </Stack>

      <Show when={showRestored()}>
        <Alert variant="info" announce={false}>
          <div class="stack stack--s">
            <p>{t("tips:editor.restored")}</p>
            <div>
              <Button variant="secondary" onClick={discardRestored}>
                {t("tips:editor.discard")}
              </Button>
            </div>
          </div>
        </Alert>
      </Show>

      <ol class="tip-editor-list">
        <Index each={tips}>
          {(tip, index) => (
            <li>
              <TipFields
                index={index}
                tip={tip()}
                update={(field, value) => {
                  const parsed = field.split(".");
                  if (parsed[0] === "translations") {
                    setTips(index, "translations", parsed[1] as TranslationLanguage, parsed[2] as "title" | "wording", value);
                  } else if (field === "icon") {
                    setTips(index, "icon", value as TipIconName | "");
                  } else {
                    setTips(index, field as "title" | "wording", value);
                  }
                }}
                error={(field) => {
                  const key = form.error(fieldPath(index, field));
                  return key ? errorText(key) : undefined;
                }}
                translationsOpen={openTranslations[index] ?? false}
                setTranslationsOpen={(open) => setOpenTranslations(index, open)}
                move={(to) => move(index, to)}
              />
            </li>
          )}
        </Index>
      </ol>

      <div class="visually-hidden" aria-live="polite">
        {announcement()}
      </div>
      <div aria-live="polite">
        <Show when={notice()}>
          {(text) => (
            <Alert variant="success" announce={false}>
              {text()}
            </Alert>
          )}
        </Show>
      </div>

      <div class="cluster">
        <Button type="submit" variant="secondary" loading={action() === "save"} loadingText={t("common:states.saving")}>
          {t("tips:editor.saveDraft")}
        </Button>
        <Button loading={action() === "publish"} loadingText={t("tips:editor.publishing")} onClick={askToPublish}>
          {t("tips:editor.publish")}
        </Button>
      </div>

      <Dialog
        open={confirming()}
        onOpenChange={(open) => {
          if (!open) setConfirming(false);
        }}
        title={t("tips:editor.publishTitle")}
        closeLabel={t("common:actions.close")}
        footer={
          <>
            <Button onClick={() => void publish()}>{t("tips:editor.confirmPublish")}</Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("common:actions.cancel")}
            </Button>
          </>
        }
      >
        <ul class="tip-publish-points">
          <li>{t("tips:editor.publishNewMeetings")}</li>
          <li>{t("tips:editor.publishExisting")}</li>
          <li>{t("tips:editor.publishResults")}</li>
        </ul>
      </Dialog>
    </form>
  );
}
