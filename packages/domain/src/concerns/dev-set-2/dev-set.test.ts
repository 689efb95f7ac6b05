import { describe, expect, it } from "vitest";
import { languages } from "../../shared/language";
import { concernCategories } from "../categories";
import { devSet } from "../dev-set";
import { welshAndArabicLabelledSet } from "../labelled-set-cy-ar";
import { englishLabelledSet } from "../labelled-set-en";
import { indirectLabelledSet } from "../labelled-set-indirect";
import { indirectWelshAndArabicSet } from "../labelled-set-indirect-cy-ar";
import { concernLevels } from "../workflow";
import { secondDevSet } from "./index";

/** Texts compared as a reader would: case, spacing and end punctuation do not make a new sentence. */
const folded = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s.!?،؟]+/gu, " ")
    .trim();

describe("the development set", () => {
  it("has no sentence twice, nor one already in the other development files", () => {
    const seen = new Map<string, number>();
    for (const sentence of secondDevSet) seen.set(folded(sentence.text), (seen.get(folded(sentence.text)) ?? 0) + 1);
    expect([...seen].filter(([, count]) => count > 1).map(([text]) => text)).toEqual([]);
    const others = [
      ...englishLabelledSet,
      ...welshAndArabicLabelledSet,
      ...indirectLabelledSet,
      ...indirectWelshAndArabicSet,
      ...devSet.map((s) => ({ text: s.text })),
    ];
    const labelled = new Set(others.map((sentence) => folded(sentence.text)));
    expect(secondDevSet.filter((sentence) => labelled.has(folded(sentence.text))).map((sentence) => sentence.text)).toEqual([]);
  });

  it("uses only known languages, categories and levels, each category once", () => {
    for (const sentence of secondDevSet) {
      expect(languages).toContain(sentence.language);
      expect(["child", "parent"]).toContain(sentence.writer);
      if (sentence.level !== null) expect(concernLevels).toContain(sentence.level);
      for (const category of sentence.categories) expect(concernCategories).toContain(category);
      expect(new Set(sentence.categories).size).toBe(sentence.categories.length);
      expect(sentence.text.trim()).toBe(sentence.text);
      expect(sentence.text.length).toBeGreaterThan(0);
    }
  });

  it("calls a sentence ordinary exactly when it has no level and no category", () => {
    const mismatched = secondDevSet.filter((sentence) => (sentence.level === null) !== (sentence.categories.length === 0));
    expect(mismatched.map((sentence) => sentence.text)).toEqual([]);
  });

  it("makes urgent only what is danger now or self-harm, and nothing else urgent", () => {
    const urgentCategories = ["immediateDanger", "selfHarm"];
    const wrong = secondDevSet.filter(
      (sentence) => (sentence.level === "urgent") !== sentence.categories.some((category) => urgentCategories.includes(category)),
    );
    expect(wrong.map((sentence) => sentence.text)).toEqual([]);
  });
});
