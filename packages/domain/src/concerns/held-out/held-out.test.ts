// Checks the held-out set itself: size, coverage and label consistency. It deliberately does not
// import the screen; scoring the screen against this set belongs elsewhere.
import { describe, expect, it } from "vitest";
import { heldOutAr, heldOutCy, heldOutEn, heldOutSet } from "./index";
import type { HeldOutCategory, HeldOutLevel, HeldOutSentence } from "./types";

const categories: readonly HeldOutCategory[] = [
  "immediateDanger",
  "selfHarm",
  "abuse",
  "neglect",
  "sexualHarm",
  "exploitation",
  "domesticAbuse",
  "bullying",
  "otherWorry",
];
const levels: readonly HeldOutLevel[] = ["urgent", "concern", "review"];

const byLanguage = [
  { language: "en", set: heldOutEn, min: 500, minOrdinary: 150 },
  { language: "cy", set: heldOutCy, min: 120, minOrdinary: 45 },
  { language: "ar", set: heldOutAr, min: 120, minOrdinary: 45 },
] as const;

const isOrdinary = (s: HeldOutSentence) => s.expected.length === 0;

/** Case, punctuation, emoji and spacing folded away, so trivially different copies count as one. */
const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[\u064B-\u0652]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

describe("held-out set", () => {
  it("is big enough overall", () => {
    expect(heldOutSet.length).toBeGreaterThanOrEqual(740);
    expect(heldOutSet.filter(isOrdinary).length).toBeGreaterThanOrEqual(220);
    expect(heldOutSet.length).toBe(heldOutEn.length + heldOutCy.length + heldOutAr.length);
  });

  for (const { language, set, min, minOrdinary } of byLanguage) {
    describe(language, () => {
      it("has enough sentences and enough ordinary ones", () => {
        expect(set.length).toBeGreaterThanOrEqual(min);
        expect(set.filter(isOrdinary).length).toBeGreaterThanOrEqual(minOrdinary);
      });

      it("labels every sentence with its own language", () => {
        expect(set.filter((s) => s.language !== language)).toEqual([]);
      });

      it("covers every category and every level", () => {
        const seenCategories = new Set(set.flatMap((s) => s.expected));
        const seenLevels = new Set(set.map((s) => s.level));
        for (const category of categories) expect(seenCategories, category).toContain(category);
        for (const level of levels) expect(seenLevels, level).toContain(level);
      });

      it("has both children and parents writing", () => {
        const writers = new Set(set.map((s) => s.writer));
        expect(writers).toEqual(new Set(["child", "parent"]));
      });
    });
  }

  it("has no duplicate texts, even ignoring case, punctuation and emoji", () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { text } of heldOutSet) {
      const key = normalise(text);
      const earlier = seen.get(key);
      if (earlier !== undefined) duplicates.push(`${earlier} <> ${text}`);
      else seen.set(key, text);
    }
    expect(duplicates).toEqual([]);
  });

  it("gives every harmful sentence a level and every ordinary one none", () => {
    expect(heldOutSet.filter((s) => isOrdinary(s) && s.level !== null)).toEqual([]);
    expect(heldOutSet.filter((s) => !isOrdinary(s) && s.level === null)).toEqual([]);
  });

  it("makes danger now and self-harm urgent, and nothing else", () => {
    const urgentCategory = (s: HeldOutSentence) => s.expected.includes("immediateDanger") || s.expected.includes("selfHarm");
    expect(heldOutSet.filter((s) => urgentCategory(s) && s.level !== "urgent")).toEqual([]);
    expect(heldOutSet.filter((s) => !urgentCategory(s) && s.level === "urgent")).toEqual([]);
  });

  it("uses only known categories, each at most once per sentence", () => {
    for (const s of heldOutSet) {
      expect(categories, s.text).toEqual(expect.arrayContaining([...s.expected]));
      expect(new Set(s.expected).size, s.text).toBe(s.expected.length);
    }
  });

  it("has no empty or padded texts", () => {
    expect(heldOutSet.filter((s) => s.text.trim() !== s.text || s.text.length === 0)).toEqual([]);
  });
});
