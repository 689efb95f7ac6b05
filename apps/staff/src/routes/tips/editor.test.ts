import { formProblem, problemOf } from "@heard/client";
import { defaultTips, topTipsCount } from "@heard/domain";
import { TRPCClientError } from "@trpc/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  checkTips,
  clearEdits,
  editableFrom,
  editorFieldPaths,
  fieldId,
  loadEdits,
  parseFieldPath,
  saveEdits,
  type TipSource,
  toVersionInput,
} from "./editor";

const published: TipSource[] = defaultTips.map((tip) => ({
  title: tip.title,
  wording: tip.wording,
  icon: (tip.icon ?? null) as TipSource["icon"],
  translations: { ...tip.translations },
}));

describe("the tips editor", () => {
  it("starts from a version's ten tips, every box a string", () => {
    const tips = editableFrom(published);
    expect(tips).toHaveLength(topTipsCount);
    expect(tips[2]).toMatchObject({ title: "Clear words", icon: "speech", translations: { cy: { title: "Geiriau clir" } } });
    const none = editableFrom([]);
    expect(none).toHaveLength(topTipsCount);
    expect(none[0]).toEqual({
      title: "",
      wording: "",
      icon: "",
      translations: { cy: { title: "", wording: "" }, ar: { title: "", wording: "" } },
    });
  });

  it("sends no translation when both boxes are empty, and no picture as null", () => {
    const tips = editableFrom(published);
    const first = tips[0];
    if (!first) throw new Error("no tip");
    first.translations.ar = { title: " ", wording: "" };
    first.icon = "";
    const input = toVersionInput(tips);
    expect(input.tips[0]).toEqual({
      title: "On time",
      wording: "You came when you said you would.",
      icon: null,
      translations: { cy: { title: "Ar amser", wording: "Daethoch pan ddywedoch y byddech yn dod." } },
    });
    expect(checkTips(tips)).toEqual({});
  });

  it("reports problems by the same paths as the server, for the right tip and box", () => {
    const tips = editableFrom(published);
    const fourth = tips[3];
    if (!fourth) throw new Error("no tip");
    fourth.title = "  ";
    fourth.translations.cy = { title: "Teitl", wording: "" };
    expect(checkTips(tips)).toEqual({ "tips.3.title": "required", "tips.3.translations.cy.wording": "required" });
  });

  it("takes the server's field errors onto its boxes by their full paths", () => {
    const error = TRPCClientError.from({
      error: {
        message: "invalidInput",
        code: -32600,
        data: {
          code: "BAD_REQUEST",
          messageKey: "invalidInput",
          fieldErrors: { "tips.2.wording": "tooLong", tips: "tipsMustBeTen", other: "x" },
        },
      },
    });
    const found = formProblem(problemOf(error), editorFieldPaths);
    expect(found).toEqual({ fields: { "tips.2.wording": "tooLong", tips: "tipsMustBeTen" }, general: null });
    expect(formProblem(problemOf(new Error("boom")), editorFieldPaths).fields).toEqual({});
  });

  it("names every box once, in page order, with an id for the error summary", () => {
    expect(new Set(editorFieldPaths).size).toBe(editorFieldPaths.length);
    expect(editorFieldPaths.slice(0, 3)).toEqual(["tips.0.title", "tips.0.wording", "tips.0.icon"]);
    expect(parseFieldPath("tips.9.translations.ar.wording")).toEqual({ index: 9, field: "translations.ar.wording" });
    expect(parseFieldPath("tips.10.title")).toBeNull();
    expect(fieldId("tips.3.translations.cy.title")).toBe("tip-3-cy-title");
    expect(fieldId("tips.0.wording")).toBe("tip-0-wording");
  });
});

describe("unsaved edits", () => {
  const store = new Map<string, string>();
  beforeEach(() => {
    store.clear();
    globalThis.sessionStorage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
      clear: () => store.clear(),
      key: () => null,
      length: 0,
    } as Storage;
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, "sessionStorage");
  });

  it("come back for the version they were made on, and only for it", () => {
    const tips = editableFrom(published);
    const third = tips[2];
    if (!third) throw new Error("no tip");
    third.wording = "Changed";
    saveEdits("version-1", tips);
    expect(loadEdits("version-1")?.[2]?.wording).toBe("Changed");
    expect(loadEdits("version-2")).toBeNull();
    clearEdits();
    expect(loadEdits("version-1")).toBeNull();
  });

  it("ignore anything stored that is not ten tips", () => {
    store.set("heard.staff.tipsEditor", JSON.stringify({ base: null, tips: [{ title: 1 }] }));
    expect(loadEdits(null)).toBeNull();
    store.set("heard.staff.tipsEditor", "not json");
    expect(loadEdits(null)).toBeNull();
  });
});
