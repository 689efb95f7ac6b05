import { createUniqueId, For, Match, Switch } from "solid-js";
import { cx } from "./cx";
import { Select } from "./Select";

export interface Language {
  /** BCP 47 code, e.g. "en", "cy", "ar". */
  code: string;
  /** The language's name in that language, e.g. "Cymraeg", "العربية". */
  name: string;
}

export interface LanguagePickerProps {
  languages: Language[];
  value: string;
  onChange: (code: string) => void;
  label: string;
  /** "radio" (default) shows every language as a button-sized choice; "select" is compact for headers. */
  variant?: "radio" | "select";
  class?: string;
}

/** Each name carries its own lang (and dir="auto") so screen readers pronounce it right. */
export function LanguagePicker(props: LanguagePickerProps) {
  const name = `language-${createUniqueId()}`;
  return (
    <Switch>
      <Match when={props.variant === "select"}>
        <Select
          class={props.class}
          label={props.label}
          value={props.value}
          onChange={props.onChange}
          options={props.languages.map((language) => ({
            value: language.code,
            label: language.name,
            lang: language.code,
          }))}
        />
      </Match>
      <Match when={props.variant !== "select"}>
        <fieldset class={cx("field", props.class)}>
          <legend>{props.label}</legend>
          <div class="cluster">
            <For each={props.languages}>
              {(language) => (
                <label class="choice" data-checked={language.code === props.value ? "" : undefined}>
                  <input
                    class="choice__native"
                    type="radio"
                    name={name}
                    value={language.code}
                    checked={language.code === props.value}
                    onChange={() => props.onChange(language.code)}
                  />
                  <span lang={language.code} dir="auto">
                    {language.name}
                  </span>
                </label>
              )}
            </For>
          </div>
        </fieldset>
      </Match>
    </Switch>
  );
}
