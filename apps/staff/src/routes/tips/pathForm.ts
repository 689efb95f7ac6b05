import { batch, createSignal } from "solid-js";
import { type AppError, toAppError } from "../../lib/errors";
import type { Form } from "../../lib/forms";

/**
 * A form whose fields are full paths ("tips.3.translations.cy.title"), for the tips editor:
 * the app's `createForm` keeps one error per top-level field, which would put all seventy
 * boxes under "tips". Same behaviour otherwise, so the shared ErrorSummary works with it.
 */
export interface PathForm extends Form<string> {
  /** Shows these problems (and the summary) without sending anything. */
  fail: (fields: Record<string, string>, general?: AppError | null) => void;
}

export function createPathForm(options: {
  fields: readonly string[];
  /** The field errors of a thrown API error, by full path. */
  serverFieldErrors: (thrown: unknown) => Record<string, string>;
}): PathForm {
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal<AppError | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [failures, setFailures] = createSignal(0);

  const fail = (fields: Record<string, string>, general: AppError | null = null) =>
    batch(() => {
      setFieldErrors(fields);
      setFormError(general);
      setFailures((n) => n + 1);
    });
  const clearErrors = () =>
    batch(() => {
      setFieldErrors({});
      setFormError(null);
    });

  return {
    fields: options.fields,
    fieldErrors,
    formError,
    busy,
    failures,
    error: (field) => fieldErrors()[field],
    clearErrors,
    fail,
    async submit({ check, send }) {
      if (busy()) return false;
      const problems = check?.() ?? {};
      if (Object.keys(problems).length > 0) {
        fail(problems as Record<string, string>);
        return false;
      }
      setBusy(true);
      try {
        await send();
        clearErrors();
        return true;
      } catch (thrown) {
        const error = toAppError(thrown);
        const fields = options.serverFieldErrors(thrown);
        const hasFields = Object.keys(fields).length > 0;
        // "invalidInput" with field errors says nothing more than the fields do.
        fail(fields, hasFields && error.messageKey === "invalidInput" ? null : error);
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}
