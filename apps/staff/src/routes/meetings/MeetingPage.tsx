import { type Problem, problemOf } from "@heard/client";
import { hasPermission, scopeFor } from "@heard/domain";
import { Alert, Button, Card, CopyableCode, Dialog, Stack } from "@heard/ui";
import { A, useParams } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, For, type JSX, onCleanup, onMount, Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { createApiMutation, createApiQuery, queryKey } from "../../lib/queries";
import { useSession } from "../../lib/session";
import { api } from "../../lib/trpc";
import { QrCode } from "./QrCode";
import "./meetings.css";

export type MeetingWithQr = Awaited<ReturnType<typeof api.meetings.get.query>>;

/** How often the number of responses is checked while the page is open. */
const refreshEveryMs = 30_000;

/** One meeting: its code, link and QR code to show the family, how many have answered, closing the code. */
export default function MeetingPage() {
  const params = useParams<{ id: string }>();
  const queryClient = useQueryClient();
  const meeting = createApiQuery("meetings.get", () => ({ input: { id: params.id } }));
  return (
    <LoadState query={meeting}>
      {(current) => (
        <MeetingView meeting={current()} replace={(next) => queryClient.setQueryData(queryKey("meetings.get", { id: next.id }), next)} />
      )}
    </LoadState>
  );
}

function MeetingView(props: { meeting: MeetingWithQr; replace: (meeting: MeetingWithQr) => void }) {
  const { t, formatDate, errorText } = useI18n();
  const session = useSession();
  const meeting = () => props.meeting;
  const [checking, setChecking] = createSignal(false);
  const [checkedAt, setCheckedAt] = createSignal(new Date());
  const [checkError, setCheckError] = createSignal<Problem | null>(null);
  const [confirming, setConfirming] = createSignal(false);
  const [closing, setClosing] = createSignal(false);
  const [closeError, setCloseError] = createSignal<Problem | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  let noticeBox: HTMLDivElement | undefined;

  /**
   * Asks again for the meeting, quietly: the page stays as it is while it asks, and after a
   * failure (only a check asked for by hand says it failed). The answer goes into the cache.
   */
  const check = async (byHand: boolean) => {
    if (checking()) return;
    setChecking(true);
    try {
      const fresh = await api.meetings.get.query({ id: meeting().id });
      props.replace(fresh);
      setCheckedAt(new Date());
      setCheckError(null);
    } catch (thrown) {
      // A missed automatic check is not worth a message; the next one may work.
      if (byHand) setCheckError(problemOf(thrown));
    } finally {
      setChecking(false);
    }
  };

  onMount(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible" && meeting().status === "open") void check(false);
    }, refreshEveryMs);
    onCleanup(() => clearInterval(timer));
  });

  /** An open code: closed by whoever recorded the meeting, or by someone with `meetings.close` for its whole team. */
  const mayClose = () => {
    const user = session.user();
    const scope = user ? scopeFor(user, "meetings.close") : null;
    if (!user || !scope || meeting().status !== "open") return false;
    return meeting().createdBy === user.id || (scope.kind === "team" && scope.teamIds.includes(meeting().teamId));
  };

  const closeCode = createApiMutation("meetings.close");
  const close = async () => {
    if (closing()) return;
    setClosing(true);
    setCloseError(null);
    try {
      // Resolves once the meeting (and the list) are fetched again: the page then shows it closed.
      await closeCode.mutateAsync({ id: meeting().id });
      setConfirming(false);
      setNotice(t("meetings:code.closed"));
      // The button that opened the dialog has gone: put focus on the news instead.
      setTimeout(() => noticeBox?.focus(), 50);
    } catch (thrown) {
      setCloseError(problemOf(thrown));
    } finally {
      setClosing(false);
    }
  };

  const validity = () => {
    const current = meeting();
    if (current.status === "closed" && current.codeClosedAt) {
      return t("meetings:code.closedOn", { date: formatDate(current.codeClosedAt, "dateTime") });
    }
    if (current.status === "expired") return t("meetings:code.expiredOn", { date: formatDate(current.codeExpiresAt, "dateTime") });
    return t("meetings:code.worksUntil", { date: formatDate(current.codeExpiresAt, "dateTime") });
  };

  const title = () => t(`meetings:types.${meeting().type}`);

  return (
    <Page
      title={title()}
      intro={
        <p>
          {formatDate(meeting().heldOn, "day")} · {meeting().teamName}
        </p>
      }
    >
      <p>
        <A href="/meetings">{t("meetings:detail.back")}</A>
      </p>
      <div ref={noticeBox} tabIndex={-1} aria-live="polite">
        <Show when={notice()}>
          {(text) => (
            <Alert variant="success" announce={false}>
              {text()}
            </Alert>
          )}
        </Show>
      </div>

      <Card as="section" class="meeting-code-card" aria-labelledby="feedback-code-title">
        <Stack>
          <h2 id="feedback-code-title">{t("meetings:code.title")}</h2>
          <p class="meeting-status">
            <span class={`status-tag status-tag--${meeting().status}`}>{t(`meetings:status.${meeting().status}`)}</span>{" "}
            <span>{validity()}</span>
          </p>
          <Show when={meeting().status === "open"}>
            <p>{t("meetings:code.showFamily")}</p>
          </Show>
          <div class="meeting-code-layout">
            <Stack class="meeting-code-layout__text">
              <CopyableCode
                code={meeting().code}
                class="meeting-code-big"
                copyLabel={t("common:actions.copyCode")}
                copiedMessage={t("common:states.codeCopied")}
              />
              <CopyableLink link={meeting().link} />
              <p>{t("meetings:code.howToUse", { link: isolated(meeting().link) })}</p>
            </Stack>
            <QrCode svg={meeting().qrSvg} link={meeting().link} class="qr--screen" />
          </div>
          <div class="cluster">
            <A href={`/meetings/${meeting().id}/print`} class="btn btn--secondary">
              {t("meetings:code.printSheet")}
            </A>
            <Show when={mayClose()}>
              <Button variant="danger" onClick={() => setConfirming(true)}>
                {t("meetings:code.close")}
              </Button>
            </Show>
          </div>
        </Stack>
      </Card>

      <section class="stack" aria-labelledby="responses-title">
        <h2 id="responses-title">{t("meetings:detail.responses")}</h2>
        <p class="response-count" aria-live="polite">
          {meeting().responseCount === 0 ? t("meetings:detail.noResponses") : t("common:responses", { count: meeting().responseCount })}
        </p>
        <p class="field__hint">
          <Show when={meeting().status === "open"}>{t("meetings:detail.autoRefresh")} </Show>
          {t("meetings:detail.checkedAt", { time: formatDate(checkedAt(), "time") })}
        </p>
        <div>
          <Button variant="secondary" loading={checking()} onClick={() => void check(true)}>
            {t("meetings:detail.refresh")}
          </Button>
        </div>
        <Show when={checkError()}>{(problem) => <Alert variant="danger">{errorText(problem())}</Alert>}</Show>
      </section>

      <Show when={hasPermission(session.user()?.role, "letters.write")}>
        <section class="stack" aria-labelledby="meeting-letters-title">
          <h2 id="meeting-letters-title">{t("letters:start.meetingLetters")}</h2>
          <p>{t("letters:start.meetingLettersHint")}</p>
          <p>
            <A href={`/letters/new?meeting=${meeting().id}`} class="btn btn--primary">
              {t("letters:start.write")}
            </A>
          </p>
        </section>
      </Show>

      <section class="stack" aria-labelledby="meeting-about-title">
        <h2 id="meeting-about-title">{t("meetings:detail.about")}</h2>
        <dl class="details">
          <Detail term={t("meetings:detail.type")}>{title()}</Detail>
          <Detail term={t("meetings:detail.date")}>
            <time datetime={meeting().heldOn}>{formatDate(meeting().heldOn, "day")}</time>
          </Detail>
          <Detail term={t("meetings:detail.team")}>{meeting().teamName}</Detail>
          <Detail term={t("meetings:detail.workers")}>
            <ul class="plain-list">
              <For each={meeting().workers}>{(worker) => <li>{worker.displayName}</li>}</For>
            </ul>
          </Detail>
          <Detail term={t("meetings:detail.caseReference")}>
            <Show when={meeting().caseReference} fallback={t("meetings:detail.noCaseReference")}>
              <span dir="ltr">{meeting().caseReference}</span>
            </Show>
          </Detail>
          <Detail term={t("meetings:detail.recordedBy")}>
            {meeting().createdByName}, <time datetime={meeting().createdAt}>{formatDate(meeting().createdAt, "dateTime")}</time>
          </Detail>
        </dl>
      </section>

      <Dialog
        open={confirming()}
        onOpenChange={(isOpen) => {
          if (!isOpen) {
            setConfirming(false);
            setCloseError(null);
          }
        }}
        title={t("meetings:code.closeTitle")}
        description={t("meetings:code.closeConfirm")}
        closeLabel={t("common:actions.close")}
        footer={
          <>
            <Button variant="danger" loading={closing()} loadingText={t("common:states.saving")} onClick={() => void close()}>
              {t("meetings:code.close")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("meetings:code.keepOpen")}
            </Button>
          </>
        }
      >
        <p class="field__hint">{t("meetings:code.closeHint")}</p>
        <Show when={closeError()}>{(problem) => <Alert variant="danger">{errorText(problem())}</Alert>}</Show>
      </Dialog>
    </Page>
  );
}

/** Keeps a left-to-right address in one piece inside right-to-left text (Unicode isolates). */
export function isolated(text: string): string {
  return `\u2066${text}\u2069`;
}

function Detail(props: { term: string; children: JSX.Element }) {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** The feedback link, always left to right, with a button that copies it. */
function CopyableLink(props: { link: string }) {
  const { t } = useI18n();
  const [message, setMessage] = createSignal("");
  let linkElement: HTMLAnchorElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const copy = async () => {
    clearTimeout(timer);
    setMessage("");
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
      await navigator.clipboard.writeText(props.link);
    } catch {
      // Select it instead, so it can be copied by hand.
      const selection = globalThis.getSelection?.();
      if (selection && linkElement) {
        const range = document.createRange();
        range.selectNodeContents(linkElement);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      return;
    }
    timer = setTimeout(() => {
      setMessage(t("meetings:code.copied"));
      timer = setTimeout(() => setMessage(""), 5000);
    }, 50);
  };
  return (
    <div class="stack stack--s">
      <p class="field__label">{t("meetings:code.link")}</p>
      <p class="url" dir="ltr" translate="no">
        <a ref={linkElement} href={props.link}>
          {props.link}
        </a>
      </p>
      <div>
        <Button variant="secondary" onClick={() => void copy()}>
          {t("meetings:code.copyLink")}
        </Button>
      </div>
      <p class="copy-code__status" role="status">
        {message()}
      </p>
    </div>
  );
}
