export type HeldOutCategory =
  | "immediateDanger"
  | "selfHarm"
  | "abuse"
  | "neglect"
  | "sexualHarm"
  | "exploitation"
  | "domesticAbuse"
  | "bullying"
  | "otherWorry";

export type HeldOutLevel = "urgent" | "concern" | "review";

export interface HeldOutSentence {
  text: string;
  language: "en" | "cy" | "ar";
  /** Categories a safeguarding lead would tag; empty = ordinary text that must raise nothing. */
  expected: readonly HeldOutCategory[];
  /** The level a safeguarding lead would want; null for ordinary text. */
  level: HeldOutLevel | null;
  /** Who plausibly wrote it. */
  writer: "child" | "parent";
}
