import { createForm, type FieldErrors } from "@heard/client";
import { concernNoteMaxLength } from "@heard/domain";
import type { TranslationKey } from "@heard/i18n";
import { type AlertVariant, Button, type ButtonVariant, ErrorSummary, Stack, TextField } from "@heard/ui";
import { createSignal } from "solid-js";
import { useI18n } from "../../lib/i18n";

/** The words of one action on a concern or review item. */
export interface NoteFormText {
  title: TranslationKey;
  label: TranslationKey;
  hint: TranslationKey;
  button: TranslationKey;
  done: TranslationKey;
  /** Whether the note may be left empty. */
  optional: boolean;
}

export type NoteFormNotice = { variant: AlertVariant; text: string; concernId?: string | undefined };

/**
 * One action with its note (acknowledge, add a note, resolve, make a concern, nothing to do).
 * A refusal keeps the note and says why; when someone else acted first, `onDone` is told to
 * show the item as it is now.
 */
export function NoteForm(props: {
  /** Start of the field's id, unique on the page. */
  id: string;
  text: NoteFormText;
  rows: number;
  buttonVariant: ButtonVariant;
  /** Checks before sending: `note` as typed, `typed` trimmed. */
  check: (note: string, typed: string) => FieldErrors<"note">;
  /** Sends the action; may name the concern it raised. */
  send: (typed: string) => Promise<{ concernId?: string } | undefined>;
  /** `reload`: fetch the item again (the action itself did when it succeeded). */
  onDone: (notice: NoteFormNotice, reload?: boolean) => Promise<void>;
}) {
  const { t, errorText, formSummary } = useI18n();
  const [note, setNote] = createSignal("");
  const form = createForm<"note">({ fields: ["note"] });
  const fieldId = () => `${props.id}-note`;
  const fieldError = () => {
    const key = form.error("note");
    return key ? errorText(key) : undefined;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const typed = note().trim();
    let concernId: string | undefined;
    const ok = await form.submit({
      check: () => props.check(note(), typed),
      send: async () => {
        concernId = (await props.send(typed))?.concernId;
      },
    });
    if (ok) {
      setNote("");
      await props.onDone({ variant: "success", text: t(props.text.done), concernId });
      return;
    }
    const problem = form.formError();
    if (problem?.code === "CONFLICT") await props.onDone({ variant: "warning", text: errorText(problem) }, true);
  };

  return (
    <form class="card concern-action" onSubmit={submit} noValidate aria-labelledby={`${fieldId()}-title`}>
      <Stack>
        <h3 id={`${fieldId()}-title`}>{t(props.text.title)}</h3>
        <ErrorSummary
          title={t("common:errorSummary.title")}
          failures={form.failures()}
          items={formSummary(form, fieldId, () => t(props.text.label))}
        />
        <TextField
          id={fieldId()}
          label={t(props.text.label)}
          description={t(props.text.hint)}
          value={note()}
          onInput={setNote}
          error={fieldError()}
          multiline
          rows={props.rows}
          maxLength={concernNoteMaxLength}
          required={!props.text.optional}
        />
        <div>
          <Button type="submit" variant={props.buttonVariant} loading={form.busy()} loadingText={t("common:states.saving")}>
            {t(props.text.button)}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
