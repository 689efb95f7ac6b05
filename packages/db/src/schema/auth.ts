import { languages, memberKinds, roles } from "@heard/domain/rules";
import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, check, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { teams } from "./admin";
import { bytea } from "./columns";

/** Staff and family members alike; `role` tells them apart. */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    role: text("role", { enum: roles }).notNull(),
    /** Staff sign in with this (stored lower-case). */
    email: text("email").unique(),
    /** Family members choose this when they activate their account. */
    username: text("username").unique(),
    displayName: text("display_name").notNull(),
    memberKind: text("member_kind", { enum: memberKinds }),
    /** A family member's address for being told a letter is waiting; never for signing in (that is `email`, staff only). */
    contactEmail: text("contact_email"),
    /** The family member chose to be emailed (at `contactEmail`) when a letter is sent to them. */
    emailLetterNotices: boolean("email_letter_notices").notNull().default(false),
    preferredLanguage: text("preferred_language", { enum: languages }).notNull().default("en"),
    passwordHash: text("password_hash"),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by"),
    /** A family account's allocated worker: their messages go to this person (changes are audited). */
    allocatedWorkerId: uuid("allocated_worker_id").references((): AnyPgColumn => users.id),
    /** A member of staff who is away: families' messages go to the team's managers meanwhile. */
    awaySince: timestamp("away_since", { withTimezone: true }),
  },
  (t) => [check("users_letter_notices_email", sql`not ${t.emailLetterNotices} or ${t.contactEmail} is not null`)],
);

export const userTeams = pgTable(
  "user_teams",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.teamId] }), index("user_teams_team_idx").on(t.teamId)],
);

/** Lucia-style sessions: the token is `<id>.<secret>`; only SHA-256 of the secret is kept. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    secretHash: bytea("secret_hash").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** One-time codes a family member uses to activate (or re-activate) an account. */
export const activationCodes = pgTable(
  "activation_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    codeHash: text("code_hash").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    /** Set when a newer code replaces this one before it was used. */
    revoked: boolean("revoked").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
  },
  (t) => [index("activation_codes_user_idx").on(t.userId)],
);
