import { problemOf } from "@heard/client";
import { formatFeedbackCode, parseFeedbackCode } from "@heard/domain/rules";
import { useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { errorText, loadNamespaces, t } from "../../i18n";
import { NewCodeHint } from "./HelpNow";
import { openFeedback } from "./start";

const inputId = "feedback-code";

/**
 * The code as the worker gave it: case, spaces and the dash do not matter. The code is checked
 * with the server here, so a wrong one is named next to the box and the box keeps what was typed.
 */
export function CodeForm() {
  const navigate = useNavigate();
  const [code, setCode] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let input: HTMLInputElement | undefined;

  const refuse = (message: string) => {
    setError(message);
    input?.focus();
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const normalised = parseFeedbackCode(code());
    if (!normalised) return refuse(t("feedback:code.invalid"));
    setBusy(true);
    try {
      await openFeedback(normalised);
      navigate(`/f/${formatFeedbackCode(normalised)}`);
    } catch (caught) {
      const problem = problemOf(caught);
      if (problem.messageKey === "network") refuse(t("errorPage.offline"));
      else refuse((await loadNamespaces(["errors"])) ? errorText(problem.messageKey) : t("states.error"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="stack" novalidate onSubmit={(event) => void submit(event)}>
      <div class="field">
        <label class="field__label" for={inputId}>
          {t("feedback:code.label")}
        </label>
        <div id={`${inputId}-hint`} class="field__hint">
          {t("feedback:code.hint")}
        </div>
        <Show when={error()}>
          <div id={`${inputId}-error`} class="field__error">
            {error()}
          </div>
        </Show>
        <input
          ref={(element) => {
            input = element;
            element.setAttribute("autocorrect", "off");
          }}
          id={inputId}
          name="code"
          class="field__input code-input"
          value={code()}
          onInput={(event) => setCode(event.currentTarget.value)}
          autocomplete="off"
          inputmode="text"
          autocapitalize="characters"
          spellcheck={false}
          dir="ltr"
          maxLength={40}
          aria-describedby={error() ? `${inputId}-hint ${inputId}-error` : `${inputId}-hint`}
          aria-invalid={error() ? true : undefined}
        />
      </div>
      <button type="submit" class="btn btn--primary btn--block" aria-disabled={busy() || undefined}>
        {busy() ? t("feedback:code.checking") : t("feedback:code.submit")}
      </button>
      <NewCodeHint />
    </form>
  );
}
