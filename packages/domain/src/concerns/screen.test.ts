import { describe, expect, it } from "vitest";
import { concernCategories } from "./categories";
import { foldWord, isTextSpeak } from "./normalise";
import { arabicPhrases } from "./phrases/ar";
import { welshPhrases } from "./phrases/cy";
import { englishPhrases } from "./phrases/en";
import { compileScreen, screenForConcerns } from "./screen";

describe("screenForConcerns", () => {
  it("finds a disclosure and says why", () => {
    const screen = screenForConcerns("i want to kill myself", "en");
    expect(screen.mayDiscloseHarm).toBe(true);
    expect(screen.categories).toEqual(["selfHarm"]);
    expect(screen.level).toBe("urgent");
    expect(screen.matches).toContainEqual({
      category: "selfHarm",
      level: "urgent",
      phrase: "kill/kills/killing/killed .. myself",
      words: "kil myself",
    });
    // The words matched span the fillers the phrase allows.
    expect(screenForConcerns("mum's boyfriend hits me", "en").matches.map((m) => m.words)).toContain("hits me");
  });

  it("passes benign feedback", () => {
    const screen = screenForConcerns("the worker was on time", "en");
    expect(screen).toEqual({ mayDiscloseHarm: false, categories: [], level: null, matches: [] });
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
    // not self-harm: at most worth a look
    expect(screenForConcerns("i dont want to live with him", "en").categories).not.toContain("selfHarm");
    expect(screenForConcerns("i dont want to live with him", "en").level).not.toBe("urgent");
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
    expect(screen.categories.slice(0, 2)).toEqual(["immediateDanger", "selfHarm"]);
    expect(screen.categories).toContain("domesticAbuse");
    const order = screen.matches.map((match) => concernCategories.indexOf(match.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("gives a level: urgent for danger now and self-harm, concern for other harm, review for a lone worry", () => {
    const level = (text: string) => screenForConcerns(text, "en").level;
    expect(level("everyone would be better off if i wasnt around")).toBe("urgent");
    expect(level("hes outside the door right now and im so scared")).toBe("urgent");
    expect(level("staff at the home grabbed me by the neck")).toBe("urgent");
    expect(level("dad hit me with his belt")).toBe("concern");
    expect(level("they make me take packages to other towns")).toBe("concern");
    expect(level("he checks my phone and controls all the money")).toBe("concern");
    expect(level("mums boyfriend scares me")).toBe("review");
    expect(level("the meeting was fine")).toBeNull();
    // mayDiscloseHarm is true at every level
    expect(screenForConcerns("mums boyfriend scares me", "en").mayDiscloseHarm).toBe(true);
  });

  it("combines an actor with an act within a short window, not across the text", () => {
    expect(screenForConcerns("my stepdad kicked me", "en").categories).toContain("abuse");
    expect(screenForConcerns("my stepdad came to the meeting. it was about football and a kick about after", "en").mayDiscloseHarm).toBe(
      false,
    );
  });

  it("does not count acts and feelings after a negation, but still hears 'I don't feel safe'", () => {
    expect(screenForConcerns("nobody hurts me at home", "en").mayDiscloseHarm).toBe(false);
    expect(screenForConcerns("im not scared of him anymore", "en").mayDiscloseHarm).toBe(false);
    expect(screenForConcerns("i dont feel safe at home", "en").level).toBe("urgent");
    expect(screenForConcerns("ما حد يضربني", "ar").mayDiscloseHarm).toBe(false);
  });

  it("leaves everyday idioms alone", () => {
    for (const text of [
      "the wait was killing me",
      "i was scared of the dentist",
      "i nearly died laughing when she dropped her folder",
      "my mum will kill me if im late",
      "my brother beat me at fifa",
      "nervous about the meeting but it was ok",
      "Roedd gen i ofn ar y dechrau",
    ]) {
      expect(screenForConcerns(text, "en").mayDiscloseHarm, text).toBe(false);
    }
    // …but not a threat said the same way
    expect(screenForConcerns("he said he would kill me if i told", "en").mayDiscloseHarm).toBe(true);
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
    expect(() => compileScreen()).not.toThrow();
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
