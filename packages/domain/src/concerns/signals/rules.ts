import type { ConcernCategory } from "../categories";
import type { ConcernLevel } from "../workflow";
import type { SignalClass } from "./types";

/**
 * How signals combine. A rule fires when every class it names is found in one sentence, each
 * within `window` words of the first class's words. The first class is the one quoted as the
 * match. Rules are read top to bottom; several may fire, and the screen keeps the most urgent
 * level per category.
 */
export interface SignalRule {
  all: readonly [SignalClass, ...SignalClass[]];
  category: ConcernCategory;
  level: ConcernLevel;
  /** Words allowed between the first class and each other one (default 8). */
  window?: number;
  /** The rule does not fire when one of these is found within a few words of the first class ("hurt" in "hurt myself"). */
  unless?: readonly SignalClass[];
  /** The rule does not fire when one of these is anywhere in the sentence ("hits me… in the game"). */
  unlessInSentence?: readonly SignalClass[];
}

export const signalRules: readonly SignalRule[] = [
  // Danger now: a plea, harm said with "now", or harm where a child is placed.
  { all: ["plea"], category: "immediateDanger", level: "urgent" },
  { all: ["unsafe"], category: "immediateDanger", level: "urgent" },
  { all: ["unsafeWord"], category: "immediateDanger", level: "urgent" },
  { all: ["helpNeeded"], category: "immediateDanger", level: "urgent" },
  { all: ["weapon", "actor"], category: "immediateDanger", level: "urgent", window: 6 },
  { all: ["hurtStrong", "now"], category: "immediateDanger", level: "urgent", unlessInSentence: ["play", "accident"] },
  { all: ["fear", "now"], category: "immediateDanger", level: "urgent", window: 6 },
  { all: ["approach", "now"], category: "immediateDanger", level: "urgent", window: 6 },
  { all: ["approach", "fear"], category: "immediateDanger", level: "urgent", window: 10 },
  { all: ["approach", "actor"], category: "otherWorry", level: "review", window: 4 },
  { all: ["hurt", "placement"], category: "immediateDanger", level: "urgent", unlessInSentence: ["play", "accident"] },
  { all: ["hurtStrong", "placement"], category: "immediateDanger", level: "urgent", window: 12, unlessInSentence: ["play", "accident"] },
  { all: ["injury", "placement"], category: "immediateDanger", level: "urgent", window: 12, unlessInSentence: ["play", "accident"] },
  { all: ["fear", "placement"], category: "immediateDanger", level: "urgent" },
  { all: ["sexualStrong", "placement"], category: "immediateDanger", level: "urgent", window: 12 },
  { all: ["neglectStrong", "placement"], category: "immediateDanger", level: "urgent", window: 12 },
  { all: ["sexualStrong", "now"], category: "immediateDanger", level: "urgent", window: 6 },
  { all: ["sexualCue", "online", "now"], category: "immediateDanger", level: "urgent", window: 12 },
  { all: ["sexualCue", "older", "now"], category: "immediateDanger", level: "urgent", window: 12 },
  { all: ["hurt", "now", "actor"], category: "immediateDanger", level: "urgent", window: 8, unlessInSentence: ["play", "accident"] },
  // Self-harm and suicidal thinking, said without the words.
  { all: ["selfHarmAct"], category: "selfHarm", level: "urgent" },
  { all: ["hopeless"], category: "selfHarm", level: "urgent" },
  { all: ["selfHarmCue"], category: "selfHarm", level: "review" },
  { all: ["hopelessCue"], category: "otherWorry", level: "review" },
  // Physical harm named by what happened.
  { all: ["hurtStrong"], category: "abuse", level: "concern", unlessInSentence: ["play", "accident"] },
  {
    all: ["hurt", "actor"],
    category: "abuse",
    level: "concern",
    window: 5,
    unless: ["selfHarmAct"],
    unlessInSentence: ["play", "accident"],
  },
  { all: ["injury", "actor"], category: "abuse", level: "concern", window: 10, unlessInSentence: ["play", "accident"] },
  { all: ["injury", "self"], category: "abuse", level: "concern", window: 4, unlessInSentence: ["play", "accident"] },
  { all: ["hurt"], category: "abuse", level: "review", unless: ["selfHarmAct"], unlessInSentence: ["play", "accident"] },
  { all: ["coverStory"], category: "abuse", level: "concern" },
  { all: ["injury"], category: "abuse", level: "review", unlessInSentence: ["play", "accident"] },
  // Sexual harm and grooming.
  { all: ["sexualStrong"], category: "sexualHarm", level: "concern" },
  { all: ["sexualCue", "older"], category: "sexualHarm", level: "review", window: 10 },
  { all: ["sexualCue", "online"], category: "sexualHarm", level: "review", window: 10 },
  { all: ["sexualCue", "secret"], category: "sexualHarm", level: "concern", window: 12 },
  { all: ["secret", "actor"], category: "sexualHarm", level: "review", window: 8 },
  // Criminal exploitation.
  { all: ["exploitStrong"], category: "exploitation", level: "concern" },
  { all: ["exploitCue", "older"], category: "exploitation", level: "review", window: 10 },
  { all: ["exploitCue", "secret"], category: "exploitation", level: "concern", window: 10 },
  // Neglect.
  { all: ["neglectStrong"], category: "neglect", level: "concern" },
  { all: ["neglectCue", "home"], category: "neglect", level: "review", window: 8 },
  // Domestic abuse and coercive control, usually in a parent's words.
  { all: ["controlStrong"], category: "domesticAbuse", level: "concern" },
  { all: ["controlCue", "partner"], category: "domesticAbuse", level: "review", window: 6 },
  // Bullying.
  { all: ["bullyStrong"], category: "bullying", level: "concern" },
  { all: ["bullyCue", "school"], category: "bullying", level: "review", window: 10 },
  // A person and a frightening feeling, or worry about home: worth a look.
  { all: ["fear", "actor"], category: "otherWorry", level: "review", window: 6, unlessInSentence: ["play"] },
  { all: ["fear", "home"], category: "otherWorry", level: "review", window: 8 },
  { all: ["fear", "self"], category: "otherWorry", level: "review", window: 4, unlessInSentence: ["play"] },
  { all: ["worry", "home"], category: "otherWorry", level: "review", window: 6 },
  { all: ["unease", "relative"], category: "otherWorry", level: "review", window: 8 },
  { all: ["unease", "placement"], category: "otherWorry", level: "review", window: 8 },
  { all: ["confide"], category: "otherWorry", level: "review" },
  { all: ["exploitCue", "actor"], category: "exploitation", level: "review", window: 6 },
];

/** Classes whose words do not count right after "not", "never", "nobody"… ("nobody hurts me"). */
export const negatableClasses: ReadonlySet<SignalClass> = new Set<SignalClass>([
  "hurt",
  "hurtStrong",
  "fear",
  "worry",
  "unease",
  "sexualCue",
  "sexualStrong",
  "exploitCue",
  "neglectCue",
  "controlCue",
  "bullyStrong",
  "bullyCue",
  "selfHarmCue",
  "hopelessCue",
  "weapon",
  "secret",
  "unsafeWord",
  "helpNeeded",
]);

/** How many words before a signal a negator reaches. */
export const negationReach = 3;
