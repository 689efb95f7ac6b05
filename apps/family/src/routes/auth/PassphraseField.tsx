import { TextField } from "@heard/ui";
import { t } from "../../i18n";

export interface PassphraseFieldProps {
  id: string;
  name: string;
  label: string;
  description?: string;
  error?: string;
  value: string;
  onInput: (value: string) => void;
  autocomplete: "current-password" | "new-password";
  /** Shown as plain text (the toggle is a separate PassphraseToggle). */
  shown: boolean;
}

/** Phones must not "fix" a passphrase shown as text: no capitals, no corrections. */
export function noAutoCorrect(element: HTMLInputElement | HTMLTextAreaElement): void {
  element.setAttribute("autocapitalize", "none");
  element.setAttribute("autocorrect", "off");
}

export function PassphraseField(props: PassphraseFieldProps) {
  return (
    <TextField
      id={props.id}
      name={props.name}
      label={props.label}
      description={props.description}
      error={props.error}
      value={props.value}
      onInput={props.onInput}
      type={props.shown ? "text" : "password"}
      autocomplete={props.autocomplete}
      spellcheck={false}
      required
      ref={noAutoCorrect}
    />
  );
}

export interface PassphraseToggleProps {
  shown: boolean;
  onToggle: () => void;
  /** Ids of the inputs it shows and hides. */
  controls: string;
}

/** "Show passphrase" / "Hide passphrase". */
export function PassphraseToggle(props: PassphraseToggleProps) {
  return (
    <button type="button" class="btn btn--link passphrase__toggle" aria-controls={props.controls} onClick={() => props.onToggle()}>
      {props.shown ? t("auth:family.hidePassphrase") : t("auth:family.showPassphrase")}
    </button>
  );
}
