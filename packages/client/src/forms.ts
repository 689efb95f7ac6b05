/**
 * A form's problems: which field has which error key (namespace `errors`), one problem that
 * belongs to no field, and a count of failed submits (the error summary takes focus when it
 * goes up). Checks before sending and refusals from the server land in the same place, so a
 * field shows one message whoever found it. Nothing typed is ever cleared here.
 */
import { isErrorKey } from "@heard/domain/rules";
import { type Accessor, batch, createSignal } from "solid-js";
import { type Problem, problemOf } from "./errors";

/** Field → error key (namespace `errors`). */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** What is wrong with a form: per field, and about no one field. */
export interface FormProblem<F extends string> {
  fields: FieldErrors<F>;
  general: Problem | null;
}

/**
 * Sorts an API problem onto a form's fields. The server's field errors first, each on the field
 * of its path, or of the path's first part ("teamIds.0" → "teamIds"), the first error per field
 * winning; then a message key that is about one field (`messageFields`: "emailTaken" → "email").
 * What is left is general, except "invalidInput" beside field errors, which says nothing more.
 */
export function formProblem<F extends string>(
  problem: Problem,
  fields: readonly F[],
  messageFields: Partial<Record<string, F>> = {},
): FormProblem<F> {
  const known = new Set<string>(fields);
  const found: FieldErrors<F> = {};
  for (const [path, key] of Object.entries(problem.fieldErrors)) {
    const field = known.has(path) ? path : path.split(".")[0];
    if (field !== undefined && known.has(field) && found[field as F] === undefined) found[field as F] = key;
  }
  const owner = messageFields[problem.messageKey];
  if (owner && found[owner] === undefined) found[owner] = problem.messageKey;
  const hasFields = Object.keys(found).length > 0;
  const general = hasFields && (owner || problem.messageKey === "invalidInput") ? null : problem;
  return { fields: found, general };
}

export interface FormOptions<F extends string> {
  /** Fields in the order they appear on the page (the error summary lists them so). */
  fields: readonly F[];
  /** Server message keys that are about one field ("emailTaken" → "email"). */
  messageFields?: Partial<Record<string, F>>;
}

export interface Form<F extends string> {
  readonly fields: readonly F[];
  fieldErrors: Accessor<FieldErrors<F>>;
  /** The error key of one field, if any. */
  error: (field: F) => string | undefined;
  /** A problem that belongs to no single field (wrong details, no connection…). */
  formError: Accessor<Problem | null>;
  /** True while `submit` is sending. */
  busy: Accessor<boolean>;
  /** Goes up by one at every failed submit (and every `fail`): the error summary takes focus. */
  failures: Accessor<number>;
  /** Shows these problems without sending anything. */
  fail: (fields: FieldErrors<F>, general?: Problem | null) => void;
  clearErrors: () => void;
  /**
   * Runs `check`; problems stop it there. Otherwise runs `send`, unless a submit is already
   * running; what `send` throws is shown (on its field when it names one). Resolves true when
   * `send` succeeded.
   */
  submit: (steps: { check?: () => FieldErrors<F>; send: () => Promise<void> }) => Promise<boolean>;
}

export function createForm<F extends string>(options: FormOptions<F>): Form<F> {
  const [fieldErrors, setFieldErrors] = createSignal<FieldErrors<F>>({});
  const [formError, setFormError] = createSignal<Problem | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [failures, setFailures] = createSignal(0);

  const fail = (fields: FieldErrors<F>, general: Problem | null = null) =>
    batch(() => {
      setFieldErrors(() => fields);
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
    error: (field) => fieldErrors()[field],
    formError,
    busy,
    failures,
    fail,
    clearErrors,
    async submit({ check, send }) {
      if (busy()) return false;
      const problems = check?.() ?? {};
      if (Object.keys(problems).length > 0) {
        fail(problems);
        return false;
      }
      setBusy(true);
      try {
        await send();
        clearErrors();
        return true;
      } catch (thrown) {
        const found = formProblem(problemOf(thrown), options.fields, options.messageFields);
        fail(found.fields, found.general);
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}

interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * Runs a schema (a zod schema from @heard/domain; any `safeParse` will do) and gives the first
 * problem per top-level field as an error key, as the server would; {} when the value is valid.
 */
export function validate<F extends string>(
  schema: { safeParse: (value: unknown) => { success: boolean; error?: { issues: readonly Issue[] } } },
  value: unknown,
): FieldErrors<F> {
  const result = schema.safeParse(value);
  if (result.success || !result.error) return {};
  const found: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "_");
    if (!(field in found)) found[field] = isErrorKey(issue.message) ? issue.message : "invalidInput";
  }
  return found as FieldErrors<F>;
}

/** One line of an error summary: its words, and the control it is about (the line links there). */
export interface SummaryItem {
  text: string;
  fieldId?: string;
}

/**
 * The error summary's lines for a form: the general problem first, then each field's in field
 * order. Read inside JSX or an effect, it follows the form (and the language).
 */
export function summaryItems<F extends string>(
  form: Pick<Form<F>, "fields" | "error" | "formError">,
  describe: {
    /** The id of the field's control (or of the fieldset around its choices). */
    fieldId: (field: F) => string;
    /** The words for a field's error key. */
    fieldText: (field: F, key: string) => string;
    /** The words for the problem about no field. */
    generalText: (problem: Problem) => string;
  },
): SummaryItem[] {
  const general = form.formError();
  const items: SummaryItem[] = general ? [{ text: describe.generalText(general) }] : [];
  for (const field of form.fields) {
    const key = form.error(field);
    if (key) items.push({ text: describe.fieldText(field, key), fieldId: describe.fieldId(field) });
  }
  return items;
}
