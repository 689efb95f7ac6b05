import { describe, expect, it } from "vitest";
import { concernCategories } from "./categories";
import { foldWord, isTextSpeak } from "./normalise";
import { arabicPhrases } from "./phrases/ar";
import { welshPhrases } from "./phrases/cy";
import { englishPhrases } from "./phrases/en";
import { compilePhraseLists, phraseLists, screenForConcerns } from "./screen";

describe("screenForConcerns", () => {
  it("finds a disclosure and says why", () => {
    const screen = screenForConcerns("i want to kill myself", "en");
    expect(screen.mayDiscloseHarm).toBe(true);
    expect(screen.categories).toEqual(["selfHarm"]);
    expect(screen.matches).toContainEqual({ category: "selfHarm", phrase: "kill/kills/killing/killed .. myself", words: "kil myself" });
    // The words matched span the fillers the phrase allows.
    expect(screenForConcerns("mum's boyfriend hits me", "en").matches.map((m) => m.words)).toContain("hits me");
  });

  it("passes benign feedback", () => {
    const screen = screenForConcerns("the worker was on time", "en");
    expect(screen).toEqual({ mayDiscloseHarm: false, categories: [], matches: [] });
    expect(screenForConcerns("", "cy").mayDiscloseHarm).toBe(false);
  });

  it("allows filler words between key words", () => {
    for (const text of ["hits me", "he hit me", "mum's boyfriend hits me"]) {
      expect(screenForConcerns(text, "en").categories).toEqual(["abuse"]);
    }
    expect(screenForConcerns("i'm going to hurt myself", "en").categories).toEqual(["selfHarm"]);
    expect(screenForConcerns("i do not really feel very safe", "en").categories).toEqual(["immediateDanger"]);
  });

  it("does not let fillers cross a sentence end", () => {
    expect(screenForConcerns("She wasn't late. Safe trip home!", "en").mayDiscloseHarm).toBe(false);
  });

  it("respects guards", () => {
    expect(screenForConcerns("my brother beat me at uno", "en").mayDiscloseHarm).toBe(false);
    expect(screenForConcerns("my brother beat me", "en").categories).toEqual(["abuse"]);
    expect(screenForConcerns("i dont want to live with him", "en").mayDiscloseHarm).toBe(false);
    expect(screenForConcerns("i dont want to live", "en").categories).toEqual(["selfHarm"]);
  });

  it("runs English whatever the language, and every list whatever the language", () => {
    expect(screenForConcerns("i want to die", "cy").categories).toEqual(["selfHarm"]);
    expect(screenForConcerns("i want to die", "ar").categories).toEqual(["selfHarm"]);
    expect(screenForConcerns("dwi isio marw", "en").categories).toEqual(["selfHarm"]);
    expect(screenForConcerns("أريد أن أموت", "en").categories).toEqual(["selfHarm"]);
  });

  it("reports otherWorry only when nothing more specific is found", () => {
    expect(screenForConcerns("i am scared", "en").categories).toEqual(["otherWorry"]);
    const both = screenForConcerns("i am scared, he hits me", "en");
    expect(both.categories).toEqual(["abuse"]);
    expect(both.matches.every((match) => match.category === "abuse")).toBe(true);
  });

  it("orders categories most urgent first", () => {
    const screen = screenForConcerns("call the police he is hurting my mum and i want to die", "en");
    expect(screen.categories).toEqual(["immediateDanger", "selfHarm", "domesticAbuse"]);
    const order = screen.matches.map((match) => concernCategories.indexOf(match.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  // Speed is for packages/bench, never a timed test; this only checks long text works.
  it("screens long text and finds a disclosure buried in it", () => {
    const filler = "she was on time and explained everything really clearly. ".repeat(40); // past the 2,000-character limit
    expect(screenForConcerns(filler, "en").mayDiscloseHarm).toBe(false);
    expect(screenForConcerns(`${filler} i want to die. ${filler}`, "en").categories).toEqual(["selfHarm"]);
  });
});

describe("phrase lists", () => {
  it("all compile: groups exist and every word folds to one word", () => {
    expect(() => compilePhraseLists(phraseLists)).not.toThrow();
  });

  it("English covers every category; Welsh and Arabic at least danger and self-harm", () => {
    for (const category of concernCategories) expect(englishPhrases.phrases[category].length).toBeGreaterThan(0);
    for (const list of [welshPhrases, arabicPhrases]) {
      expect(list.phrases.immediateDanger?.length).toBeGreaterThan(0);
      expect(list.phrases.selfHarm?.length).toBeGreaterThan(0);
    }
  });

  it("English phrases use canonical words, not text-speak the normaliser would expand", () => {
    const offenders: string[] = [];
    for (const phrases of Object.values(englishPhrases.phrases)) {
      for (const phrase of phrases) {
        for (const word of phrase.split(/[\s/]+/)) {
          // groups, guards, gaps and patterns (whose core is part of a word) are not words
          if (/^[{.-]|\*/.test(word)) continue;
          if (foldWord(word).some(isTextSpeak)) offenders.push(`${phrase}: ${word}`);
        }
      }
    }
    for (const words of Object.values(englishPhrases.groups)) {
      for (const word of words) if (!word.includes("*") && foldWord(word).some(isTextSpeak)) offenders.push(word);
    }
    expect(offenders).toEqual([]);
  });
});
