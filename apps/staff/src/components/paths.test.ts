import { describe, expect, it } from "vitest";
import { safeNextPath, signInHref, withoutBase } from "./paths";

describe("safeNextPath", () => {
  it("keeps paths inside the app", () => {
    expect(safeNextPath("/families")).toBe("/families");
    expect(safeNextPath("/admin/audit?action=x")).toBe("/admin/audit?action=x");
  });

  it("refuses other sites, odd values and the sign-in page itself", () => {
    for (const next of [null, "", "https://evil.example/", "//evil.example", "/\\evil", "families", "/sign-in", "/sign-in?next=/x"]) {
      expect(safeNextPath(next)).toBe("/");
    }
  });
});

describe("sign-in addresses", () => {
  it("remember where to go next and why", () => {
    expect(signInHref("/families", "expired")).toBe("/sign-in?next=%2Ffamilies&reason=expired");
    expect(signInHref("/", "signedOut")).toBe("/sign-in?reason=signedOut");
    expect(withoutBase("/staff/families")).toBe("/families");
    expect(withoutBase("/staff")).toBe("/");
  });
});
