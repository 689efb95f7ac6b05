import { describe, expect, it } from "vitest";
import { adminSchemas } from "../index";
import { hasInvisibleCharacters } from "./text";

describe("names", () => {
  it("keeps ordinary Welsh, Arabic and English names", () => {
    for (const name of ["Siân Ŵyn-Jones", "Tîm Gogledd Ddŵr", "نور الهدى", "فريق الشمال ١", "O'Brien & Co.", "Zoë"]) {
      expect(hasInvisibleCharacters(name), name).toBe(false);
    }
  });

  it("refuses hidden characters that could disguise a name", () => {
    for (const name of [
      "admin\u202Enimda",
      "Sam\u200Bantha",
      "\uFEFFTeam",
      "North\u2066 Team",
      "bad\u0000",
      "lone \uD800 surrogate",
      "private \uE000",
    ]) {
      expect(hasInvisibleCharacters(name), JSON.stringify(name)).toBe(true);
    }
  });

  it("says so field by field", () => {
    const result = adminSchemas.teamInput.safeParse({ name: "North\u202E Team" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("invisibleCharacters");
  });
});
