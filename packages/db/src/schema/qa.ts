import { meetingTypes, respondentKinds } from "@heard/domain/rules";
import { date, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * A cache of counts of `feedback_answers` for months that are over, so QA results read a few
 * thousand rows instead of every answer. An answer's month is the month it arrived in, so once a
 * month has ended nothing new lands in it; a month is tallied (by the first QA query that needs
 * it) from the day after it ends. `feedback_tallied_months` lists the months whose tallies are
 * complete; triggers on `feedback_answers` forget a month's tallies whenever answers in it are
 * inserted late, changed or deleted (migration 0005), and the next query tallies it again.
 * Nothing is added to the work of storing feedback.
 */
export const feedbackTalliedMonths = pgTable("feedback_tallied_months", {
  month: date("month", { mode: "string" }).primaryKey(),
  talliedAt: timestamp("tallied_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Counts by version × month × team × tip × meeting type × respondent kind (for filtered results). */
export const feedbackAnswerTallies = pgTable(
  "feedback_answer_tallies",
  {
    tipVersionId: uuid("tip_version_id").notNull(),
    month: date("month", { mode: "string" }).notNull(),
    teamId: uuid("team_id").notNull(),
    tipId: uuid("tip_id").notNull(),
    meetingType: text("meeting_type", { enum: meetingTypes }).notNull(),
    respondentKind: text("respondent_kind", { enum: respondentKinds }).notNull(),
    yes: integer("yes").notNull(),
    aBit: integer("a_bit").notNull(),
    no: integer("no").notNull(),
    skipped: integer("skipped").notNull(),
  },
  (t) => [
    primaryKey({
      name: "feedback_answer_tallies_pk",
      columns: [t.tipVersionId, t.month, t.teamId, t.tipId, t.meetingType, t.respondentKind],
    }),
  ],
);

/** The same counts by version × month × team × tip only (for results without those filters). */
export const feedbackAnswerTotals = pgTable(
  "feedback_answer_totals",
  {
    tipVersionId: uuid("tip_version_id").notNull(),
    month: date("month", { mode: "string" }).notNull(),
    teamId: uuid("team_id").notNull(),
    tipId: uuid("tip_id").notNull(),
    yes: integer("yes").notNull(),
    aBit: integer("a_bit").notNull(),
    no: integer("no").notNull(),
    skipped: integer("skipped").notNull(),
  },
  (t) => [primaryKey({ name: "feedback_answer_totals_pk", columns: [t.tipVersionId, t.month, t.teamId, t.tipId] })],
);
