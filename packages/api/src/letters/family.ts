import {
  letterAddressees,
  letterGlossaryTerms,
  letterReads,
  letterReceipts,
  letters,
  letterTasks,
  letterVersions,
  meetings,
  type Queryable,
  users,
} from "@heard/db";
import {
  type ConcernLevel,
  type ConcernScreen,
  defaultGlossary,
  fail,
  type GlossaryEntry,
  glossaryMatcher,
  type Language,
  type LetterSection,
  type letterSchemas,
  levelOfCategories,
  receiptFollowUp,
  scopeFor,
  sectionSentences,
} from "@heard/domain";
import { and, asc, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { alertRaisedConcerns, type ConcernToRaise, raiseConcerns, screenText } from "../concerns/service";
import { audit } from "../platform/audit";
import type { SignedInContext } from "../platform/context";

const newestSent = sql<number>`(select max(${letterVersions.number}) from ${letterVersions} where ${letterVersions.letterId} = ${letters.id} and ${letterVersions.sentAt} is not null)`;

/** The person's own account, as `letters.receive` allows: the addressee, and nobody else. */
function addresseeId(ctx: SignedInContext): string {
  const scope = scopeFor(ctx.user, "letters.receive");
  if (scope?.kind !== "own") return fail("forbidden", "forbidden");
  return scope.userId;
}

/** A sent letter and the version asked for (default: the newest sent); refused when it is not the person's. */
export async function sentLetterFor(ctx: SignedInContext, id: string, version?: number) {
  const familyId = addresseeId(ctx);
  const [letter] = await ctx.db
    .select({
      id: letters.id,
      kind: letters.kind,
      language: letters.language,
      teamId: letters.teamId,
      writerId: letters.writerId,
      writerName: users.displayName,
      meetingId: letters.meetingId,
      meetingType: meetings.type,
      heldOn: meetings.heldOn,
      addresseeId: letterAddressees.familyId,
      newestSent,
    })
    .from(letters)
    .innerJoin(letterAddressees, eq(letterAddressees.letterId, letters.id))
    .innerJoin(users, eq(users.id, letters.writerId))
    .leftJoin(meetings, eq(meetings.id, letters.meetingId))
    .where(eq(letters.id, id))
    .limit(1);
  if (!letter || letter.newestSent === null) return fail("notFound", "notFound");
  if (letter.addresseeId !== familyId) return fail("forbidden", "letterNotYours");
  const [shown] = await ctx.db
    .select()
    .from(letterVersions)
    .where(and(eq(letterVersions.letterId, id), eq(letterVersions.number, version ?? letter.newestSent), isNotNull(letterVersions.sentAt)));
  if (!shown?.sentAt) return fail("notFound", "notFound");
  return { letter, version: { ...shown, sentAt: shown.sentAt }, familyId };
}

/** The family member's letters, newest first: the newest sent version of each, unread ones marked. */
export async function myLetters(ctx: SignedInContext) {
  const familyId = addresseeId(ctx);
  const rows = await ctx.db
    .select({
      id: letters.id,
      kind: letters.kind,
      language: letters.language,
      writerName: users.displayName,
      version: letterVersions.number,
      sentAt: letterVersions.sentAt,
      readAt: letterReads.readAt,
      answered: sql<boolean>`exists (select 1 from ${letterReceipts} where ${letterReceipts.versionId} = ${letterVersions.id})`,
    })
    .from(letterAddressees)
    .innerJoin(letters, eq(letters.id, letterAddressees.letterId))
    .innerJoin(users, eq(users.id, letters.writerId))
    .innerJoin(letterVersions, and(eq(letterVersions.letterId, letters.id), eq(letterVersions.number, newestSent)))
    .leftJoin(letterReads, eq(letterReads.versionId, letterVersions.id))
    .where(eq(letterAddressees.familyId, familyId))
    .orderBy(desc(letterVersions.sentAt), desc(letters.id))
    .limit(200);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    language: row.language,
    writerName: row.writerName,
    version: row.version,
    sentAt: row.sentAt?.toISOString() ?? null,
    /** A correction: the child sees "updated on …" and can open the earlier versions. */
    updated: row.version > 1,
    unread: row.readAt === null,
    answered: row.answered,
  }));
}

/**
 * The glossary terms a letter's words use, from the organisation's glossary in the letter's
 * language (turned-off terms left out), so the family app can explain each one where it stands
 * without downloading the whole glossary. Until anyone has opened the glossary it is still the
 * default, which is what it would be filled with.
 */
async function glossaryUsed(db: Queryable, language: Language, sections: readonly LetterSection[]): Promise<GlossaryEntry[]> {
  let entries: GlossaryEntry[] = await db
    .select({ term: letterGlossaryTerms.term, swap: letterGlossaryTerms.swap, forms: letterGlossaryTerms.forms })
    .from(letterGlossaryTerms)
    .where(and(eq(letterGlossaryTerms.language, language), eq(letterGlossaryTerms.disabled, false)))
    .orderBy(asc(letterGlossaryTerms.term));
  if (entries.length === 0) {
    const [any] = await db.select({ id: letterGlossaryTerms.id }).from(letterGlossaryTerms).limit(1);
    if (!any) entries = [...defaultGlossary[language]];
  }
  const match = glossaryMatcher(entries, language);
  const used = new Set(sections.flatMap((section) => sectionSentences(section).flatMap((text) => match(text).map((m) => m.entry))));
  return entries
    .filter((_, index) => used.has(index))
    .map((entry) => ({ term: entry.term, swap: entry.swap, forms: [...(entry.forms ?? [])] }));
}

/** Opens a letter (the newest sent version, or an earlier one), marking it read the first time. */
export async function readLetter(ctx: SignedInContext, input: { id: string; version?: number | undefined }) {
  const { letter, version, familyId } = await sentLetterFor(ctx, input.id, input.version);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const [first] = await tx
      .insert(letterReads)
      .values({ versionId: version.id, familyId, readAt: now })
      .onConflictDoNothing()
      .returning({ versionId: letterReads.versionId });
    if (first)
      await audit(tx, ctx, {
        action: "letter.read",
        actorId: familyId,
        subject: { type: "letter", id: letter.id },
        detail: { version: version.number },
      });
  });
  const [earlier, [receipt], glossary] = await Promise.all([
    ctx.db
      .select({ number: letterVersions.number, sentAt: letterVersions.sentAt })
      .from(letterVersions)
      .where(and(eq(letterVersions.letterId, letter.id), isNotNull(letterVersions.sentAt)))
      .orderBy(desc(letterVersions.number)),
    ctx.db
      .select({ answer: letterReceipts.answer, reply: letterReceipts.reply, createdAt: letterReceipts.createdAt })
      .from(letterReceipts)
      .where(eq(letterReceipts.versionId, version.id)),
    glossaryUsed(ctx.db, letter.language, version.sections),
  ]);
  return {
    id: letter.id,
    kind: letter.kind,
    language: letter.language,
    writerName: letter.writerName,
    version: version.number,
    newestVersion: letter.newestSent,
    sentAt: version.sentAt.toISOString(),
    sections: version.sections,
    versions: earlier.map((v) => ({ number: v.number, sentAt: v.sentAt?.toISOString() ?? null })),
    receipt: receipt ? { ...receipt, createdAt: receipt.createdAt.toISOString() } : null,
    /** The terms its words use, each with its everyday explanation, in the letter's language. */
    glossary,
  };
}

/** The level the screen gives, or (from a screen that gives none) the one its categories call for. */
function levelOf(screened: ConcernScreen): ConcernLevel {
  return (screened as ConcernScreen & { level?: ConcernLevel | null }).level ?? levelOfCategories(screened.categories);
}

/**
 * What the family says about a version they read: understood, not all of it, or they want to
 * talk to someone, with an optional reply. Wanting to talk, and a reply the safeguarding screen
 * flags, raise a concern (with its alert) in the same transaction; "not all of it" gives the
 * writer a follow-up. One answer per version: the same answer again is taken as a retry.
 */
export async function giveReceipt(ctx: SignedInContext, input: letterSchemas.LetterReceiptInput) {
  const { letter, version, familyId } = await sentLetterFor(ctx, input.id, input.version);
  const reply = input.reply ?? null;
  const screened = reply ? screenText(reply, letter.language, ctx.logger) : null;
  const raise: ConcernToRaise[] = [];
  if (screened?.mayDiscloseHarm) raise.push({ reason: "screened", categories: screened.categories, level: levelOf(screened) });
  const followUp = receiptFollowUp(input.answer);
  if (followUp.raisesContactConcern) raise.push({ reason: "contactRequested", categories: [], level: "concern" });
  const now = ctx.now();

  const result = await ctx.db.transaction(async (tx) => {
    const [receipt] = await tx
      .insert(letterReceipts)
      .values({ letterId: letter.id, versionId: version.id, familyId, answer: input.answer, reply, createdAt: now })
      .onConflictDoNothing({ target: letterReceipts.versionId })
      .returning({ id: letterReceipts.id });
    if (!receipt) {
      const [earlier] = await tx.select().from(letterReceipts).where(eq(letterReceipts.versionId, version.id));
      if (earlier && earlier.answer === input.answer && earlier.reply === reply)
        return {
          receiptId: earlier.id,
          concernRaised: raise.length > 0,
          mayDiscloseHarm: screened?.mayDiscloseHarm ?? false,
          duplicate: true,
        };
      return fail("conflict", "letterReceiptGiven");
    }
    const concernIds = await raiseConcerns(
      tx,
      ctx,
      {
        responseId: null,
        letterReceiptId: receipt.id,
        meetingId: letter.meetingId,
        meetingType: letter.meetingType,
        heldOn: letter.heldOn,
        teamId: letter.teamId,
      },
      raise,
      now,
    );
    if (followUp.task)
      await tx
        .insert(letterTasks)
        .values({ letterId: letter.id, receiptId: receipt.id, kind: followUp.task, assigneeId: letter.writerId, createdAt: now });
    await audit(tx, ctx, {
      action: "letter.receipt.given",
      actorId: familyId,
      subject: { type: "letter", id: letter.id },
      detail: { version: version.number, answer: input.answer, replied: reply !== null, concernIds },
    });
    return {
      receiptId: receipt.id,
      concernRaised: concernIds.length > 0,
      mayDiscloseHarm: screened?.mayDiscloseHarm ?? false,
      duplicate: false,
    };
  });
  if (result.concernRaised && !result.duplicate) {
    ctx.logger.info({ receiptId: result.receiptId }, "concern raised from a letter receipt");
    alertRaisedConcerns();
  }
  return result;
}

/** The writer's follow-ups still to do (for the home page), oldest first. */
export async function myLetterTasks(ctx: SignedInContext) {
  const rows = await ctx.db
    .select({
      id: letterTasks.id,
      kind: letterTasks.kind,
      letterId: letterTasks.letterId,
      letterKind: letters.kind,
      addresseeName: users.displayName,
      answer: letterReceipts.answer,
      reply: letterReceipts.reply,
      createdAt: letterTasks.createdAt,
    })
    .from(letterTasks)
    .innerJoin(letters, eq(letters.id, letterTasks.letterId))
    .innerJoin(letterReceipts, eq(letterReceipts.id, letterTasks.receiptId))
    .innerJoin(users, eq(users.id, letterReceipts.familyId))
    .where(and(eq(letterTasks.assigneeId, ctx.user.id), isNull(letterTasks.doneAt)))
    .orderBy(letterTasks.createdAt)
    .limit(200);
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

/** Marks a follow-up done (the writer explained the letter again). Once. */
export async function completeLetterTask(ctx: SignedInContext, input: { id: string }) {
  return ctx.db.transaction(async (tx) => {
    const [task] = await tx
      .update(letterTasks)
      .set({ doneAt: ctx.now(), doneBy: ctx.user.id })
      .where(and(eq(letterTasks.id, input.id), eq(letterTasks.assigneeId, ctx.user.id), isNull(letterTasks.doneAt)))
      .returning({ id: letterTasks.id, letterId: letterTasks.letterId });
    if (!task) return fail("notFound", "notFound");
    await audit(tx, ctx, {
      action: "letter.task.done",
      actorId: ctx.user.id,
      subject: { type: "letter", id: task.letterId },
      detail: { taskId: task.id },
    });
    return { id: task.id, done: true };
  });
}
