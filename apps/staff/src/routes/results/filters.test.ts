import { describe, expect, it } from "vitest";
import { chosenPeriod, defaultPeriod, parseResultsQuery, resultsFilter, resultsSearch } from "./filters";

const team = "0b6f3d5e-9a1c-4c1e-8f11-2a3b4c5d6e7f";
const version = "6a8e2f10-1b2c-4d3e-9f40-5a6b7c8d9e0f";

describe("results in the address", () => {
  it("round-trips every filter", () => {
    const search = `version=${version}&from=2025-01-01&to=2025-12-31&team=${team}&type=coreGroup&type=other&kind=parent`;
    const query = parseResultsQuery(`?${search}`);
    expect(query).toEqual({
      version,
      from: "2025-01-01",
      to: "2025-12-31",
      teams: [team],
      types: ["coreGroup", "other"],
      kinds: ["parent"],
    });
    expect(resultsSearch(query)).toBe(search);
    expect(resultsFilter(query)).toEqual({
      tipVersionId: version,
      from: "2025-01-01",
      to: "2025-12-31",
      teamIds: [team],
      meetingTypes: ["coreGroup", "other"],
      respondentKinds: ["parent"],
    });
  });

  it("leaves out what is not a possible value, and repeats", () => {
    const query = parseResultsQuery("?version=nope&from=yesterday&team=x&type=party&type=coreGroup&type=coreGroup&kind=cat");
    expect(query).toEqual({ teams: [], types: ["coreGroup"], kinds: [] });
    expect(resultsFilter(parseResultsQuery(""))).toEqual({});
  });

  it("keeps the default period out of the address, so a bookmark stays 'the last twelve months'", () => {
    const today = "2026-03-15";
    expect(defaultPeriod(today)).toEqual({ from: "2025-04-01", to: "2026-03-15" });
    expect(chosenPeriod("2025-04-01", "2026-03-15", today)).toEqual({});
    expect(chosenPeriod("", "", today)).toEqual({});
    expect(chosenPeriod("2026-01-01", "2026-03-15", today)).toEqual({ from: "2026-01-01" });
    // A chosen end keeps the start shown in the box, even the default one.
    expect(chosenPeriod("2025-04-01", "2025-12-31", today)).toEqual({ from: "2025-04-01", to: "2025-12-31" });
  });
});
