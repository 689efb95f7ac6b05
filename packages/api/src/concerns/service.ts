import {
  concernEvents,
  concerns,
  letterReceipts,
  letters,
  mailOutbox,
  meetings,
  meetingWorkers,
  type Queryable,
  statements,
  type Tx,
  teams,
  users,
} from "@heard/db";
import {
  type AuditAction,
  type ConcernCategory,
  type ConcernEventKind,
  type ConcernStatus,
  concernAlertStatus,
  type concernSchemas,
  concernStatusOf,
  fail,
  isConcernOverdue,
  levelOfCategories,
  type Scope,
  scopeFor,
} from "@heard/domain";
import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { audit } from "../platform/audit";
import type { RequestContext, SessionUser, SignedInContext } from "../platform/context";
import { alertRaisedConcerns, raiseConcerns, screenText } from "./raise";
import { escalatedTo, reviewDetails } from "./review-details";
import { feedbackResponseOf, letterAnswerOf, statementWordsOf } from "./sources";

export { alertRaisedConcerns, type ConcernSource, type ConcernToRaise, raiseConcerns, screenText } from "./raise";

/** The SQL twin of `withinScope` for concerns: everyone's, or those of the person's teams. */
function concernsWithin(scope: Scope | null): SQL | undefined {
  if (scope?.kind === "organisation") return undefined;
  if (scope?.kind === "team" && scope.teamIds.length > 0) return inArray(concerns.teamId, [...scope.teamIds]);
  return sql`false`;
}

const hasEvent = (kind: ConcernEventKind) =>
  sql`exists (select 1 from ${concernEvents} where ${concernEvents.concernId} = ${concerns.id} and ${concernEvents.kind} = ${kind})`;

/** The SQL twin of `concernStatusOf`. */
const statusSql = sql<ConcernStatus>`case when ${hasEvent("resolved")} then 'resolved' when ${hasEvent("cleared")} then 'cleared'
  when ${hasEvent("escalated")} then 'escalated' when ${hasEvent("acknowledged")} then 'acknowledged' else 'new' end`;

/** The concerns queue holds what alerts; review items have a list of their own. */
const alerting = inArray(concerns.level, ["urgent", "concern"]);

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
  level: concerns.level,
  categories: concerns.categories,
  escalatedFrom: concerns.escalatedFrom,
  responseId: concerns.responseId,
  letterReceiptId: concerns.letterReceiptId,
  letterId: letters.id,
  letterKind: letters.kind,
  statementId: concerns.statementId,
  statementKind: statements.kind,
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

function selectConcerns(db: Queryable) {
  return db
    .select(summaryColumns)
    .from(concerns)
    .leftJoin(meetings, eq(meetings.id, concerns.meetingId))
    .leftJoin(letterReceipts, eq(letterReceipts.id, concerns.letterReceiptId))
    .leftJoin(letters, eq(letters.id, letterReceipts.letterId))
    .leftJoin(statements, eq(statements.id, concerns.statementId))
    .innerJoin(teams, eq(teams.id, concerns.teamId));
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectConcerns>["where"]>>[number];

function summaryView(row: SummaryRow, ctx: RequestContext) {
  return {
    id: row.id,
    reason: row.reason,
    level: row.level,
    categories: row.categories,
    escalatedFrom: row.escalatedFrom,
    raisedAt: row.raisedAt.toISOString(),
    acknowledgeBy: row.acknowledgeBy.toISOString(),
    status: row.status,
    overdue: isConcernOverdue(row.status, row.acknowledgeBy, ctx.now()),
    alert: alertOf(row, ctx.config.smtpUrl !== null),
    teamId: row.teamId,
    teamName: row.teamName,
    /** The meeting the words are about: feedback's, or the one a letter came from; null for a letter that came from none. */
    meeting:
      row.meetingId && row.meetingType && row.meetingHeldOn
        ? { id: row.meetingId, type: row.meetingType, heldOn: row.meetingHeldOn, teamId: row.teamId, teamName: row.teamName }
        : null,
    /** The letter the words answered, when they were a family's answer to one. */
    letter: row.letterId && row.letterKind ? { id: row.letterId, kind: row.letterKind } : null,
    /** The message to their worker the words were in, when they were. */
    statement: row.statementId && row.statementKind ? { id: row.statementId, kind: row.statementKind } : null,
  };
}

/** One concern the person may see. */
async function findConcern(db: Queryable, user: SessionUser, id: string) {
  const [row] = await selectConcerns(db)
    .where(and(eq(concerns.id, id), concernsWithin(scopeFor(user, "concerns.handle"))))
    .limit(1);
  return row;
}

async function eventKindsOf(tx: Tx, concernId: string): Promise<ConcernEventKind[]> {
  // Serialises actions on one concern: a second acknowledgement waits, then sees the first.
  await tx.select({ id: concerns.id }).from(concerns).where(eq(concerns.id, concernId)).for("update");
  const rows = await tx.select({ kind: concernEvents.kind }).from(concernEvents).where(eq(concernEvents.concernId, concernId));
  return rows.map((r) => r.kind);
}

/** Concerns newest first, with their status, target time, overdue flag and alert status. No free text here. */
export async function listConcerns(ctx: SignedInContext, input: concernSchemas.ListConcernsInput) {
  const rows = await selectConcerns(ctx.db)
    .where(
      and(concernsWithin(scopeFor(ctx.user, "concerns.handle")), alerting, input?.status ? sql`${statusSql} = ${input.status}` : undefined),
    )
    .orderBy(desc(concerns.raisedAt), desc(concerns.id))
    .limit(input?.limit ?? 100);
  return rows.map((row) => summaryView(row, ctx));
}

/**
 * Everything about one concern: the words, the contact request, the meeting, the history.
 * Every call is written to the audit log, whether it shows the concern or not.
 */
export async function getConcern(ctx: SignedInContext, input: { id: string }) {
  const row = await findConcern(ctx.db, ctx.user, input.id);
  await audit(ctx.db, ctx, {
    action: row ? "concern.viewed" : "concern.viewRefused",
    actorId: ctx.user.id,
    subject: { type: "concern", id: input.id },
  });
  if (!row) return fail("notFound", "notFound");
  const meetingId = row.meetingId;
  const [[response], [meeting], workers, events] = await Promise.all([
    row.responseId
      ? feedbackResponseOf(ctx.db, row.id)
      : row.statementId
        ? statementWordsOf(ctx.db, row.id)
        : letterAnswerOf(ctx.db, row.id),
    meetingId
      ? ctx.db
          .select({ caseReference: meetings.caseReference, createdByName: users.displayName })
          .from(meetings)
          .innerJoin(users, eq(users.id, meetings.createdBy))
          .where(eq(meetings.id, meetingId))
      : Promise.resolve([]),
    meetingId
      ? ctx.db
          .select({ id: users.id, displayName: users.displayName })
          .from(meetingWorkers)
          .innerJoin(users, eq(users.id, meetingWorkers.userId))
          .where(eq(meetingWorkers.meetingId, meetingId))
          .orderBy(asc(users.displayName))
      : Promise.resolve([]),
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
  if (!response) return fail("internal", "server");
  // A review item made a concern links to it.
  const reviewedInto = row.level === "review" ? await escalatedTo(ctx.db, row.id) : null;
  // Which phrases matched, so staff can see why the screen raised it (read again, never stored).
  const matches =
    row.reason === "screened" && response.freeText ? screenText(response.freeText, response.language, ctx.logger).matches : [];
  const summary = summaryView(row, ctx);
  return {
    ...summary,
    matches,
    escalatedTo: reviewedInto,
    response: {
      id: response.id,
      respondentKind: response.respondentKind,
      ageBand: response.ageBand,
      language: response.language,
      freeText: response.freeText,
      submittedAt: response.submittedAt.toISOString(),
    },
    contact: response.contactRequested ? { method: response.contactMethod, detail: response.contactDetail } : null,
    meeting: summary.meeting
      ? { ...summary.meeting, caseReference: meeting?.caseReference ?? null, createdByName: meeting?.createdByName ?? null, workers }
      : null,
    events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
  };
}

type Item = "concern" | "review";
type Row = NonNullable<Awaited<ReturnType<typeof findConcern>>>;

/**
 * Appends events to a concern (or a review item) the person may see, with its audit record, in
 * one transaction. `decide` reads what happened so far and says what to append (or refuses);
 * `then` does what follows from it in the same transaction.
 */
async function appendEvents(
  ctx: SignedInContext,
  id: string,
  item: Item,
  action: Extract<AuditAction, `concern.${string}`>,
  decide: (kinds: ConcernEventKind[]) => { kind: ConcernEventKind; note: string | null }[],
  then?: (tx: Tx, row: Row) => Promise<Record<string, unknown>>,
) {
  return ctx.db.transaction(async (tx) => {
    const row = await findConcern(tx, ctx.user, id);
    if (!row || (row.level === "review") !== (item === "review")) return fail("notFound", "notFound");
    const kinds = await eventKindsOf(tx, id);
    const added = decide(kinds);
    const at = ctx.now();
    await tx.insert(concernEvents).values(added.map((event) => ({ concernId: id, ...event, byUserId: ctx.user.id, at })));
    const outcome = then ? await then(tx, row) : {};
    await audit(tx, ctx, { action, actorId: ctx.user.id, subject: { type: "concern", id }, detail: outcome });
    return { id, status: concernStatusOf([...kinds, ...added.map((event) => event.kind)]), ...outcome };
  });
}

/** Someone has seen the concern and is dealing with it. Only once. */
export function acknowledgeConcern(ctx: SignedInContext, input: { id: string; note?: string | undefined }) {
  return appendEvents(ctx, input.id, "concern", "concern.acknowledged", (kinds) => {
    if (kinds.includes("acknowledged")) return fail("conflict", "concernAlreadyAcknowledged");
    return [{ kind: "acknowledged", note: input.note ?? null }];
  });
}

/** A note of what was done or found; any time, also after resolving. */
export function addConcernNote(ctx: SignedInContext, input: { id: string; note: string }) {
  return appendEvents(ctx, input.id, "concern", "concern.noted", () => [{ kind: "noted", note: input.note }]);
}

/** Closes the concern with a note of what was done; acknowledges it too if nobody had. */
export function resolveConcern(ctx: SignedInContext, input: { id: string; note: string }) {
  return appendEvents(ctx, input.id, "concern", "concern.resolved", (kinds) => {
    if (kinds.includes("resolved")) return fail("conflict", "concernAlreadyResolved");
    return [
      ...(kinds.includes("acknowledged") ? [] : [{ kind: "acknowledged" as const, note: null }]),
      { kind: "resolved", note: input.note },
    ];
  });
}

/**
 * Review items newest first: words worth a look, with the clock to clear them by, the words the
 * screen flagged (masked) and who decided what.
 */
export async function listReviews(ctx: SignedInContext, input: concernSchemas.ListConcernsInput) {
  const rows = await selectConcerns(ctx.db)
    .where(
      and(
        concernsWithin(scopeFor(ctx.user, "concerns.handle")),
        eq(concerns.level, "review"),
        input?.status ? sql`${statusSql} = ${input.status}` : undefined,
      ),
    )
    .orderBy(desc(concerns.raisedAt), desc(concerns.id))
    .limit(input?.limit ?? 100);
  const details = await reviewDetails(ctx.db, rows, ctx.logger);
  return rows.map((row) => ({ ...summaryView(row, ctx), ...(details.get(row.id) ?? { flagged: [], language: null, decision: null }) }));
}

/** A review item needs nothing more: the person says why. Once. */
export function clearReview(ctx: SignedInContext, input: { id: string; note: string }) {
  return appendEvents(ctx, input.id, "review", "concern.review.cleared", (kinds) => {
    if (kinds.includes("cleared") || kinds.includes("escalated")) return fail("conflict", "reviewAlreadyDone");
    return [{ kind: "cleared", note: input.note }];
  });
}

/**
 * A review item is a concern after all: raises one from the same words, with its alert, in the
 * same transaction as the decision. Once (a unique index holds it to one).
 */
export async function escalateReview(ctx: SignedInContext, input: { id: string; note?: string | undefined }) {
  const outcome = await appendEvents(
    ctx,
    input.id,
    "review",
    "concern.review.escalated",
    (kinds) => {
      if (kinds.includes("cleared") || kinds.includes("escalated")) return fail("conflict", "reviewAlreadyDone");
      return [{ kind: "escalated", note: input.note ?? null }];
    },
    async (tx, row) => {
      const [concernId] = await raiseConcerns(
        tx,
        ctx,
        {
          responseId: row.responseId,
          letterReceiptId: row.letterReceiptId,
          statementId: row.statementId,
          meetingId: row.meetingId,
          meetingType: row.meetingType,
          heldOn: row.meetingHeldOn,
          teamId: row.teamId,
        },
        [
          {
            reason: "reviewed",
            categories: row.categories as ConcernCategory[],
            level: levelOfCategories(row.categories),
            escalatedFrom: row.id,
          },
        ],
        ctx.now(),
      );
      return { concernId };
    },
  );
  alertRaisedConcerns();
  return outcome as typeof outcome & { concernId: string };
}
