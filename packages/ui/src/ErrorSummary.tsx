import { createEffect, For, on, Show } from "solid-js";

export interface ErrorSummaryItem {
  /** The problem in words (translated). */
  text: string;
  /** The id of the control it is about: the item links there and moves focus to it. */
  fieldId?: string;
}

export interface ErrorSummaryProps {
  /** "There is a problem" (translated). */
  title: string;
  /** Nothing is shown while there are none. */
  items: readonly ErrorSummaryItem[];
  /** Goes up at every failed submit; the summary then takes focus. */
  failures: number;
}

/**
 * The element to focus for a field: the control with that id, else the first control inside the
 * element with that id (a fieldset of checkboxes), else the checked (or first) control named so
 * (a group of radios).
 */
export function fieldElement(id: string): HTMLElement | null {
  const byId = document.getElementById(id);
  if (byId && !(byId instanceof HTMLFieldSetElement) && byId.tagName !== "DIV") return byId;
  const inside = byId?.querySelector<HTMLElement>("input, select, textarea");
  if (inside) return inside;
  const name = CSS.escape(id);
  return document.querySelector<HTMLElement>(`[name="${name}"]:checked`) ?? document.querySelector<HTMLElement>(`[name="${name}"]`);
}

/**
 * "There is a problem" at the top of a form: every problem of the last submit, each one about a
 * field a link that moves focus to it. Focus moves here after every failed submit, so keyboard
 * and screen-reader users land on it; it is not also a live region (that would read it twice).
 * The same messages sit beside each field.
 */
export function ErrorSummary(props: ErrorSummaryProps) {
  let summary: HTMLDivElement | undefined;
  createEffect(
    on(
      () => props.failures,
      // Once the summary has rendered.
      () => queueMicrotask(() => summary?.focus()),
      { defer: true },
    ),
  );

  const jumpTo = (event: MouseEvent, id: string) => {
    const target = fieldElement(id);
    if (!target) return;
    // Before any router sees the click: this link moves focus, it goes nowhere.
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "center" });
  };

  return (
    <Show when={props.items.length > 0}>
      <div ref={summary} class="error-summary" tabIndex={-1}>
        <h2 class="error-summary__title">{props.title}</h2>
        <ul class="error-summary__list">
          <For each={props.items}>
            {(item) => (
              <li>
                <Show when={item.fieldId} fallback={item.text}>
                  {(id) => (
                    <a href={`#${id()}`} on:click={(event) => jumpTo(event, id())}>
                      {item.text}
                    </a>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
