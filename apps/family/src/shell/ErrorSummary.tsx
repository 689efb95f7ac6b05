import { Alert } from "@heard/ui";
import { For, Show } from "solid-js";
import { t } from "../i18n";

export interface ErrorSummaryItem {
  text: string;
  /** The input this is about; the item links to it. */
  inputId?: string;
}

export interface ErrorSummaryProps {
  items: ErrorSummaryItem[];
  ref?: (element: HTMLDivElement) => void;
}

/**
 * "There is a problem" at the top of a form, listing each problem; each one about a field
 * links to (and focuses) that field. Focus is moved here after a failed submit, so it is not
 * also a live region (that would read it twice).
 */
export function ErrorSummary(props: ErrorSummaryProps) {
  return (
    <Show when={props.items.length > 0}>
      <div class="error-summary" tabIndex={-1} ref={props.ref}>
        <Alert variant="danger" announce={false} title={t("errorSummary.title")}>
          <ul>
            <For each={props.items}>
              {(item) => (
                <li>
                  <Show when={item.inputId} fallback={item.text}>
                    {(inputId) => (
                      <a
                        href={`#${inputId()}`}
                        onClick={(event) => {
                          event.preventDefault();
                          document.getElementById(inputId())?.focus();
                        }}
                      >
                        {item.text}
                      </a>
                    )}
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Alert>
      </div>
    </Show>
  );
}
