import { sql } from "drizzle-orm";
import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** The organisation's own settings: a single row with id 1. */
export const organisation = pgTable("organisation", {
  id: integer("id").primaryKey().default(1),
  name: text("name").notNull(),
  frontDoorPhone: text("front_door_phone").notNull(),
  safeguardingEmail: text("safeguarding_email").notNull(),
  kAnonymityThreshold: integer("k_anonymity_threshold").notNull().default(5),
  concernAckTargetMinutes: integer("concern_ack_target_minutes").notNull().default(60),
  feedbackCodeValidDays: integer("feedback_code_valid_days").notNull().default(14),
  /** Whether a worker may name a colleague (another worker of the team) to approve their letter, besides its managers. */
  lettersNamedReviewer: boolean("letters_named_reviewer").notNull().default(false),
  /** Working days to answer a family's message. */
  statementAnswerDays: integer("statement_answer_days").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const teams = pgTable("teams", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Append-only: who did what, when, from where. Code has no update or delete
 * path for it; the migration also refuses UPDATE and DELETE with a trigger.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    action: text("action").notNull(),
    subjectType: text("subject_type"),
    subjectId: text("subject_id"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    requestId: text("request_id"),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index("audit_log_subject_idx").on(t.action, t.subjectId, t.at), index("audit_log_at_idx").on(t.at)],
);
