import { describe, expect, it } from "vitest";
import {
  addressedSearch,
  chosenPeriod,
  defaultPeriod,
  parseResultsQuery,
  type ResultsQuery,
  resultsFilter,
  resultsSearch,
  resultsSearchParams,
  type SearchParamsRecord,
  sameQuery,
  withinChoices,
} from "./filters";

const team = "0b6f3d5e-9a1c-4c1e-8f11-2a3b4c5d6e7f";
const version = "6a8e2f10-1b2c-4d3e-9f40-5a6b7c8d9e0f";
const otherTeam = "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f";

/** The address as the router reads it (useSearchParams): one value a string, several a list. */
function routerRecord(search: string): SearchParamsRecord {
  const record: Record<string, string | string[]> = {};
  new URLSearchParams(search).forEach((value, name) => {
    const before = record[name];
    record[name] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value];
  });
  return record;
}

/** What the router's setSearchParams writes for a record (as its mergeSearchString does). */
function routerSearch(params: ReturnType<typeof resultsSearchParams>, existing = ""): string {
  const merged = new URLSearchParams(existing);
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) merged.delete(name);
    else if (Array.isArray(value)) {
      merged.delete(name);
      for (const one of value) merged.append(name, one);
    } else merged.set(name, value);
  }
  return merged.toString();
}

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

  it("round-trips through the router's search params, both ways", () => {
    const queries: ResultsQuery[] = [
      { teams: [], types: [], kinds: [] },
      { version, teams: [team, otherTeam], types: ["coreGroup"], kinds: ["child", "parent"] },
      { from: "2025-03-01", to: "2025-09-30", teams: [otherTeam], types: ["other", "coreGroup"], kinds: [] },
    ];
    for (const query of queries) {
      const search = routerSearch(resultsSearchParams(query));
      const back = parseResultsQuery(routerRecord(search));
      expect(sameQuery(back, query)).toBe(true);
      expect(parseResultsQuery(search)).toEqual(back);
      expect(resultsSearch(back)).toBe(search);
    }
    // Lists come back in a fixed order, whatever order they were ticked in.
    expect(resultsSearchParams({ teams: [], types: ["other", "coreGroup"], kinds: ["parent", "child"] })).toMatchObject({
      type: ["coreGroup", "other"],
      kind: ["child", "parent"],
    });
  });

  it("replaces only its own names in the address, and clears the ones left out", () => {
    const before = `team=${team}&type=coreGroup&tab=charts`;
    expect(routerSearch(resultsSearchParams({ teams: [], types: [], kinds: ["child"] }), before)).toBe("tab=charts&kind=child");
  });

  it("reads the router's single values and lists alike, and ignores what it cannot use", () => {
    expect(
      parseResultsQuery({ team: team.toUpperCase(), type: ["coreGroup", "tea"], version: ["nope", version], from: " 2025-01-01 " }),
    ).toEqual({
      version,
      from: "2025-01-01",
      teams: [team],
      types: ["coreGroup"],
      kinds: [],
    });
    expect(parseResultsQuery({ to: "31/12/2025", kind: [], team: "'; drop table teams" })).toEqual({ teams: [], types: [], kinds: [] });
  });

  it("drops a team or version the person cannot choose, and keeps what is still loading", () => {
    const query: ResultsQuery = { version, teams: [team, otherTeam], types: ["coreGroup"], kinds: [] };
    expect(withinChoices(query, { teams: [team] })).toEqual({ ...query, teams: [team] });
    expect(withinChoices(query, { versions: [] })).toEqual({ teams: [team, otherTeam], types: ["coreGroup"], kinds: [] });
    expect(withinChoices(query, { versions: [version], teams: [team, otherTeam] })).toEqual(query);
    expect(withinChoices(query, {})).toEqual(query);
  });

  it("tells when the address holds more than it shows, so the page can tidy it", () => {
    const messy = `kind=child&team=x&type=party&tab=charts&from=yesterday`;
    const shown = parseResultsQuery(messy);
    expect(resultsSearch(shown)).toBe("kind=child");
    expect(addressedSearch(messy)).toBe("from=yesterday&team=x&type=party&kind=child");
    expect(addressedSearch(routerRecord(resultsSearch(shown)))).toBe(resultsSearch(shown));
    const tidy = `version=${version}&team=${team}&type=coreGroup`;
    expect(addressedSearch(routerRecord(`${tidy}&tab=charts`))).toBe(resultsSearch(parseResultsQuery(tidy)));
  });
});
