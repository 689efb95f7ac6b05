import { defaultGlossary, glossaryMatcher, type LetterSection } from "@heard/domain/rules";
import { describe, expect, it } from "vitest";
import { earlierVersion, glossaryRuns, letterHref, paragraphsOf, rowsToShow, sectionsToShow, spokenText } from "./letter";

const english = glossaryMatcher([{ term: "core group", swap: "the small group who check the plan is working" }], "en");

describe("glossary runs", () => {
  it("cuts a text into plain runs and terms, in order, that join back into the text", () => {
    const text = "The core group met. Core groups help.";
    const runs = glossaryRuns(text, english);
    expect(runs).toEqual([
      { text: "The " },
      { text: "core group", term: "core group", explanation: "the small group who check the plan is working" },
      { text: " met. " },
      { text: "Core groups", term: "core group", explanation: "the small group who check the plan is working" },
      { text: " help." },
    ]);
    expect(runs.map((run) => run.text).join("")).toBe(text);
  });

  it("gives one plain run for a text without terms, and none for an empty one", () => {
    expect(glossaryRuns("We talked about school.", english)).toEqual([{ text: "We talked about school." }]);
    expect(glossaryRuns("", english)).toEqual([]);
  });

  it("marks a term at the very start or end, and terms side by side", () => {
    const matcher = glossaryMatcher(defaultGlossary.en, "en");
    const runs = glossaryRuns("Placement care plan", matcher);
    expect(runs.map((run) => [run.text, run.term ?? null])).toEqual([
      ["Placement", "placement"],
      [" ", null],
      ["care plan", "care plan"],
    ]);
  });

  it("finds Arabic terms with their joined prefixes, and Welsh ones mutated", () => {
    const arabic = glossaryMatcher([{ term: "خطة السلامة", swap: "خطة لتبقى آمنًا" }], "ar");
    expect(glossaryRuns("وضعنا خطة السلامة معًا.", arabic).find((run) => run.term)).toMatchObject({ text: "خطة السلامة" });
    const welsh = glossaryMatcher([{ term: "cynllun gofal", swap: "y cynllun ar gyfer dy ofal" }], "cy");
    expect(glossaryRuns("Dyma dy gynllun gofal.", welsh).find((run) => run.term)).toMatchObject({ text: "gynllun gofal" });
  });
});

const section = (content: Partial<LetterSection> & Pick<LetterSection, "type">): LetterSection =>
  ({ key: "k", heading: "What will happen now", required: false, icon: null, ...content }) as LetterSection;

describe("what a letter shows", () => {
  it("leaves out the sections the writer left empty", () => {
    const shown = sectionsToShow([
      section({ key: "a", type: "text", text: "  " }),
      section({ key: "b", type: "steps", steps: ["", " "] }),
      section({ key: "c", type: "text", text: "Hello." }),
      section({ key: "d", type: "planTable", rows: [{ what: "", who: "", byWhen: "", howWeKnow: "" }] }),
    ]);
    expect(shown.map((s) => s.key)).toEqual(["c"]);
  });

  it("divides text into paragraphs at blank lines, and keeps a plan's rows that say something", () => {
    expect(paragraphsOf("One.\nStill one.\n\n  Two.\n \n\n")).toEqual(["One.\nStill one.", "Two."]);
    const rows = [
      { what: "See Dad", who: "", byWhen: "", howWeKnow: "" },
      { what: " ", who: "", byWhen: "", howWeKnow: "" },
    ];
    expect(rowsToShow(rows)).toEqual([rows[0]]);
  });
});

describe("read aloud", () => {
  const columnName = (column: string) =>
    ({ what: "What will happen", who: "Who will do it", byWhen: "By when", howWeKnow: "How we will know it worked" })[column] ?? column;

  it("says the heading, then the words, each a sentence", () => {
    expect(spokenText(section({ type: "text", text: "We talked about school\n\nYou like football." }), columnName)).toBe(
      "What will happen now. We talked about school. You like football.",
    );
    expect(spokenText(section({ type: "steps", steps: ["Jo will visit", "", "Mum will go to a group."] }), columnName)).toBe(
      "What will happen now. Jo will visit. Mum will go to a group.",
    );
  });

  it("says each plan cell after its column's name, skipping empty ones", () => {
    const plan = section({
      type: "planTable",
      rows: [{ what: "See Dad every Saturday", who: "Dad and Nan", byWhen: "", howWeKnow: "I tell Wendy" }],
    });
    expect(spokenText(plan, columnName)).toBe(
      "What will happen now. What will happen: See Dad every Saturday. Who will do it: Dad and Nan. How we will know it worked: I tell Wendy.",
    );
  });

  it("does not add a full stop after an Arabic question mark", () => {
    expect(spokenText(section({ type: "text", text: "هل فهمت؟" }), columnName)).toBe("What will happen now. هل فهمت؟");
  });
});

describe("versions", () => {
  it("finds the version sent before the one shown, if any", () => {
    const versions = [
      { number: 3, sentAt: "2026-03-05T10:00:00Z" },
      { number: 2, sentAt: "2026-03-04T10:00:00Z" },
      { number: 1, sentAt: "2026-03-03T10:00:00Z" },
    ];
    expect(earlierVersion({ version: 3, versions })).toBe(2);
    expect(earlierVersion({ version: 2, versions })).toBe(1);
    expect(earlierVersion({ version: 1, versions })).toBeNull();
    expect(letterHref("abc")).toBe("/letters/abc");
    expect(letterHref("abc", 2)).toBe("/letters/abc/version/2");
  });
});
