import { describe, expect, it } from "vitest";
import { labelledSet } from "../labelled-set";
import { screenedWords, screenForConcerns } from "../screen";
import { featuresOf } from "./features";
import { classifierScore } from "./model";
import { trainClassifier } from "./train";
import shipped from "./weights.json" with { type: "json" };

describe("the screen's classifier", () => {
  it("ships the model the development sentences train (else run: pnpm --filter @heard/bench train-screen)", () => {
    const trained = trainClassifier(labelledSet.map((sentence) => ({ sentence, features: featuresOf(screenedWords(sentence.text)) })));
    expect(shipped).toEqual(trained);
  });

  it("adds only review items, and only where the rules found nothing", () => {
    const found = labelledSet
      .map((sentence) => screenForConcerns(sentence.text, sentence.language))
      .filter((screen) => screen.matches.some((match) => match.phrase === "classifier"));
    for (const screen of found) {
      expect(screen.matches).toHaveLength(1);
      expect(screen).toMatchObject({ level: "review", categories: ["otherWorry"] });
    }
  });

  it("scores harm words above meeting words", () => {
    const score = (text: string) => classifierScore(shipped, featuresOf(screenedWords(text)));
    expect(score("i am scared to go home because of him")).toBeGreaterThan(score("the meeting was on time and she listened"));
  });
});
