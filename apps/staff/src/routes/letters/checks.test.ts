import { defaultGlossary, type GlossaryMatch, glossaryMatcher, type LetterSection } from "@heard/domain";
import { describe, expect, it } from "vitest";
import { checkLetter, checkSection, markedPieces, matcherFor, slotText, swapJargon, withSlotText } from "./checks";

const english = glossaryMatcher(defaultGlossary.en, "en");
const welsh = glossaryMatcher(defaultGlossary.cy, "cy");

const text = (key: string, words: string, required = true): LetterSection => ({
  key,
  heading: key,
  required,
  icon: null,
  type: "text",
  text: words,
});

/** The first glossary match of a text, as the findings list offers it. */
function firstMatch(words: string): GlossaryMatch {
  const [match] = english(words);
  if (!match) throw new Error(`no glossary word in "${words}"`);
  return match;
}

const longSentence =
  "We talked for a long time about school and about home and about the things that make you happy and the things that make you sad at night.";

describe("the checks of a section", () => {
  it("give an English section its reading age, its long sentences and its glossary words, each with its place", () => {
    const checks = checkSection(text("worries", `We met the core group. ${longSentence}`), "en", english);
    expect(checks.readingAge).not.toBeNull();
    expect(checks.longSentences).toHaveLength(1);
    expect(checks.longSentences[0]).toMatchObject({ place: { kind: "text" }, sentence: longSentence, words: 28 });
    expect(checks.jargon.map((j) => [j.match.text, j.match.swap])).toEqual([
      ["core group", "the small group who check the plan is working"],
    ]);
  });

  it("say where in the steps and in the plan a word is", () => {
    const steps: LetterSection = {
      key: "whatHappensNow",
      heading: "What will happen now",
      required: true,
      icon: "steps",
      type: "steps",
      steps: ["Jo will visit.", "There will be a strategy meeting."],
    };
    expect(checkSection(steps, "en", english).jargon.map((j) => j.place)).toEqual([{ kind: "step", step: 1 }]);
    const plan: LetterSection = {
      key: "plan",
      heading: "My plan",
      required: true,
      icon: "table",
      type: "planTable",
      rows: [{ what: "See Dad", who: "Dad", byWhen: "Soon", howWeKnow: "The core group will check" }],
    };
    expect(checkSection(plan, "en", english).jargon.map((j) => j.place)).toEqual([{ kind: "cell", row: 0, column: "howWeKnow" }]);
  });

  it("give Welsh sentence length and glossary words but no reading age", () => {
    const checks = checkSection(text("letter", "Roedd y gynhadledd amddiffyn plant yn dda."), "cy", welsh);
    expect(checks.readingAge).toBeNull();
    expect(checks.withinTarget).toBeNull();
    expect(checks.jargon.length).toBeGreaterThan(0);
  });

  it("add up the whole letter and keep each section's own", () => {
    const letter = checkLetter([text("a", "We met the core group."), text("b", longSentence)], "en", english);
    expect(letter.jargon).toHaveLength(1);
    expect(letter.longSentences).toHaveLength(1);
    expect(letter.bySection.b?.longSentences).toHaveLength(1);
    expect(letter.bySection.a?.longSentences).toHaveLength(0);
  });

  it("leave out glossary words the organisation turned off, and other languages' words", () => {
    const terms = [
      { language: "en" as const, term: "core group", swap: "the small group", disabled: true },
      { language: "en" as const, term: "agenda", swap: "the list of things to talk about" },
      { language: "cy" as const, term: "core group", swap: "y grŵp bach" },
    ];
    const matcher = matcherFor(terms, "en");
    expect(matcher("The core group read the agenda.").map((m) => m.term)).toEqual(["agenda"]);
  });
});

describe("the one-click swap", () => {
  it("rewrites the word in the text and drops a doubled article", () => {
    const words = "We went to the core group on Monday.";
    expect(swapJargon(words, firstMatch(words), "en")).toBe("We went to the small group who check the plan is working on Monday.");
  });

  it("starts a sentence with a capital letter", () => {
    const words = "Thank you. Core group members will visit.";
    expect(swapJargon(words, firstMatch(words), "en")).toBe("Thank you. The small group who check the plan is working members will visit.");
  });

  it("keeps the article and swaps a or an to suit the new words", () => {
    const words = "There will be an FGC soon.";
    expect(swapJargon(words, firstMatch(words), "en")).toBe("There will be a family meeting to make a plan soon.");
    const agenda = "We made a agenda.";
    expect(swapJargon(agenda, firstMatch(agenda), "en")).toBe("We made a list of things to talk about.");
  });

  it("does nothing when the text has changed since the word was found", () => {
    const words = "We met the core group.";
    const match = firstMatch(words);
    expect(swapJargon("We met them.", match, "en")).toBeNull();
  });

  it("writes the swapped text back into the step, cell or text it came from", () => {
    const steps: LetterSection = { key: "s", heading: "s", required: true, icon: null, type: "steps", steps: ["a", "b"] };
    const changed = withSlotText(steps, { kind: "step", step: 1 }, "c");
    expect(slotText(changed, { kind: "step", step: 1 })).toBe("c");
    expect(changed).toMatchObject({ steps: ["a", "c"] });
    // A place the section does not have leaves it as it was.
    expect(withSlotText(steps, { kind: "step", step: 5 }, "x")).toBe(steps);
    expect(withSlotText(steps, { kind: "text" }, "x")).toBe(steps);
  });
});

describe("the marked-up copy of a text", () => {
  it("cuts the text where long sentences and glossary words start and end", () => {
    const words = "Hello. We met the core group.";
    const pieces = markedPieces(words, [{ start: 7, end: words.length }], english(words));
    expect(pieces).toEqual([
      { text: "Hello. ", long: false, jargon: false },
      { text: "We met the ", long: true, jargon: false },
      { text: "core group", long: true, jargon: true },
      { text: ".", long: true, jargon: false },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(words);
  });

  it("is the text itself when nothing is found", () => {
    expect(markedPieces("Hi.", [], [])).toEqual([{ text: "Hi.", long: false, jargon: false }]);
    expect(markedPieces("", [], [])).toEqual([]);
  });
});
