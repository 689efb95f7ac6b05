import {
  type AgeBand,
  ageBands,
  type ContactMethod,
  characterCount,
  contactMethodNeedsDetail,
  contactMethods,
  emailPattern,
  freeTextMaxLength,
  phonePattern,
  type RespondentKind,
  respondentKinds,
  type TipAnswer,
  tipAnswers,
} from "@heard/domain";
import { createEffect, createSignal, For, on, onCleanup, Show } from "solid-js";
import { type Problem, problemOf } from "../../errors";
import { language, loadNamespaces, t } from "../../i18n";
import { ErrorSummary, type ErrorSummaryItem } from "../../shell/ErrorSummary";
import { errorText, focusSoon } from "../../shell/form";
import { Page } from "../../shell/Page";
import { trpc } from "../../trpc";
import { Choices, FieldError } from "./fields";
import { giveUpSignal } from "./outbox";
import { canSpeak, ReadAloud } from "./speech";
import { type Draft, enqueue, newKey, type Opened, type Submission, type SubmitResult, type Tip } from "./storage";

type Field = "respondentKind" | "ageBand" | "freeText" | "contactMethod" | "contactDetail";
const fields: readonly Field[] = ["respondentKind", "ageBand", "freeText", "contactMethod", "contactDetail"];
/** The input each problem's link in the error summary moves focus to. */
const inputIds: Record<Field, string> = {
  respondentKind: "who-child",
  ageBand: "age-under8",
  freeText: "free-text",
  contactMethod: "contact-phone",
  contactDetail: "contact-detail",
};

interface FormProblem {
  /** Field → full message key ("feedback:problems.who", "errors:tooLong"). */
  fields: Partial<Record<Field, string>>;
  /** A message about no one field, translated when shown. */
  general: (() => string) | null;
}

/** Decorative faces beside the words; `aria-hidden`, so screen readers say only the words. */
const faces: Record<TipAnswer, string> = { yes: "😀", aBit: "😐", no: "🙁", skipped: "😶" };

/** A tip in the reader's language when the organisation translated it, else in English (marked as such). */
function tipText(tip: Tip, lang: string): { title: string; wording: string; lang: string } {
  const translated = lang === "cy" || lang === "ar" ? tip.translations[lang] : undefined;
  return translated?.title ? { ...translated, lang } : { title: tip.title, wording: tip.wording, lang: "en" };
}

/** Characters as people (and the server) count them: an emoji or an Arabic letter is one. */

export interface FeedbackFormProps {
  opened: Opened;
  /** The normalised code. */
  code: string;
  draft: Draft;
  change: (changes: Partial<Draft>) => void;
  /** Sent (the server's answer), or kept on the phone to send later (null). */
  finished: (result: SubmitResult | null) => void;
}

/**
 * Every question on one scrolling page: who is answering, each tip as a radio group with big
 * Yes / A bit / No / Skip choices, anything else, and whether to be contacted. On a phone this
 * is faster than one tip per screen: no waiting between questions (each screen would be a tap
 * and a re-read of the page's start), the thumb just scrolls, answers already given stay in
 * view, and screen-reader users move between groups with the usual fieldset navigation.
 * Nothing typed is ever cleared: a problem is named at the top and by its field.
 */
export function FeedbackForm(props: FeedbackFormProps) {
  const [sending, setSending] = createSignal(false);
  const [problem, setProblem] = createSignal<FormProblem | null>(null);
  let summary: HTMLDivElement | undefined;

  const fieldError = (field: Field) => {
    const key = problem()?.fields[field];
    return key ? t(key, { max: freeTextMaxLength }) : undefined;
  };
  const show = (next: FormProblem) => {
    setProblem(next);
    focusSoon(() => summary);
  };

  const left = () => freeTextMaxLength - characterCount(props.draft.freeText);
  const counter = () =>
    left() >= 0 ? t("feedback:freeText.lettersLeft", { count: left() }) : t("feedback:freeText.tooMany", { count: -left() });
  // The counter is heard politely once typing pauses, not at every key.
  const [heard, setHeard] = createSignal("");
  createEffect(
    on(
      counter,
      (text) => {
        const timer = setTimeout(() => setHeard(text), 1000);
        onCleanup(() => clearTimeout(timer));
      },
      { defer: true },
    ),
  );

  /** Checks that need no server (the server checks everything again). */
  const check = (): FormProblem | null => {
    const draft = props.draft;
    const found: FormProblem["fields"] = {};
    if (!draft.respondentKind) found.respondentKind = "feedback:problems.who";
    else if (draft.respondentKind === "child" && !draft.ageBand) found.ageBand = "feedback:problems.age";
    if (left() < 0) found.freeText = "feedback:problems.tooLong";
    if (draft.contactRequested) {
      const detail = draft.contactDetail.trim();
      if (!draft.contactMethod) found.contactMethod = "feedback:problems.contactMethod";
      else if (draft.contactMethod === "phone") {
        if (!detail) found.contactDetail = "feedback:problems.phone";
        else if (!phonePattern.test(detail) || detail.length > 30) found.contactDetail = "feedback:problems.phoneInvalid";
      } else if (draft.contactMethod === "email") {
        if (!detail) found.contactDetail = "feedback:problems.email";
        else if (!emailPattern.test(detail) || detail.length > 254) found.contactDetail = "feedback:problems.emailInvalid";
      }
    }
    return Object.keys(found).length > 0 ? { fields: found, general: null } : null;
  };

  /** The server's refusal, in this form's own words where it has them. */
  const fromServer = (refusal: Problem): FormProblem => {
    const found: FormProblem["fields"] = {};
    const email = props.draft.contactMethod === "email";
    const own: Record<string, string> = {
      respondentKind: "feedback:problems.who",
      ageBand: "feedback:problems.age",
      contactMethod: "feedback:problems.contactMethod",
      "freeText.tooLong": "feedback:problems.tooLong",
      "contactDetail.required": email ? "feedback:problems.email" : "feedback:problems.phone",
      "contactDetail.invalidPhone": "feedback:problems.phoneInvalid",
      "contactDetail.invalidEmail": "feedback:problems.emailInvalid",
    };
    for (const [field, key] of Object.entries(refusal.fieldErrors)) {
      if (!(fields as readonly string[]).includes(field)) continue;
      found[field as Field] = own[`${field}.${key}`] ?? own[field] ?? `errors:${key}`;
    }
    const general = Object.keys(found).length > 0 && refusal.messageKey === "invalidInput" ? null : () => errorText(refusal.messageKey);
    return { fields: found, general };
  };

  const submission = (): Submission => {
    const draft = props.draft;
    const method = draft.contactRequested ? draft.contactMethod || null : null;
    return {
      code: props.code,
      idempotencyKey: draft.key,
      respondentKind: draft.respondentKind as RespondentKind,
      ageBand: draft.respondentKind === "child" ? draft.ageBand || null : null,
      language: language(),
      answers: props.opened.tips.flatMap((tip) => {
        const answer = draft.answers[tip.id];
        return answer ? [{ tipId: tip.id, answer }] : [];
      }),
      freeText: draft.freeText.trim() || null,
      contactRequested: draft.contactRequested,
      contactMethod: method,
      contactDetail: method && contactMethodNeedsDetail(method) ? draft.contactDetail.trim() : null,
      // Answers saved offline keep this: the server takes them for a while after the code stops.
      writtenAt: new Date().toISOString(),
    };
  };

  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    // A second tap while sending does nothing; and every try carries the draft's one key.
    if (sending()) return;
    const found = check();
    if (found) return show(found);
    const answers = submission();
    setSending(true);
    try {
      props.finished(await trpc.feedback.submit.mutate(answers, { signal: giveUpSignal() }));
    } catch (error) {
      const refusal = problemOf(error);
      if (refusal.messageKey === "network") {
        // No answer: keep the answers (with their key) on the phone and send them later.
        if (enqueue(answers)) return props.finished(null);
        return show({ fields: {}, general: () => t("feedback:saved.notSaved") });
      }
      // The server holds other answers under this key: these need a key of their own.
      if (refusal.messageKey === "idempotencyConflict") props.change({ key: newKey() });
      await loadNamespaces(["errors"]);
      show(fromServer(refusal));
    } finally {
      setSending(false);
    }
  };

  const summaryItems = () => {
    const current = problem();
    if (!current) return [];
    const items: ErrorSummaryItem[] = current.general ? [{ text: current.general() }] : [];
    for (const field of fields) {
      const text = fieldError(field);
      if (text) items.push({ text, inputId: inputIds[field] });
    }
    return items;
  };

  const needsDetail = () => props.draft.contactRequested && props.draft.contactMethod !== "" && props.draft.contactMethod !== "worker";
  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

  return (
    <Page title={t("feedback:form.title")}>
      <ErrorSummary items={summaryItems()} ref={(element) => (summary = element)} />
      <form class="stack stack--l" novalidate onSubmit={(event) => void send(event)}>
        <Choices
          name="respondentKind"
          idPrefix="who"
          legend={t("feedback:who.title")}
          options={respondentKinds}
          label={(kind) => t(`feedback:who.${kind}`)}
          value={props.draft.respondentKind}
          onChange={(respondentKind) => props.change({ respondentKind })}
          error={fieldError("respondentKind")}
        />
        <Show when={props.draft.respondentKind === "child"}>
          <Choices
            name="ageBand"
            idPrefix="age"
            legend={t("feedback:age.title")}
            options={ageBands}
            label={(band: AgeBand) => t(`feedback:age.${band}`)}
            value={props.draft.ageBand}
            onChange={(ageBand) => props.change({ ageBand })}
            error={fieldError("ageBand")}
            row
          />
        </Show>

        <section class="stack" aria-labelledby="tips-title">
          <div class="stack stack--xs">
            <h2 id="tips-title">{t("feedback:tips.title")}</h2>
            <p>{t("feedback:tips.question")}</p>
          </div>
          <For each={props.opened.tips}>
            {(tip) => {
              const text = () => tipText(tip, language());
              const wordingId = `tip-${tip.id}-wording`;
              return (
                <Choices
                  name={`tip-${tip.id}`}
                  idPrefix={`tip-${tip.id}`}
                  legend={text().title}
                  legendLang={text().lang}
                  describedBy={wordingId}
                  options={tipAnswers}
                  label={(answer) => t(`feedback:answers.${answer}`)}
                  icon={(answer) => faces[answer]}
                  value={props.draft.answers[tip.id] ?? ""}
                  onChange={(answer) => props.change({ answers: { ...props.draft.answers, [tip.id]: answer } })}
                  class="tip"
                  row
                >
                  <p id={wordingId} lang={text().lang}>
                    {text().wording}
                  </p>
                  <Show when={canSpeak}>
                    <ReadAloud text={() => `${text().title}. ${text().wording}`} lang={() => text().lang} />
                  </Show>
                </Choices>
              );
            }}
          </For>
        </section>

        <div class="field">
          <label class="field__label" for="free-text">
            {t("feedback:freeText.label")} <span class="muted">{t("form.optional")}</span>
          </label>
          <div id="free-text-hint" class="field__hint">
            {t("feedback:freeText.hint")}
          </div>
          <p id="free-text-safety" class="alert alert--info">
            {t("feedback:freeText.safety")}
          </p>
          <FieldError id="free-text-error" text={fieldError("freeText")} />
          <textarea
            id="free-text"
            name="freeText"
            class="field__input"
            rows={6}
            dir="auto"
            value={props.draft.freeText}
            onInput={(event) => props.change({ freeText: event.currentTarget.value })}
            aria-invalid={left() < 0 || Boolean(fieldError("freeText")) || undefined}
            aria-describedby={describedBy(
              "free-text-hint",
              "free-text-safety",
              fieldError("freeText") && "free-text-error",
              "free-text-counter",
            )}
          />
          <div id="free-text-counter" class="field__counter" classList={{ "field__counter--over": left() < 0 }}>
            {counter()}
          </div>
          <div class="visually-hidden" aria-live="polite">
            {heard()}
          </div>
        </div>

        <div class="stack">
          <div class="stack stack--xs">
            <label class="choice">
              <input
                type="checkbox"
                class="choice__native"
                id="contact-requested"
                checked={props.draft.contactRequested}
                onChange={(event) => props.change({ contactRequested: event.currentTarget.checked })}
                aria-describedby="contact-hint"
              />
              <span class="choice__label">{t("feedback:contact.request")}</span>
            </label>
            <p id="contact-hint" class="field__hint">
              {t("feedback:contact.hint")}
            </p>
          </div>
          <Show when={props.draft.contactRequested}>
            <Choices
              name="contactMethod"
              idPrefix="contact"
              legend={t("feedback:contact.how")}
              options={contactMethods}
              label={(method: ContactMethod) => t(`feedback:contact.${method}`)}
              value={props.draft.contactMethod}
              onChange={(contactMethod) => props.change({ contactMethod })}
              error={fieldError("contactMethod")}
            />
          </Show>
          <Show when={needsDetail()}>
            <div class="field">
              <label class="field__label" for="contact-detail">
                {props.draft.contactMethod === "email" ? t("feedback:contact.emailLabel") : t("feedback:contact.phoneLabel")}
              </label>
              <FieldError id="contact-detail-error" text={fieldError("contactDetail")} />
              <input
                id="contact-detail"
                name="contactDetail"
                class="field__input"
                dir="ltr"
                type={props.draft.contactMethod === "email" ? "email" : "tel"}
                autocomplete={props.draft.contactMethod === "email" ? "email" : "tel"}
                spellcheck={false}
                value={props.draft.contactDetail}
                onInput={(event) => props.change({ contactDetail: event.currentTarget.value })}
                aria-invalid={fieldError("contactDetail") ? true : undefined}
                aria-describedby={fieldError("contactDetail") ? "contact-detail-error" : undefined}
              />
            </div>
          </Show>
        </div>

        <button type="submit" class="btn btn--primary btn--block send" aria-disabled={sending() || undefined}>
          {sending() ? t("feedback:form.sending") : t("feedback:form.send")}
        </button>
      </form>
    </Page>
  );
}
