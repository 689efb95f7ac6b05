import { describe, expect, it } from "vitest";
import { dateLocale, formatDate, formatList, formatNumber, formatPercent, localDay } from "./format";

describe("formatDate", () => {
  it("shows a calendar day as written, wherever the reader is", () => {
    expect(formatDate("2026-03-02", "en", "day")).toBe("2 Mar 2026");
    expect(formatDate("2026-03-02", "en", "longDay")).toBe("2 March 2026");
    expect(formatDate("2026-03-02", "ar", "day")).toMatch(/2026/);
    expect(formatDate("2026-03-02", "ar", "day")).not.toMatch(/[٠-٩]/);
    expect(formatDate("2026-03-01", "cy", "month")).toBe("Mawrth 2026");
    expect(formatDate("2026-03", "en", "month")).toBe("March 2026");
    expect(formatDate("2026-03-01", "en", "shortMonth")).toBe("Mar 2026");
  });

  it("shows a moment where the reader is, or in the zone given", () => {
    const fiveToTen = new Date(2025, 0, 6, 21, 55);
    for (const language of ["en", "cy", "ar"]) expect(formatDate(fiveToTen, language, "time")).toBe("21:55");
    expect(formatDate(new Date(2025, 0, 6, 9, 5), "en", "time")).toBe("09:05");
    expect(formatDate(Date.UTC(2025, 6, 1, 12, 30), "en", "time", "Europe/London")).toBe("13:30");
    expect(formatDate("2026-07-01T12:30:00.000Z", "en", "dateTime", "Europe/London")).toBe("1 Jul 2026, 13:30");
    expect(formatDate("2026-07-01T23:30:00.000Z", "en", "day", "Europe/London")).toBe("2 Jul 2026");
  });

  it("gives back what is not a date", () => {
    expect(formatDate("not a day", "en", "day")).toBe("not a day");
    expect(formatDate("2026-13-45", "en", "month")).toBe("2026-13-45");
  });
});

describe("numbers", () => {
  it("write English as in the UK, with Western digits", () => {
    expect(dateLocale("en")).toBe("en-GB");
    expect(dateLocale("cy")).toBe("cy");
    expect(formatNumber(72.46, "en")).toBe("72.5");
    expect(formatPercent(60, "en")).toBe("60%");
    expect(formatPercent(60, "ar")).toMatch(/60/);
  });

  it("join lists with the language's own separators", () => {
    expect(formatList(["Jan 2026"], "en")).toBe("Jan 2026");
    expect(formatList(["Jan 2026", "Mar 2026", "Dec 2026"], "en")).toBe("Jan 2026, Mar 2026, Dec 2026");
    expect(formatList(["Ion 2026", "Rhag 2026"], "cy")).toBe("Ion 2026, Rhag 2026");
    expect(formatList(["يناير", "مارس", "مايو"], "ar")).toBe("يناير، ومارس، ومايو");
    expect(formatList(["يناير 2026", "ديسمبر 2026"], "ar")).toBe("يناير 2026 وديسمبر 2026");
  });

  it("know today where the reader is", () => {
    expect(localDay(new Date(2026, 0, 31, 23, 59))).toBe("2026-01-31");
  });
});
