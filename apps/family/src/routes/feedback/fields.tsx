import { For, type JSX, Show } from "solid-js";

/** A field's problem, under it; nothing when there is none. */
export function FieldError(props: { id: string; text: string | undefined }) {
  return (
    <Show when={props.text}>
      <div id={props.id} class="field__error">
        {props.text}
      </div>
    </Show>
  );
}

export interface ChoicesProps<Option extends string> {
  name: string;
  /** Each radio's id is `${idPrefix}-${option}`. */
  idPrefix: string;
  legend: string;
  legendLang?: string;
  /** Extra text the group is described by (a tip's wording). */
  describedBy?: string;
  options: readonly Option[];
  label: (option: Option) => string;
  icon?: (option: Option) => string;
  value: Option | "";
  onChange: (option: Option) => void;
  error?: string | undefined;
  /** Side-by-side tiles rather than full-width rows. */
  row?: boolean;
  class?: string;
  children?: JSX.Element;
}

/** A native radio group: a fieldset whose legend is the question; each choice is a big tap target. */
export function Choices<Option extends string>(props: ChoicesProps<Option>) {
  const errorId = `${props.idPrefix}-error`;
  return (
    <fieldset
      class={`field choices ${props.class ?? ""}`}
      aria-describedby={[props.describedBy, props.error && errorId].filter(Boolean).join(" ") || undefined}
    >
      <legend lang={props.legendLang}>{props.legend}</legend>
      {props.children}
      <FieldError id={errorId} text={props.error} />
      <div class={props.row ? "choice-list choice-list--row" : "choice-list"}>
        <For each={props.options}>
          {(option) => (
            <label class="choice">
              <input
                type="radio"
                class="choice__native"
                id={`${props.idPrefix}-${option}`}
                name={props.name}
                value={option}
                checked={props.value === option}
                onChange={() => props.onChange(option)}
              />
              <Show when={props.icon}>
                {(icon) => (
                  <span class="choice__icon" aria-hidden="true">
                    {icon()(option)}
                  </span>
                )}
              </Show>
              <span class="choice__label">{props.label(option)}</span>
            </label>
          )}
        </For>
      </div>
    </fieldset>
  );
}
