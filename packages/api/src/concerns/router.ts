import { concernSchemas } from "@heard/domain";
import { router, staffProcedure } from "../platform/trpc";
import * as concerns from "./service";

const handles = staffProcedure("concerns.handle");

export const concernsRouter = router({
  /** Concerns newest first, with their status, target time, overdue flag and alert status. No free text here. */
  list: handles.input(concernSchemas.listConcernsInput).query(({ ctx, input }) => concerns.listConcerns(ctx, input)),
  /** Everything about one concern; every call is in the audit log. */
  get: handles.input(concernSchemas.concernIdInput).query(({ ctx, input }) => concerns.getConcern(ctx, input)),
  acknowledge: handles.input(concernSchemas.acknowledgeConcernInput).mutation(({ ctx, input }) => concerns.acknowledgeConcern(ctx, input)),
  addNote: handles.input(concernSchemas.addConcernNoteInput).mutation(({ ctx, input }) => concerns.addConcernNote(ctx, input)),
  resolve: handles.input(concernSchemas.resolveConcernInput).mutation(({ ctx, input }) => concerns.resolveConcern(ctx, input)),
  /** Words only worth a look (no alert): a person clears them, or makes them a concern. */
  reviews: router({
    list: handles.input(concernSchemas.listConcernsInput).query(({ ctx, input }) => concerns.listReviews(ctx, input)),
    clear: handles.input(concernSchemas.clearReviewInput).mutation(({ ctx, input }) => concerns.clearReview(ctx, input)),
    /** Raises a concern from the same words, with its alert. */
    escalate: handles.input(concernSchemas.escalateReviewInput).mutation(({ ctx, input }) => concerns.escalateReview(ctx, input)),
  }),
});
