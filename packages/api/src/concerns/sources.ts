import { concerns, feedbackResponses, letterReceipts, letters, type Queryable, statements, users } from "@heard/db";
import { statementScreenText } from "@heard/domain";
import { eq, sql } from "drizzle-orm";

// Where a concern's words came from: feedback, a family's answer to a letter, or their message to their worker.

/** The feedback response a concern was raised from. */
export function feedbackResponseOf(db: Queryable, concernId: string) {
  return db
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
    .where(eq(concerns.id, concernId));
}

/**
 * A family's answer to a letter, in the shape of a response: who wrote it (the account's member
 * kind), the letter's language, the reply. Asking to talk is the contact request; the family
 * account itself is how they are reached, so no method or detail is stored with it.
 */
export function letterAnswerOf(db: Queryable, concernId: string) {
  return db
    .select({
      id: letterReceipts.id,
      respondentKind: sql<"child" | "parent">`coalesce(${users.memberKind}, 'child')`,
      ageBand: sql<null>`null`,
      language: letters.language,
      freeText: letterReceipts.reply,
      contactRequested: sql<boolean>`${letterReceipts.answer} = 'wantToTalk'`,
      contactMethod: sql<null>`null`,
      contactDetail: sql<null>`null`,
      submittedAt: letterReceipts.createdAt,
    })
    .from(letterReceipts)
    .innerJoin(concerns, eq(concerns.letterReceiptId, letterReceipts.id))
    .innerJoin(letters, eq(letters.id, letterReceipts.letterId))
    .innerJoin(users, eq(users.id, letterReceipts.familyId))
    .where(eq(concerns.id, concernId));
}

/**
 * A family's message to their worker, in the shape of a response: the account's member kind,
 * the message's language and its answers one per line. The family account is how they are reached.
 */
export function statementWordsOf(db: Queryable, concernId: string) {
  return db
    .select({
      id: statements.id,
      respondentKind: sql<"child" | "parent">`coalesce(${users.memberKind}, 'child')`,
      ageBand: sql<null>`null`,
      language: statements.language,
      content: statements.content,
      contactRequested: sql<boolean>`false`,
      contactMethod: sql<null>`null`,
      contactDetail: sql<null>`null`,
      submittedAt: statements.sentAt,
    })
    .from(statements)
    .innerJoin(concerns, eq(concerns.statementId, statements.id))
    .innerJoin(users, eq(users.id, statements.familyId))
    .where(eq(concerns.id, concernId))
    .then((rows) => rows.map(({ content, ...row }) => ({ ...row, freeText: statementScreenText(content) as string | null })));
}
