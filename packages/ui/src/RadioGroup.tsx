import { RadioGroup as KRadioGroup } from "@kobalte/core/radio-group";
import { For, type JSX, Show } from "solid-js";
import { coverRowStyle } from "./choice";
import { cx } from "./cx";

export interface RadioOption {
  value: string;
  label: string;
  description?: string;
  /** Decorative icon or emoji (rendered aria-hidden; the label carries the meaning). */
  icon?: JSX.Element;
  disabled?: boolean;
}

export interface RadioGroupProps {
  label: string;
  description?: string;
  error?: string;
  options: RadioOption[];
  value: string | undefined;
  onChange: (value: string) => void;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  /** "list" stacks full-width rows; "row" puts options side by side (e.g. Yes / A bit / No with icons). */
  layout?: "list" | "row";
  /** Visually hide the group label (it is still announced). */
  hideLabel?: boolean;
  class?: string;
}

export function RadioGroup(props: RadioGroupProps) {
  return (
    <KRadioGroup
      class={cx("field", props.class)}
      // Kobalte's controllable signal treats undefined as uncontrolled, so pass "" for "nothing chosen".
      value={props.value ?? ""}
      onChange={props.onChange}
      name={props.name}
      required={props.required}
      disabled={props.disabled}
      orientation={props.layout === "row" ? "horizontal" : "vertical"}
      validationState={props.error ? "invalid" : undefined}
    >
      <KRadioGroup.Label class={cx("field__label", props.hideLabel && "visually-hidden")}>{props.label}</KRadioGroup.Label>
      <Show when={props.description}>
        <KRadioGroup.Description class="field__hint">{props.description}</KRadioGroup.Description>
      </Show>
      <KRadioGroup.ErrorMessage class="field__error">{props.error}</KRadioGroup.ErrorMessage>
      <div class={cx("choice-list", props.layout === "row" && "choice-list--row")}>
        <For each={props.options}>
          {(option) => (
            <KRadioGroup.Item value={option.value} disabled={option.disabled} class="choice">
              <KRadioGroup.ItemInput style={coverRowStyle} />
              <KRadioGroup.ItemControl class="choice__control choice__control--radio">
                <KRadioGroup.ItemIndicator class="choice__indicator" />
              </KRadioGroup.ItemControl>
              <Show when={option.icon}>
                <span class="choice__icon" aria-hidden="true">
                  {option.icon}
                </span>
              </Show>
              <div class="stack stack--xs">
                <KRadioGroup.ItemLabel class="choice__label">{option.label}</KRadioGroup.ItemLabel>
                <Show when={option.description}>
                  <KRadioGroup.ItemDescription class="field__hint">{option.description}</KRadioGroup.ItemDescription>
                </Show>
              </div>
            </KRadioGroup.Item>
          )}
        </For>
      </div>
    </KRadioGroup>
  );
}
