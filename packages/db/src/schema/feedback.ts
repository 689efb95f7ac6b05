import { ageBands, contactMethods, languages, meetingTypes, respondentKinds } from "@heard/domain/rules";
import { boolean, date, foreignKey, index, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { meetings } from "./meetings";
import { tips, tipVersions } from "./tips";

/** One person's feedback about one meeting. Stored once per idempotency key. */
export const feedbackResponses = pgTable(
  "feedback_responses",
  {
    /** Made by the server as a UUIDv7 (time-ordered), so new rows go at the end of the indexes that hold it. */
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    tipVersionId: uuid("tip_version_id")
      .notNull()
      .references(() => tipVersions.id),
    respondentKind: text("respondent_kind", { enum: respondentKinds }).notNull(),
    ageBand: text("age_band", { enum: ageBands }),
    language: text("language", { enum: languages }).notNull(),
    freeText: text("free_text"),
    contactRequested: boolean("contact_requested").notNull().default(false),
    contactMethod: text("contact_method", { enum: contactMethods }),
    /** A phone number or email the person gave to be contacted on; sensitive. */
    contactDetail: text("contact_detail"),
    /** Made on the phone; a retry with the same key returns the first result. */
    idempotencyKey: text("idempotency_key").notNull().unique(),
    /** SHA-256 of the submitted content, to refuse the same key with different content. */
    contentHash: text("content_hash").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the phone says the person pressed Send (its clock): answers saved offline may arrive after the code stops (see takesFeedback). */
    writtenAt: timestamp("written_at", { withTimezone: true }),
  },
  (t) => [index("feedback_responses_meeting_idx").on(t.meetingId)],
);

/**
 * One answer to one tip: one per tip per response. Carries copies of the meeting's team, type
 * and month and the respondent kind, so results by tip × team × month read one narrow table.
 * The copies have no foreign keys of their own (the response's meeting is the source of
 * truth); the tip is checked together with its version, so an answer can never name a tip of
 * another version. Storing feedback is the busiest write in Heard: each check and index here
 * is paid ten times per response.
 */
export const feedbackAnswers = pgTable(
  "feedback_answers",
  {
    responseId: uuid("response_id")
      .notNull()
      .references(() => feedbackResponses.id),
    tipId: uuid("tip_id").notNull(),
    tipVersionId: uuid("tip_version_id").notNull(),
    /** 1 yes, 2 a bit, 3 no, 0 skipped. */
    answer: smallint("answer").notNull(),
    teamId: uuid("team_id").notNull(),
    meetingType: text("meeting_type", { enum: meetingTypes }).notNull(),
    respondentKind: text("respondent_kind", { enum: respondentKinds }).notNull(),
    /** First day of the month the answer arrived in. */
    month: date("month", { mode: "string" }).notNull(),
  },
  (t) => [
    primaryKey({ name: "feedback_answers_pkey", columns: [t.responseId, t.tipId] }),
    foreignKey({ name: "feedback_answers_tip_fk", columns: [t.tipId, t.tipVersionId], foreignColumns: [tips.id, tips.versionId] }),
    index("feedback_answers_summary_idx").on(t.tipVersionId, t.month, t.teamId, t.tipId, t.answer),
  ],
);
