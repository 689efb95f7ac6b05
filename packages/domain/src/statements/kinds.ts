/**
 * "Tell my worker": what a child or parent sends their worker in their own words. Five kinds,
 * each a short guided set of questions; every kind's words are screened for harm like feedback.
 */

export const statementKinds = ["getReady", "feeling", "problem", "goodNews", "other"] as const;
export type StatementKind = (typeof statementKinds)[number];

/** How the person wants their words heard at the meeting. */
export const speakingChoices = ["myself", "someoneForMe", "readOut"] as const;
export type SpeakingChoice = (typeof speakingChoices)[number];

/** The face scale: 1 very sad … 5 very happy. */
export const faceScale = [1, 2, 3, 4, 5] as const;
export type Face = (typeof faceScale)[number];

/** The worry scale: 0 not worried at all … 10 the most worried I have ever been. */
export const worryScale = { min: 0, max: 10 } as const;

export const statementLimits = {
  /** Characters in any one answer (the family app counts them down). */
  text: 2000,
  /** Characters in a worker's reply. */
  reply: 2000,
} as const;

/** What each kind asks, as it is kept with the message. Text answers may be empty; at least one must not be. */
export type StatementContent =
  | {
      kind: "getReady";
      /** One of the account's upcoming meetings, or null for "a meeting soon". */
      meetingId: string | null;
      goingWell: string;
      worried: string;
      change: string;
      whoThere: string;
      speaking: SpeakingChoice | null;
    }
  | { kind: "feeling"; face: Face; worry: number | null; why: string }
  | { kind: "problem"; what: string; who: string; help: string }
  | { kind: "goodNews"; what: string }
  | { kind: "other"; text: string };

/** The text answers of each kind, in the order the screens ask them. */
export const statementTextFields = {
  getReady: ["goingWell", "worried", "change", "whoThere"],
  feeling: ["why"],
  problem: ["what", "who", "help"],
  goodNews: ["what"],
  other: ["text"],
} as const satisfies { [K in StatementKind]: readonly (keyof Extract<StatementContent, { kind: K }>)[] };

/** Each text answer with its field name, empty ones left out. */
export function statementTexts(content: StatementContent): { field: string; text: string }[] {
  const record = content as unknown as Record<string, unknown>;
  return statementTextFields[content.kind]
    .map((field) => ({ field, text: typeof record[field] === "string" ? (record[field] as string).trim() : "" }))
    .filter((answer) => answer.text.length > 0);
}

/**
 * The words the safeguarding screen reads: every text answer, one per line, so a phrase never
 * runs from one answer into the next.
 */
export function statementScreenText(content: StatementContent): string {
  return statementTexts(content)
    .map((answer) => answer.text)
    .join("\n");
}

/** A message says something: words, or for "how I am feeling" the face chosen (always there). */
export function isEmptyStatement(content: StatementContent): boolean {
  if (content.kind === "feeling") return false;
  return statementTexts(content).length === 0;
}
