import { TextField as KTextField } from "@kobalte/core/text-field";
import { createEffect, createSignal, createUniqueId, type JSX, mergeProps, on, onCleanup, Show, splitProps } from "solid-js";
import { cx } from "./cx";

export interface TextFieldProps {
  label: string;
  /** Hint shown under the label and linked with aria-describedby. */
  description?: string;
  /** Error text; when set the field is marked invalid and the text is linked to the input. */
  error?: string;
  value: string;
  /** Called with the new value on every keystroke. */
  onInput: (value: string) => void;
  onBlur?: JSX.EventHandler<HTMLInputElement | HTMLTextAreaElement, FocusEvent>;
  type?: "text" | "email" | "password" | "tel";
  multiline?: boolean;
  /** Rows for the multiline variant. */
  rows?: number;
  autocomplete?: JSX.HTMLAutocomplete;
  inputMode?: JSX.HTMLAttributes<HTMLInputElement>["inputmode"];
  maxLength?: number;
  /** Shows "n / max" (needs maxLength); the count is also announced politely after typing pauses. */
  showCounter?: boolean;
  /** Translated counter text, e.g. (12, 500) => "12 of 500 characters". Defaults to "n / max". */
  counterText?: (count: number, max: number) => string;
  required?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  name?: string;
  /** Id of the input element itself, so an error summary can link to it. */
  id?: string;
  /** Text direction of the input; "auto" by default, "ltr" for email and tel. */
  dir?: "auto" | "ltr" | "rtl";
  spellcheck?: boolean;
  class?: string;
  ref?: (element: HTMLInputElement | HTMLTextAreaElement) => void;
}

const ANNOUNCE_DELAY_MS = 1000;

export function TextField(props: TextFieldProps) {
  const merged = mergeProps({ type: "text" as const, counterText: (count: number, max: number) => `${count} / ${max}` }, props);
  const [local, field] = splitProps(merged, [
    "label",
    "description",
    "error",
    "value",
    "onInput",
    "multiline",
    "showCounter",
    "counterText",
    "class",
    "name",
    "required",
    "disabled",
    "readOnly",
  ]);

  const counter = () => (field.maxLength === undefined ? "" : local.counterText(local.value.length, field.maxLength));
  const counterId = `counter-${createUniqueId()}`;
  const showCounter = () => local.showCounter === true && field.maxLength !== undefined;

  // Announce the count only once typing pauses, so screen readers are not flooded.
  const [announced, setAnnounced] = createSignal("");
  createEffect(
    on(
      counter,
      (text) => {
        if (!showCounter()) return;
        const timer = setTimeout(() => setAnnounced(text), ANNOUNCE_DELAY_MS);
        onCleanup(() => clearTimeout(timer));
      },
      { defer: true },
    ),
  );

  const inputProps = () => ({
    id: field.id,
    ref: field.ref,
    onBlur: field.onBlur,
    autocomplete: field.autocomplete,
    maxLength: field.maxLength,
    spellcheck: field.spellcheck ?? (field.type === "password" ? false : undefined),
    dir: field.dir ?? (field.type === "email" || field.type === "tel" ? "ltr" : "auto"),
    class: "field__input",
    // The visible counter is aria-hidden but still read as part of the description on focus.
    "aria-describedby": showCounter() ? counterId : undefined,
  });

  return (
    <KTextField
      class={cx("field", local.class)}
      value={local.value}
      onChange={local.onInput}
      name={local.name}
      required={local.required}
      disabled={local.disabled}
      readOnly={local.readOnly}
      validationState={local.error ? "invalid" : undefined}
    >
      <KTextField.Label class="field__label">{local.label}</KTextField.Label>
      <Show when={local.description}>
        <KTextField.Description class="field__hint">{local.description}</KTextField.Description>
      </Show>
      <KTextField.ErrorMessage class="field__error">{local.error}</KTextField.ErrorMessage>
      <Show when={local.multiline} fallback={<KTextField.Input {...inputProps()} type={field.type} inputmode={field.inputMode} />}>
        <KTextField.TextArea {...inputProps()} rows={field.rows ?? 5} />
      </Show>
      <Show when={showCounter()}>
        <div id={counterId} class="field__counter" aria-hidden="true">
          {/* bdi keeps "5 / 200" in order inside right-to-left text */}
          <bdi>{counter()}</bdi>
        </div>
        <div class="visually-hidden" aria-live="polite">
          {announced()}
        </div>
      </Show>
    </KTextField>
  );
}
