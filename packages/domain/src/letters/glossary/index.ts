import type { Language } from "../../shared/language";
import { arabicGlossary } from "./ar";
import { welshGlossary } from "./cy";
import { englishGlossary } from "./en";
import type { GlossaryEntry } from "./match";

export * from "./match";

/** The glossary a new organisation starts with, by language; the participation team edits its own copy. */
export const defaultGlossary: Readonly<Record<Language, readonly GlossaryEntry[]>> = {
  en: englishGlossary,
  cy: welshGlossary,
  ar: arabicGlossary,
};
