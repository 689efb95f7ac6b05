import { createI18n, formatTime, loadAllResources, type Translate } from "@heard/i18n";
import { describe, expect, it } from "vitest";
import { dateLocale, errorMessage } from "./error-text";

const resources = await loadAllResources();
async function translator(language: "en" | "cy" | "ar"): Promise<Translate> {
  const i18n = await createI18n({ language, resources });
  return i18n.t.bind(i18n) as unknown as Translate;
}

describe("errorMessage", () => {
  it("says when a locked-out person may try again, as HH:MM in their time zone", async () => {
    const retryAt = "2026-01-01T10:15:00.000Z";
    const lockedOut = { messageKey: "lockedOut", fieldErrors: {}, detail: { retryAt } };
    expect(errorMessage(await translator("en"), "en", lockedOut, "Europe/London")).toBe("Too many tries. Please try again at 10:15.");
    const welsh = errorMessage(await translator("cy"), "cy", lockedOut, "Europe/London");
    expect(welsh).toContain("10:15");
    expect(welsh).not.toContain("Too many tries");
    const arabic = errorMessage(await translator("ar"), "ar", lockedOut, "Asia/Dubai");
    expect(arabic).toContain(formatTime(new Date(retryAt), "ar", "Asia/Dubai")); // 14:15, Western digits
    expect(arabic).toContain("14:15");
  });

  it("reads a lockout without a time as 'too many tries', and unknown keys as 'invalid input'", async () => {
    const t = await translator("en");
    expect(errorMessage(t, "en", { messageKey: "lockedOut", fieldErrors: {}, detail: {} })).toBe(
      "Too many tries. Please wait a little and try again.",
    );
    expect(errorMessage(t, "en", "somethingNew")).toBe(errorMessage(t, "en", "invalidInput"));
    expect(errorMessage(t, "en", "network")).toMatch(/cannot reach the server/);
  });

  it("formats English dates as in the UK", () => {
    expect(dateLocale("en")).toBe("en-GB");
    expect(dateLocale("cy")).toBe("cy");
  });
});
