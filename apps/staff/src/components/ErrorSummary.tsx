import { createEffect, For, on, Show } from "solid-js";
import type { Form } from "../lib/forms";
import { useI18n } from "../lib/i18n";

/**
 * The element to focus for a field: the input with that id, or else the checked (or first)
 * input named so (radio groups), or the first input inside an element with that id
 * (a fieldset of checkboxes).
 */
export function fieldElement(id: string): HTMLElement | null {
  const byId = document.getElementById(id);
  if (byId && !(byId instanceof HTMLFieldSetElement) && byId.tagName !== "DIV") return byId;
  const inside = byId?.querySelector<HTMLElement>("input, select, textarea");
  if (inside) return inside;
  const escaped = CSS.escape(id);
  return document.querySelector<HTMLElement>(`[name="${escaped}"]:checked`) ?? document.querySelector<HTMLElement>(`[name="${escaped}"]`);
}

export interface ErrorSummaryProps<F extends string> {
  form: Form<F>;
  /** The id (or radio/checkbox name) of each field's control. */
  fieldId: (field: F) => string;
  /** Each field's visible label, so "Please fill this in." says which field. */
  label: (field: F) => string;
}

/**
 * "There is a problem": every error of the last submit, each a link to its field, plus any
 * error that belongs to no field. Takes focus after every failed submit, so keyboard and
 * screen-reader users land on it; the same messages also sit next to each field.
 */
export function ErrorSummary<F extends string>(props: ErrorSummaryProps<F>) {
  const { t, errorText } = useI18n();
  let summary: HTMLDivElement | undefined;

  const fieldProblems = () =>
    props.form.fields
      .map((field) => ({ field, key: props.form.error(field) }))
      .filter((problem): problem is { field: F; key: string } => Boolean(problem.key));
  const visible = () => fieldProblems().length > 0 || props.form.formError() !== null;

  createEffect(
    on(
      props.form.failures,
      () => {
        // After the summary has rendered.
        queueMicrotask(() => summary?.focus());
      },
      { defer: true },
    ),
  );

  const jumpTo = (event: MouseEvent, field: F) => {
    const target = fieldElement(props.fieldId(field));
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "center" });
  };

  return (
    <Show when={visible()}>
      <div ref={summary} class="error-summary" tabIndex={-1}>
        <h2 class="error-summary__title">{t("common:errorSummary.title")}</h2>
        <Show when={props.form.formError()}>{(error) => <p>{errorText(error())}</p>}</Show>
        <Show when={fieldProblems().length > 0}>
          <ul class="error-summary__list">
            <For each={fieldProblems()}>
              {(problem) => (
                <li>
                  <a href={`#${props.fieldId(problem.field)}`} on:click={(event) => jumpTo(event, problem.field)}>
                    {props.label(problem.field)}: {errorText(problem.key)}
                  </a>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
    </Show>
  );
}
