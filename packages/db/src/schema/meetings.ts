import { meetingTypes } from "@heard/domain/rules";
import { date, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { teams } from "./admin";
import { users } from "./auth";
import { tipVersions } from "./tips";

/** A meeting a worker records so the family can give feedback on it with its code. */
export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    type: text("type", { enum: meetingTypes }).notNull(),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id),
    /** The Top 10 Tips version current when the meeting was recorded: its feedback answers that version. */
    tipVersionId: uuid("tip_version_id")
      .notNull()
      .references(() => tipVersions.id),
    /** Free text from the case system; sensitive, shown only to staff who may see the meeting. */
    caseReference: text("case_reference"),
    /** 8 characters from the unambiguous alphabet, stored normalised (no dash). */
    feedbackCode: text("feedback_code").notNull().unique(),
    codeExpiresAt: timestamp("code_expires_at", { withTimezone: true }).notNull(),
    codeClosedAt: timestamp("code_closed_at", { withTimezone: true }),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("meetings_team_idx").on(t.teamId, t.heldOn), index("meetings_created_by_idx").on(t.createdBy)],
);

/** The worker(s) a meeting's feedback is about. */
export const meetingWorkers = pgTable(
  "meeting_workers",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] }), index("meeting_workers_user_idx").on(t.userId)],
);

/** The family accounts a meeting is about, so a family can get ready for it in the app. */
export const meetingFamilies = pgTable(
  "meeting_families",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    familyId: uuid("family_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.familyId] }), index("meeting_families_family_idx").on(t.familyId)],
);
