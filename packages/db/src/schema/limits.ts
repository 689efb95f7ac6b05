import { integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { bytea } from "./columns";

/**
 * How often something was tried in a window, by key ("signIn:account:…", "feedback:address:…"):
 * the count lives here so limits hold across several server processes. A window's row is
 * counted up in one statement; old windows are pruned by a background job.
 */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    hits: integer("hits").notNull(),
  },
  (t) => [primaryKey({ name: "rate_limits_pk", columns: [t.key, t.windowStart] })],
);

/**
 * Secret keys the server signs things with (a feedback form's opening token), made at first
 * start and shared by every server process through the database. Never sent anywhere.
 */
export const signingKeys = pgTable("signing_keys", {
  name: text("name").primaryKey(),
  secret: bytea("secret").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
