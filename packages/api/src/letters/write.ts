import { randomUUID } from "node:crypto";
import {
  letterAddressees,
  letterEvents,
  letterReads,
  letterReceipts,
  letters,
  letterVersions,
  meetings,
  type Queryable,
  users,
  userTeams,
} from "@heard/db";
import {
  actsForTeam,
  approvalRefusal,
  fail,
  failField,
  letterDueOn,
  letterReadability,
  type letterSchemas,
  scopeFor,
  sectionsFromTemplate,
  workingDateOf,
} from "@heard/domain";
import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, ne, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { organisationPolicy } from "../admin/service";
import { meetingsWithin } from "../meetings/service";
import { audit } from "../platform/audit";
import type { SignedInContext } from "../platform/context";
import { templateFor } from "./help";
import { letterSummary, lettersWithin, selectLetters } from "./view";

/** Where a new letter comes from: its team, its meeting and the day it is due. */
async function sourceOf(ctx: SignedInContext, input: letterSchemas.CreateLetterInput) {
  if (input.meetingId) {
    const [meeting] = await ctx.db
      .select({ id: meetings.id, teamId: meetings.teamId, heldOn: meetings.heldOn })
      .from(meetings)
      .where(and(eq(meetings.id, input.meetingId), meetingsWithin(scopeFor(ctx.user, "meetings.view"))))
      .limit(1);
    if (!meeting) return failField("meetingId", "notFound");
    return { teamId: meeting.teamId, meetingId: meeting.id, fromFamilyId: null, dueOn: letterDueOn(meeting.heldOn) };
  }
  const [family] = await familiesByTeam(ctx.db, [input.familyId ?? ""]);
  if (!family || !actsForTeam(scopeFor(ctx.user, "families.manage"), family.teamId)) return failField("familyId", "notFound");
  return { teamId: family.teamId, meetingId: null, fromFamilyId: family.id, dueOn: null };
}

/** Active family accounts with their team. */
function familiesByTeam(db: Queryable, ids: readonly string[]) {
  return db
    .select({ id: users.id, teamId: userTeams.teamId })
    .from(users)
    .innerJoin(userTeams, eq(userTeams.userId, users.id))
    .where(and(inArray(users.id, [...ids]), eq(users.role, "family"), isNull(users.disabledAt)));
}

/**
 * Starts a letter for each addressee (each family account gets its own letter), from the
 * kind's template in the letter's language. Addressees must be family accounts of teams the
 * writer works for; the letter belongs to the team of the meeting or family account it came from.
 */
export async function createLetters(ctx: SignedInContext, input: letterSchemas.CreateLetterInput) {
  const source = await sourceOf(ctx, input);
  const familiesScope = scopeFor(ctx.user, "families.manage");
  if (!actsForTeam(familiesScope, source.teamId)) return fail("forbidden", "forbidden");
  const found = await familiesByTeam(ctx.db, input.addresseeIds);
  const visible = new Set(found.filter((family) => actsForTeam(familiesScope, family.teamId)).map((family) => family.id));
  if (input.addresseeIds.some((id) => !visible.has(id))) return failField("addresseeIds", "letterAddresseeNotVisible");

  const template = await templateFor(ctx.db, input.kind);
  const sections = sectionsFromTemplate(template, input.language);
  const now = ctx.now();
  const created = input.addresseeIds.map((familyId) => ({ id: randomUUID(), familyId }));
  await ctx.db.transaction(async (tx) => {
    await tx.insert(letters).values(
      created.map(({ id }) => ({
        id,
        kind: input.kind,
        language: input.language,
        ...source,
        writerId: ctx.user.id,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await tx.insert(letterAddressees).values(created.map(({ id, familyId }) => ({ letterId: id, familyId })));
    await tx
      .insert(letterVersions)
      .values(created.map(({ id }) => ({ letterId: id, number: 1, sections, createdBy: ctx.user.id, createdAt: now, updatedAt: now })));
    for (const { id, familyId } of created)
      await audit(tx, ctx, {
        action: "letter.created",
        actorId: ctx.user.id,
        subject: { type: "letter", id },
        detail: { kind: input.kind, teamId: source.teamId, meetingId: source.meetingId, addresseeId: familyId },
      });
  });
  const rows = await selectLetters(ctx.db)
    .where(
      inArray(
        letters.id,
        created.map((c) => c.id),
      ),
    )
    .orderBy(asc(letters.createdAt));
  return rows.map((row) => letterSummary(row, now));
}

/** Who may open a letter on the staff side: under `letters.write` or `letters.approve`. */
export function staffMaySee(ctx: SignedInContext): SQL | undefined {
  return or(lettersWithin(scopeFor(ctx.user, "letters.write")), lettersWithin(scopeFor(ctx.user, "letters.approve")));
}

const reviewers = alias(users, "reviewers");

/**
 * One letter with a version's sections (the newest, or an earlier one), how it reads, its
 * versions, the review history, what the family did with it, and whether the person may approve it.
 */
export async function getLetter(ctx: SignedInContext, input: { id: string; version?: number | undefined }) {
  const [row] = await selectLetters(ctx.db)
    .where(and(eq(letters.id, input.id), staffMaySee(ctx)))
    .limit(1);
  if (!row) return fail("notFound", "notFound");
  const [versions, events, receipts, policy] = await Promise.all([
    ctx.db
      .select({
        id: letterVersions.id,
        number: letterVersions.number,
        sections: letterVersions.sections,
        readingAge: letterVersions.readingAge,
        revision: letterVersions.revision,
        createdAt: letterVersions.createdAt,
        sentAt: letterVersions.sentAt,
        readAt: letterReads.readAt,
      })
      .from(letterVersions)
      .leftJoin(letterReads, eq(letterReads.versionId, letterVersions.id))
      .where(eq(letterVersions.letterId, row.id))
      .orderBy(asc(letterVersions.number)),
    ctx.db
      .select({
        kind: letterEvents.kind,
        comment: letterEvents.comment,
        at: letterEvents.at,
        byUserId: letterEvents.byUserId,
        byName: reviewers.displayName,
        version: letterVersions.number,
      })
      .from(letterEvents)
      .innerJoin(reviewers, eq(reviewers.id, letterEvents.byUserId))
      .innerJoin(letterVersions, eq(letterVersions.id, letterEvents.versionId))
      .where(eq(letterEvents.letterId, row.id))
      .orderBy(asc(letterEvents.at), asc(letterEvents.id)),
    ctx.db
      .select({
        version: letterVersions.number,
        answer: letterReceipts.answer,
        reply: letterReceipts.reply,
        createdAt: letterReceipts.createdAt,
      })
      .from(letterReceipts)
      .innerJoin(letterVersions, eq(letterVersions.id, letterReceipts.versionId))
      .where(eq(letterReceipts.letterId, row.id))
      .orderBy(asc(letterVersions.number)),
    organisationPolicy(ctx.db),
  ]);
  const shown = versions.find((v) => v.number === (input.version ?? row.currentVersion));
  if (!shown) return fail("notFound", "notFound");
  const refusal = approvalRefusal(scopeFor(ctx.user, "letters.approve"), ctx.user.id, row, policy.lettersNamedReviewer);
  return {
    ...letterSummary(row, ctx.now()),
    shownVersion: shown.number,
    sections: shown.sections,
    readability: letterReadability(shown.sections, row.language),
    mayApprove: row.status === "submitted" && refusal === null,
    namedReviewerAllowed: policy.lettersNamedReviewer,
    versions: versions.map((v) => ({
      number: v.number,
      readingAge: v.readingAge,
      createdAt: v.createdAt.toISOString(),
      sentAt: v.sentAt?.toISOString() ?? null,
      readAt: v.readAt?.toISOString() ?? null,
    })),
    events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
    receipts: receipts.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
  };
}

/**
 * Letters for the staff app's lists: the person's own (`mine`); their teams' (`team`: a
 * manager's, with `due` for those not yet sent after a meeting and `overdue` for those past
 * their day); and those waiting for them to approve (`toApprove`), never their own.
 */
export async function listLetters(ctx: SignedInContext, input: letterSchemas.ListLettersInput) {
  const view = input?.view ?? "mine";
  const now = ctx.now();
  const policy = view === "toApprove" ? await organisationPolicy(ctx.db) : null;
  const approveScope = scopeFor(ctx.user, "letters.approve");
  const byView: Record<typeof view, SQL | undefined> = {
    mine: eq(letters.writerId, ctx.user.id),
    team: lettersWithin(scopeFor(ctx.user, "letters.write")),
    toApprove: and(
      eq(letters.status, "submitted"),
      ne(letters.writerId, ctx.user.id),
      lettersWithin(approveScope),
      // A worker approves only as a named reviewer, and only while the organisation allows it.
      approveScope?.kind === "own" && !policy?.lettersNamedReviewer ? sql`false` : undefined,
    ),
  };
  const due = and(isNotNull(letters.dueOn), isNull(letters.firstSentAt));
  const byDue = {
    due,
    overdue: and(due, lt(letters.dueOn, workingDateOf(now))),
  };
  const rows = await selectLetters(ctx.db)
    .where(and(byView[view], input?.status ? eq(letters.status, input.status) : undefined, input?.due ? byDue[input.due] : undefined))
    .orderBy(...(input?.due ? [asc(letters.dueOn), asc(letters.createdAt)] : [desc(letters.updatedAt), desc(letters.id)]))
    .limit(input?.limit ?? 100);
  return rows.map((row) => letterSummary(row, now));
}
