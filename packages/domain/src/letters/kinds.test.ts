import { describe, expect, it } from "vitest";
import { letterSchemas } from "../index";
import { languages } from "../shared/language";
import { emptyRequiredSections, letterKinds, sectionIsEmpty, sectionsFromTemplate } from "./kinds";
import { letterReadability } from "./readability";
import { defaultLetterTemplates } from "./templates";

describe("default templates", () => {
  it("have every kind, with unique keys and wording in English, Welsh and Arabic", () => {
    expect(Object.keys(defaultLetterTemplates).sort()).toEqual([...letterKinds].sort());
    for (const template of Object.values(defaultLetterTemplates)) {
      const keys = template.sections.map((s) => s.key);
      expect(new Set(keys).size, template.kind).toBe(keys.length);
      for (const section of template.sections)
        for (const language of languages) {
          expect(section.wording[language].heading.trim(), `${template.kind}.${section.key}.${language}`).not.toBe("");
          expect(section.wording[language].prompt.trim(), `${template.kind}.${section.key}.${language}`).not.toBe("");
        }
      // What the participation team edits goes through the same schema.
      expect(letterSchemas.updateTemplateInput.safeParse(template).success, template.kind).toBe(true);
    }
  });

  it("have the shapes of each meeting's letter", () => {
    const keys = (kind: keyof typeof defaultLetterTemplates) => defaultLetterTemplates[kind].sections.map((s) => s.key);
    expect(keys("cpConference")).toEqual([
      "whoCame",
      "whatWeTalkedAbout",
      "worries",
      "goingWell",
      "whatHappensNow",
      "nextMeeting",
      "whoToTalkTo",
    ]);
    expect(keys("review")[0]).toBe("whatYouToldUs");
    expect(keys("review").slice(1)).toEqual(keys("cpConference"));
    expect(defaultLetterTemplates.cpConference.sections.find((s) => s.key === "whatHappensNow")?.type).toBe("steps");
    expect(defaultLetterTemplates.fgcPlan.sections.map((s) => [s.key, s.type])).toEqual([
      ["whatISaid", "text"],
      ["plan", "planTable"],
      ["notHappening", "text"],
    ]);
  });
});

describe("a letter's sections", () => {
  it("start empty from the template, in the letter's language", () => {
    const sections = sectionsFromTemplate(defaultLetterTemplates.fgcPlan, "cy");
    expect(sections[1]).toEqual({ key: "plan", heading: "Fy nghynllun", required: true, icon: "table", type: "planTable", rows: [] });
    expect(emptyRequiredSections(sections)).toEqual(["whatISaid", "plan", "notHappening"]);
  });

  it("count blank words, steps and rows as empty", () => {
    expect(sectionIsEmpty({ type: "text", text: "  \n" })).toBe(true);
    expect(sectionIsEmpty({ type: "steps", steps: ["", " "] })).toBe(true);
    expect(sectionIsEmpty({ type: "steps", steps: ["", "Jo will visit"] })).toBe(false);
    expect(sectionIsEmpty({ type: "planTable", rows: [{ what: "", who: " ", byWhen: "", howWeKnow: "" }] })).toBe(true);
    expect(sectionIsEmpty({ type: "planTable", rows: [{ what: "Go to school", who: "", byWhen: "", howWeKnow: "" }] })).toBe(false);
  });

  it("are read as a whole for the reading age, each step a sentence", () => {
    const sections = sectionsFromTemplate(defaultLetterTemplates.cpConference, "en").map((section) =>
      section.type === "steps" ? { ...section, steps: ["Jo will visit you", "You will go to school"] } : section,
    );
    const measured = letterReadability(sections, "en");
    expect(measured.sentences).toBe(2);
    expect(measured.words).toBe(9);
    expect(measured.withinTarget).toBe(true);
  });
});
