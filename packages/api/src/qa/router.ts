import { qaSchemas } from "@heard/domain";
import { defineDownload } from "../platform/http";
import { router, staffProcedure } from "../platform/trpc";
import * as qa from "./service";

export const qaRouter = router({
  /** Results for one version of the Top 10 Tips by tip and month, small numbers hidden. */
  results: staffProcedure("results.view")
    .input(qaSchemas.resultsFilter)
    .query(({ ctx, input }) => qa.results(ctx, input)),
  /** What families wrote, masked, a page at a time; every page shown is audit-logged. */
  freeText: staffProcedure("results.freeText")
    .input(qaSchemas.freeTextQuery)
    .query(({ ctx, input }) => qa.freeText(ctx, input)),
});

/** GET /api/exports/results.csv?input=<the results filter as JSON> */
export const qaDownloads = [
  defineDownload({ path: "/results.csv", permission: "results.export", input: qaSchemas.resultsFilter, produce: qa.resultsCsv }),
];
