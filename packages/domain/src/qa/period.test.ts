import { describe, expect, it } from "vitest";
import { resolveResultsPeriod, resultsMonthOf, resultsMonthsBetween } from "./period";
import { freeTextQuery, resultsFilter } from "./schemas";

describe("results period", () => {
  it("works in whole months", () => {
    expect(resultsMonthOf("2026-03-17")).toBe("2026-03-01");
    expect(resultsMonthOf("2026-01-31", -1)).toBe("2025-12-01");
    expect(resultsMonthOf("2025-12-01", 1)).toBe("2026-01-01");
    expect(resultsMonthsBetween("2025-11-15", "2026-02-03")).toEqual(["2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01"]);
  });

  it("defaults to the twelve months up to today", () => {
    const resolved = resolveResultsPeriod({}, "2026-03-02");
    expect(resolved).toMatchObject({ ok: true, period: { from: "2025-04-01", to: "2026-03-01" } });
    if (resolved.ok) expect(resolved.period.months).toHaveLength(12);
    expect(resolveResultsPeriod({ to: "2025-06-30" }, "2026-03-02")).toMatchObject({
      ok: true,
      period: { from: "2024-07-01", to: "2025-06-01" },
    });
  });

  it("refuses a range that runs backwards or is longer than three years", () => {
    expect(resolveResultsPeriod({ from: "2027-01-01" }, "2026-03-02")).toEqual({ ok: false, problem: "dateRangeReversed" });
    expect(resolveResultsPeriod({ from: "2020-01-01" }, "2026-03-02")).toEqual({ ok: false, problem: "dateRangeTooLong" });
    const longest = resolveResultsPeriod({ from: "2023-01-01", to: "2025-12-31" }, "2026-03-02");
    expect(longest.ok && longest.period.months.length).toBe(36);
  });
});

describe("results filter schema", () => {
  const issues = (input: unknown) => resultsFilter.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`) ?? [];

  it("accepts nothing at all, or every part", () => {
    expect(resultsFilter.parse({})).toEqual({});
    expect(
      resultsFilter.parse({
        teamIds: ["7a0b5e2c-1d2e-4f3a-8b4c-5d6e7f8a9b0c"],
        meetingTypes: ["coreGroup"],
        respondentKinds: ["child", "parent"],
        from: "2025-01-01",
        to: "2025-12-31",
        tipVersionId: "7a0b5e2c-1d2e-4f3a-8b4c-5d6e7f8a9b0c",
      }),
    ).toMatchObject({ from: "2025-01-01" });
  });

  it("says what is wrong with dates, field by field", () => {
    expect(issues({ from: "2025-02-30" })).toEqual(["from:invalidDate"]);
    expect(issues({ from: "01/02/2025" })).toEqual(["from:invalidDate"]);
    expect(issues({ from: "2025-06-01", to: "2025-05-31" })).toEqual(["to:dateRangeReversed"]);
    expect(issues({ from: "2022-01-01", to: "2025-01-02" })).toEqual(["to:dateRangeTooLong"]);
    expect(issues({ from: "2022-01-01", to: "2025-01-01" })).toEqual([]);
  });

  it("refuses unknown meeting types, respondent kinds and ids", () => {
    expect(issues({ meetingTypes: ["tea"] })).toEqual(["meetingTypes.0:invalidChoice"]);
    expect(issues({ respondentKinds: ["dog"] })).toEqual(["respondentKinds.0:invalidChoice"]);
    expect(issues({ teamIds: ["x"] })).toEqual(["teamIds.0:invalidInput"]);
  });

  it("pages free text", () => {
    expect(freeTextQuery.parse({})).toEqual({ limit: 20, offset: 0 });
    expect(freeTextQuery.safeParse({ limit: 101 }).success).toBe(false);
  });
});
