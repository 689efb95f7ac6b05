import type { Language } from "../../shared/language";
import type { ConcernCategory } from "../categories";

/**
 * A development sentence: free text as children (8–17) and parents write it on a phone, tagged
 * as a safeguarding lead would tag it. Written from public guidance on the signs (NSPCC and
 * Childline, the Home Office's county lines indicators, Women's Aid on coercive control,
 * Samaritans' warning signs), not from the screen's rules, so rules can be developed against it.
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
  writer: "child" | "parent";
}

type Make = (text: string, categories: DevSentence["categories"], level: DevSentence["level"]) => DevSentence;

/** Short makers so each file reads as a list of sentences rather than of objects. */
export function writersIn(language: Language): { child: Make; parent: Make } {
  return {
    child: (text, categories, level) => ({ text, language, categories, level, writer: "child" }),
    parent: (text, categories, level) => ({ text, language, categories, level, writer: "parent" }),
  };
}
