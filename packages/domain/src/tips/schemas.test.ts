import { describe, expect, it } from "vitest";
import { defaultTips } from "./default-tips";
import { tipInput, tipVersionInput } from "./schemas";

const ten = () => defaultTips.map((tip) => ({ ...tip }));
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`) ?? [];

describe("tip version schema", () => {
  it("accepts the default Top 10 Tips", () => {
    const parsed = tipVersionInput.parse({ tips: ten() });
    expect(parsed.tips).toHaveLength(10);
    expect(parsed.tips[0]).toMatchObject({ title: "On time", icon: "clock", translations: { cy: { title: "Ar amser" } } });
  });

  it("needs exactly ten tips", () => {
    expect(messages(tipVersionInput.safeParse({ tips: ten().slice(0, 9) }))).toEqual(["tips:tipsMustBeTen"]);
    expect(messages(tipVersionInput.safeParse({ tips: [...ten(), ten()[0]] }))).toEqual(["tips:tipsMustBeTen"]);
    expect(messages(tipVersionInput.safeParse({}))).toEqual(["tips:tipsMustBeTen"]);
  });

  it("limits titles to 60 characters and wording to 200, and trims them", () => {
    expect(messages(tipInput.safeParse({ title: "x".repeat(61), wording: "ok" }))).toEqual(["title:tooLong"]);
    expect(messages(tipInput.safeParse({ title: "ok", wording: "x".repeat(201) }))).toEqual(["wording:tooLong"]);
    expect(messages(tipInput.safeParse({ title: "  ", wording: "ok" }))).toEqual(["title:required"]);
    expect(tipInput.parse({ title: ` ${"x".repeat(60)} `, wording: "y".repeat(200) }).title).toHaveLength(60);
  });

  it("allows only icons from the fixed set, or none", () => {
    expect(messages(tipInput.safeParse({ title: "a", wording: "b", icon: "skull" }))).toEqual(["icon:invalidChoice"]);
    expect(tipInput.parse({ title: "a", wording: "b", icon: null }).icon).toBeUndefined();
    expect(tipInput.parse({ title: "a", wording: "b", icon: "star" }).icon).toBe("star");
  });

  it("checks translations like the English and needs both their parts", () => {
    expect(messages(tipInput.safeParse({ title: "a", wording: "b", translations: { cy: { title: "c" } } }))).toEqual([
      "translations.cy.wording:required",
    ]);
    expect(
      messages(tipInput.safeParse({ title: "a", wording: "b", translations: { ar: { title: "ج".repeat(61), wording: "د" } } })),
    ).toEqual(["translations.ar.title:tooLong"]);
    expect(tipInput.parse({ title: "a", wording: "b" }).translations).toEqual({});
    expect(
      tipInput.parse({ title: "a", wording: "b", translations: { cy: undefined, ar: { title: "ج", wording: "د" } } }).translations,
    ).toEqual({
      ar: { title: "ج", wording: "د" },
    });
  });
});
