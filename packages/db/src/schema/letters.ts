import {
  type LetterSection,
  languages,
  letterEventKinds,
  letterKinds,
  letterReceiptAnswers,
  letterStatuses,
  letterTaskKinds,
  type TemplateSection,
} from "@heard/domain/rules";
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { teams } from "./admin";
import { users } from "./auth";
import { meetings } from "./meetings";

/** The organisation's own template of each kind; a kind with no row uses the default in @heard/domain. */
export const letterTemplates = pgTable("letter_templates", {
  kind: text("kind", { enum: letterKinds }).primaryKey(),
  sections: jsonb("sections").$type<TemplateSection[]>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid("updated_by").references(() => users.id),
});

/** The organisation's glossary, seeded from the default the first time it is read. Terms are turned off, never deleted. */
export const letterGlossaryTerms = pgTable(
  "letter_glossary_terms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    language: text("language", { enum: languages }).notNull(),
    term: text("term").notNull(),
    swap: text("swap").notNull(),
    forms: jsonb("forms").$type<string[]>().notNull().default([]),
    disabled: boolean("disabled").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => users.id),
  },
  (t) => [uniqueIndex("letter_glossary_terms_term_idx").on(t.language, sql`lower(${t.term})`)],
);

/**
 * A letter to one family account, written after a meeting or for a family account. Its words
 * are in its versions; `status` is where the newest version is in its review.
 */
export const letters = pgTable(
  "letters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind", { enum: letterKinds }).notNull(),
    meetingId: uuid("meeting_id").references(() => meetings.id),
    /** The family account the letter was started from, when it was not a meeting. */
    fromFamilyId: uuid("from_family_id").references(() => users.id),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id),
    writerId: uuid("writer_id")
      .notNull()
      .references(() => users.id),
    language: text("language", { enum: languages }).notNull(),
    status: text("status", { enum: letterStatuses }).notNull().default("draft"),
    /** The colleague named to review it, when the organisation allows a named reviewer. */
    reviewerId: uuid("reviewer_id").references(() => users.id),
    /** After a meeting: the first working day after it. */
    dueOn: date("due_on", { mode: "string" }),
    /** The newest version's number (the one being written or last sent). */
    currentVersion: integer("current_version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    firstSentAt: timestamp("first_sent_at", { withTimezone: true }),
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }),
  },
  (t) => [
    index("letters_team_idx").on(t.teamId, t.status),
    index("letters_writer_idx").on(t.writerId, t.updatedAt),
    index("letters_reviewer_idx").on(t.reviewerId),
    index("letters_meeting_idx").on(t.meetingId),
    check("letters_source", sql`${t.meetingId} is not null or ${t.fromFamilyId} is not null`),
  ],
);

/** Whom a letter is for: exactly one family account (a letter to a child and one to a parent are two letters). */
export const letterAddressees = pgTable(
  "letter_addressees",
  {
    letterId: uuid("letter_id")
      .primaryKey()
      .references(() => letters.id),
    familyId: uuid("family_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [index("letter_addressees_family_idx").on(t.familyId)],
);

/**
 * The words of a letter, version by version. The draft is saved over (`revision` counts the
 * saves); once `sent_at` is set the row never changes again (a trigger refuses it).
 */
export const letterVersions = pgTable(
  "letter_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    letterId: uuid("letter_id")
      .notNull()
      .references(() => letters.id),
    number: integer("number").notNull(),
    sections: jsonb("sections").$type<LetterSection[]>().notNull(),
    /** UK reading age of the words (English only; see @heard/domain readability). */
    readingAge: real("reading_age"),
    revision: integer("revision").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [unique("letter_versions_number").on(t.letterId, t.number)],
);

/** The review history: submitted, returned with a comment, approved, sent, corrected. Append-only. */
export const letterEvents = pgTable(
  "letter_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    letterId: uuid("letter_id")
      .notNull()
      .references(() => letters.id),
    versionId: uuid("version_id")
      .notNull()
      .references(() => letterVersions.id),
    kind: text("kind", { enum: letterEventKinds }).notNull(),
    comment: text("comment"),
    byUserId: uuid("by_user_id")
      .notNull()
      .references(() => users.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("letter_events_letter_idx").on(t.letterId, t.at)],
);

/** When the family first opened each sent version. */
export const letterReads = pgTable("letter_reads", {
  versionId: uuid("version_id")
    .primaryKey()
    .references(() => letterVersions.id),
  familyId: uuid("family_id")
    .notNull()
    .references(() => users.id),
  readAt: timestamp("read_at", { withTimezone: true }).notNull().defaultNow(),
});

/** What the family said about a version they read: one answer per version, never edited. */
export const letterReceipts = pgTable(
  "letter_receipts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    letterId: uuid("letter_id")
      .notNull()
      .references(() => letters.id),
    versionId: uuid("version_id")
      .notNull()
      .unique()
      .references(() => letterVersions.id),
    familyId: uuid("family_id")
      .notNull()
      .references(() => users.id),
    answer: text("answer", { enum: letterReceiptAnswers }).notNull(),
    reply: text("reply"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("letter_receipts_letter_idx").on(t.letterId)],
);

/** What a writer has to do after a receipt (explain a letter again); done once. */
export const letterTasks = pgTable(
  "letter_tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    letterId: uuid("letter_id")
      .notNull()
      .references(() => letters.id),
    receiptId: uuid("receipt_id")
      .notNull()
      .references(() => letterReceipts.id),
    kind: text("kind", { enum: letterTaskKinds }).notNull(),
    assigneeId: uuid("assignee_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp("done_at", { withTimezone: true }),
    doneBy: uuid("done_by").references(() => users.id),
  },
  (t) => [index("letter_tasks_assignee_idx").on(t.assigneeId, t.doneAt)],
);
