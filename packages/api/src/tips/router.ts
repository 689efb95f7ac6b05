import { tipsSchemas } from "@heard/domain";
import { publicProcedure, router, staffProcedure } from "../platform/trpc";
import * as tips from "./service";

export const tipsRouter = router({
  /** The published Top 10 Tips with their translations, for the family app; null before any is published. */
  current: publicProcedure.query(({ ctx }) => tips.currentTips(ctx)),
  /** Every version, newest first: its status and how many answers and responses it holds. */
  versions: staffProcedure("tips.view").query(({ ctx }) => tips.listTipVersions(ctx)),
  /** One version with its tips. */
  get: staffProcedure("tips.view")
    .input(tipsSchemas.tipVersionIdInput)
    .query(({ ctx, input }) => tips.getTipVersion(ctx, input)),
  /** Creates the draft, or replaces the tips of the one draft there is. */
  saveDraft: staffProcedure("tips.edit")
    .input(tipsSchemas.tipVersionInput)
    .mutation(({ ctx, input }) => tips.saveTipsDraft(ctx, input)),
  /** Publishes the draft; the version published before is retired. */
  publish: staffProcedure("tips.edit")
    .input(tipsSchemas.tipVersionIdInput)
    .mutation(({ ctx, input }) => tips.publishTips(ctx, input)),
});
