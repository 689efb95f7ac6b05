import { concernEvents, concerns, feedbackResponses, type Queryable, users } from "@heard/db";
import { type ConcernCategory, type Language, maskPii } from "@heard/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Logger } from "pino";
import { screenText } from "./raise";

/** What a person decided about a review item: who, when, why, and the concern it became. */
export type ReviewDecision = {
  kind: "cleared" | "escalated";
  at: string;
  byName: string;
  note: string | null;
  /** The concern raised from it, when it was made one. */
  concernId: string | null;
};

export type ReviewDetails = {
  /** The phrases the screen flagged, contact details masked (the full words are on the audited page). */
  flagged: { words: string; category: ConcernCategory }[];
  /** The language they wrote in (the words are in it). */
  language: Language | null;
  decision: ReviewDecision | null;
};

/**
 * For the review list: the flagged words and the decision of each review item, in three
 * queries whatever the number of items. The words are read again by the screen (never stored)
 * and masked as QA's free text is, because the list itself is not an audited view.
 */
export async function reviewDetails(
  db: Queryable,
  items: readonly { id: string; responseId: string | null }[],
  logger: Logger,
): Promise<Map<string, ReviewDetails>> {
  const details = new Map<string, ReviewDetails>();
  if (items.length === 0) return details;
  const ids = items.map((item) => item.id);
  const [responses, decisions, raised] = await Promise.all([
    db
      .select({ id: feedbackResponses.id, freeText: feedbackResponses.freeText, language: feedbackResponses.language })
      .from(feedbackResponses)
      .where(
        inArray(
          feedbackResponses.id,
          items.flatMap((item) => (item.responseId ? [item.responseId] : [])),
        ),
      ),
    db
      .select({
        concernId: concernEvents.concernId,
        kind: concernEvents.kind,
        at: concernEvents.at,
        note: concernEvents.note,
        byName: users.displayName,
      })
      .from(concernEvents)
      .innerJoin(users, eq(users.id, concernEvents.byUserId))
      .where(and(inArray(concernEvents.concernId, ids), inArray(concernEvents.kind, ["cleared", "escalated"])))
      .orderBy(asc(concernEvents.at)),
    db.select({ id: concerns.id, from: concerns.escalatedFrom }).from(concerns).where(inArray(concerns.escalatedFrom, ids)),
  ]);
  const words = new Map(responses.map((response) => [response.id, response]));
  for (const item of items) {
    const response = item.responseId ? words.get(item.responseId) : undefined;
    const screen = response?.freeText ? screenText(response.freeText, response.language, logger) : null;
    // The first decision stands: the API records only one, and a second is refused.
    const decision = decisions.find((event) => event.concernId === item.id);
    details.set(item.id, {
      flagged: (screen?.matches ?? []).map((match) => ({ words: maskPii(match.words), category: match.category })),
      language: response?.language ?? null,
      decision: decision
        ? {
            kind: decision.kind as ReviewDecision["kind"],
            at: decision.at.toISOString(),
            byName: decision.byName,
            note: decision.note,
            concernId: raised.find((concern) => concern.from === item.id)?.id ?? null,
          }
        : null,
    });
  }
  return details;
}

/** The concern a review item was made, if it was (a unique index allows one). */
export async function escalatedTo(db: Queryable, reviewId: string): Promise<string | null> {
  const [row] = await db.select({ id: concerns.id }).from(concerns).where(eq(concerns.escalatedFrom, reviewId)).limit(1);
  return row?.id ?? null;
}
