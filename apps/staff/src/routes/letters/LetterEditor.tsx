import { ApiError, createForm, problemOf } from "@heard/client";
import type { LetterSection } from "@heard/domain";
import { ErrorSummary } from "@heard/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createMemo, createSignal, Index, onCleanup, onMount } from "solid-js";
import { useI18n } from "../../lib/i18n";
import { createApiMutation, invalidate } from "../../lib/queries";
import { api } from "../../lib/trpc";
import { createAutosave, type DraftStorage, type SaveStatus, saveFailureOf } from "./autosave";
import { LetterChecks } from "./ChecksList";
import { type Checks, checkLetter, type Jargon, type SlotPlace, slotText, swapJargon, withSlotText } from "./checks";
import { editable, sameWords, withWords, wordsOf } from "./draft";
import { CommentsCard, SubmitPanel } from "./LetterActions";
import { LetterPreview } from "./LetterPreview";
import { forChild, type Letter, promptFor, returnedComment, type WritingHelp } from "./model";
import { KeptWords, SaveStatusLine } from "./SaveStatus";
import { placeKey, SectionEditor, sectionFieldId } from "./SectionEditor";

const noChecks: Checks = { readingAge: null, withinTarget: null, words: 0, longSentences: [], jargon: [] };

/** This browser's localStorage, or null where it is refused (private mode, policy). */
export function draftStorage(): DraftStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Writing a draft (or a letter sent back): every section with its checks as the writer types,
 * one-click swaps, autosave, the whole letter's checks, the preview, and sending for approval.
 */
export function LetterEditor(props: {
  letter: Letter;
  help: WritingHelp;
  /** Fetches the letter again and gives the new answer. */
  reload: () => Promise<Letter | undefined>;
  notify: (text: string) => void;
}) {
  const { t, errorText, formSummary } = useI18n();
  const client = useQueryClient();
  const letter = props.letter;
  const storage = draftStorage();
  const [status, setStatus] = createSignal<SaveStatus>({ state: "saved", savedAt: null, problem: null });
  const [resolving, setResolving] = createSignal(false);
  const [keptShown, setKeptShown] = createSignal(0);
  const [announcement, setAnnouncement] = createSignal("");
  const autosave = createAutosave({
    letterId: letter.id,
    version: letter.version,
    revision: letter.revision,
    saved: wordsOf(letter.sections),
    send: async (input) => {
      const saved = await api.letters.saveDraft.mutate(input);
      void invalidate(client, ["letters.list"]);
      return { revision: saved.revision };
    },
    classify: (error) => saveFailureOf(problemOf(error)),
    storage,
    onStatus: setStatus,
  });
  setStatus(autosave.status());
  const [sections, setSections] = createSignal<LetterSection[]>(withWords(letter.sections, autosave.words()));
  const checks = createMemo(() => checkLetter(sections(), letter.language, props.help.matcher));

  onMount(() => {
    const online = () => autosave.retry();
    const hidden = () => {
      if (document.visibilityState === "hidden") void autosave.flush();
    };
    globalThis.addEventListener("online", online);
    document.addEventListener("visibilitychange", hidden);
    onCleanup(() => {
      globalThis.removeEventListener("online", online);
      document.removeEventListener("visibilitychange", hidden);
      // Leaving the page: what is waiting goes now (and stays on this computer until it has).
      void autosave.flush().finally(() => autosave.dispose());
    });
  });

  const change = (next: LetterSection) => {
    setSections((all) => all.map((section) => (section.key === next.key ? next : section)));
    autosave.edit(wordsOf(sections()));
  };

  const boxes = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
  const focusBox = (key: string, place: SlotPlace, caret?: number) =>
    queueMicrotask(() => {
      const box = boxes.get(placeKey(key, place));
      if (!box?.isConnected) return;
      box.focus();
      if (caret !== undefined) box.setSelectionRange(caret, caret);
    });

  const swap = (key: string, jargon: Jargon) => {
    const section = sections().find((s) => s.key === key);
    const text = section ? slotText(section, jargon.place) : undefined;
    const swapped = text === undefined ? null : swapJargon(text, jargon.match, letter.language);
    if (!section || text === undefined || swapped === null) return;
    change(withSlotText(section, jargon.place, swapped));
    setAnnouncement(t("letters:checks.swapped", { word: jargon.match.text, swap: jargon.match.swap }));
    focusBox(key, jargon.place, swapped.length - (text.length - jargon.match.end));
  };

  /** The letter again from the server; the words on screen go to the kept words first. */
  const loadSaved = async () => {
    setResolving(true);
    try {
      const fresh = await props.reload();
      if (!fresh) return;
      autosave.rebase(fresh.revision, wordsOf(fresh.sections));
      setSections(editable(fresh.sections));
      setKeptShown((n) => n + 1);
    } finally {
      setResolving(false);
    }
  };
  const keepMine = async () => {
    setResolving(true);
    try {
      const fresh = await props.reload();
      if (fresh) await autosave.overwrite(fresh.revision);
    } finally {
      setResolving(false);
    }
  };

  const sectionFields = () => sections().map((section) => `sections.${section.key}`);
  const form = createForm<string>({ fields: [...sectionFields(), "reviewerId"] });
  const sectionError = (key: string) => {
    const found = form.error(`sections.${key}`);
    return found ? errorText(found) : undefined;
  };
  const summaryId = (field: string) =>
    field.startsWith("sections.") ? sectionFieldId(field.slice("sections.".length)) : "letter-reviewer";
  const summaryLabel = (field: string) =>
    field.startsWith("sections.")
      ? (sections().find((s) => `sections.${s.key}` === field)?.heading ?? field)
      : t("letters:review.reviewer");

  const submit = createApiMutation("letters.submit");
  const send = async (reviewerId: string | null) =>
    form.submit({
      send: async () => {
        // Everything typed goes to the server before the letter goes for approval.
        if (!(await autosave.flush()) || !sameWords(autosave.words(), wordsOf(sections()))) throw problemFromStatus(status());
        await submit.mutateAsync({ id: letter.id, reviewerId });
        props.notify(t("letters:review.submitted"));
      },
    });

  const comment = returnedComment(letter);
  return (
    <div class="letter-layout">
      <div class="letter-layout__main stack">
        {comment ? <CommentsCard comment={comment} /> : null}
        <ErrorSummary
          title={t("common:errorSummary.title")}
          failures={form.failures()}
          items={formSummary(form, summaryId, summaryLabel)}
        />
        <KeptWords letterId={letter.id} version={letter.version} storage={storage} refresh={keptShown()} />
        <h2>{t("letters:write.title")}</h2>
        <Index each={sections()}>
          {(section) => (
            <SectionEditor
              section={section}
              prompt={promptFor(props.help, letter, section().key)}
              language={letter.language}
              checks={checks().bySection[section().key] ?? noChecks}
              forChild={forChild(letter)}
              error={sectionError(section().key)}
              onChange={change}
              onSwap={(jargon) => swap(section().key, jargon)}
              box={(place, element) => boxes.set(placeKey(section().key, place), element)}
              focus={(place) => focusBox(section().key, place)}
            />
          )}
        </Index>
        <p class="visually-hidden" role="status">
          {announcement()}
        </p>
      </div>
      <div class="letter-layout__side stack">
        <SaveStatusLine
          status={status()}
          busy={resolving()}
          onKeepMine={() => void keepMine()}
          onLoadSaved={() => void loadSaved()}
          onReload={() => void loadSaved()}
        />
        <LetterChecks checks={checks()} language={letter.language} forChild={forChild(letter)} />
        <SubmitPanel letter={letter} form={form} onSubmit={send} />
        <LetterPreview letter={letter} sections={sections()} />
      </div>
    </div>
  );
}

/** Why the letter cannot go yet when its words are not all saved: what the save said, or no network. */
function problemFromStatus(status: SaveStatus): unknown {
  if (status.problem) return status.problem;
  return new ApiError("unsaved", 0, { messageKey: status.state === "conflict" ? "letterChangedElsewhere" : "network" });
}
