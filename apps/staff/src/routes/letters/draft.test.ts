import { defaultLetterTemplates, type LetterSection, sectionsFromTemplate } from "@heard/domain";
import { describe, expect, it } from "vitest";
import { asSent, byLanguage, editable, emptyRow, kindForMeeting, sameWords, withWords, wordsOf } from "./draft";

const plan = sectionsFromTemplate(defaultLetterTemplates.fgcPlan, "en");

describe("a draft in the editor", () => {
  it("starts a list of steps with one box and a plan with one row", () => {
    const sections = editable(sectionsFromTemplate(defaultLetterTemplates.cpConference, "en"));
    expect(sections.find((s) => s.key === "whatHappensNow")).toMatchObject({ type: "steps", steps: [""] });
    expect(editable(plan).find((s) => s.key === "plan")).toMatchObject({ type: "planTable", rows: [emptyRow()] });
  });

  it("is saved without its empty boxes, so an empty step or row is not sent", () => {
    const sections: LetterSection[] = editable(plan).map((s) =>
      s.type === "planTable" ? { ...s, rows: [emptyRow(), { what: "See Dad", who: "Dad", byWhen: "", howWeKnow: "" }] } : s,
    );
    expect(wordsOf(sections)).toEqual([
      { key: "whatISaid", type: "text", text: "" },
      { key: "plan", type: "planTable", rows: [{ what: "See Dad", who: "Dad", byWhen: "", howWeKnow: "" }] },
      { key: "notHappening", type: "text", text: "" },
    ]);
    expect(asSent(sections).find((s) => s.key === "plan")).toMatchObject({ rows: [{ what: "See Dad" }] });
  });

  it("takes back words kept on this computer by key, leaving out any of another shape", () => {
    const restored = withWords(plan, [
      { key: "whatISaid", type: "text", text: "I want to see Dad." },
      { key: "plan", type: "text", text: "not a table" },
      { key: "gone", type: "text", text: "a section this letter does not have" },
    ]);
    expect(restored.map((s) => s.type)).toEqual(["text", "planTable", "text"]);
    expect(restored[0]).toMatchObject({ heading: "What I said", text: "I want to see Dad." });
    expect(restored[1]).toMatchObject({ rows: [emptyRow()] });
    expect(sameWords(wordsOf(restored), wordsOf(restored))).toBe(true);
    expect(sameWords(wordsOf(restored), wordsOf(plan))).toBe(false);
  });
});

describe("starting letters", () => {
  it("groups the addressees by their language: each gets a letter in their own", () => {
    expect(
      byLanguage([
        { id: "child", preferredLanguage: "en" },
        { id: "mum", preferredLanguage: "ar" },
        { id: "dad", preferredLanguage: "en" },
      ]),
    ).toEqual([
      ["en", ["child", "dad"]],
      ["ar", ["mum"]],
    ]);
  });

  it("suggests the kind of letter from the kind of meeting", () => {
    expect(kindForMeeting("childProtectionConference")).toBe("cpConference");
    expect(kindForMeeting("childrenInCareReview")).toBe("review");
    expect(kindForMeeting("familyGroupConference")).toBe("fgcPlan");
    expect(kindForMeeting("coreGroup")).toBe("free");
    expect(kindForMeeting(null)).toBe("free");
  });
});
