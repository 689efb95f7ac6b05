import { type ConcernLevel, type ConcernScreen, levelOfCategories, maskPii, screenForConcerns } from "@heard/domain";
import { describe, expect, it } from "vitest";
import { concernStories, ordinaryComments } from "./comments";

/** The level the server raises screened words at (feedback/service.ts). */
function serverLevel(screened: ConcernScreen): ConcernLevel | null {
  if (!screened.mayDiscloseHarm) return null;
  return screened.level ?? levelOfCategories(screened.categories);
}

describe("the demo's comments against the safeguarding screen", () => {
  it.each(concernStories.filter((story) => story.level !== null).map((story) => [story.level, story.text, story] as const))(
    "flags words written at level %s: %s",
    (level, _text, story) => {
      const screened = screenForConcerns(story.text, story.language);
      expect(screened.mayDiscloseHarm).toBe(true);
      if (level !== "review") {
        expect(serverLevel(screened)).toBe(level);
        expect(screened.categories).not.toEqual(["otherWorry"]);
        return;
      }
      expect(screened.level).toBe("review");
    },
  );

  it("raises nothing from the words of a story whose concern is its request to be contacted", () => {
    const contactOnly = concernStories.filter((story) => story.level === null);
    expect(contactOnly.length).toBeGreaterThan(0);
    for (const story of contactOnly) {
      expect(story.contact).toBeDefined();
      expect(screenForConcerns(story.text, story.language).mayDiscloseHarm).toBe(false);
    }
  });

  it("flags no ordinary comment", () => {
    const flagged = ordinaryComments
      .map((comment) => ({ text: comment.text, screened: screenForConcerns(comment.text, comment.language) }))
      .filter(({ screened }) => screened.mayDiscloseHarm)
      .map(({ text, screened }) => `${text} (${screened.categories.join(", ")})`);
    expect(flagged).toEqual([]);
  });

  it("has comments in English, Welsh and Arabic from children and adults, in every tone, some with details QA masks", () => {
    for (const language of ["en", "cy", "ar"] as const) {
      for (const writer of ["child", "adult"] as const) {
        for (const tone of ["praise", "mixed", "complaint"] as const) {
          const some = ordinaryComments.some((c) => c.language === language && c.writer === writer && c.tone === tone);
          expect(some, `${language} ${writer} ${tone}`).toBe(true);
        }
      }
    }
    const masked = ordinaryComments.map((comment) => maskPii(comment.text));
    expect(masked.filter((text) => text.includes("[phone]")).length).toBeGreaterThanOrEqual(3);
    expect(masked.filter((text) => text.includes("[email]")).length).toBeGreaterThanOrEqual(2);
    expect(new Set(ordinaryComments.map((comment) => comment.text)).size).toBe(ordinaryComments.length);
  });
});
