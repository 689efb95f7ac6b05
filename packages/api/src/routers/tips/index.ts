import { type Database, feedbackAnswers, feedbackResponses, type Tx, tips, tipVersions } from "@heard/db";
import { type TipIcon, type TipVersionStatus, tipsSchemas, topTipsCount } from "@heard/domain";
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { audit } from "../../audit";
import { fail } from "../../errors";
import { publicProcedure, router, staffProcedure } from "../../trpc";

/** Who may read every version with its counts. */
const readers = staffProcedure(["participation", "qa", "admin"]);
/** Who may edit and publish the Top 10 Tips. */
const editors = staffProcedure(["participation"]);

/**
 * Saving and publishing take this lock (for the rest of their transaction), so that two
 * people saving at once still leave one draft, and two publishing at once one published version.
 */
const tipVersionsLock = 4_815_162_342;

export type Tip = {
  id: string;
  position: number;
  title: string;
  wording: string;
  icon: TipIcon | null;
  translations: NonNullable<(typeof tips.$inferSelect)["translations"]>;
};

export type TipVersionSummary = {
  id: string;
  number: number;
  status: TipVersionStatus;
  createdAt: string;
  publishedAt: string | null;
  /** Answers to its tips, skipped ones left out. */
  answers: number;
  /** Feedback responses given against this version. */
  responses: number;
};

export async function tipsOfVersion(db: Database | Tx, versionId: string): Promise<Tip[]> {
  const rows = await db
    .select({
      id: tips.id,
      position: tips.position,
      title: tips.title,
      wording: tips.wording,
      icon: tips.icon,
      translations: tips.translations,
    })
    .from(tips)
    .where(eq(tips.versionId, versionId))
    .orderBy(asc(tips.position));
  return rows.map((row) => ({ ...row, icon: (row.icon as TipIcon | null) ?? null }));
}

/** The version families answer now, or null before the first is published. */
export async function publishedTipVersion(db: Database | Tx) {
  const [version] = await db
    .select()
    .from(tipVersions)
    .where(eq(tipVersions.status, "published"))
    .orderBy(desc(tipVersions.number))
    .limit(1);
  return version ?? null;
}

async function versionSummaries(db: Database, ids?: string[]): Promise<TipVersionSummary[]> {
  const where = ids ? inArray(tipVersions.id, ids) : undefined;
  const versions = await db.select().from(tipVersions).where(where).orderBy(desc(tipVersions.number));
  if (versions.length === 0) return [];
  const versionIds = versions.map((v) => v.id);
  const [answerCounts, responseCounts] = await Promise.all([
    db
      .select({ versionId: feedbackAnswers.tipVersionId, count: sql<number>`count(*)::int` })
      .from(feedbackAnswers)
      .where(and(inArray(feedbackAnswers.tipVersionId, versionIds), ne(feedbackAnswers.answer, 0)))
      .groupBy(feedbackAnswers.tipVersionId),
    db
      .select({ versionId: feedbackResponses.tipVersionId, count: sql<number>`count(*)::int` })
      .from(feedbackResponses)
      .where(inArray(feedbackResponses.tipVersionId, versionIds))
      .groupBy(feedbackResponses.tipVersionId),
  ]);
  const answersBy = new Map(answerCounts.map((row) => [row.versionId, Number(row.count)]));
  const responsesBy = new Map(responseCounts.map((row) => [row.versionId, Number(row.count)]));
  return versions.map((v) => ({
    id: v.id,
    number: v.number,
    status: v.status,
    createdAt: v.createdAt.toISOString(),
    publishedAt: v.publishedAt?.toISOString() ?? null,
    answers: answersBy.get(v.id) ?? 0,
    responses: responsesBy.get(v.id) ?? 0,
  }));
}

export const tipsRouter = router({
  /** The published Top 10 Tips with their translations, for the family app; null before any is published. */
  current: publicProcedure.query(async ({ ctx }) => {
    const version = await publishedTipVersion(ctx.db);
    if (!version) return null;
    return {
      id: version.id,
      number: version.number,
      publishedAt: version.publishedAt?.toISOString() ?? null,
      tips: await tipsOfVersion(ctx.db, version.id),
    };
  }),

  /** Every version, newest first: its status and how many answers and responses it holds. */
  versions: readers.query(({ ctx }) => versionSummaries(ctx.db)),

  /** One version with its tips. */
  get: readers.input(tipsSchemas.tipVersionIdInput).query(async ({ ctx, input }) => {
    const [summary] = await versionSummaries(ctx.db, [input.id]);
    if (!summary) return fail("NOT_FOUND", "notFound");
    return { ...summary, tips: await tipsOfVersion(ctx.db, summary.id) };
  }),

  /**
   * Creates the draft, or replaces the tips of the one draft there is. Exactly ten tips, in
   * order. A draft has no answers (meetings use the published version), so replacing is safe.
   */
  saveDraft: editors.input(tipsSchemas.tipVersionInput).mutation(async ({ ctx, input }) => {
    const draft = await ctx.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${tipVersionsLock})`);
      const [existing] = await tx.select().from(tipVersions).where(eq(tipVersions.status, "draft")).limit(1);
      let version = existing;
      if (version) {
        await tx.delete(tips).where(eq(tips.versionId, version.id));
      } else {
        const [{ next } = { next: 1 }] = await tx
          .select({ next: sql<number>`coalesce(max(${tipVersions.number}), 0)::int + 1` })
          .from(tipVersions);
        [version] = await tx
          .insert(tipVersions)
          .values({ number: Number(next), status: "draft", createdBy: ctx.user.id, createdAt: ctx.now() })
          .returning();
        if (!version) return fail("INTERNAL_SERVER_ERROR", "server");
      }
      await tx.insert(tips).values(
        input.tips.map((tip, index) => ({
          versionId: (version as { id: string }).id,
          position: index + 1,
          title: tip.title,
          wording: tip.wording,
          icon: tip.icon ?? null,
          translations: tip.translations,
        })),
      );
      return version;
    });
    await audit(ctx.db, ctx.meta, {
      action: "tips.draft.saved",
      actorId: ctx.user.id,
      subjectType: "tipVersion",
      subjectId: draft.id,
      detail: { number: draft.number },
    });
    const [summary] = await versionSummaries(ctx.db, [draft.id]);
    return { ...(summary as TipVersionSummary), tips: await tipsOfVersion(ctx.db, draft.id) };
  }),

  /**
   * Publishes the draft: families answer it from now on (meetings recorded from now use it),
   * the version published before is retired. Answers stay with the version they answered.
   */
  publish: editors.input(tipsSchemas.tipVersionIdInput).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const outcome = await ctx.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${tipVersionsLock})`);
      const [version] = await tx.select().from(tipVersions).where(eq(tipVersions.id, input.id)).limit(1);
      if (!version) return fail("NOT_FOUND", "notFound");
      if (version.status !== "draft") return fail("CONFLICT", "noTipsDraft");
      const [{ count } = { count: 0 }] = await tx
        .select({ count: sql<number>`count(*)::int` })
        .from(tips)
        .where(eq(tips.versionId, version.id));
      if (Number(count) !== topTipsCount) return fail("CONFLICT", "tipsMustBeTen");
      const retired = await tx
        .update(tipVersions)
        .set({ status: "retired" })
        .where(eq(tipVersions.status, "published"))
        .returning({ id: tipVersions.id, number: tipVersions.number });
      const [published] = await tx
        .update(tipVersions)
        .set({ status: "published", publishedAt: now })
        .where(eq(tipVersions.id, version.id))
        .returning();
      if (!published) return fail("INTERNAL_SERVER_ERROR", "server");
      return { published, retired };
    });
    await audit(ctx.db, ctx.meta, {
      action: "tips.version.published",
      actorId: ctx.user.id,
      subjectType: "tipVersion",
      subjectId: outcome.published.id,
      detail: { number: outcome.published.number, retired: outcome.retired.map((v) => v.number) },
    });
    const [summary] = await versionSummaries(ctx.db, [outcome.published.id]);
    return { ...(summary as TipVersionSummary), retiredVersionIds: outcome.retired.map((v) => v.id) };
  }),
});
