import { isErrorKey } from "@heard/domain";
import { batch, createSignal } from "solid-js";
import { type AppError, toAppError } from "./errors";

/** Field name → error key (namespace `errors`). */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** The first problem per top-level field of a zod result, as error keys; {} when valid. */
export function issuesToFieldErrors<F extends string>(issues: readonly Issue[]): FieldErrors<F> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "_");
    if (!(field in out)) out[field] = isErrorKey(issue.message) ? issue.message : "invalidInput";
  }
  return out as FieldErrors<F>;
}

/** Runs a zod schema from @heard/domain and returns field errors in the same keys the server uses. */
export function validate<F extends string>(
  schema: { safeParse: (value: unknown) => { success: boolean; error?: { issues: readonly Issue[] } } },
  value: unknown,
): FieldErrors<F> {
  const result = schema.safeParse(value);
  return result.success || !result.error ? {} : issuesToFieldErrors<F>(result.error.issues);
}

export interface FormOptions<F extends string> {
  /** Fields in the order they appear, for the error summary. */
  fields: readonly F[];
  /** Server message keys that belong to one field ("emailTaken" → "email"). */
  messageFields?: Partial<Record<string, F>>;
}

export interface Form<F extends string> {
  fields: readonly F[];
  fieldErrors: () => FieldErrors<F>;
  /** A problem that belongs to no single field (wrong details, network, …). */
  formError: () => AppError | null;
  busy: () => boolean;
  /** Goes up by one at every failed submit: the error summary takes focus when it changes. */
  failures: () => number;
  /** The error key for one field, if any. */
  error: (field: F) => string | undefined;
  clearErrors: () => void;
  /**
   * Validates, then runs `send` unless a submit is already running. Field errors stop it;
   * a thrown API error is shown (per field when it names one). What was typed stays.
   * Resolves true when `send` succeeded.
   */
  submit: (options: { check?: () => FieldErrors<F>; send: () => Promise<void> }) => Promise<boolean>;
}

export function createForm<F extends string>(options: FormOptions<F>): Form<F> {
  const [fieldErrors, setFieldErrors] = createSignal<FieldErrors<F>>({});
  const [formError, setFormError] = createSignal<AppError | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [failures, setFailures] = createSignal(0);
  const known = new Set<string>(options.fields);

  const fail = (fields: FieldErrors<F>, general: AppError | null) =>
    batch(() => {
      setFieldErrors(() => fields);
      setFormError(general);
      setFailures((n) => n + 1);
    });

  return {
    fields: options.fields,
    fieldErrors,
    formError,
    busy,
    failures,
    error: (field) => fieldErrors()[field],
    clearErrors: () =>
      batch(() => {
        setFieldErrors({});
        setFormError(null);
      }),
    async submit({ check, send }) {
      if (busy()) return false;
      const problems = check?.() ?? {};
      if (Object.keys(problems).length > 0) {
        fail(problems, null);
        return false;
      }
      setBusy(true);
      try {
        await send();
        batch(() => {
          setFieldErrors({});
          setFormError(null);
        });
        return true;
      } catch (thrown) {
        const error = toAppError(thrown);
        const fields: Record<string, string> = {};
        for (const [field, key] of Object.entries(error.fieldErrors)) {
          if (known.has(field)) fields[field] = key;
        }
        const owner = options.messageFields?.[error.messageKey];
        if (owner && !fields[owner]) fields[owner] = error.messageKey;
        const hasFieldErrors = Object.keys(fields).length > 0;
        // "invalidInput" with field errors says nothing more than the fields do.
        const general = hasFieldErrors && (owner || error.messageKey === "invalidInput") ? null : error;
        fail(fields as FieldErrors<F>, general);
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}
