import { advisoryLocks, type Database, feedbackAnswers, feedbackResponses, type Queryable, tips, tipVersions } from "@heard/db";
import { fail, type TipIcon, type TipVersionStatus, type tipsSchemas, topTipsCount } from "@heard/domain";
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { audit } from "../platform/audit";
import type { RequestContext, SignedInContext } from "../platform/context";

/**
 * Saving and publishing take this lock for the rest of their transaction, so that two people
 * saving at once still leave one draft, and two publishing at once one published version.
 */
const lockTipVersions = (tx: Queryable) => tx.execute(sql`select pg_advisory_xact_lock(${advisoryLocks.tipVersions})`);

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

export async function tipsOfVersion(db: Queryable, versionId: string): Promise<Tip[]> {
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
export async function publishedTipVersion(db: Queryable) {
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

/** The published Top 10 Tips with their translations, for the family app; null before any is published. */
export async function currentTips(ctx: Pick<RequestContext, "db">) {
  const version = await publishedTipVersion(ctx.db);
  if (!version) return null;
  return {
    id: version.id,
    number: version.number,
    publishedAt: version.publishedAt?.toISOString() ?? null,
    tips: await tipsOfVersion(ctx.db, version.id),
  };
}

/** Every version, newest first: its status and how many answers and responses it holds. */
export function listTipVersions(ctx: Pick<RequestContext, "db">) {
  return versionSummaries(ctx.db);
}

/** One version with its tips. */
export async function getTipVersion(ctx: Pick<RequestContext, "db">, input: { id: string }) {
  const [summary] = await versionSummaries(ctx.db, [input.id]);
  if (!summary) return fail("notFound", "notFound");
  return { ...summary, tips: await tipsOfVersion(ctx.db, summary.id) };
}

/**
 * Creates the draft, or replaces the tips of the one draft there is. Exactly ten tips, in
 * order. A draft has no answers (meetings use the published version), so replacing is safe.
 */
export async function saveTipsDraft(ctx: SignedInContext, input: tipsSchemas.TipVersionOutput) {
  const draft = await ctx.db.transaction(async (tx) => {
    await lockTipVersions(tx);
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
      if (!version) return fail("internal", "server");
    }
    const versionId = version.id;
    await tx.insert(tips).values(
      input.tips.map((tip, index) => ({
        versionId,
        position: index + 1,
        title: tip.title,
        wording: tip.wording,
        icon: tip.icon ?? null,
        translations: tip.translations,
      })),
    );
    await audit(tx, ctx, {
      action: "tips.draft.saved",
      actorId: ctx.user.id,
      subject: { type: "tipVersion", id: versionId },
      detail: { number: version.number },
    });
    return version;
  });
  const [summary] = await versionSummaries(ctx.db, [draft.id]);
  if (!summary) return fail("internal", "server");
  return { ...summary, tips: await tipsOfVersion(ctx.db, draft.id) };
}

/**
 * Publishes the draft: families answer it from now on (meetings recorded from now use it),
 * the version published before is retired. Answers stay with the version they answered.
 */
export async function publishTips(ctx: SignedInContext, input: { id: string }) {
  const now = ctx.now();
  const outcome = await ctx.db.transaction(async (tx) => {
    await lockTipVersions(tx);
    const [version] = await tx.select().from(tipVersions).where(eq(tipVersions.id, input.id)).limit(1);
    if (!version) return fail("notFound", "notFound");
    if (version.status !== "draft") return fail("conflict", "noTipsDraft");
    const [{ count } = { count: 0 }] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(tips)
      .where(eq(tips.versionId, version.id));
    if (Number(count) !== topTipsCount) return fail("conflict", "tipsMustBeTen");
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
    if (!published) return fail("internal", "server");
    await audit(tx, ctx, {
      action: "tips.version.published",
      actorId: ctx.user.id,
      subject: { type: "tipVersion", id: published.id },
      detail: { number: published.number, retired: retired.map((v) => v.number) },
    });
    return { published, retired };
  });
  const [summary] = await versionSummaries(ctx.db, [outcome.published.id]);
  if (!summary) return fail("internal", "server");
  return { ...summary, retiredVersionIds: outcome.retired.map((v) => v.id) };
}
