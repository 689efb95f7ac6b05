import { createHash } from "node:crypto";
import { concerns, meetingFamilies, meetings, statementReplies, statements, users } from "@heard/db";
import {
  type ConcernLevel,
  type ConcernScreen,
  fail,
  failField,
  isEmptyStatement,
  levelOfCategories,
  scopeFor,
  statementAnswerBy,
  type statementSchemas,
  statementScreenText,
  workingDateOf,
} from "@heard/domain";
import { and, asc, desc, eq, gte, inArray, isNull } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { alertRaisedConcerns, type ConcernToRaise, raiseConcerns, screenText } from "../concerns/service";
import { audit } from "../platform/audit";
import type { SignedInContext } from "../platform/context";
import { answerDays, familyOf, routeFor } from "./route";

/** The person's own family account, as `statements.send` allows. */
function ownAccount(ctx: SignedInContext): string {
  const scope = scopeFor(ctx.user, "statements.send");
  if (scope?.kind !== "own") return fail("forbidden", "forbidden");
  return scope.userId;
}

function levelOf(screened: ConcernScreen): ConcernLevel {
  return screened.level ?? levelOfCategories(screened.categories);
}

export type SendResult = {
  id: string;
  /** Words that may disclose harm raised a concern: the app shows where to get help now. */
  mayDiscloseHarm: boolean;
  /** Who it went to: the allocated worker, or the team's managers. */
  sentTo: "worker" | "managers";
  /** A retry of a message already stored; nothing new was stored. */
  duplicate: boolean;
};

/**
 * Stores a family's message once per idempotency key (the outbox may send it again), screens
 * its words and raises any concern in the same transaction, and routes it: the allocated worker,
 * or the team's managers when nobody is allocated or the worker is away.
 */
export async function sendStatement(ctx: SignedInContext, input: statementSchemas.SendStatementInput): Promise<SendResult> {
  const familyId = ownAccount(ctx);
  const { content } = input;
  if (isEmptyStatement(content)) return fail("badRequest", "statementEmpty");
  const contentHash = createHash("sha256")
    .update(JSON.stringify([input.language, content]), "utf8")
    .digest("hex");
  const family = await familyOf(ctx.db, familyId);
  if (!family) return fail("forbidden", "forbidden");

  const earlier = await earlierResult(ctx, input.idempotencyKey, contentHash, familyId);
  if (earlier) return earlier;

  const meetingId = content.kind === "getReady" ? content.meetingId : null;
  if (meetingId) {
    const [linked] = await ctx.db
      .select({ meetingId: meetingFamilies.meetingId })
      .from(meetingFamilies)
      .where(and(eq(meetingFamilies.meetingId, meetingId), eq(meetingFamilies.familyId, familyId)));
    if (!linked) return failField("meetingId", "statementMeetingNotYours");
  }
  const route = await routeFor(ctx.db, family);
  if (route.to === "nobody") return fail("preconditionFailed", "statementNoRecipient");

  const screened = screenText(statementScreenText(content), input.language, ctx.logger);
  const raise: ConcernToRaise[] = screened.mayDiscloseHarm
    ? [{ reason: "screened", categories: screened.categories, level: levelOf(screened) }]
    : [];
  const now = ctx.now();
  const answerBy = statementAnswerBy(now, await answerDays(ctx.db));
  const id = uuidv7({ msecs: now.getTime() });

  const stored = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(statements)
      .values({
        id,
        familyId,
        teamId: family.teamId,
        kind: content.kind,
        language: input.language,
        content,
        meetingId,
        face: content.kind === "feeling" ? content.face : null,
        worry: content.kind === "feeling" ? content.worry : null,
        workerId: route.to === "worker" ? route.workerId : null,
        idempotencyKey: input.idempotencyKey,
        contentHash,
        sentAt: now,
        answerBy,
      })
      .onConflictDoNothing({ target: statements.idempotencyKey })
      .returning({ id: statements.id });
    if (!row) return null;
    const concernIds = await raiseConcerns(
      tx,
      ctx,
      { responseId: null, statementId: id, meetingId, meetingType: null, heldOn: null, teamId: family.teamId },
      raise,
      now,
    );
    await audit(tx, ctx, {
      action: "statement.sent",
      actorId: familyId,
      subject: { type: "statement", id },
      detail: { kind: content.kind, sentTo: route.to, concernIds },
    });
    return { concernIds };
  });
  // Another request with the same key won the race: answer as it did.
  if (!stored) return (await earlierResult(ctx, input.idempotencyKey, contentHash, familyId)) ?? fail("conflict", "conflict");
  if (stored.concernIds.length > 0) {
    ctx.logger.info({ statementId: id }, "concern raised from a message to a worker");
    alertRaisedConcerns();
  }
  return { id, mayDiscloseHarm: screened.mayDiscloseHarm, sentTo: route.to, duplicate: false };
}

async function earlierResult(ctx: SignedInContext, key: string, contentHash: string, familyId: string): Promise<SendResult | null> {
  const [earlier] = await ctx.db
    .select({ id: statements.id, familyId: statements.familyId, contentHash: statements.contentHash, workerId: statements.workerId })
    .from(statements)
    .where(eq(statements.idempotencyKey, key));
  if (!earlier) return null;
  if (earlier.familyId !== familyId || earlier.contentHash !== contentHash) return fail("conflict", "idempotencyConflict");
  const [raised] = await ctx.db.select({ id: concerns.id }).from(concerns).where(eq(concerns.statementId, earlier.id)).limit(1);
  return { id: earlier.id, mayDiscloseHarm: raised !== undefined, sentTo: earlier.workerId ? "worker" : "managers", duplicate: true };
}

/** The family member's messages, newest first: whether each has been read, and the answers. */
export async function mySentStatements(ctx: SignedInContext) {
  const familyId = ownAccount(ctx);
  const rows = await ctx.db
    .select({
      id: statements.id,
      kind: statements.kind,
      content: statements.content,
      sentAt: statements.sentAt,
      readAt: statements.readAt,
      sharedAt: statements.sharedAt,
    })
    .from(statements)
    .where(eq(statements.familyId, familyId))
    .orderBy(desc(statements.sentAt))
    .limit(200);
  const replies =
    rows.length === 0
      ? []
      : await ctx.db
          .select({
            id: statementReplies.id,
            statementId: statementReplies.statementId,
            text: statementReplies.text,
            byName: users.displayName,
            createdAt: statementReplies.createdAt,
            familyReadAt: statementReplies.familyReadAt,
          })
          .from(statementReplies)
          .innerJoin(users, eq(users.id, statementReplies.byUserId))
          .where(
            inArray(
              statementReplies.statementId,
              rows.map((row) => row.id),
            ),
          )
          .orderBy(asc(statementReplies.createdAt));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    content: row.content,
    sentAt: row.sentAt.toISOString(),
    read: row.readAt !== null,
    shared: row.sharedAt !== null,
    replies: replies
      .filter((reply) => reply.statementId === row.id)
      .map((reply) => ({
        id: reply.id,
        text: reply.text,
        byName: reply.byName,
        createdAt: reply.createdAt.toISOString(),
        unread: reply.familyReadAt === null,
      })),
  }));
}

/** The family member has seen the answers to one of their messages. */
export async function sawReplies(ctx: SignedInContext, input: { id: string }) {
  const familyId = ownAccount(ctx);
  const [own] = await ctx.db
    .select({ id: statements.id })
    .from(statements)
    .where(and(eq(statements.id, input.id), eq(statements.familyId, familyId)));
  if (!own) return fail("notFound", "notFound");
  const seen = await ctx.db
    .update(statementReplies)
    .set({ familyReadAt: ctx.now() })
    .where(and(eq(statementReplies.statementId, own.id), isNull(statementReplies.familyReadAt)))
    .returning({ id: statementReplies.id });
  return { seen: seen.length };
}

/** The meetings staff have recorded for this family account from today on, to get ready for. */
export async function upcomingMeetings(ctx: SignedInContext) {
  const familyId = ownAccount(ctx);
  const rows = await ctx.db
    .select({ id: meetings.id, type: meetings.type, heldOn: meetings.heldOn })
    .from(meetingFamilies)
    .innerJoin(meetings, eq(meetings.id, meetingFamilies.meetingId))
    .where(and(eq(meetingFamilies.familyId, familyId), gte(meetings.heldOn, workingDateOf(ctx.now()))))
    .orderBy(asc(meetings.heldOn))
    .limit(20);
  return rows;
}
