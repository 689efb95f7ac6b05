import type { Language } from "../../shared/language";
import type { ConcernCategory } from "../categories";

/** Who wrote the free text: a child or young person (8–17), or a parent or carer. */
export type DevWriter = "child" | "parent";

/**
 * A sentence for developing the screen's rules, written the way children and parents type on
 * phones, and tagged as a safeguarding lead would tag it.
 */
export interface DevSentence {
  text: string;
  language: Language;
  /** Categories a reader would expect the screen to name; [] for ordinary comments. */
  categories: readonly ConcernCategory[];
  /**
   * urgent (danger now, self-harm/suicidal), concern (other harm), review (worth a look:
   * low-confidence, a person + a frightening act/feeling, worry about home), null for ordinary.
   */
  level: "urgent" | "concern" | "review" | null;
  writer: DevWriter;
}

/** Sentences that share their tags, one text a line, so the files read as lists of what people write. */
export function sentences(
  language: Language,
  writer: DevWriter,
  level: DevSentence["level"],
  categories: readonly ConcernCategory[],
  texts: readonly string[],
): DevSentence[] {
  return texts.map((text) => ({ text, language, categories, level, writer }));
}

/** Ordinary comments: nothing to find, whatever words they use. */
export function ordinary(language: Language, writer: DevWriter, texts: readonly string[]): DevSentence[] {
  return sentences(language, writer, null, [], texts);
}
