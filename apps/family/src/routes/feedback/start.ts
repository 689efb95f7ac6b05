/**
 * The little the shell does for feedback before (or without) the feedback screen: open a
 * code while the screen's code downloads, and send answers saved on this phone. Kept tiny:
 * it is in the entry chunk; the sending itself (outbox.ts) loads only when there is some.
 */
import { parseFeedbackCode } from "@heard/domain/rules";
import { trpc } from "../../trpc";
import type { Opened } from "./storage";

export const outboxKey = "heard.feedback.outbox";

const openings = new Map<string, Promise<Opened>>();

/**
 * `feedback.open` for a code as typed or linked, one request per code per page load; a failed
 * request is forgotten, so trying again asks again.
 */
export function openFeedback(code: string): Promise<Opened> {
  const normalised = parseFeedbackCode(code) ?? code;
  let opening = openings.get(normalised);
  if (!opening) {
    opening = trpc.feedback.open.query({ code });
    opening.catch(() => openings.delete(normalised));
    openings.set(normalised, opening);
  }
  return opening;
}

/** `/f/ABCD-EFGH` → start opening ABCD-EFGH. */
export function openFromPath(pathname: string): void {
  const code = /^\/f\/([^/]+)\/?$/.exec(pathname)?.[1];
  if (code) openFeedback(decodeURIComponent(code)).catch(() => {});
}

/** Sends saved answers, if there are any: at start-up, when the signal returns, when the app is shown again. */
export function sendSavedFeedback(): void {
  let waiting: string | null = null;
  try {
    waiting = localStorage.getItem(outboxKey);
  } catch {
    return;
  }
  if (waiting)
    void import("./outbox").then(
      (outbox) => outbox.flushOutbox(),
      () => {},
    );
}
