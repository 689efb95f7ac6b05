import type { HeldOutCategory, HeldOutLevel, HeldOutSentence } from "./types";

type Writer = HeldOutSentence["writer"];
type Make = (text: string, expected: readonly HeldOutCategory[], level: HeldOutLevel | null) => HeldOutSentence;

/**
 * Shorthand so each held-out sentence reads as one line: `child(text, expected, level)`.
 * Ordinary text is written `child(text, [], null)`, so every label is explicit.
 */
export function writersFor(language: HeldOutSentence["language"]): { child: Make; parent: Make } {
  const make =
    (writer: Writer): Make =>
    (text, expected, level) => ({ text, language, expected, level, writer });
  return { child: make("child"), parent: make("parent") };
}
