import {
  defaultResultsMonths,
  type MeetingType,
  meetingTypes,
  type qaSchemas,
  type RespondentKind,
  respondentKinds,
  resultsMonthOf,
} from "@heard/domain";

/**
 * The results a page shows, as its address says: `?version=…&from=…&to=…&team=…&team=…&type=…&kind=…`.
 * Everything is optional (left out: the API's default, "all"), so a view can be bookmarked and
 * shared, and the dates stay "the last twelve months" unless someone chose others.
 */
export interface ResultsQuery {
  version?: string;
  from?: string;
  to?: string;
  teams: string[];
  types: MeetingType[];
  kinds: RespondentKind[];
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

const unique = <T>(values: T[]) => [...new Set(values)];

/** The address's query as the router gives it (`useSearchParams`): a name once is a string, more often a list. */
export type SearchParamsRecord = Partial<Record<string, string | string[]>>;

/** The names the results keep in the address. Other names are left as they are. */
export const resultsParamNames = ["version", "from", "to", "team", "type", "kind"] as const;

function valuesOf(params: SearchParamsRecord | string, name: string): string[] {
  if (typeof params === "string") return new URLSearchParams(params).getAll(name);
  const value = params[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * The query in a page address (a search string or the router's record); anything that is not
 * a possible value is left out, so a mistyped or stale link still opens the results.
 */
export function parseResultsQuery(params: SearchParamsRecord | string): ResultsQuery {
  const all = (name: string) => valuesOf(params, name).map((value) => value.trim());
  const one = (name: string, pattern: RegExp) => all(name).find((value) => pattern.test(value));
  const query: ResultsQuery = {
    teams: unique(all("team").filter((id) => uuidPattern.test(id))).map((id) => id.toLowerCase()),
    types: unique(all("type").filter((type): type is MeetingType => (meetingTypes as readonly string[]).includes(type))),
    kinds: unique(all("kind").filter((kind): kind is RespondentKind => (respondentKinds as readonly string[]).includes(kind))),
  };
  const version = one("version", uuidPattern);
  const from = one("from", datePattern);
  const to = one("to", datePattern);
  if (version) query.version = version.toLowerCase();
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
}

/**
 * The query for the router's `setSearchParams`: every name the results use, absent ones as
 * undefined (which removes them), lists in a fixed order.
 */
export function resultsSearchParams(query: ResultsQuery): Record<(typeof resultsParamNames)[number], string | string[] | undefined> {
  return {
    version: query.version,
    from: query.from,
    to: query.to,
    team: [...query.teams],
    type: meetingTypes.filter((type) => query.types.includes(type)),
    kind: respondentKinds.filter((kind) => query.kinds.includes(kind)),
  };
}

/** "version=…&from=…&team=a&team=b…": the address part for a query, in a fixed order. */
export function resultsSearch(query: ResultsQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(resultsSearchParams(query))) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, one);
  }
  return params.toString();
}

/**
 * The results' part of an address as it stands, names in the fixed order but values as they
 * are: what differs from `resultsSearch` of what is shown should leave the address.
 */
export function addressedSearch(params: SearchParamsRecord | string): string {
  const search = new URLSearchParams();
  for (const name of resultsParamNames) for (const value of valuesOf(params, name)) search.append(name, value);
  return search.toString();
}

/** Whether two queries ask for the same results. */
export function sameQuery(a: ResultsQuery, b: ResultsQuery): boolean {
  return resultsSearch(a) === resultsSearch(b);
}

/**
 * The query without what this person cannot choose: teams not offered to them, a version that
 * is not listed. A list still loading (undefined) keeps its part as it is.
 */
export function withinChoices(query: ResultsQuery, choices: { teams?: readonly string[]; versions?: readonly string[] }): ResultsQuery {
  const next: ResultsQuery = { ...query };
  const { teams, versions } = choices;
  if (teams) next.teams = query.teams.filter((id) => teams.includes(id));
  if (versions && query.version && !versions.includes(query.version)) delete next.version;
  return next;
}

/** What qa.results (and qa.freeText, qa.exportCsv) take for a query. Empty lists mean "all". */
export function resultsFilter(query: ResultsQuery): qaSchemas.ResultsFilterInput {
  const filter: qaSchemas.ResultsFilterInput = {};
  if (query.version) filter.tipVersionId = query.version;
  if (query.from) filter.from = query.from;
  if (query.to) filter.to = query.to;
  if (query.teams.length > 0) filter.teamIds = query.teams;
  if (query.types.length > 0) filter.meetingTypes = query.types;
  if (query.kinds.length > 0) filter.respondentKinds = query.kinds;
  return filter;
}

/** The dates shown when none are chosen: the API's default, the last twelve months to today. */
export function defaultPeriod(today: string): { from: string; to: string } {
  return { from: resultsMonthOf(today, 1 - defaultResultsMonths), to: today };
}

/**
 * The dates to put in the address for what is in the boxes. `to` only when it is not today, and
 * `from` only when it is not the default or `to` is given: so a bookmark of the default view
 * keeps meaning "the last twelve months", and "from March" keeps meaning "from March to today".
 */
export function chosenPeriod(from: string, to: string, today: string): { from?: string; to?: string } {
  const defaults = defaultPeriod(today);
  const f = from.trim();
  const t = to.trim();
  const out: { from?: string; to?: string } = {};
  if (t && t !== defaults.to) out.to = t;
  if (f && (f !== defaults.from || out.to)) out.from = f;
  return out;
}
