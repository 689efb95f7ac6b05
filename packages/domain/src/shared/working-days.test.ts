import { describe, expect, it } from "vitest";
import { englandAndWalesBankHolidays, isWorkingDay, oneWorkingDayAfter, workingDateOf } from "./working-days";

describe("England and Wales bank holidays", () => {
  it("follows the rules, with weekend days moved to the next weekday", () => {
    // As published for 2026 and 2027 (Boxing Day 2026 and Christmas 2027 fall at weekends).
    expect(englandAndWalesBankHolidays(2026)).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-04",
      "2026-05-25",
      "2026-08-31",
      "2026-12-25",
      "2026-12-28",
    ]);
    expect(englandAndWalesBankHolidays(2027)).toEqual([
      "2027-01-01",
      "2027-03-26",
      "2027-03-29",
      "2027-05-03",
      "2027-05-31",
      "2027-08-30",
      "2027-12-27",
      "2027-12-28",
    ]);
    // New Year's Day 2028 is a Saturday: the Monday after.
    expect(englandAndWalesBankHolidays(2028)[0]).toBe("2028-01-03");
    expect(englandAndWalesBankHolidays(2025)).toContain("2025-04-18");
  });
});

describe("one working day", () => {
  it("is the same time on the next working day", () => {
    expect(oneWorkingDayAfter(new Date("2026-03-03T10:00:00Z")).toISOString()).toBe("2026-03-04T10:00:00.000Z");
  });

  it("skips the weekend", () => {
    expect(oneWorkingDayAfter(new Date("2026-03-06T16:00:00Z")).toISOString()).toBe("2026-03-09T16:00:00.000Z");
    // Raised on a Saturday: due on Monday.
    expect(oneWorkingDayAfter(new Date("2026-03-07T11:00:00Z")).toISOString()).toBe("2026-03-09T11:00:00.000Z");
  });

  it("skips a bank holiday weekend, in UK time", () => {
    // Thursday before Easter 2026, 15:00 BST: Good Friday, the weekend and Easter Monday pass.
    expect(oneWorkingDayAfter(new Date("2026-04-02T14:00:00Z")).toISOString()).toBe("2026-04-07T14:00:00.000Z");
    // 23:30 on Friday 29 May 2026 in London (BST) is Friday there, not Saturday.
    expect(workingDateOf(new Date("2026-05-29T22:30:00Z"))).toBe("2026-05-29");
    expect(isWorkingDay("2026-05-25")).toBe(false);
  });

  it("keeps the organisation's own extra holidays", () => {
    expect(oneWorkingDayAfter(new Date("2026-03-03T10:00:00Z"), ["2026-03-04"]).toISOString()).toBe("2026-03-05T10:00:00.000Z");
  });
});
