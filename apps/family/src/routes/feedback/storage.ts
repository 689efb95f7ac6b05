/**
 * What the feedback journey keeps on the phone:
 *
 * - the draft of the form being filled in, in sessionStorage: a reload keeps what was typed,
 *   but a child's words do not stay on a shared family phone once the tab is closed;
 * - the outbox, in localStorage: answers that could not be sent for want of a signal, each
 *   with its idempotency key, until the server has them (they must outlive the tab);
 * - which meetings were answered on this phone, in localStorage: codes only, no answers,
 *   so that opening the same code again asks whether someone else has come to answer.
 *
 * Storage can be missing or full (private browsing): every read falls back to "nothing
 * there", and writes say whether they worked.
 */
import type { RouterInputs, RouterOutputs } from "@heard/api";
import type { AgeBand, ContactMethod, RespondentKind, TipAnswer } from "@heard/domain/rules";
import { createSignal } from "solid-js";
import { outboxKey } from "./start";

export type Opened = RouterOutputs["feedback"]["open"];
export type Tip = Opened["tips"][number];
export type Submission = RouterInputs["feedback"]["submit"];
export type SubmitResult = RouterOutputs["feedback"]["submit"];

/** The form as the person left it. Empty strings mean "not chosen yet". */
export interface Draft {
  /** The idempotency key: made once for this filled-in response, kept for every retry. */
  key: string;
  /** Past the intro ("Start" pressed). */
  started: boolean;
  respondentKind: RespondentKind | "";
  ageBand: AgeBand | "";
  /** Tip id → answer. Tips not answered are not sent. */
  answers: Record<string, TipAnswer>;
  freeText: string;
  contactRequested: boolean;
  contactMethod: ContactMethod | "";
  contactDetail: string;
}

/** Answers waiting to be sent. `failure` is the server's message key when it refused them for good. */
export interface Queued {
  submission: Submission;
  queuedAt: string;
  failure?: string;
}

const answeredKey = "heard.feedback.answered";
const draftKey = (code: string) => `heard.feedback.draft.${code}`;
/** How long a meeting counts as answered on this phone (codes last 14 days by default). */
const answeredForMs = 90 * 24 * 60 * 60 * 1000;

function read<T>(storage: () => Storage, key: string): T | null {
  try {
    const text = storage().getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

function write(storage: () => Storage, key: string, value: unknown): boolean {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

const local = () => localStorage;
const session = () => sessionStorage;

/** A random idempotency key (32 hex characters); getRandomValues works outside HTTPS too. */
export function newKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export function blankDraft(): Draft {
  return {
    key: newKey(),
    started: false,
    respondentKind: "",
    ageBand: "",
    answers: {},
    freeText: "",
    contactRequested: false,
    contactMethod: "",
    contactDetail: "",
  };
}

/** `code` is always the normalised code (ACDEFGHJ). */
export function loadDraft(code: string): Draft | null {
  const draft = read<Draft>(session, draftKey(code));
  return draft && typeof draft.key === "string" && draft.key.length >= 16 ? { ...blankDraft(), ...draft } : null;
}

export function saveDraft(code: string, draft: Draft | null): void {
  write(session, draftKey(code), draft);
}

function answeredList(): Record<string, number> {
  const list = read<Record<string, number>>(local, answeredKey);
  return list && typeof list === "object" ? list : {};
}

export function wasAnswered(code: string): boolean {
  const at = answeredList()[code];
  return typeof at === "number" && Date.now() - at < answeredForMs;
}

export function rememberAnswered(code: string): void {
  const now = Date.now();
  const kept = Object.entries(answeredList()).filter(([, at]) => now - at < answeredForMs);
  write(local, answeredKey, Object.fromEntries([...kept, [code, now]]));
}

/** Bumped on every outbox change, so screens that list it update (same tab). */
const [outboxChanged, setOutboxChanged] = createSignal(0);

/** The outbox, oldest first. Reactive. */
export function queued(): Queued[] {
  outboxChanged();
  const list = read<Queued[]>(local, outboxKey);
  return Array.isArray(list) ? list.filter((item) => typeof item?.submission?.idempotencyKey === "string") : [];
}

function saveOutbox(list: Queued[]): boolean {
  const saved = write(local, outboxKey, list.length > 0 ? list : null);
  setOutboxChanged((n) => n + 1);
  return saved;
}

/** Keeps answers to send later. False when the phone would not store them. */
export function enqueue(submission: Submission): boolean {
  const others = queued().filter((item) => item.submission.idempotencyKey !== submission.idempotencyKey);
  return saveOutbox([...others, { submission, queuedAt: new Date().toISOString() }]);
}

export function dequeue(key: string): void {
  saveOutbox(queued().filter((item) => item.submission.idempotencyKey !== key));
}

/** Marks answers the server refused for good (a closed code, say): kept to tell the person, not sent again. */
export function markFailed(key: string, failure: string): void {
  saveOutbox(queued().map((item) => (item.submission.idempotencyKey === key ? { ...item, failure } : item)));
}
