import { createUniqueId, For, type JSX, Show } from "solid-js";
import { cx } from "./cx";

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
  /** Language of the option text, when it differs from the page. */
  lang?: string;
}

export interface SelectProps {
  label: string;
  description?: string;
  error?: string;
  options: SelectOption[];
  value: string;
  onChange: (value: string) => void;
  /** Text of an empty first option ("Choose…"); omit when a value is always set. */
  placeholder?: string;
  name?: string;
  id?: string;
  required?: boolean;
  disabled?: boolean;
  autocomplete?: JSX.HTMLAutocomplete;
  class?: string;
}

/**
 * A native <select> with label, hint and error. Chosen over Kobalte Select on
 * purpose: phones show their own large, familiar picker, it works with every
 * screen reader and with no JavaScript listbox code, and axe has nothing to flag.
 */
export function Select(props: SelectProps) {
  // The id is fixed at creation so label/hint/error links stay stable.
  const id = props.id ?? `select-${createUniqueId()}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = () => [props.description && hintId, props.error && errorId].filter(Boolean).join(" ") || undefined;

  return (
    <div class={cx("field", props.class)} data-invalid={props.error ? "" : undefined}>
      <label class="field__label" for={id}>
        {props.label}
      </label>
      <Show when={props.description}>
        <div id={hintId} class="field__hint">
          {props.description}
        </div>
      </Show>
      <Show when={props.error}>
        <div id={errorId} class="field__error">
          {props.error}
        </div>
      </Show>
      <select
        id={id}
        class="field__input"
        name={props.name}
        required={props.required}
        disabled={props.disabled}
        autocomplete={props.autocomplete}
        aria-describedby={describedBy()}
        aria-invalid={props.error ? true : undefined}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <Show when={props.placeholder !== undefined}>
          <option value="" disabled={props.required} selected={props.value === ""}>
            {props.placeholder}
          </option>
        </Show>
        <For each={props.options}>
          {(option) => (
            <option value={option.value} disabled={option.disabled} lang={option.lang} selected={option.value === props.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
