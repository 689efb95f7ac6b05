/**
 * A glossary word in a letter: underlined, and a button. Tapping it (or Enter / Space) opens a
 * small box with what it means, right after the word in the reading order, so a screen reader
 * reads it next; the word says it is expanded. Escape, tapping the word again, the box's close
 * button or a tap anywhere else closes it. One box is open at a time. Native elements only:
 * Kobalte's popover would add its positioning library to this route.
 */
import { createEffect, createSignal, createUniqueId, For, onCleanup, Show } from "solid-js";
import { language, t } from "../../i18n";
import { announce } from "../../shell/announcer";
import type { Run } from "./letter";

const [openTerm, setOpenTerm] = createSignal<string | null>(null);

/** Puts the box under the word, inside its section, never past the section's edges (320 px phones). */
function place(word: HTMLElement, box: HTMLElement) {
  const host = box.offsetParent;
  if (!(host instanceof HTMLElement)) return;
  const area = host.getBoundingClientRect();
  const lines = word.getClientRects();
  const line = lines[lines.length - 1] ?? word.getBoundingClientRect();
  const left = Math.min(Math.max(line.left - area.left, 0), Math.max(area.width - box.offsetWidth, 0));
  box.style.left = `${left}px`;
  box.style.top = `${line.bottom - area.top + 4}px`;
}

export function Term(props: { text: string; explanation: string }) {
  const id = createUniqueId();
  const boxId = `term-${id}`;
  const open = () => openTerm() === id;
  let word: HTMLButtonElement | undefined;

  const close = (returnFocus: boolean) => {
    if (!open()) return;
    setOpenTerm(null);
    if (returnFocus) word?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open()) {
      event.preventDefault();
      close(true);
    }
  };
  const onPointer = (event: PointerEvent) => {
    const target = event.target;
    if (target instanceof Node && (word?.contains(target) || document.getElementById(boxId)?.contains(target))) return;
    close(false);
  };
  // Listening only while this box is open.
  createEffect(() => {
    if (!open()) return;
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    onCleanup(() => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    });
  });
  onCleanup(() => {
    if (open()) setOpenTerm(null);
  });

  const toggle = () => {
    if (open()) return close(false);
    setOpenTerm(id);
    announce(`${props.text}: ${props.explanation}`);
  };

  return (
    <>
      <button ref={word} type="button" class="term" aria-expanded={open()} aria-controls={open() ? boxId : undefined} onClick={toggle}>
        {props.text}
      </button>
      <Show when={open()}>
        <span id={boxId} class="term__box" ref={(box) => queueMicrotask(() => word && place(word, box))}>
          <span class="term__explanation">
            <b>{props.text}</b>: {props.explanation}
          </span>
          <button type="button" class="btn btn--link term__close" lang={language()} onClick={() => close(true)}>
            {t("actions.close")}
          </button>
        </span>
      </Show>
    </>
  );
}

/** A text with its glossary terms as `Term`s. */
export function Marked(props: { runs: readonly Run[] }) {
  return (
    <For each={props.runs}>{(run) => (run.term === undefined ? run.text : <Term text={run.text} explanation={run.explanation} />)}</For>
  );
}
