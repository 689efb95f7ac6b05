import { letterEvents, letters, letterVersions, type Tx, users, userTeams } from "@heard/db";
import {
  AppError,
  type AuditAction,
  approvalRefusal,
  emptyRequiredSections,
  eventOfAction,
  fail,
  failField,
  type LetterAction,
  type LetterSection,
  type LetterStatus,
  letterReadability,
  type letterSchemas,
  nextLetterStatus,
  type Permission,
  scopeFor,
} from "@heard/domain";
import { and, asc, eq, isNull, ne } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { organisationPolicy } from "../admin/service";
import { nudgeMail } from "../jobs/signals";
import { letterWaitingMail } from "../mail/letter-waiting";
import { queueMail } from "../mail/outbox";
import { audit } from "../platform/audit";
import type { SignedInContext } from "../platform/context";
import { type LetterRow, lettersWithin, selectLetters } from "./view";
import { getLetter } from "./write";

type Version = typeof letterVersions.$inferSelect;
type Change = {
  /** What the letter becomes besides its status. */
  letter?: Partial<typeof letters.$inferInsert>;
  comment?: string | null;
  /** The version the review event is about, when not the one acted on (a correction's new one). */
  eventVersionId?: string;
  detail?: Record<string, unknown>;
};

/**
 * Does one action to a letter the person may reach under `permission`, in one transaction:
 * the letter is locked, the action checked against its status (refused with the reason), the
 * work done, the status moved on, the review event appended and the audit entry written.
 */
async function act(
  ctx: SignedInContext,
  id: string,
  action: LetterAction,
  permission: Permission,
  audited: AuditAction,
  work: (tx: Tx, row: LetterRow, version: Version) => Promise<Change | null>,
) {
  await ctx.db.transaction(async (tx) => {
    // Serialises actions on one letter: a second approval waits, then sees the first.
    const [locked] = await tx
      .select({ id: letters.id })
      .from(letters)
      .where(and(eq(letters.id, id), lettersWithin(scopeFor(ctx.user, permission))))
      .for("update");
    if (!locked) return fail("notFound", "notFound");
    const [row] = await selectLetters(tx).where(eq(letters.id, id));
    const [version] = await tx
      .select()
      .from(letterVersions)
      .where(and(eq(letterVersions.letterId, id), eq(letterVersions.number, row?.currentVersion ?? 0)));
    if (!row || !version) return fail("internal", "server");
    const status: LetterStatus = nextLetterStatus(row.status, action);
    const change = await work(tx, row, version);
    if (!change) return; // nothing changed (a save of what is already saved)
    const now = ctx.now();
    await tx
      .update(letters)
      .set({ ...change.letter, status, updatedAt: now })
      .where(eq(letters.id, id));
    const event = eventOfAction(action);
    if (event)
      await tx.insert(letterEvents).values({
        // Time-ordered ids keep the history in order when two steps share a millisecond.
        id: uuidv7(),
        letterId: id,
        versionId: change.eventVersionId ?? version.id,
        kind: event,
        comment: change.comment ?? null,
        byUserId: ctx.user.id,
        at: now,
      });
    await audit(tx, ctx, {
      action: audited,
      actorId: ctx.user.id,
      subject: { type: "letter", id },
      detail: { version: version.number, status, ...change.detail },
    });
  });
  return getLetter(ctx, { id });
}

/** The draft's sections with the writer's changes, by key; a key the letter lacks, or another type, is refused. */
function merged(stored: readonly LetterSection[], changes: letterSchemas.SaveDraftInput["sections"]): LetterSection[] {
  const byKey = new Map(changes.map((change) => [change.key, change]));
  for (const change of changes) {
    const section = stored.find((s) => s.key === change.key);
    if (!section || section.type !== change.type) throw new AppError("badRequest", "letterSectionMismatch");
  }
  return stored.map((section) => {
    const change = byKey.get(section.key);
    if (!change) return section;
    const { heading, ...content } = change;
    return { ...section, ...content, heading: heading ?? section.heading } as LetterSection;
  });
}

/**
 * Saves the draft (autosave). Saving what is already saved changes nothing, so a retried save
 * is harmless; a save from a screen that missed a later save (`revision`) is refused.
 */
export function saveDraft(ctx: SignedInContext, input: letterSchemas.SaveDraftInput) {
  return act(ctx, input.id, "save", "letters.write", "letter.draft.saved", async (tx, row, version) => {
    const sections = merged(version.sections, input.sections);
    if (JSON.stringify(sections) === JSON.stringify(version.sections)) return null;
    if (input.revision !== undefined && input.revision !== version.revision) return fail("conflict", "letterChangedElsewhere");
    const readingAge = letterReadability(sections, row.language).readingAge;
    await tx
      .update(letterVersions)
      .set({ sections, readingAge, revision: version.revision + 1, updatedAt: ctx.now() })
      .where(eq(letterVersions.id, version.id));
    return { detail: { revision: version.revision + 1 } };
  });
}

/** A colleague who may be named to review: another active worker of the letter's team. */
async function assertReviewer(tx: Tx, row: LetterRow, reviewerId: string, allowed: boolean): Promise<void> {
  if (!allowed || reviewerId === row.writerId) return failField("reviewerId", "letterReviewerInvalid");
  const [reviewer] = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(userTeams, and(eq(userTeams.userId, users.id), eq(userTeams.teamId, row.teamId)))
    .where(and(eq(users.id, reviewerId), eq(users.role, "worker"), isNull(users.disabledAt)));
  if (!reviewer) failField("reviewerId", "letterReviewerInvalid");
}

/**
 * The colleagues a writer may name to review a letter: the other active workers of its team,
 * and nobody while the organisation does not allow a named reviewer.
 */
export async function namedReviewers(ctx: SignedInContext, input: { id: string }) {
  const [row] = await selectLetters(ctx.db)
    .where(and(eq(letters.id, input.id), lettersWithin(scopeFor(ctx.user, "letters.write"))))
    .limit(1);
  if (!row) return fail("notFound", "notFound");
  if (!(await organisationPolicy(ctx.db)).lettersNamedReviewer) return [];
  return ctx.db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .innerJoin(userTeams, and(eq(userTeams.userId, users.id), eq(userTeams.teamId, row.teamId)))
    .where(and(eq(users.role, "worker"), isNull(users.disabledAt), ne(users.id, row.writerId)))
    .orderBy(asc(users.displayName), asc(users.id));
}

/** Sends the draft for approval; every required section must say something. */
export function submitLetter(ctx: SignedInContext, input: letterSchemas.SubmitLetterInput) {
  return act(ctx, input.id, "submit", "letters.write", "letter.submitted", async (tx, row, version) => {
    const empty = emptyRequiredSections(version.sections);
    if (empty.length > 0)
      throw new AppError("badRequest", "letterRequiredSections", {
        fieldErrors: Object.fromEntries(empty.map((key) => [`sections.${key}`, "required" as const])),
      });
    if (input.reviewerId) await assertReviewer(tx, row, input.reviewerId, (await organisationPolicy(tx)).lettersNamedReviewer);
    return { letter: { reviewerId: input.reviewerId ?? null }, detail: { reviewerId: input.reviewerId ?? null } };
  });
}

/** Refuses unless the person may approve this letter (never their own). */
async function assertMayApprove(ctx: SignedInContext, tx: Tx, row: LetterRow): Promise<void> {
  const policy = await organisationPolicy(tx);
  const refusal = approvalRefusal(scopeFor(ctx.user, "letters.approve"), ctx.user.id, row, policy.lettersNamedReviewer);
  if (refusal) fail(refusal.code, refusal.key);
}

/** Sends the letter back to its writer with what to change. */
export function returnLetter(ctx: SignedInContext, input: { id: string; comment: string }) {
  return act(ctx, input.id, "return", "letters.approve", "letter.returned", async (tx, row) => {
    await assertMayApprove(ctx, tx, row);
    return { comment: input.comment };
  });
}

export function approveLetter(ctx: SignedInContext, input: { id: string; comment?: string | undefined }) {
  return act(ctx, input.id, "approve", "letters.approve", "letter.approved", async (tx, row) => {
    await assertMayApprove(ctx, tx, row);
    return { comment: input.comment ?? null };
  });
}

/**
 * Emails the addressee that a letter is waiting, when they gave an address and chose to be
 * told: queued in the send's transaction, so it goes once, and only if the letter was sent.
 */
async function tellAddressee(ctx: SignedInContext, tx: Tx, row: LetterRow, updated: boolean, now: Date): Promise<boolean> {
  const [addressee] = await tx
    .select({ contactEmail: users.contactEmail, language: users.preferredLanguage })
    .from(users)
    .where(and(eq(users.id, row.addresseeId), eq(users.emailLetterNotices, true), isNull(users.disabledAt)));
  if (!addressee?.contactEmail) return false;
  const mail = await letterWaitingMail(addressee.contactEmail, { language: addressee.language, updated, publicUrl: ctx.config.publicUrl });
  await queueMail(tx, mail, { now });
  return true;
}

/** Sends the approved version to the family account; from now on it never changes. */
export async function sendLetter(ctx: SignedInContext, input: { id: string }) {
  let emailed = false;
  const sent = await act(ctx, input.id, "send", "letters.write", "letter.sent", async (tx, row, version) => {
    const now = ctx.now();
    await tx.update(letterVersions).set({ sentAt: now }).where(eq(letterVersions.id, version.id));
    emailed = await tellAddressee(ctx, tx, row, row.firstSentAt !== null, now);
    return { letter: { firstSentAt: row.firstSentAt ?? now, lastSentAt: now }, detail: { addresseeId: row.addresseeId, emailed } };
  });
  if (emailed) nudgeMail();
  return sent;
}

/**
 * Starts a correction of a sent letter: a new version, copied from the sent one, which goes
 * through approval again. The family keeps reading what they were sent until it is sent.
 */
export function correctLetter(ctx: SignedInContext, input: { id: string; comment: string }) {
  return act(ctx, input.id, "correct", "letters.write", "letter.corrected", async (tx, row, version) => {
    const now = ctx.now();
    const [next] = await tx
      .insert(letterVersions)
      .values({
        letterId: row.id,
        number: version.number + 1,
        sections: version.sections,
        readingAge: version.readingAge,
        createdBy: ctx.user.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: letterVersions.id });
    if (!next) return fail("internal", "server");
    return {
      letter: { currentVersion: version.number + 1, reviewerId: null },
      comment: input.comment,
      eventVersionId: next.id,
      detail: { correcting: version.number },
    };
  });
}
