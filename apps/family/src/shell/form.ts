import { formatTime, translateError } from "@heard/i18n";
import { createSignal } from "solid-js";
import type { Problem } from "../errors";
import { language, t } from "../i18n";
import type { ErrorSummaryItem } from "./ErrorSummary";

/** What is wrong with a form, as message keys (translated when shown, so a language switch re-translates). */
export interface FormProblem<Field extends string> {
  /** Field → message key, shown next to that field. */
  fields: Partial<Record<Field, string>>;
  /** A message that belongs to no one field (wrong details, network), with its values. */
  general: { key: string; detail: Record<string, unknown> } | null;
}

/**
 * Sorts an API problem onto a form's fields: the server's per-field keys first, then a
 * message key that is about one field (`usernameTaken` → username), else a general message.
 */
export function formProblemOf<Field extends string>(
  problem: Problem,
  fields: readonly Field[],
  fieldOfKey: Partial<Record<string, Field>> = {},
): FormProblem<Field> {
  const known = new Set<string>(fields);
  const result: FormProblem<Field> = { fields: {}, general: null };
  for (const [field, key] of Object.entries(problem.fieldErrors)) {
    if (known.has(field)) result.fields[field as Field] = key;
  }
  const field = fieldOfKey[problem.messageKey];
  if (field) result.fields[field] ??= problem.messageKey;
  else if (Object.keys(result.fields).length === 0 || problem.messageKey !== "invalidInput") {
    result.general = { key: problem.messageKey, detail: problem.detail };
  }
  return result;
}

/** A message key in the reader's language; `retryAt` (ISO) becomes "at 14:05" local time. */
export function errorText(key: string, detail: Record<string, unknown> = {}): string {
  const values: Record<string, unknown> = { ...detail };
  if (typeof detail.retryAt === "string") {
    const at = new Date(detail.retryAt);
    if (!Number.isNaN(at.getTime())) values.time = formatTime(at, language());
  }
  return translateError(t, key, values);
}

/** Focus the error summary once it is on screen. */
export function focusSoon(element: () => HTMLElement | undefined): void {
  requestAnimationFrame(() => element()?.focus());
}

/**
 * A form's problem state: the message beside each field, the error summary's items (in field
 * order, linked to each input), and `show`, which sets a problem and focuses the summary.
 */
export function createFormProblems<Field extends string>(fields: readonly Field[], inputIds: Record<Field, string>) {
  const [problem, setProblem] = createSignal<FormProblem<Field> | null>(null);
  let summary: HTMLElement | undefined;
  const fieldError = (field: Field) => {
    const key = problem()?.fields[field];
    return key ? errorText(key) : undefined;
  };
  const summaryItems = (): ErrorSummaryItem[] => {
    const current = problem();
    if (!current) return [];
    const items: ErrorSummaryItem[] = [];
    if (current.general) items.push({ text: errorText(current.general.key, current.general.detail) });
    for (const field of fields) {
      const key = current.fields[field];
      if (key) items.push({ text: errorText(key), inputId: inputIds[field] });
    }
    return items;
  };
  const show = (next: FormProblem<Field>) => {
    setProblem(next);
    focusSoon(() => summary);
  };
  const summaryRef = (element: HTMLElement) => {
    summary = element;
  };
  return { fieldError, summaryItems, show, summaryRef };
}
