import { randomBytes } from "node:crypto";
import { meetingFamilies, meetings, meetingWorkers, type Queryable, users, userTeams } from "@heard/db";
import {
  actsForTeam,
  fail,
  failField,
  feedbackCodeExpiry,
  feedbackCodeFromRandomBytes,
  type MeetingCodeStatus,
  meetingDateProblem,
  type meetingSchemas,
  type Scope,
  scopeFor,
  withinScope,
} from "@heard/domain";
import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, ne, or, type SQL, sql } from "drizzle-orm";
import { organisationPolicy } from "../admin/service";
import { audit } from "../platform/audit";
import type { SignedInContext } from "../platform/context";
import { publishedTipVersion } from "../tips/service";
import { feedbackQrSvg, type MeetingRow, meetingView, selectMeetings, workersOf } from "./view";

export { feedbackLink, type MeetingView } from "./view";

/** Meetings the person is named on: they recorded it or it is about them. */
function namedOn(userId: string): SQL {
  return or(
    eq(meetings.createdBy, userId),
    sql`exists (select 1 from ${meetingWorkers} where ${meetingWorkers.meetingId} = ${meetings.id} and ${meetingWorkers.userId} = ${userId})`,
  ) as SQL;
}

/**
 * The SQL twin of `withinScope` for meetings: everyone's; the teams' and the person's own; or
 * only the person's own. Null scope matches nothing.
 */
export function meetingsWithin(scope: Scope | null): SQL | undefined {
  if (!scope) return sql`false`;
  switch (scope.kind) {
    case "organisation":
      return undefined;
    case "team":
      return scope.teamIds.length > 0 ? or(namedOn(scope.userId), inArray(meetings.teamId, [...scope.teamIds])) : namedOn(scope.userId);
    case "own":
      return namedOn(scope.userId);
  }
}

/** The SQL twin of `meetingCodeStatus` (closing sets the closing moment to now, never later). */
function withStatus(status: MeetingCodeStatus, now: Date): SQL | undefined {
  switch (status) {
    case "closed":
      return isNotNull(meetings.codeClosedAt);
    case "expired":
      return and(isNull(meetings.codeClosedAt), lte(meetings.codeExpiresAt, now));
    case "open":
      return and(isNull(meetings.codeClosedAt), gt(meetings.codeExpiresAt, now));
  }
}

/** A fresh code; the unique index decides, so a collision just means another try. */
function newFeedbackCode(): string {
  for (;;) {
    const code = feedbackCodeFromRandomBytes(randomBytes(24));
    if (code) return code;
  }
}

/** One meeting the person may see, or undefined. */
async function findVisibleMeeting(ctx: SignedInContext, db: Queryable, id: string): Promise<MeetingRow | undefined> {
  const [row] = await selectMeetings(db, and(eq(meetings.id, id), meetingsWithin(scopeFor(ctx.user, "meetings.view"))), 1);
  return row;
}

async function viewOf(ctx: SignedInContext, row: MeetingRow) {
  return meetingView(row, (await workersOf(ctx.db, [row.id])).get(row.id) ?? [], ctx.config.publicUrl, ctx.now());
}

/**
 * Records a meeting and issues its feedback code, tied to the Top 10 Tips version published
 * now. Returns the code, link and QR code to show the family.
 */
export async function recordMeeting(ctx: SignedInContext, input: meetingSchemas.RecordMeetingInput) {
  const now = ctx.now();
  const dateProblem = meetingDateProblem(input.heldOn, now);
  if (dateProblem) failField("heldOn", dateProblem);
  if (!actsForTeam(scopeFor(ctx.user, "meetings.record"), input.teamId)) return fail("forbidden", "forbidden");

  const staffInTeam = await ctx.db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userTeams, and(eq(userTeams.userId, users.id), eq(userTeams.teamId, input.teamId)))
    .where(and(inArray(users.id, input.workerIds), ne(users.role, "family"), isNull(users.disabledAt)));
  if (staffInTeam.length !== input.workerIds.length) failField("workerIds", "meetingWorkerNotInTeam");

  const [published, policy] = await Promise.all([publishedTipVersion(ctx.db), organisationPolicy(ctx.db)]);
  if (!published) return fail("preconditionFailed", "noPublishedTips");
  const codeExpiresAt = feedbackCodeExpiry(now, policy.feedbackCodeValidDays, input.heldOn);

  const meetingId = await ctx.db.transaction(async (tx) => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const [created] = await tx
        .insert(meetings)
        .values({
          type: input.type,
          heldOn: input.heldOn,
          teamId: input.teamId,
          tipVersionId: published.id,
          caseReference: input.caseReference ?? null,
          feedbackCode: newFeedbackCode(),
          codeExpiresAt,
          createdBy: ctx.user.id,
          createdAt: now,
        })
        .onConflictDoNothing({ target: meetings.feedbackCode })
        .returning({ id: meetings.id });
      if (!created) continue; // that code is taken: draw another
      await tx.insert(meetingWorkers).values(input.workerIds.map((userId) => ({ meetingId: created.id, userId })));
      await audit(tx, ctx, {
        action: "meeting.created",
        actorId: ctx.user.id,
        subject: { type: "meeting", id: created.id },
        detail: { teamId: input.teamId, type: input.type, workerIds: input.workerIds },
      });
      return created.id;
    }
    return fail("internal", "server");
  });

  const row = await findVisibleMeeting(ctx, ctx.db, meetingId);
  if (!row) return fail("internal", "server");
  const view = await viewOf(ctx, row);
  return { ...view, qrSvg: await feedbackQrSvg(view.link) };
}

/**
 * The staff of a team the person records meetings for (not turned off), by name: whom a
 * meeting can be about. Nothing but ids and names.
 */
export async function colleagues(ctx: SignedInContext, input: { teamId: string }) {
  if (!actsForTeam(scopeFor(ctx.user, "meetings.record"), input.teamId)) return fail("forbidden", "forbidden");
  return ctx.db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .innerJoin(userTeams, and(eq(userTeams.userId, users.id), eq(userTeams.teamId, input.teamId)))
    .where(and(ne(users.role, "family"), isNull(users.disabledAt)))
    .orderBy(asc(users.displayName), asc(users.id));
}

/** Meetings the person may see, newest first, with response counts and code status. */
export async function listMeetings(ctx: SignedInContext, input: meetingSchemas.ListMeetingsInput) {
  const now = ctx.now();
  const rows = await selectMeetings(
    ctx.db,
    and(
      meetingsWithin(scopeFor(ctx.user, "meetings.view")),
      input?.teamId ? eq(meetings.teamId, input.teamId) : undefined,
      input?.status ? withStatus(input.status, now) : undefined,
    ),
    input?.limit ?? 100,
  );
  const workers = await workersOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => meetingView(row, workers.get(row.id) ?? [], ctx.config.publicUrl, now));
}

/** One meeting with its code, link and QR code (not found when the person may not see it). */
export async function getMeeting(ctx: SignedInContext, input: { id: string }) {
  const row = await findVisibleMeeting(ctx, ctx.db, input.id);
  if (!row) return fail("notFound", "notFound");
  const view = await viewOf(ctx, row);
  return { ...view, qrSvg: await feedbackQrSvg(view.link) };
}

/** Stops a code taking feedback before it expires: by whoever recorded the meeting, or a manager of its team. */
export async function closeMeeting(ctx: SignedInContext, input: { id: string }) {
  const row = await findVisibleMeeting(ctx, ctx.db, input.id);
  if (!row) return fail("notFound", "notFound");
  if (!withinScope(scopeFor(ctx.user, "meetings.close"), { teamId: row.teamId, userIds: [row.createdBy] }))
    return fail("forbidden", "forbidden");
  if (!row.codeClosedAt) {
    await ctx.db.transaction(async (tx) => {
      const closed = await tx
        .update(meetings)
        .set({ codeClosedAt: ctx.now() })
        .where(and(eq(meetings.id, row.id), isNull(meetings.codeClosedAt)))
        .returning({ id: meetings.id });
      if (closed.length > 0)
        await audit(tx, ctx, { action: "meeting.closed", actorId: ctx.user.id, subject: { type: "meeting", id: row.id } });
    });
  }
  const closed = await findVisibleMeeting(ctx, ctx.db, row.id);
  if (!closed) return fail("internal", "server");
  return viewOf(ctx, closed);
}

/**
 * The family accounts a meeting is about (the list replaces the one before), so they can get
 * ready for it in the family app. By whoever may record meetings in its team; audited.
 */
export async function setMeetingFamilies(ctx: SignedInContext, input: { meetingId: string; familyIds: readonly string[] }) {
  const row = await findVisibleMeeting(ctx, ctx.db, input.meetingId);
  if (!row || !actsForTeam(scopeFor(ctx.user, "meetings.record"), row.teamId)) return fail("notFound", "notFound");
  const wanted = [...new Set(input.familyIds)];
  const found = wanted.length
    ? await ctx.db
        .select({ id: users.id })
        .from(users)
        .innerJoin(userTeams, and(eq(userTeams.userId, users.id), eq(userTeams.teamId, row.teamId)))
        .where(and(inArray(users.id, wanted), eq(users.role, "family")))
    : [];
  if (found.length !== wanted.length) return failField("familyIds", "familyNotInTeam");
  return ctx.db.transaction(async (tx) => {
    await tx.delete(meetingFamilies).where(eq(meetingFamilies.meetingId, row.id));
    if (wanted.length) await tx.insert(meetingFamilies).values(wanted.map((familyId) => ({ meetingId: row.id, familyId })));
    await audit(tx, ctx, {
      action: "meeting.families.set",
      actorId: ctx.user.id,
      subject: { type: "meeting", id: row.id },
      detail: { familyIds: wanted },
    });
    return { meetingId: row.id, familyIds: wanted };
  });
}
