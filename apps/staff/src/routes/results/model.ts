import type { TipAnswerCounts } from "@heard/domain";
import type { ChartCell } from "@heard/ui";
import type { api } from "../../lib/trpc";

export type Results = Awaited<ReturnType<typeof api.qa.results.query>>;
export type TipResult = Results["tips"][number];
type Tip = TipResult["tip"];

/** The three real answers, in the order they are shown. */
export const answers = ["yes", "aBit", "no"] as const satisfies readonly (keyof TipAnswerCounts)[];

/** A cell's figures, or undefined when it is hidden (fewer than the threshold). */
export function shown<T extends { suppressed: boolean }>(cell: T): Extract<T, { suppressed: false }> | undefined {
  return cell.suppressed ? undefined : (cell as Extract<T, { suppressed: false }>);
}

/** The tip in the person's language when it has been translated, else the organisation's English. */
export function tipText(tip: Tip, language: string): { title: string; wording: string; lang: string } {
  const translated = language === "cy" || language === "ar" ? tip.translations[language] : undefined;
  return translated ? { ...translated, lang: language } : { title: tip.title, wording: tip.wording, lang: "en" };
}

/**
 * A score as a chart draws it: hidden stays hidden (never 0), and a cell nobody answered is
 * empty, not a score of 0.
 */
export function scoreCell(cell: { suppressed: true } | { suppressed: false; responses: number; score: number | null }): ChartCell {
  if (cell.suppressed) return "suppressed";
  return cell.responses > 0 && cell.score !== null ? cell.score : null;
}
