import { describe, expect, it } from "vitest";
import { foldText, normaliseForScreen, sentenceBreak, withinOneEdit } from "./normalise";

describe("foldText", () => {
  it("folds case, apostrophes and repeated letters", () => {
    expect(foldText("PLEEEASE don’t")).toBe("please dont");
    expect(foldText("hiiit hitt")).toBe("hit hit");
  });

  it("folds Welsh accents to base letters", () => {
    expect(foldText("tŷ ŵyr â ŷ plîs casáu")).toBe("ty wyr a y plis casau");
  });

  it("strips Arabic tashkeel and tatweel and unifies letter forms", () => {
    expect(foldText("أُرِيدُ")).toBe("اريد");
    expect(foldText("إنـــه")).toBe("انه");
    expect(foldText("آمن")).toBe("امن");
    expect(foldText("مستشفى")).toBe("مستشفي");
    expect(foldText("الحياة")).toBe("الحياه");
    expect(foldText("أؤذي")).toBe("اوذي");
    expect(foldText("خائفة")).toBe("خايفه");
    expect(foldText("٩٩٩")).toBe("999");
  });
});

describe("normaliseForScreen", () => {
  it("expands text-speak and contractions", () => {
    expect(normaliseForScreen("im gonna kms cuz ur mean")).toEqual(["i", "am", "going", "to", "kil", "myself", "because", "your", "mean"]);
    expect(normaliseForScreen("i dont wanna")).toEqual(["i", "do", "not", "want", "to"]);
  });

  it("joins split words and corrects one-letter slips of distinctive words", () => {
    expect(normaliseForScreen("kill my self")).toEqual(["kil", "myself"]);
    expect(normaliseForScreen("sucide bulling")).toEqual(["suicide", "bulying"]);
    expect(normaliseForScreen("no one")).toEqual(["nobody"]);
  });

  it("restores a dropped g only where a phrase needs the word", () => {
    expect(normaliseForScreen("hurtin", new Set(["hurting"]))).toEqual(["hurting"]);
    expect(normaliseForScreen("hurtin")).toEqual(["hurtin"]);
  });

  it("leaves harmless neighbours of concern words alone", () => {
    expect(normaliseForScreen("lovely amused cared sitting kissing")).toEqual(["lovely", "amused", "cared", "siting", "kising"]);
  });

  it("marks sentence ends so fillers cannot cross them", () => {
    expect(normaliseForScreen("he hit the ball. me too")).toEqual(["he", "hit", "the", "bal", sentenceBreak, "me", "to"]);
  });
});

describe("withinOneEdit", () => {
  it("accepts one insertion, deletion, substitution or swap", () => {
    expect(withinOneEdit("sucide", "suicide")).toBe(true);
    expect(withinOneEdit("myslef", "myself")).toBe(true);
    expect(withinOneEdit("suicidx", "suicide")).toBe(true);
    expect(withinOneEdit("suicidexx", "suicide")).toBe(false);
    expect(withinOneEdit("abcdef", "badcef")).toBe(false);
  });
});
