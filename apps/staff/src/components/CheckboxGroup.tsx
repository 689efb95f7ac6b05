import { Checkbox } from "@heard/ui";
import { For, Show } from "solid-js";

export interface CheckboxGroupProps {
  /** Id of the fieldset (the error summary focuses its first checkbox). */
  id: string;
  legend: string;
  /** The legend for screen readers only, when the page already shows the question (a disclosure's line). */
  hideLegend?: boolean;
  description?: string;
  error?: string;
  options: { value: string; label: string }[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  name: string;
}

/** Several checkboxes answering one question, with one hint and one error for the group. */
export function CheckboxGroup(props: CheckboxGroupProps) {
  const hintId = () => `${props.id}-hint`;
  const errorId = () => `${props.id}-error`;
  const describedBy = () => [props.description && hintId(), props.error && errorId()].filter(Boolean).join(" ") || undefined;
  const toggle = (value: string, checked: boolean) => {
    const rest = props.value.filter((v) => v !== value);
    props.onChange(checked ? [...rest, value] : rest);
  };
  return (
    <fieldset id={props.id} class="field" aria-describedby={describedBy()}>
      <legend class={props.hideLegend ? "visually-hidden" : "field__label"}>{props.legend}</legend>
      <Show when={props.description}>
        <p id={hintId()} class="field__hint">
          {props.description}
        </p>
      </Show>
      <Show when={props.error}>
        <p id={errorId()} class="field__error">
          {props.error}
        </p>
      </Show>
      <div class="choice-list">
        <For each={props.options}>
          {(option) => (
            <Checkbox
              label={option.label}
              name={props.name}
              value={option.value}
              checked={props.value.includes(option.value)}
              onChange={(checked) => toggle(option.value, checked)}
            />
          )}
        </For>
      </div>
    </fieldset>
  );
}
