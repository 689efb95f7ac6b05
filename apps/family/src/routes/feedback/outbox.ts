/**
 * Sending answers that were saved on the phone. Each goes with the idempotency key it was
 * made with, so however often it is tried (two tabs, a reply lost on the way back), the
 * server stores it once. An item leaves the outbox only when the server has it, or when the
 * server refuses it for good:
 *
 * - `idempotencyConflict`: the server already holds different answers under this key. Nothing
 *   the phone can do makes that right; the item is dropped.
 * - any other definite refusal (4xx: the code closed or expired, something not valid): the item
 *   stays, marked with the reason, so the person is told (and may remove it); it is not retried.
 * - no answer, a timeout, 403/408/429 or a server fault: it stays and is tried again later.
 */
import { ApiError, isNetworkFailure, problemOf } from "@heard/client";
import { trpc } from "../../trpc";
import { dequeue, markFailed, queued, rememberAnswered, type SubmitResult } from "./storage";

/** A send that hangs on a weak signal is given up after this long, and tried again later. */
const sendTimeoutMs = 20_000;

/** Gives up on a hanging send (the answers stay saved); browsers without AbortSignal.timeout just wait. */
export function giveUpSignal(): AbortSignal | undefined {
  return typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(sendTimeoutMs) : undefined;
}

export type Settled = { result: SubmitResult } | { failure: string };
type Listener = (key: string, settled: Settled) => void;

const listeners = new Set<Listener>();

/** Hears about each queued item that was sent or refused. Returns the way to stop listening. */
export function onSettled(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Statuses that say "not now" rather than "never". */
const tryAgainLater = new Set([403, 408, 429]);

let flushing: Promise<void> | undefined;

/** Sends every queued item in turn; stops at the first sign there is still no connection. One run at a time. */
export function flushOutbox(): Promise<void> {
  // `.finally` runs after the assignment even when there is nothing to send.
  flushing ??= sendQueued().finally(() => {
    flushing = undefined;
  });
  return flushing;
}

async function sendQueued(): Promise<void> {
  for (const item of queued()) {
    if (item.failure) continue;
    const { submission } = item;
    const key = submission.idempotencyKey;
    let settled: Settled;
    try {
      const result = await trpc.feedback.submit.mutate(submission, { signal: giveUpSignal() });
      rememberAnswered(submission.code);
      dequeue(key);
      settled = { result };
    } catch (error) {
      if (isNetworkFailure(error)) return;
      const status = error instanceof ApiError ? error.status : 0;
      if (status < 400 || status >= 500 || tryAgainLater.has(status)) return;
      const failure = problemOf(error).messageKey;
      if (failure === "idempotencyConflict") dequeue(key);
      else markFailed(key, failure);
      settled = { failure };
    }
    for (const listener of listeners) listener(key, settled);
  }
}
