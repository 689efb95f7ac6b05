import { describe, expect, it } from "vitest";
import { languages } from "../../shared/language";
import { concernCategories } from "../categories";
import { welshAndArabicLabelledSet } from "../labelled-set-cy-ar";
import { englishLabelledSet } from "../labelled-set-en";
import { indirectLabelledSet } from "../labelled-set-indirect";
import { indirectWelshAndArabicSet } from "../labelled-set-indirect-cy-ar";
import { levelOfCategories } from "../workflow";
import { devSet } from "./index";

// Two texts that differ only in case, spacing or end punctuation are the same sentence to a screen.
const sameness = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\s.!?،؟]+$/u, "")
    .trim();

const inLanguage = (language: string) => devSet.filter((sentence) => sentence.language === language);

describe("the development set", () => {
  it("is big enough, in every language, with enough ordinary comments", () => {
    expect(devSet.length).toBeGreaterThanOrEqual(520);
    expect(inLanguage("en").length).toBeGreaterThanOrEqual(360);
    expect(inLanguage("cy").length).toBeGreaterThanOrEqual(80);
    expect(inLanguage("ar").length).toBeGreaterThanOrEqual(80);
    expect(devSet.filter((sentence) => sentence.level === null).length).toBeGreaterThanOrEqual(170);
  });

  it("has every level, ordinary comments and both writers in every language", () => {
    for (const language of languages) {
      const sentences = inLanguage(language);
      for (const level of ["urgent", "concern", "review", null] as const) {
        expect(sentences.filter((sentence) => sentence.level === level).length, `${language} ${level}`).toBeGreaterThanOrEqual(
          level === null ? 30 : 5,
        );
      }
      for (const writer of ["child", "parent"] as const) {
        expect(
          sentences.some((sentence) => sentence.writer === writer),
          `${language} ${writer}`,
        ).toBe(true);
      }
    }
  });

  it("names only known categories, each once, and covers every category", () => {
    for (const sentence of devSet) {
      for (const category of sentence.categories) expect(concernCategories, sentence.text).toContain(category);
      expect(new Set(sentence.categories).size, sentence.text).toBe(sentence.categories.length);
    }
    for (const category of concernCategories) {
      expect(devSet.filter((sentence) => sentence.categories.includes(category)).length, category).toBeGreaterThanOrEqual(5);
    }
  });

  it("tags a sentence ordinary exactly when it has no level and no categories", () => {
    for (const sentence of devSet) {
      expect(sentence.level === null, sentence.text).toBe(sentence.categories.length === 0);
    }
  });

  it("gives harm the level its categories call for: danger now and self-harm urgent, other harm a concern", () => {
    for (const sentence of devSet) {
      if (sentence.level === "urgent" || sentence.level === "concern") {
        expect(sentence.level, sentence.text).toBe(levelOfCategories(sentence.categories));
      }
    }
  });

  it("has no sentence twice, and none from the other development files", () => {
    const others = [...englishLabelledSet, ...welshAndArabicLabelledSet, ...indirectLabelledSet, ...indirectWelshAndArabicSet];
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const sentence of devSet) {
      const key = sameness(sentence.text);
      if (seen.has(key)) repeated.push(sentence.text);
      seen.set(key, sentence.text);
    }
    expect(repeated).toEqual([]);
    expect(others.map((sentence) => sentence.text).filter((text) => seen.has(sameness(text)))).toEqual([]);
  });

  it("has only non-empty texts without stray spaces", () => {
    for (const sentence of devSet) {
      expect(sentence.text.trim(), sentence.text).toBe(sentence.text);
      expect(sentence.text.length, sentence.text).toBeGreaterThan(0);
    }
  });
});
