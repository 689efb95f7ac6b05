import { z } from "zod";
import { respondentKinds } from "../feedback/feedback";
import { isCalendarDate, meetingTypes } from "../meetings/meetings";
import { resultsRangeProblem } from "./period";

const id = z.string().uuid("invalidInput");
const calendarDate = z.string({ error: "invalidDate" }).trim().refine(isCalendarDate, "invalidDate");

/**
 * What a set of results covers. Every part is optional; a list left out or empty means
 * "all". `from`/`to` are dates (YYYY-MM-DD) but results go by whole months: see
 * `resolveResultsPeriod` for the defaults (the last twelve months). `tipVersionId` defaults to
 * the published version: results are always for exactly one version of the Top 10 Tips.
 */
const filterShape = {
  teamIds: z.array(id, { error: "invalidInput" }).max(200, "tooLong").optional(),
  meetingTypes: z
    .array(z.enum(meetingTypes, { error: "invalidChoice" }), { error: "invalidInput" })
    .max(meetingTypes.length, "tooLong")
    .optional(),
  respondentKinds: z
    .array(z.enum(respondentKinds, { error: "invalidChoice" }), { error: "invalidInput" })
    .max(respondentKinds.length, "tooLong")
    .optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  tipVersionId: id.optional(),
};

/** to ≥ from, and at most three years apart. */
function checkRange(filter: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (!filter.from || !filter.to || !isCalendarDate(filter.from) || !isCalendarDate(filter.to)) return;
  const problem = resultsRangeProblem(filter.from, filter.to);
  if (problem) ctx.addIssue({ code: "custom", path: ["to"], message: problem });
}

export const resultsFilter = z.object(filterShape).superRefine(checkRange);
export type ResultsFilter = z.output<typeof resultsFilter>;
export type ResultsFilterInput = z.input<typeof resultsFilter>;

/** Free text for QA: the same filter, a page at a time, newest first. */
export const freeTextQuery = z
  .object({
    ...filterShape,
    limit: z.number({ error: "invalidInput" }).int("invalidInput").min(1, "invalidInput").max(100, "invalidInput").default(20),
    offset: z.number({ error: "invalidInput" }).int("invalidInput").min(0, "invalidInput").max(100_000, "invalidInput").default(0),
  })
  .superRefine(checkRange);
export type FreeTextQuery = z.output<typeof freeTextQuery>;
