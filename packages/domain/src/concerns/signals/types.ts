import type { Language } from "../../shared/language";

/**
 * Signals are words and short phrases that carry part of a disclosure: who (an actor), what
 * (an act, an injury), how it feels (fear), when (now). Alone most are weak; the rules in
 * ./rules.ts combine them within a short window into a category and a level. Strong signals
 * stand alone ("overdose", "touched my privates"); cues need company ("package" + "they").
 */
export const signalClasses = [
  // who, and where
  "actor", // someone who might harm: a relation, carer, partner, he/she/they, an older person, someone online
  "partner", // an adult's partner or ex (coercive control is usually a parent writing about one)
  "self", // the writer: I, me, my
  "placement", // foster carers, a children's home and its staff
  "home", // home, the house, going home
  "school", // school, class, other pupils
  "online", // apps, games, online, messages
  "older", // someone older, an adult, a man
  // danger now
  "now", // right now, tonight, outside, at the door, coming back
  "approach", // outside the door, on his way, coming round: danger with "now" or fear
  "weapon",
  "plea", // help me, get me out, save me
  "helpNeeded", // I need help: a plea, unless "I don't need help"
  "unsafe", // not safe, nowhere to go, he'll find me
  "unsafeWord", // unsafe, in danger: unless "I never felt unsafe"
  // self-harm and suicidal thinking
  "selfHarmAct", // cutting, overdose, a blade: stands alone
  "selfHarmCue", // pills, marks on my arms, not eating: with the writer
  "hopeless", // no point anymore, everyone would be better off, I won't be here: stands alone
  "hopelessCue", // worthless, a burden, nobody would care: worth a look
  // harm by others
  "hurt", // hit, kick, slap, belt, throw…: with an actor, abuse
  "hurtStrong", // hits me, hit me with, beats us: stands alone
  "injury", // bruises, a black eye, bleeding, marks
  "coverStory", // I said I fell but really it was dad
  "sexualStrong", // touches my privates, makes me undress: stands alone
  "sexualCue", // touch, pictures, kiss, in my bed, gifts: with an actor, someone older or online
  "secret", // our secret, don't tell anyone
  "exploitStrong", // county lines, trap house, run drugs: stands alone
  "exploitCue", // packages, other towns, a new phone, owing money: with an actor
  "neglectStrong", // nothing to eat, left alone for days: stands alone
  "neglectCue", // hungry, cold, dirty clothes: worth a look, a concern with home or always
  "controlStrong", // checks my phone, controls the money, won't let me see friends: stands alone
  "controlCue", // jealous, tracks, threatens, shouts: with a partner
  "bullyStrong", // bullied, picks on me: stands alone
  "bullyCue", // laugh at me, call me names, leave me out: with school or others
  "fear", // scared, frightened, terrified, on edge
  "worry", // worried, upset, don't like going home: worth a look with home
  "confide", // I want to tell you something, not in the meeting: worth a look alone
  "relative", // a relation or carer by name (not he, she, they)
  "play", // in the game, at football, as a joke: hitting and hurting that is play
  "accident", // fell off my bike, at the trampoline park: injuries that are accidents
  "unease", // a funny feeling when he visits, don't like it when he stays over: worth a look with an actor
  // what keeps words from counting
  "idiom", // everyday uses of frightening words: the wait was killing me, scared of the dentist
  "negator", // not, never, nobody: "nobody hurts me" is not a disclosure
] as const;
export type SignalClass = (typeof signalClasses)[number];

export interface SignalList {
  language: Language;
  groups: Readonly<Record<string, readonly string[]>>;
  signals: Readonly<Partial<Record<SignalClass, readonly string[]>>>;
}
