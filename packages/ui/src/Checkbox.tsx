import { Checkbox as KCheckbox } from "@kobalte/core/checkbox";
import { Show } from "solid-js";
import { coverRowStyle } from "./choice";
import { cx } from "./cx";

export interface CheckboxProps {
  label: string;
  description?: string;
  error?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
  /** Value submitted with a form when checked ("on" by default). */
  value?: string;
  required?: boolean;
  disabled?: boolean;
  class?: string;
}

export function Checkbox(props: CheckboxProps) {
  return (
    <KCheckbox
      class={cx("field", props.class)}
      checked={props.checked}
      onChange={props.onChange}
      name={props.name}
      value={props.value}
      required={props.required}
      disabled={props.disabled}
      validationState={props.error ? "invalid" : undefined}
    >
      <KCheckbox.ErrorMessage class="field__error">{props.error}</KCheckbox.ErrorMessage>
      <div class="choice" data-checked={props.checked ? "" : undefined}>
        <KCheckbox.Input style={coverRowStyle} />
        <KCheckbox.Control class="choice__control choice__control--checkbox">
          <KCheckbox.Indicator class="choice__indicator" />
        </KCheckbox.Control>
        <div class="stack stack--xs">
          <KCheckbox.Label class="choice__label">{props.label}</KCheckbox.Label>
          <Show when={props.description}>
            <KCheckbox.Description class="field__hint">{props.description}</KCheckbox.Description>
          </Show>
        </div>
      </div>
    </KCheckbox>
  );
}
