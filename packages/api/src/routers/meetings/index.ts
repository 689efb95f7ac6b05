import { randomBytes } from "node:crypto";
import { meetings, meetingWorkers, organisation, tipVersions, users, userTeams } from "@heard/db";
import {
  feedbackCodeExpiry,
  feedbackCodeFromRandomBytes,
  type MeetingCodeStatus,
  meetingDateProblem,
  meetingSchemas,
  type StaffRole,
} from "@heard/domain";
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, ne, type SQL } from "drizzle-orm";
import { audit } from "../../audit";
import { fail } from "../../errors";
import { router, staffProcedure } from "../../trpc";
import { actsForTeam } from "../admin/scope";
import { failField } from "./field-error";
import { feedbackQrSvg, findVisibleMeeting, meetingView, selectMeetings, visibleMeetings, workersOf } from "./view";

/** Who records meetings (and closes their codes). */
const recorders: readonly StaffRole[] = ["worker", "manager"];
/** Who may look at meetings, each within their own scope (see `visibleMeetings`). */
const viewers: readonly StaffRole[] = ["worker", "manager", "qa", "participation"];

const defaultCodeValidDays = 14;

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

export const meetingsRouter = router({
  /**
   * Records a meeting and issues its feedback code, tied to the Top 10 Tips version
   * published now. Returns the code, link and QR code to show the family.
   */
  create: staffProcedure(recorders)
    .input(meetingSchemas.recordMeetingInput)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const dateProblem = meetingDateProblem(input.heldOn, now);
      if (dateProblem) failField("heldOn", dateProblem);
      if (!actsForTeam(ctx.user, input.teamId)) return fail("FORBIDDEN", "forbidden");

      const staffInTeam = await ctx.db
        .select({ id: users.id })
        .from(users)
        .innerJoin(userTeams, and(eq(userTeams.userId, users.id), eq(userTeams.teamId, input.teamId)))
        .where(and(inArray(users.id, input.workerIds), ne(users.role, "family"), isNull(users.disabledAt)));
      if (staffInTeam.length !== input.workerIds.length) failField("workerIds", "meetingWorkerNotInTeam");

      const [published] = await ctx.db
        .select({ id: tipVersions.id })
        .from(tipVersions)
        .where(eq(tipVersions.status, "published"))
        .orderBy(desc(tipVersions.number))
        .limit(1);
      if (!published) return fail("PRECONDITION_FAILED", "noPublishedTips");

      const [settings] = await ctx.db.select({ days: organisation.feedbackCodeValidDays }).from(organisation).limit(1);
      const codeExpiresAt = feedbackCodeExpiry(now, settings?.days ?? defaultCodeValidDays);

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
          return created.id;
        }
        return fail("INTERNAL_SERVER_ERROR", "server");
      });

      await audit(ctx.db, ctx.meta, {
        action: "meeting.created",
        actorId: ctx.user.id,
        subjectType: "meeting",
        subjectId: meetingId,
        detail: { teamId: input.teamId, type: input.type, workerIds: input.workerIds },
      });
      const row = await findVisibleMeeting(ctx.db, ctx.user, meetingId);
      if (!row) return fail("INTERNAL_SERVER_ERROR", "server");
      const view = meetingView(row, (await workersOf(ctx.db, [row.id])).get(row.id) ?? [], ctx.config.publicUrl, now);
      return { ...view, qrSvg: await feedbackQrSvg(view.link) };
    }),

  /**
   * The staff of one of the caller's teams (not turned off), by name: whom a meeting can be
   * about. For the worker picker when recording a meeting; nothing but ids and names.
   */
  colleagues: staffProcedure(recorders)
    .input(meetingSchemas.recordMeetingInput.pick({ teamId: true }))
    .query(async ({ ctx, input }) => {
      if (!actsForTeam(ctx.user, input.teamId)) return fail("FORBIDDEN", "forbidden");
      return ctx.db
        .select({ id: users.id, displayName: users.displayName })
        .from(users)
        .innerJoin(userTeams, and(eq(userTeams.userId, users.id), eq(userTeams.teamId, input.teamId)))
        .where(and(ne(users.role, "family"), isNull(users.disabledAt)))
        .orderBy(asc(users.displayName), asc(users.id));
    }),

  /** Meetings the caller may see, newest first, with response counts and code status. */
  list: staffProcedure(viewers)
    .input(meetingSchemas.listMeetingsInput)
    .query(async ({ ctx, input }) => {
      const now = ctx.now();
      const rows = await selectMeetings(
        ctx.db,
        and(
          visibleMeetings(ctx.user),
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
    }),

  /** One meeting with its code, link and QR code (NOT_FOUND if the caller may not see it). */
  get: staffProcedure(viewers)
    .input(meetingSchemas.meetingIdInput)
    .query(async ({ ctx, input }) => {
      const row = await findVisibleMeeting(ctx.db, ctx.user, input.id);
      if (!row) return fail("NOT_FOUND", "notFound");
      const view = meetingView(row, (await workersOf(ctx.db, [row.id])).get(row.id) ?? [], ctx.config.publicUrl, ctx.now());
      return { ...view, qrSvg: await feedbackQrSvg(view.link) };
    }),

  /** Stops a code taking feedback before it expires: by whoever recorded the meeting, or a manager of its team. */
  close: staffProcedure(recorders)
    .input(meetingSchemas.meetingIdInput)
    .mutation(async ({ ctx, input }) => {
      const row = await findVisibleMeeting(ctx.db, ctx.user, input.id);
      if (!row) return fail("NOT_FOUND", "notFound");
      const mayClose = row.createdBy === ctx.user.id || (ctx.user.role === "manager" && ctx.user.teamIds.includes(row.teamId));
      if (!mayClose) return fail("FORBIDDEN", "forbidden");
      const now = ctx.now();
      if (!row.codeClosedAt) {
        await ctx.db
          .update(meetings)
          .set({ codeClosedAt: now })
          .where(and(eq(meetings.id, row.id), isNull(meetings.codeClosedAt)));
        await audit(ctx.db, ctx.meta, { action: "meeting.closed", actorId: ctx.user.id, subjectType: "meeting", subjectId: row.id });
      }
      const closed = await findVisibleMeeting(ctx.db, ctx.user, row.id);
      if (!closed) return fail("INTERNAL_SERVER_ERROR", "server");
      return meetingView(closed, (await workersOf(ctx.db, [row.id])).get(row.id) ?? [], ctx.config.publicUrl, now);
    }),
});
