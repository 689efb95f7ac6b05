import { createSignal } from "solid-js";

/** Text of the shell's polite live region (rendered once, in Shell). */
const [announcement, setAnnouncement] = createSignal("");

export { announcement };

let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Says something to screen-reader users without moving focus. Cleared first and set
 * after a short pause, so the same words twice in a row are still spoken.
 */
export function announce(text: string): void {
  clearTimeout(timer);
  setAnnouncement("");
  timer = setTimeout(() => setAnnouncement(text), 100);
}

/** A message for the next page to show (e.g. "You have signed out."), taken once. */
const [notice, setNotice] = createSignal<string | null>(null);

export function leaveNotice(text: string): void {
  setNotice(text);
}

export function takeNotice(): string | null {
  const text = notice();
  setNotice(null);
  return text;
}
