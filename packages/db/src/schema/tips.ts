import { type TipContent, tipVersionStatuses } from "@heard/domain/rules";
import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

/** Each edit of the Top 10 Tips is a new version; answers stay tied to the version they answered. */
export const tipVersions = pgTable("tip_versions", {
  id: uuid("id").primaryKey().defaultRandom(),
  number: integer("number").notNull().unique(),
  status: text("status", { enum: tipVersionStatuses }).notNull().default("draft"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid("created_by").references(() => users.id),
  publishedAt: timestamp("published_at", { withTimezone: true }),
});

export const tips = pgTable(
  "tips",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => tipVersions.id),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    wording: text("wording").notNull(),
    icon: text("icon"),
    translations: jsonb("translations").$type<NonNullable<TipContent["translations"]>>().notNull().default({}),
  },
  (t) => [
    unique("tips_version_position").on(t.versionId, t.position),
    index("tips_version_idx").on(t.versionId),
    // The target of feedback_answers' (tip_id, tip_version_id) key: an answer names its tip's own version.
    unique("tips_id_version").on(t.id, t.versionId),
  ],
);
