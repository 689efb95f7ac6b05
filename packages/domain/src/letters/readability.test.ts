import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { describe, expect, it } from "vitest";
import { childReadingAgeTarget, readability, sentencesOf, ukReadingAge } from "./readability";

describe("the libraries, on their own documented examples", () => {
  it("flesch-kincaid: 1 sentence, 13 words, 26 syllables is grade 13.08", () => {
    expect(fleschKincaid({ sentence: 1, word: 13, syllable: 26 })).toBeCloseTo(13.08, 2);
  });

  it("syllable: the counts its readme gives", () => {
    expect(["syllable", "unicorn", "hi", "hihi", "mmmmmmmmmmmmmmmm", "wine", "bottle", "wine-bottle", "Åland"].map(syllable)).toEqual([
      3, 3, 1, 2, 1, 1, 2, 3, 2,
    ]);
  });
});

describe("reading age", () => {
  it("is the Flesch–Kincaid grade plus 5", () => {
    expect(ukReadingAge(4)).toBe(9);
    // flesch-kincaid's readme sentence: 13 words and 26 syllables counted here too, so grade 13.08, reading age 18.1.
    const platypus = readability("The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.");
    expect(platypus).toMatchObject({ sentences: 1, words: 13, syllables: 26, readingAge: 18.1, withinTarget: false });
    expect(platypus.grade).toBeCloseTo(13.08, 2);
  });

  it("puts short sentences of everyday words within a child's target", () => {
    // 4 sentences, 15 words, 18 syllables: 0.39 × 3.75 + 11.8 × 1.2 − 15.59 = 0.0325, reading age 5.0.
    const letter = readability("We met today. Your mum came. We talked about school and home. You are safe.");
    expect(letter).toMatchObject({ sentences: 4, words: 15, syllables: 18, readingAge: 5, withinTarget: true });
    expect(letter.readingAge).toBeLessThanOrEqual(childReadingAgeTarget);
  });

  it("gives no reading age for no words, or for Welsh and Arabic, which the formula does not measure", () => {
    expect(readability("")).toMatchObject({ words: 0, grade: null, readingAge: null, withinTarget: null });
    expect(readability("Daeth dy fam i’r cyfarfod.", "cy")).toMatchObject({ sentences: 1, words: 5, readingAge: null });
    expect(readability("جاءت أمك إلى الاجتماع؟ نعم.", "ar")).toMatchObject({ sentences: 2, words: 5, readingAge: null });
  });
});

describe("long sentences", () => {
  it("are found with their offsets, over 20 words", () => {
    const long =
      "Because the people at the meeting were worried about what happened at home last month they decided that a plan was needed straight away";
    const text = `We met today. ${long}. You are safe.`;
    const found = readability(text).longSentences;
    expect(found).toHaveLength(1);
    const [span] = found;
    expect(span?.words).toBe(24);
    expect(text.slice(span?.start, span?.end)).toBe(`${long}.`);
  });

  it("ends a sentence at a line break, so each step of a list stands alone", () => {
    expect(sentencesOf("Mum will go to the group\nJo will visit on Monday\n\n").map((s) => s.words)).toEqual([6, 5]);
  });

  it("finds them in Welsh and Arabic too", () => {
    const welsh = Array.from({ length: 21 }, () => "gair").join(" ");
    expect(readability(`${welsh}.`, "cy").longSentences).toEqual([{ start: 0, end: welsh.length + 1, words: 21 }]);
  });
});
