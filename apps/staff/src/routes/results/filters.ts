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

/** The query in a page address; anything that is not a possible value is left out. */
export function parseResultsQuery(search: string): ResultsQuery {
  const params = new URLSearchParams(search);
  const one = (name: string, pattern: RegExp) => {
    const value = params.get(name)?.trim();
    return value && pattern.test(value) ? value : undefined;
  };
  const query: ResultsQuery = {
    teams: unique(params.getAll("team").filter((id) => uuidPattern.test(id))),
    types: unique(params.getAll("type").filter((type): type is MeetingType => (meetingTypes as readonly string[]).includes(type))),
    kinds: unique(params.getAll("kind").filter((kind): kind is RespondentKind => (respondentKinds as readonly string[]).includes(kind))),
  };
  const version = one("version", uuidPattern);
  const from = one("from", datePattern);
  const to = one("to", datePattern);
  if (version) query.version = version;
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
}

/** "version=…&from=…&team=a&team=b…": the address part for a query, in a fixed order. */
export function resultsSearch(query: ResultsQuery): string {
  const params = new URLSearchParams();
  if (query.version) params.set("version", query.version);
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  for (const team of query.teams) params.append("team", team);
  for (const type of meetingTypes) if (query.types.includes(type)) params.append("type", type);
  for (const kind of respondentKinds) if (query.kinds.includes(kind)) params.append("kind", kind);
  return params.toString();
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
