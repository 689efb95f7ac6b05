import { ApiError, formatDate, type Problem, problemOf } from "@heard/client";
import { parseFeedbackCode } from "@heard/domain/rules";
import { A } from "@solidjs/router";
import { createEffect, createResource, createSignal, Match, onCleanup, onMount, Show, Switch } from "solid-js";
import { errorText, language, loadNamespaces, t } from "../../i18n";
import { withNumbersInOrder } from "../../shell/bidi";
import { Page } from "../../shell/Page";
import { FeedbackForm } from "./FeedbackForm";
import { frontDoorPhone, HelpNow, NewCodeHint } from "./HelpNow";
import { flushOutbox, onSettled, type Settled } from "./outbox";
import { canSpeak, ReadAloud } from "./speech";
import { openFeedback } from "./start";
import { blankDraft, type Draft, loadDraft, type Opened, rememberAnswered, type SubmitResult, saveDraft, wasAnswered } from "./storage";

type Opening = { opened: Opened } | { problem: Problem };

/**
 * Opens the code. A refusal (unknown, expired, closed) is a screen of its own; no answer at all
 * is thrown to the shell, whose error page says there is no connection and offers to try again.
 */
async function open(code: string): Promise<Opening> {
  try {
    return { opened: await openFeedback(code) };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    await loadNamespaces(["errors"]);
    return { problem: problemOf(error) };
  }
}

export function Journey(props: { code: string }) {
  const [opening] = createResource(() => props.code, open);
  return (
    <Show when={opening()} keyed>
      {(current) => ("opened" in current ? <Steps opened={current.opened} /> : <CodeProblem problem={current.problem} />)}
    </Show>
  );
}

function CodeProblem(props: { problem: Problem }) {
  return (
    <Page title={t("feedback:codeProblem.title")}>
      <p class="lead">{errorText(props.problem.messageKey)}</p>
      <NewCodeHint />
      <p>
        <A href="/f" class="btn btn--primary btn--block">
          {t("feedback:code.another")}
        </A>
      </p>
      <HelpNow />
    </Page>
  );
}

type Step = "again" | "already" | "intro" | "form" | "saved" | "sent";

/** Intro → form → sent (or saved on the phone); "someone else?" when this phone answered before. */
function Steps(props: { opened: Opened }) {
  const opened = props.opened;
  const code = parseFeedbackCode(opened.code) ?? opened.code;
  const resumed = loadDraft(code);
  const [draft, setDraft] = createSignal<Draft>(resumed ?? blankDraft());
  const [step, setStep] = createSignal<Step>(resumed?.started ? "form" : !resumed && wasAnswered(code) ? "again" : "intro");
  const [result, setResult] = createSignal<SubmitResult | null>(null);
  const phone = opened.organisation?.frontDoorPhone;

  // A reload keeps what was typed; the draft goes once the answers are sent or saved to send.
  createEffect(() => {
    if (step() === "form") saveDraft(code, draft());
  });

  const [busy, setBusy] = createSignal(false);

  const finished = (sentResult: SubmitResult | null, why?: "offline" | "busy") => {
    saveDraft(code, null);
    rememberAnswered(code);
    setResult(sentResult);
    setBusy(why === "busy");
    setStep(sentResult ? "sent" : "saved");
  };

  return (
    <Switch>
      <Match when={step() === "again"}>
        <Page title={t("feedback:again.title")}>
          <p>{t("feedback:again.body")}</p>
          <div class="actions">
            <button
              type="button"
              class="btn btn--primary btn--block"
              onClick={() => {
                setDraft(blankDraft());
                setStep("intro");
              }}
            >
              {t("feedback:again.yes")}
            </button>
            <button type="button" class="btn btn--secondary btn--block" onClick={() => setStep("already")}>
              {t("feedback:again.no")}
            </button>
          </div>
        </Page>
      </Match>
      <Match when={step() === "already"}>
        <Page title={t("feedback:already.title")}>
          <p class="lead">{t("feedback:already.body")}</p>
          <p>{t("feedback:thanks.again")}</p>
          <HelpNow phone={phone} />
        </Page>
      </Match>
      <Match when={step() === "intro"}>
        <Intro
          opened={opened}
          start={() => {
            setDraft({ ...draft(), started: true });
            setStep("form");
          }}
        />
      </Match>
      <Match when={step() === "form"}>
        <FeedbackForm
          opened={opened}
          code={code}
          draft={draft()}
          change={(changes) => setDraft({ ...draft(), ...changes })}
          finished={finished}
        />
      </Match>
      <Match when={step() === "saved"}>
        <Saved
          idempotencyKey={draft().key}
          busy={busy()}
          phone={phone}
          sent={(sentResult) => {
            setResult(sentResult);
            setStep("sent");
          }}
        />
      </Match>
      <Match when={step() === "sent" && result()}>
        {(sentResult) => <Sent result={sentResult()} contactRequested={draft().contactRequested} phone={phone} />}
      </Match>
    </Switch>
  );
}

/** What the feedback is for, that it is anonymous, and that worrying words are shared: before any question. */
function Intro(props: { opened: Opened; start: () => void }) {
  // "2 March 2026": the day as the worker wrote it, in the reader's language.
  const date = () => formatDate(props.opened.heldOn, language(), "longDay");
  const paragraphs = () => [
    t("feedback:intro.meeting", { meetingType: t(`feedback:meetingTypes.${props.opened.meetingType}`), date: date() }),
    t("feedback:intro.purpose"),
    t("feedback:intro.private"),
    t("feedback:intro.safety"),
    t("feedback:intro.skip"),
  ];
  return (
    <Page title={t("feedback:title")}>
      <p class="lead">{paragraphs()[0]}</p>
      <p>{paragraphs()[1]}</p>
      <p>{paragraphs()[2]}</p>
      <p class="alert alert--info">{paragraphs()[3]}</p>
      <p>{paragraphs()[4]}</p>
      <Show when={canSpeak}>
        <ReadAloud text={() => paragraphs().join(" ")} lang={language} />
      </Show>
      <button type="button" class="btn btn--primary btn--block" onClick={() => props.start()}>
        {t("feedback:intro.start")}
      </button>
    </Page>
  );
}

/**
 * Kept on the phone for want of a signal, or because the server said "not now" (`busy`). Sent by
 * itself when the signal returns (the shell listens for `online`), every half minute while this
 * screen is open, or on "Try sending now"; the thanks (and, if needed, where to get help) follow
 * as soon as it is.
 */
function Saved(props: { idempotencyKey: string; busy: boolean; phone: string | null | undefined; sent: (result: SubmitResult) => void }) {
  const [failure, setFailure] = createSignal<string | null>(null);
  onMount(() => {
    const stop = onSettled((key, settled: Settled) => {
      if (key !== props.idempotencyKey) return;
      if ("result" in settled) props.sent(settled.result);
      else void loadNamespaces(["errors"]).then(() => setFailure(settled.failure));
    });
    const timer = setInterval(() => void flushOutbox(), 30_000);
    onCleanup(() => {
      stop();
      clearInterval(timer);
    });
  });
  return (
    <Page title={t("feedback:saved.title")}>
      <Show
        when={failure()}
        fallback={
          <>
            <p class="lead">{t(props.busy ? "feedback:saved.busy" : "feedback:saved.body")}</p>
            <p>{t(props.busy ? "feedback:saved.busyLater" : "feedback:saved.later")}</p>
            <button type="button" class="btn btn--secondary btn--block" onClick={() => void flushOutbox()}>
              {t("feedback:saved.sendNow")}
            </button>
          </>
        }
      >
        {(key) => <p class="alert alert--warning">{errorText(key())}</p>}
      </Show>
      <HelpNow phone={props.phone} />
    </Page>
  );
}

/** Thanks and what happens next; first, when the words may disclose harm, where to get help now. */
function Sent(props: { result: SubmitResult; contactRequested: boolean; phone: string | null | undefined }) {
  const worried = props.result.mayDiscloseHarm;
  return (
    <Page title={worried ? t("feedback:worried.title") : t("feedback:thanks.title")}>
      <Show when={worried}>
        <div class="alert alert--info stack stack--s">
          <p class="lead">{t("feedback:worried.body")}</p>
          <p>{withNumbersInOrder(t("feedback:worried.danger"))}</p>
          <Show when={frontDoorPhone(props.phone)}>
            {(phone) => <p>{withNumbersInOrder(t("feedback:worried.frontDoor", { phone: phone() }))}</p>}
          </Show>
        </div>
        <HelpNow phone={props.phone} />
      </Show>
      <p class="lead">{t("feedback:thanks.body")}</p>
      <Show when={props.contactRequested}>
        <p>{t("feedback:thanks.contact")}</p>
      </Show>
      <section class="stack stack--s" aria-labelledby="feedback-next">
        <h2 id="feedback-next">{t("feedback:thanks.nextTitle")}</h2>
        <p>{t("feedback:thanks.next")}</p>
        <p>{t("feedback:thanks.again")}</p>
      </section>
      <Show when={!worried}>
        <HelpNow phone={props.phone} />
      </Show>
      <A href="/" class="btn btn--secondary btn--block">
        {t("nav.home")}
      </A>
    </Page>
  );
}
