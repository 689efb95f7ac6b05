import { languages, type StatementContent, statementKinds } from "@heard/domain/rules";
import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { teams } from "./admin";
import { users } from "./auth";
import { meetings } from "./meetings";

/**
 * A message a child or parent sent their worker ("Tell my worker"), in their own words. Never
 * edited: what happens to it (read, answered, shared at a meeting) is set once, beside it.
 */
export const statements = pgTable(
  "statements",
  {
    /** Made by the server as a UUIDv7 (time-ordered). */
    id: uuid("id").primaryKey(),
    familyId: uuid("family_id")
      .notNull()
      .references(() => users.id),
    /** The family account's team when it was sent. */
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id),
    kind: text("kind", { enum: statementKinds }).notNull(),
    language: text("language", { enum: languages }).notNull(),
    content: jsonb("content").$type<StatementContent>().notNull(),
    /** A get-ready message's meeting; null for "a meeting soon" and other kinds. */
    meetingId: uuid("meeting_id").references(() => meetings.id),
    /** The face (1–5) and worry (0–10) of a "how I am feeling" message, for the charts. */
    face: smallint("face"),
    worry: smallint("worry"),
    /** The allocated worker it was sent to; null when it went to the team's managers. */
    workerId: uuid("worker_id").references(() => users.id),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    contentHash: text("content_hash").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    /** Answer by (the organisation's target in working days when it was sent). */
    answerBy: timestamp("answer_by", { withTimezone: true }).notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
    readBy: uuid("read_by").references(() => users.id),
    firstAnsweredAt: timestamp("first_answered_at", { withTimezone: true }),
    /** A get-ready message shared at its meeting, so the chair can read it out. */
    sharedAt: timestamp("shared_at", { withTimezone: true }),
    sharedBy: uuid("shared_by").references(() => users.id),
    sharedMeetingId: uuid("shared_meeting_id").references(() => meetings.id),
  },
  (t) => [
    index("statements_family_idx").on(t.familyId, t.sentAt),
    index("statements_team_idx").on(t.teamId, t.sentAt),
    index("statements_worker_idx").on(t.workerId, t.sentAt),
    index("statements_shared_meeting_idx").on(t.sharedMeetingId),
    check("statements_face", sql`${t.face} is null or ${t.face} between 1 and 5`),
    check("statements_worry", sql`${t.worry} is null or ${t.worry} between 0 and 10`),
  ],
);

/** A worker's answer to a message, shown to the family in the app. Never edited. */
export const statementReplies = pgTable(
  "statement_replies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    statementId: uuid("statement_id")
      .notNull()
      .references(() => statements.id),
    text: text("text").notNull(),
    byUserId: uuid("by_user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the family first saw it. */
    familyReadAt: timestamp("family_read_at", { withTimezone: true }),
  },
  (t) => [index("statement_replies_statement_idx").on(t.statementId, t.createdAt)],
);
