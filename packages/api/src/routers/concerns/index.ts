import {
  concernEvents,
  concerns,
  type Database,
  feedbackResponses,
  mailOutbox,
  meetings,
  meetingWorkers,
  type Tx,
  teams,
  users,
} from "@heard/db";
import {
  type ConcernEventKind,
  type ConcernStatus,
  concernAlertStatus,
  concernSchemas,
  concernStatusOf,
  isConcernOverdue,
  type StaffRole,
  screenForConcerns,
} from "@heard/domain";
import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { audit } from "../../audit";
import type { Context, SessionUser } from "../../context";
import { fail } from "../../errors";
import { router, staffProcedure } from "../../trpc";

/** Who deals with concerns: QA and participation for the whole organisation, managers for their teams. */
const concernStaff: readonly StaffRole[] = ["qa", "participation", "manager"];

/** Concerns the user may see; null when they may see none. */
function visibleConcerns(user: SessionUser): SQL | undefined | null {
  if (user.role === "qa" || user.role === "participation") return undefined;
  if (user.role === "manager" && user.teamIds.length > 0) return inArray(concerns.teamId, user.teamIds);
  return null;
}

const hasEvent = (kind: ConcernEventKind) =>
  sql`exists (select 1 from ${concernEvents} where ${concernEvents.concernId} = ${concerns.id} and ${concernEvents.kind} = ${kind})`;

/** The SQL twin of `concernStatusOf`. */
const statusSql = sql<ConcernStatus>`case when ${hasEvent("resolved")} then 'resolved' when ${hasEvent("acknowledged")} then 'acknowledged' else 'new' end`;

/** The concern's alert email, if any: sent, how many tries, when the next. */
const alertSql = {
  alertRows: sql<number>`(select count(*)::int from ${mailOutbox} where ${mailOutbox.concernId} = ${concerns.id})`,
  alertSentAt:
    sql<Date | null>`(select max(${mailOutbox.sentAt}) from ${mailOutbox} where ${mailOutbox.concernId} = ${concerns.id})`.mapWith(
      mailOutbox.sentAt,
    ),
  alertAttempts: sql<number>`(select coalesce(max(${mailOutbox.attempts}), 0)::int from ${mailOutbox} where ${mailOutbox.concernId} = ${concerns.id})`,
  alertNextAttemptAt:
    sql<Date | null>`(select min(${mailOutbox.nextAttemptAt}) from ${mailOutbox} where ${mailOutbox.concernId} = ${concerns.id} and ${mailOutbox.sentAt} is null)`.mapWith(
      mailOutbox.nextAttemptAt,
    ),
};

type AlertColumns = { alertRows: number; alertSentAt: Date | null; alertAttempts: number; alertNextAttemptAt: Date | null };

function alertOf(row: AlertColumns, mailConfigured: boolean) {
  const alert = row.alertRows > 0 ? { sentAt: row.alertSentAt, attempts: row.alertAttempts } : null;
  return {
    status: concernAlertStatus(alert, mailConfigured),
    sentAt: row.alertSentAt?.toISOString() ?? null,
    attempts: row.alertAttempts,
    nextAttemptAt: row.alertSentAt ? null : (row.alertNextAttemptAt?.toISOString() ?? null),
  };
}

const summaryColumns = {
  id: concerns.id,
  reason: concerns.reason,
  categories: concerns.categories,
  raisedAt: concerns.raisedAt,
  acknowledgeBy: concerns.acknowledgeBy,
  status: statusSql,
  meetingId: concerns.meetingId,
  meetingType: meetings.type,
  meetingHeldOn: meetings.heldOn,
  teamId: concerns.teamId,
  teamName: teams.name,
  ...alertSql,
};

function selectConcerns(db: Database | Tx) {
  return db
    .select(summaryColumns)
    .from(concerns)
    .innerJoin(meetings, eq(meetings.id, concerns.meetingId))
    .innerJoin(teams, eq(teams.id, concerns.teamId));
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectConcerns>["where"]>>[number];

function summaryView(row: SummaryRow, ctx: Context) {
  return {
    id: row.id,
    reason: row.reason,
    categories: row.categories,
    raisedAt: row.raisedAt.toISOString(),
    acknowledgeBy: row.acknowledgeBy.toISOString(),
    status: row.status,
    overdue: isConcernOverdue(row.status, row.acknowledgeBy, ctx.now()),
    alert: alertOf(row, ctx.config.smtpUrl !== null),
    meeting: { id: row.meetingId, type: row.meetingType, heldOn: row.meetingHeldOn, teamId: row.teamId, teamName: row.teamName },
  };
}

/** One concern the user may see, locked for the rest of the transaction when `lock` is set. */
async function findConcern(db: Database | Tx, user: SessionUser, id: string) {
  const scope = visibleConcerns(user);
  if (scope === null) return undefined;
  const [row] = await selectConcerns(db)
    .where(and(eq(concerns.id, id), scope))
    .limit(1);
  return row;
}

async function eventKindsOf(tx: Tx, concernId: string): Promise<ConcernEventKind[]> {
  // Serialises actions on one concern: a second acknowledgement waits, then sees the first.
  await tx.select({ id: concerns.id }).from(concerns).where(eq(concerns.id, concernId)).for("update");
  const rows = await tx.select({ kind: concernEvents.kind }).from(concernEvents).where(eq(concernEvents.concernId, concernId));
  return rows.map((r) => r.kind);
}

export const concernsRouter = router({
  /** Concerns newest first, with their status, target time, overdue flag and alert status. No free text here. */
  list: staffProcedure(concernStaff)
    .input(concernSchemas.listConcernsInput)
    .query(async ({ ctx, input }) => {
      const scope = visibleConcerns(ctx.user);
      if (scope === null) return [];
      const rows = await selectConcerns(ctx.db)
        .where(and(scope, input?.status ? sql`${statusSql} = ${input.status}` : undefined))
        .orderBy(desc(concerns.raisedAt), desc(concerns.id))
        .limit(input?.limit ?? 100);
      return rows.map((row) => summaryView(row, ctx));
    }),

  /**
   * Everything about one concern: the words, the contact request, the meeting, the history.
   * Every call is written to the audit log, whether it shows the concern or not.
   */
  get: staffProcedure(concernStaff)
    .input(concernSchemas.concernIdInput)
    .query(async ({ ctx, input }) => {
      const row = await findConcern(ctx.db, ctx.user, input.id);
      await audit(ctx.db, ctx.meta, {
        action: row ? "concern.viewed" : "concern.viewRefused",
        actorId: ctx.user.id,
        subjectType: "concern",
        subjectId: input.id,
      });
      if (!row) return fail("NOT_FOUND", "notFound");
      const [[response], [meeting], workers, events] = await Promise.all([
        ctx.db
          .select({
            id: feedbackResponses.id,
            respondentKind: feedbackResponses.respondentKind,
            ageBand: feedbackResponses.ageBand,
            language: feedbackResponses.language,
            freeText: feedbackResponses.freeText,
            contactRequested: feedbackResponses.contactRequested,
            contactMethod: feedbackResponses.contactMethod,
            contactDetail: feedbackResponses.contactDetail,
            submittedAt: feedbackResponses.submittedAt,
          })
          .from(feedbackResponses)
          .innerJoin(concerns, eq(concerns.responseId, feedbackResponses.id))
          .where(eq(concerns.id, row.id)),
        ctx.db
          .select({ caseReference: meetings.caseReference, createdByName: users.displayName })
          .from(meetings)
          .innerJoin(users, eq(users.id, meetings.createdBy))
          .where(eq(meetings.id, row.meetingId)),
        ctx.db
          .select({ id: users.id, displayName: users.displayName })
          .from(meetingWorkers)
          .innerJoin(users, eq(users.id, meetingWorkers.userId))
          .where(eq(meetingWorkers.meetingId, row.meetingId))
          .orderBy(asc(users.displayName)),
        ctx.db
          .select({
            id: concernEvents.id,
            kind: concernEvents.kind,
            note: concernEvents.note,
            at: concernEvents.at,
            byUserId: concernEvents.byUserId,
            byName: users.displayName,
          })
          .from(concernEvents)
          .innerJoin(users, eq(users.id, concernEvents.byUserId))
          .where(eq(concernEvents.concernId, row.id))
          .orderBy(
            asc(concernEvents.at),
            sql`case ${concernEvents.kind} when 'acknowledged' then 0 when 'noted' then 1 else 2 end`,
            asc(concernEvents.id),
          ),
      ]);
      if (!response) return fail("INTERNAL_SERVER_ERROR", "server");
      // Which phrases matched, so staff can see why the screen raised it (read again, never stored).
      const matches = row.reason === "screened" && response.freeText ? screenForConcerns(response.freeText, response.language).matches : [];
      const summary = summaryView(row, ctx);
      return {
        ...summary,
        matches,
        response: {
          id: response.id,
          respondentKind: response.respondentKind,
          ageBand: response.ageBand,
          language: response.language,
          freeText: response.freeText,
          submittedAt: response.submittedAt.toISOString(),
        },
        contact: response.contactRequested ? { method: response.contactMethod, detail: response.contactDetail } : null,
        meeting: {
          ...summary.meeting,
          caseReference: meeting?.caseReference ?? null,
          createdByName: meeting?.createdByName ?? null,
          workers,
        },
        events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
      };
    }),

  /** Someone has seen the concern and is dealing with it. Only once. */
  acknowledge: staffProcedure(concernStaff)
    .input(concernSchemas.acknowledgeConcernInput)
    .mutation(async ({ ctx, input }) => {
      const status = await ctx.db.transaction(async (tx) => {
        if (!(await findConcern(tx, ctx.user, input.id))) return fail("NOT_FOUND", "notFound");
        const kinds = await eventKindsOf(tx, input.id);
        if (kinds.includes("acknowledged")) return fail("CONFLICT", "concernAlreadyAcknowledged");
        await tx
          .insert(concernEvents)
          .values({ concernId: input.id, kind: "acknowledged", note: input.note ?? null, byUserId: ctx.user.id, at: ctx.now() });
        return concernStatusOf([...kinds, "acknowledged"]);
      });
      await audit(ctx.db, ctx.meta, { action: "concern.acknowledged", actorId: ctx.user.id, subjectType: "concern", subjectId: input.id });
      return { id: input.id, status };
    }),

  /** A note of what was done or found; any time, also after resolving. */
  addNote: staffProcedure(concernStaff)
    .input(concernSchemas.addConcernNoteInput)
    .mutation(async ({ ctx, input }) => {
      const status = await ctx.db.transaction(async (tx) => {
        if (!(await findConcern(tx, ctx.user, input.id))) return fail("NOT_FOUND", "notFound");
        const kinds = await eventKindsOf(tx, input.id);
        await tx
          .insert(concernEvents)
          .values({ concernId: input.id, kind: "noted", note: input.note, byUserId: ctx.user.id, at: ctx.now() });
        return concernStatusOf([...kinds, "noted"]);
      });
      await audit(ctx.db, ctx.meta, { action: "concern.noted", actorId: ctx.user.id, subjectType: "concern", subjectId: input.id });
      return { id: input.id, status };
    }),

  /** Closes the concern with a note of what was done; acknowledges it too if nobody had. */
  resolve: staffProcedure(concernStaff)
    .input(concernSchemas.resolveConcernInput)
    .mutation(async ({ ctx, input }) => {
      const status = await ctx.db.transaction(async (tx) => {
        if (!(await findConcern(tx, ctx.user, input.id))) return fail("NOT_FOUND", "notFound");
        const kinds = await eventKindsOf(tx, input.id);
        if (kinds.includes("resolved")) return fail("CONFLICT", "concernAlreadyResolved");
        const at = ctx.now();
        if (!kinds.includes("acknowledged")) {
          await tx.insert(concernEvents).values({ concernId: input.id, kind: "acknowledged", note: null, byUserId: ctx.user.id, at });
        }
        await tx.insert(concernEvents).values({ concernId: input.id, kind: "resolved", note: input.note, byUserId: ctx.user.id, at });
        return concernStatusOf([...kinds, "acknowledged", "resolved"]);
      });
      await audit(ctx.db, ctx.meta, { action: "concern.resolved", actorId: ctx.user.id, subjectType: "concern", subjectId: input.id });
      return { id: input.id, status };
    }),
});
