import { concernEventKinds, concernLevels, concernReasons } from "@heard/domain/rules";
import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { teams } from "./admin";
import { users } from "./auth";
import { feedbackResponses } from "./feedback";
import { letterReceipts } from "./letters";
import { meetings } from "./meetings";
import { statements } from "./statements";

/**
 * Words that may disclose harm, or a request to be contacted; at level `review`, words only
 * worth a person's look (no alert), which they clear or make a concern. Never deleted or
 * edited (a trigger refuses both); what happens next is recorded as events. Raised from a
 * feedback response (with its meeting), a family's answer to a letter, or their message to their worker.
 */
export const concerns = pgTable(
  "concerns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reason: text("reason", { enum: concernReasons }).notNull(),
    level: text("level", { enum: concernLevels }).notNull(),
    categories: jsonb("categories").$type<string[]>().notNull().default([]),
    responseId: uuid("response_id").references(() => feedbackResponses.id),
    /** The meeting the words are about: a feedback response's, or the meeting a letter came from. */
    meetingId: uuid("meeting_id").references(() => meetings.id),
    letterReceiptId: uuid("letter_receipt_id").references(() => letterReceipts.id),
    /** A family's message to their worker. */
    statementId: uuid("statement_id").references(() => statements.id),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id),
    raisedAt: timestamp("raised_at", { withTimezone: true }).notNull().defaultNow(),
    /** Acknowledge (a review item: clear) by this time (the organisation's target for its level when raised). */
    acknowledgeBy: timestamp("acknowledge_by", { withTimezone: true }).notNull(),
    /** The review item this concern was raised from, when a person judged it to be one. */
    escalatedFrom: uuid("escalated_from").references((): AnyPgColumn => concerns.id),
  },
  (t) => [
    index("concerns_raised_idx").on(t.raisedAt),
    index("concerns_team_idx").on(t.teamId),
    index("concerns_level_idx").on(t.level, t.raisedAt),
    uniqueIndex("concerns_escalated_from_idx").on(t.escalatedFrom),
    index("concerns_letter_receipt_idx").on(t.letterReceiptId),
    index("concerns_statement_idx").on(t.statementId),
    check("concerns_source", sql`num_nonnulls(${t.responseId}, ${t.letterReceiptId}, ${t.statementId}) = 1`),
    check("concerns_response_meeting", sql`${t.responseId} is null or ${t.meetingId} is not null`),
  ],
);

/** Append-only history of a concern: acknowledged, noted, resolved. */
export const concernEvents = pgTable(
  "concern_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    concernId: uuid("concern_id")
      .notNull()
      .references(() => concerns.id),
    kind: text("kind", { enum: concernEventKinds }).notNull(),
    note: text("note"),
    byUserId: uuid("by_user_id")
      .notNull()
      .references(() => users.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("concern_events_concern_idx").on(t.concernId, t.at)],
);

/**
 * Mail waiting to go out over SMTP, retried with back-off until sent. A concern's
 * alert is a row here; the concern itself never depends on mail working.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    concernId: uuid("concern_id").references(() => concerns.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    lastError: text("last_error"),
  },
  (t) => [index("mail_outbox_due_idx").on(t.sentAt, t.nextAttemptAt), index("mail_outbox_concern_idx").on(t.concernId)],
);
