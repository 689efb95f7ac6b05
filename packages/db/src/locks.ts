/**
 * Every PostgreSQL advisory lock Heard takes, in one place so that no two uses share a number.
 * Any number below 2^63 will do; these are arbitrary and must never change while an older
 * server might run beside a newer one.
 */
export const advisoryLocks = {
  /** Migrating and seeding at start: one server process at a time. */
  startup: 4_862_731_905,
  /** Saving a draft or publishing the Top 10 Tips. */
  tipVersions: 4_815_162_342,
  /** Tallying months of answers (exclusive) against forgetting them (shared, in the triggers of migration 0005). */
  answerTallies: 7_239_145,
} as const;
