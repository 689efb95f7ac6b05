/**
 * At the end of a letter: did they understand it, and anything they want to say. Sending records
 * it (`letters.receipt`); wanting to talk to someone, or words the server's screen flags, bring
 * the "Get help now" numbers with the thanks. A failed send keeps the answer and the words, and
 * says why in the reader's language.
 */
import { createForm, formatDate, type Problem, summaryItems } from "@heard/client";
import { type LetterReceiptAnswer, letterLimits, letterReceiptAnswers } from "@heard/domain/rules";
import { ErrorSummary } from "@heard/ui";
import { A } from "@solidjs/router";
import { createSignal, Match, onMount, Show, Switch } from "solid-js";
import { errorText, language, loadNamespaces, t } from "../../i18n";
import { announce } from "../../shell/announcer";
import { withNumbersInOrder } from "../../shell/bidi";
import { trpc } from "../../trpc";
import { Choices, FieldError } from "../feedback/fields";
import { HelpNow } from "../feedback/HelpNow";
import { letterHref, type OpenedLetter } from "./letter";

type Field = "answer" | "reply";
const fields: readonly Field[] = ["answer", "reply"];
const inputIds: Record<Field, string> = { answer: "receipt-understood", reply: "receipt-reply" };
/** Longer than this and a phone with no signal has waited long enough: say so, keep what was typed. */
const sendTimeoutMs = 20_000;

type Given = { answer: LetterReceiptAnswer; reply: string | null; at: string; mayDiscloseHarm: boolean; justNow: boolean };

export function Receipt(props: { letter: OpenedLetter }) {
  const saved = props.letter.receipt;
  const [given, setGiven] = createSignal<Given | null>(
    saved ? { answer: saved.answer, reply: saved.reply, at: saved.createdAt, mayDiscloseHarm: false, justNow: false } : null,
  );
  return (
    <section class="card stack receipt no-print" aria-labelledby="receipt-title">
      <h2 id="receipt-title">{t("myLetters:receipt.title")}</h2>
      <Switch>
        <Match when={props.letter.version !== props.letter.newestVersion}>
          <p>
            <A href={letterHref(props.letter.id)}>{t("myLetters:receipt.newestOnly")}</A>
          </p>
        </Match>
        <Match when={given()}>{(answered) => <Answered given={answered()} writerName={props.letter.writerName} />}</Match>
        <Match when={true}>
          <ReceiptForm letter={props.letter} sent={setGiven} />
        </Match>
      </Switch>
    </section>
  );
}

function ReceiptForm(props: { letter: OpenedLetter; sent: (given: Given) => void }) {
  const form = createForm({ fields });
  const [answer, setAnswer] = createSignal<LetterReceiptAnswer | "">("");
  const [reply, setReply] = createSignal("");
  const max = letterLimits.reply;
  const left = () => max - reply().trim().length;

  const fieldText = (field: Field, key: string) => {
    if (field === "answer" && (key === "required" || key === "invalidChoice")) return t("myLetters:receipt.chooseAnswer");
    if (field === "reply" && key === "tooLong") return t("myLetters:receipt.tooLong", { max });
    return errorText(key);
  };
  const fieldError = (field: Field) => {
    const key = form.error(field);
    return key ? fieldText(field, key) : undefined;
  };
  const generalText = (problem: Problem) => (problem.messageKey === "network" ? t("myLetters:receipt.notSent") : errorText(problem));

  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    await form.submit({
      check: () => ({
        ...(answer() === "" ? { answer: "required" } : {}),
        ...(left() < 0 ? { reply: "tooLong" } : {}),
      }),
      send: async () => {
        const chosen = answer() as LetterReceiptAnswer;
        const words = reply().trim();
        try {
          const result = await trpc.letters.receipt.mutate(
            { id: props.letter.id, version: props.letter.version, answer: chosen, ...(words ? { reply: words } : {}) },
            { signal: typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(sendTimeoutMs) : undefined },
          );
          props.sent({
            answer: chosen,
            reply: words || null,
            at: new Date().toISOString(),
            mayDiscloseHarm: result.mayDiscloseHarm,
            justNow: true,
          });
        } catch (error) {
          await loadNamespaces(["errors"]);
          throw error;
        }
      },
    });
  };

  const counter = () =>
    left() >= 0 ? t("myLetters:receipt.lettersLeft", { count: left() }) : t("myLetters:receipt.tooMany", { count: -left() });
  const describedBy = () =>
    ["receipt-reply-hint", "receipt-reply-safety", fieldError("reply") && "receipt-reply-error", "receipt-reply-counter"]
      .filter(Boolean)
      .join(" ");

  return (
    <form class="stack stack--l" novalidate onSubmit={(event) => void send(event)}>
      <ErrorSummary
        title={t("errorSummary.title")}
        failures={form.failures()}
        items={summaryItems(form, { fieldId: (field) => inputIds[field], fieldText, generalText })}
      />
      <Choices
        name="answer"
        idPrefix="receipt"
        legend={t("myLetters:receipt.question")}
        options={letterReceiptAnswers}
        label={(option) => t(`myLetters:receipt.answers.${option}`)}
        value={answer()}
        onChange={setAnswer}
        error={fieldError("answer")}
      />
      <div class="field">
        <label class="field__label" for="receipt-reply">
          {t("myLetters:receipt.replyLabel")} <span class="muted">{t("form.optional")}</span>
        </label>
        <div id="receipt-reply-hint" class="field__hint">
          {t("myLetters:receipt.replyHint", { name: props.letter.writerName })}
        </div>
        <p id="receipt-reply-safety" class="alert alert--info">
          {t("myLetters:receipt.safety")}
        </p>
        <FieldError id="receipt-reply-error" text={fieldError("reply")} />
        <textarea
          id="receipt-reply"
          name="reply"
          class="field__input"
          rows={5}
          dir="auto"
          value={reply()}
          onInput={(event) => setReply(event.currentTarget.value)}
          aria-invalid={left() < 0 || Boolean(fieldError("reply")) || undefined}
          aria-describedby={describedBy()}
        />
        <div id="receipt-reply-counter" class="field__counter" classList={{ "field__counter--over": left() < 0 }}>
          {counter()}
        </div>
      </div>
      <button type="submit" class="btn btn--primary btn--block" aria-disabled={form.busy() || undefined}>
        {form.busy() ? t("myLetters:receipt.sending") : t("myLetters:receipt.send")}
      </button>
    </form>
  );
}

/** What they told us: the thanks just after sending (focus moves there), or what they said before. */
function Answered(props: { given: Given; writerName: string }) {
  let status: HTMLDivElement | undefined;
  const worried = () => props.given.mayDiscloseHarm;
  const needsHelp = () => worried() || props.given.answer === "wantToTalk";
  onMount(() => {
    if (!props.given.justNow) return;
    status?.focus();
    announce(t("myLetters:sent.title"));
  });
  return (
    <div ref={status} class="stack" tabIndex={-1}>
      <Show when={props.given.justNow}>
        <p class="alert alert--success lead">{t("myLetters:sent.title")}</p>
      </Show>
      <Show when={worried()}>
        <div class="alert alert--info stack stack--s">
          <p class="lead">{t("myLetters:sent.worried")}</p>
          <p>{withNumbersInOrder(t("myLetters:sent.danger"))}</p>
        </div>
      </Show>
      <p>
        {t("myLetters:receipt.given", {
          date: formatDate(props.given.at, language(), "longDay"),
          answer: t(`myLetters:receipt.answers.${props.given.answer}`),
        })}
      </p>
      <Show when={props.given.reply}>
        {(reply) => (
          <div class="stack stack--xs">
            <p>{t("myLetters:receipt.yourReply")}</p>
            <blockquote class="receipt__reply" dir="auto">
              {reply()}
            </blockquote>
          </div>
        )}
      </Show>
      <p>{t(`myLetters:sent.${props.given.answer}`, { name: props.writerName })}</p>
      <Show when={needsHelp()}>
        <HelpNow />
      </Show>
    </div>
  );
}
