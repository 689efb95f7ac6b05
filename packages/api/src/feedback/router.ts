import { feedbackSchemas } from "@heard/domain";
import { publicProcedure, router } from "../platform/trpc";
import * as feedback from "./service";

export const feedbackRouter = router({
  /** What the family app shows for a code: the meeting and the tips to answer, in every language. */
  open: publicProcedure.input(feedbackSchemas.openFeedbackInput).query(({ ctx, input }) => feedback.openFeedback(ctx, input)),
  /** Stores one person's feedback exactly once per idempotency key, raising any concern with it. */
  submit: publicProcedure.input(feedbackSchemas.submitFeedbackInput).mutation(({ ctx, input }) => feedback.submitFeedback(ctx, input)),
});
