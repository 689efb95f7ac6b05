import { meetings, type Queryable, statementReplies, statements, users, userTeams } from "@heard/db";
import { actsForTeam, fail, failField, isStatementLate, type Scope, scopeFor, type statementSchemas, withinScope } from "@heard/domain";
import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getMeeting } from "../meetings/service";
import { audit } from "../platform/audit";
import type { SignedInContext } from "../platform/context";
import { familyOf } from "./route";

/**
 * The SQL twin of `withinScope` for messages under `statements.answer`: a worker's own (sent to
 * them), a manager's teams' (and any sent to them by name).
 */
function statementsWithin(scope: Scope | null): SQL | undefined {
  if (!scope) return sql`false`;
  switch (scope.kind) {
    case "organisation":
      return undefined;
    case "team":
      return scope.teamIds.length > 0
        ? or(eq(statements.workerId, scope.userId), inArray(statements.teamId, [...scope.teamIds]))
        : eq(statements.workerId, scope.userId);
    case "own":
      return eq(statements.workerId, scope.userId);
  }
}

/** Messages of these teams (none: nothing). */
function inTeams(teamIds: readonly string[]): SQL {
  return teamIds.length > 0 ? (inArray(statements.teamId, [...teamIds]) as SQL) : sql`false`;
}

const family = alias(users, "family");
const worker = alias(users, "worker");

function selectStatements(db: Queryable) {
  return db
    .select({
      id: statements.id,
      kind: statements.kind,
      language: statements.language,
      content: statements.content,
      teamId: statements.teamId,
      familyId: statements.familyId,
      familyName: family.displayName,
      memberKind: family.memberKind,
      workerId: statements.workerId,
      workerName: worker.displayName,
      meetingId: statements.meetingId,
      sentAt: statements.sentAt,
      answerBy: statements.answerBy,
      readAt: statements.readAt,
      firstAnsweredAt: statements.firstAnsweredAt,
      sharedAt: statements.sharedAt,
      sharedMeetingId: statements.sharedMeetingId,
    })
    .from(statements)
    .innerJoin(family, eq(family.id, statements.familyId))
    .leftJoin(worker, eq(worker.id, statements.workerId));
}

type StatementRow = Awaited<ReturnType<ReturnType<typeof selectStatements>["where"]>>[number];

function summaryOf(row: StatementRow, now: Date) {
  return {
    id: row.id,
    kind: row.kind,
    language: row.language,
    /** The child's words in full: the inbox is where they are read. */
    content: row.content,
    family: { id: row.familyId, name: row.familyName, memberKind: row.memberKind ?? "child" },
    /** Sent to this worker; null when it went to the team's managers. */
    worker: row.workerId ? { id: row.workerId, name: row.workerName ?? "" } : null,
    teamId: row.teamId,
    meetingId: row.meetingId,
    sentAt: row.sentAt.toISOString(),
    answerBy: row.answerBy.toISOString(),
    read: row.readAt !== null,
    answeredAt: row.firstAnsweredAt?.toISOString() ?? null,
    late: isStatementLate({ answerBy: row.answerBy, answeredAt: row.firstAnsweredAt }, now),
    sharedAt: row.sharedAt?.toISOString() ?? null,
    sharedMeetingId: row.sharedMeetingId,
  };
}

/**
 * The inbox: unread first, then newest. `mine` is what was sent to me (and, for a manager, what
 * went to the managers of my teams); `team` is every message of my teams. Filters: unanswered,
 * or late (past its answer time and unanswered, or answered after it).
 */
export async function inbox(ctx: SignedInContext, input: statementSchemas.StatementInboxInput) {
  const scope = scopeFor(ctx.user, "statements.answer");
  const view = input?.view ?? "mine";
  const now = ctx.now();
  const mine =
    scope?.kind === "team"
      ? or(eq(statements.workerId, ctx.user.id), and(isNull(statements.workerId), inTeams(scope.teamIds)))
      : eq(statements.workerId, ctx.user.id);
  const filter =
    input?.filter === "unanswered"
      ? isNull(statements.firstAnsweredAt)
      : input?.filter === "late"
        ? or(
            and(isNull(statements.firstAnsweredAt), lt(statements.answerBy, now)),
            and(isNotNull(statements.firstAnsweredAt), sql`${statements.firstAnsweredAt} > ${statements.answerBy}`),
          )
        : undefined;
  const rows = await selectStatements(ctx.db)
    .where(and(statementsWithin(scope), view === "mine" ? mine : undefined, filter))
    .orderBy(sql`${statements.readAt} is not null`, desc(statements.sentAt))
    .limit(input?.limit ?? 100);
  return rows.map((row) => summaryOf(row, now));
}

/** One message the person may read, or a refusal that does not say whether it exists. */
async function visibleStatement(ctx: SignedInContext, id: string): Promise<StatementRow> {
  const [row] = await selectStatements(ctx.db)
    .where(and(eq(statements.id, id), statementsWithin(scopeFor(ctx.user, "statements.answer"))))
    .limit(1);
  return row ?? fail("notFound", "notFound");
}

async function repliesOf(db: Queryable, statementId: string) {
  const rows = await db
    .select({
      id: statementReplies.id,
      text: statementReplies.text,
      byName: users.displayName,
      createdAt: statementReplies.createdAt,
      familyReadAt: statementReplies.familyReadAt,
    })
    .from(statementReplies)
    .innerJoin(users, eq(users.id, statementReplies.byUserId))
    .where(eq(statementReplies.statementId, statementId))
    .orderBy(asc(statementReplies.createdAt));
  return rows.map((row) => ({
    id: row.id,
    text: row.text,
    byName: row.byName,
    createdAt: row.createdAt.toISOString(),
    seenByFamily: row.familyReadAt !== null,
  }));
}

/** Opens a message with its answers; the first time someone it was sent to opens it, it is marked read (audited). */
export async function getStatement(ctx: SignedInContext, input: { id: string }) {
  const row = await visibleStatement(ctx, input.id);
  const now = ctx.now();
  if (row.readAt === null) {
    await ctx.db.transaction(async (tx) => {
      const [first] = await tx
        .update(statements)
        .set({ readAt: now, readBy: ctx.user.id })
        .where(and(eq(statements.id, row.id), isNull(statements.readAt)))
        .returning({ id: statements.id });
      if (first) await audit(tx, ctx, { action: "statement.read", actorId: ctx.user.id, subject: { type: "statement", id: row.id } });
    });
    row.readAt = now;
  }
  const [replies, meeting] = await Promise.all([
    repliesOf(ctx.db, row.id),
    (row.meetingId ?? row.sharedMeetingId)
      ? ctx.db
          .select({ id: meetings.id, type: meetings.type, heldOn: meetings.heldOn })
          .from(meetings)
          .where(eq(meetings.id, row.meetingId ?? row.sharedMeetingId ?? ""))
          .then((found) => found[0] ?? null)
      : Promise.resolve(null),
  ]);
  return { ...summaryOf(row, now), replies, meeting };
}

/** Answers a message; the family sees the answer in the app. The first answer stops the clock. */
export async function replyToStatement(ctx: SignedInContext, input: statementSchemas.ReplyStatementInput) {
  const row = await visibleStatement(ctx, input.id);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [reply] = await tx
      .insert(statementReplies)
      .values({ statementId: row.id, text: input.text, byUserId: ctx.user.id, createdAt: now })
      .returning({ id: statementReplies.id });
    await tx
      .update(statements)
      .set({ firstAnsweredAt: now, readAt: row.readAt ?? now, readBy: sql`coalesce(${statements.readBy}, ${ctx.user.id}::uuid)` })
      .where(and(eq(statements.id, row.id), isNull(statements.firstAnsweredAt)));
    await audit(tx, ctx, {
      action: "statement.answered",
      actorId: ctx.user.id,
      subject: { type: "statement", id: row.id },
      detail: { replyId: reply?.id ?? "" },
    });
    return { id: reply?.id ?? "", late: isStatementLate({ answerBy: row.answerBy, answeredAt: row.firstAnsweredAt ?? now }, now) };
  });
}

/**
 * Marks a get-ready message as shared at its meeting, so the meeting's page shows it for the
 * chair to read out. A message for "a meeting soon" is shared at the meeting staff name, which
 * must be one of the family's team. Once.
 */
export async function shareStatement(ctx: SignedInContext, input: { id: string; meetingId?: string | undefined }) {
  const row = await visibleStatement(ctx, input.id);
  if (row.kind !== "getReady") return fail("badRequest", "statementNotGetReady");
  if (row.sharedAt) return { id: row.id, sharedAt: row.sharedAt.toISOString(), meetingId: row.sharedMeetingId };
  const meetingId = row.meetingId ?? input.meetingId;
  if (!meetingId) return failField("meetingId", "statementMeetingRequired");
  const [meeting] = await ctx.db.select({ id: meetings.id, teamId: meetings.teamId }).from(meetings).where(eq(meetings.id, meetingId));
  if (!meeting || meeting.teamId !== row.teamId) return failField("meetingId", "statementMeetingRequired");
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [shared] = await tx
      .update(statements)
      .set({ sharedAt: now, sharedBy: ctx.user.id, sharedMeetingId: meeting.id })
      .where(and(eq(statements.id, row.id), isNull(statements.sharedAt)))
      .returning({ sharedAt: statements.sharedAt });
    if (shared)
      await audit(tx, ctx, {
        action: "statement.shared",
        actorId: ctx.user.id,
        subject: { type: "statement", id: row.id },
        detail: { meetingId: meeting.id },
      });
    return { id: row.id, sharedAt: (shared?.sharedAt ?? now).toISOString(), meetingId: meeting.id };
  });
}

/** The get-ready messages shared at a meeting, for its page (whoever may see the meeting). */
export async function sharedAtMeeting(ctx: SignedInContext, meetingId: string) {
  await getMeeting(ctx, { id: meetingId });
  const rows = await selectStatements(ctx.db)
    .where(and(eq(statements.sharedMeetingId, meetingId), isNotNull(statements.sharedAt)))
    .orderBy(asc(statements.sentAt));
  const now = ctx.now();
  return rows.map((row) => summaryOf(row, now));
}

/** Allocates a worker (or nobody) to a family account of the person's team; audited with who it was before. */
export async function allocateWorker(ctx: SignedInContext, input: statementSchemas.AllocateWorkerInput) {
  const account = await familyOf(ctx.db, input.familyId);
  if (!account || !actsForTeam(scopeFor(ctx.user, "families.allocate"), account.teamId)) return fail("notFound", "notFound");
  if (input.workerId) {
    const [inTeam] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .innerJoin(userTeams, and(eq(userTeams.userId, users.id), eq(userTeams.teamId, account.teamId)))
      .where(and(eq(users.id, input.workerId), inArray(users.role, ["worker", "manager"]), isNull(users.disabledAt)));
    if (!inTeam) return failField("workerId", "allocationNotInTeam");
  }
  return ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ allocatedWorkerId: input.workerId }).where(eq(users.id, account.id));
    await audit(tx, ctx, {
      action: "family.worker.allocated",
      actorId: ctx.user.id,
      subject: { type: "user", id: account.id },
      detail: { from: account.allocatedWorkerId ?? "", to: input.workerId ?? "" },
    });
    return { familyId: account.id, workerId: input.workerId };
  });
}

/** Says one is away (or back): families' messages go to the team's managers meanwhile. */
export async function setAway(ctx: SignedInContext, input: { away: boolean }) {
  if (!scopeFor(ctx.user, "statements.away")) return fail("forbidden", "forbidden");
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ awaySince: input.away ? sql`coalesce(${users.awaySince}, ${now.toISOString()}::timestamptz)` : null })
      .where(eq(users.id, ctx.user.id))
      .returning({ awaySince: users.awaySince });
    await audit(tx, ctx, {
      action: "staff.away.changed",
      actorId: ctx.user.id,
      subject: { type: "user", id: ctx.user.id },
      detail: { away: input.away },
    });
    return { away: row?.awaySince !== null && row?.awaySince !== undefined, since: row?.awaySince?.toISOString() ?? null };
  });
}

/** Whether the person is away now. */
export async function myAway(ctx: SignedInContext) {
  const [row] = await ctx.db.select({ awaySince: users.awaySince }).from(users).where(eq(users.id, ctx.user.id));
  return { away: Boolean(row?.awaySince), since: row?.awaySince?.toISOString() ?? null };
}

/**
 * How a family account said they felt over time (face and worry scale of "how I am feeling"),
 * oldest first, for the allocated worker and the team's managers.
 */
export async function feelingsOf(ctx: SignedInContext, input: { familyId: string }) {
  const account = await familyOf(ctx.db, input.familyId);
  const scope = scopeFor(ctx.user, "statements.answer");
  if (!account || !withinScope(scope, { teamId: account.teamId, userIds: account.allocatedWorkerId ? [account.allocatedWorkerId] : [] }))
    return fail("notFound", "notFound");
  const rows = await ctx.db
    .select({ id: statements.id, sentAt: statements.sentAt, face: statements.face, worry: statements.worry })
    .from(statements)
    .where(and(eq(statements.familyId, account.id), eq(statements.kind, "feeling")))
    .orderBy(asc(statements.sentAt))
    .limit(500);
  return {
    family: { id: account.id, name: account.displayName },
    points: rows.map((row) => ({ id: row.id, sentAt: row.sentAt.toISOString(), face: row.face ?? 0, worry: row.worry })),
  };
}
