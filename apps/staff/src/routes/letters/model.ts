import type { GlossaryMatcher, LetterTemplate } from "@heard/domain";
import type { QueryOutput } from "../../lib/queries";

/** A letter as the staff app opens it (`letters.get`). */
export type Letter = QueryOutput<"letters.get">;
/** A letter in a list (`letters.list`). */
export type LetterSummary = QueryOutput<"letters.list">[number];
export type LetterEvent = Letter["events"][number];

/** What the writing screens need besides the letter: the templates' prompts and the glossary for the letter's language. */
export interface WritingHelp {
  templates: readonly Pick<LetterTemplate, "kind" | "sections">[];
  matcher: GlossaryMatcher;
}

/** What the template asks the writer to say in a section, in the letter's language (none when the template has changed since). */
export function promptFor(help: WritingHelp, letter: Pick<Letter, "kind" | "language">, key: string): string | undefined {
  return help.templates.find((template) => template.kind === letter.kind)?.sections.find((section) => section.key === key)?.wording[
    letter.language
  ]?.prompt;
}

/** Whether the letter is for a child (the reading-age target is theirs). */
export const forChild = (letter: Pick<Letter, "addressee">) => letter.addressee.memberKind !== "parent";

/** The newest comments sent back with the letter, while it waits for the writer's changes. */
export function returnedComment(letter: Pick<Letter, "status" | "events">): LetterEvent | null {
  if (letter.status !== "returned") return null;
  return [...letter.events].reverse().find((event) => event.kind === "returned") ?? null;
}

/** Whether the version on screen can be written in: the newest, as a draft or sent back. */
export const isWritable = (letter: Pick<Letter, "status" | "shownVersion" | "version">) =>
  letter.shownVersion === letter.version && (letter.status === "draft" || letter.status === "returned");
