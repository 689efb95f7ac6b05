import { createForm, type Problem, problemOf, summaryItems } from "@heard/client";
import {
  type AgeBand,
  ageBands,
  type ContactMethod,
  characterCount,
  contactDetailMax,
  contactMethodNeedsDetail,
  contactMethods,
  type FeedbackDraftFields,
  feedbackProblems,
  freeTextMaxLength,
  type RespondentKind,
  respondentKinds,
  type TipAnswer,
  tipAnswers,
} from "@heard/domain/rules";
import type { TranslationKey } from "@heard/i18n";
import { ErrorSummary } from "@heard/ui";
import { createEffect, createSignal, For, on, onCleanup, Show } from "solid-js";
import { errorText, language, loadNamespaces, t } from "../../i18n";
import { Page } from "../../shell/Page";
import { trpc } from "../../trpc";
import { Choices, FieldError } from "./fields";
import { giveUpSignal } from "./outbox";
import { canSpeak, ReadAloud } from "./speech";
import { type Draft, enqueue, newKey, type Opened, type Submission, type SubmitResult, type Tip } from "./storage";

type Field = Exclude<keyof FeedbackDraftFields, "contactRequested">;
/** In page order, as the error summary lists them. */
const fields: readonly Field[] = ["respondentKind", "ageBand", "freeText", "contactMethod", "contactDetail"];
/** The input each problem's link in the error summary moves focus to. */
const inputIds: Record<Field, string> = {
  respondentKind: "who-child",
  ageBand: "age-under8",
  freeText: "free-text",
  contactMethod: "contact-phone",
  contactDetail: "contact-detail",
};

/** Decorative faces beside the words; `aria-hidden`, so screen readers say only the words. */
const faces: Record<TipAnswer, string> = { yes: "😀", aBit: "😐", no: "🙁", skipped: "😶" };

/** A tip in the reader's language when the organisation translated it, else in English (marked as such). */
function tipText(tip: Tip, lang: string): { title: string; wording: string; lang: string } {
  const translated = lang === "cy" || lang === "ar" ? tip.translations[lang] : undefined;
  return translated?.title ? { ...translated, lang } : { title: tip.title, wording: tip.wording, lang: "en" };
}

export interface FeedbackFormProps {
  opened: Opened;
  /** The normalised code. */
  code: string;
  draft: Draft;
  change: (changes: Partial<Draft>) => void;
  /** Sent (the server's answer), or kept on the phone to send later (null). */
  /** Sent (the server's answer), or kept on the phone to send later: no signal, or the server busy. */
  finished: (result: SubmitResult | null, why?: "offline" | "busy") => void;
}

/**
 * Every question on one scrolling page: who is answering, each tip as a radio group with big
 * Yes / A bit / No / Skip choices, anything else, and whether to be contacted. On a phone this
 * is faster than one tip per screen: no waiting between questions (each screen would be a tap
 * and a re-read of the page's start), the thumb just scrolls, answers already given stay in
 * view, and screen-reader users move between groups with the usual fieldset navigation.
 * Nothing typed is ever cleared: a problem is named at the top and by its field. The checks
 * before sending are the server's own (`feedbackProblems`), so both name a problem alike.
 */
export function FeedbackForm(props: FeedbackFormProps) {
  const form = createForm({ fields });

  /** A field's problem in this form's own words (an error key from the check or the server). */
  const fieldText = (field: Field, key: string) => {
    const email = props.draft.contactMethod === "email";
    const own: Partial<Record<string, TranslationKey>> = {
      respondentKind: "feedback:problems.who",
      ageBand: "feedback:problems.age",
      contactMethod: "feedback:problems.contactMethod",
      "freeText.tooLong": "feedback:problems.tooLong",
      "contactDetail.required": email ? "feedback:problems.email" : "feedback:problems.phone",
      "contactDetail.invalidPhone": "feedback:problems.phoneInvalid",
      "contactDetail.invalidEmail": "feedback:problems.emailInvalid",
    };
    const ownKey = own[`${field}.${key}`] ?? own[field];
    return ownKey ? t(ownKey, { max: freeTextMaxLength }) : errorText(key);
  };
  const fieldError = (field: Field) => {
    const key = form.error(field);
    return key ? fieldText(field, key) : undefined;
  };
  /** No answer came and the phone would not keep the answers either; anything else in the server's words. */
  const generalText = (problem: Problem) => (problem.messageKey === "network" ? t("feedback:saved.notSaved") : errorText(problem));

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

  /** The draft as the rules read it ("" is "not chosen yet"). */
  const drafted = (): FeedbackDraftFields => {
    const draft = props.draft;
    return {
      respondentKind: draft.respondentKind || null,
      ageBand: draft.ageBand || null,
      freeText: draft.freeText,
      contactRequested: draft.contactRequested,
      contactMethod: draft.contactMethod || null,
      contactDetail: draft.contactDetail,
    };
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
      writtenAt: new Date().toISOString(),
      // Answers saved offline keep this: the server takes them for a while after the code stops.
      openedToken: props.opened.openedToken,
    };
  };

  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    // A second tap while sending does nothing; and every try carries the draft's one key.
    await form.submit({
      check: () => feedbackProblems(drafted()),
      send: async () => {
        const answers = submission();
        try {
          props.finished(await trpc.feedback.submit.mutate(answers, { signal: giveUpSignal() }));
        } catch (error) {
          const refusal = problemOf(error);
          // No answer, or "not now" (too many at once): keep the answers (with their key) on the
          // phone and send them later.
          const later = refusal.messageKey === "network" || refusal.messageKey === "rateLimited";
          if (later && enqueue(answers)) return props.finished(null, refusal.messageKey === "rateLimited" ? "busy" : "offline");
          // The server holds other answers under this key: these need a key of their own.
          if (refusal.messageKey === "idempotencyConflict") props.change({ key: newKey() });
          if (refusal.messageKey !== "network") await loadNamespaces(["errors"]);
          throw error;
        }
      },
    });
  };

  const needsDetail = () => props.draft.contactRequested && props.draft.contactMethod !== "" && props.draft.contactMethod !== "worker";
  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

  return (
    <Page title={t("feedback:form.title")}>
      <ErrorSummary
        title={t("errorSummary.title")}
        failures={form.failures()}
        items={summaryItems(form, { fieldId: (field) => inputIds[field], fieldText, generalText })}
      />
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
                maxLength={props.draft.contactMethod === "email" ? contactDetailMax.email : contactDetailMax.phone}
                value={props.draft.contactDetail}
                onInput={(event) => props.change({ contactDetail: event.currentTarget.value })}
                aria-invalid={fieldError("contactDetail") ? true : undefined}
                aria-describedby={fieldError("contactDetail") ? "contact-detail-error" : undefined}
              />
            </div>
          </Show>
        </div>

        <button type="submit" class="btn btn--primary btn--block send" aria-disabled={form.busy() || undefined}>
          {form.busy() ? t("feedback:form.sending") : t("feedback:form.send")}
        </button>
      </form>
    </Page>
  );
}
