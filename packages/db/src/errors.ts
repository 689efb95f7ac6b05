/**
 * What PostgreSQL said went wrong, whichever driver reported it and however deeply Drizzle
 * wrapped it: the five-character SQLSTATE and the constraint named, if any.
 */
type PgFault = { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };

function findFault(error: unknown): PgFault | undefined {
  for (let cause = error, depth = 0; cause && depth < 6; depth += 1) {
    const fault = cause as PgFault;
    if (typeof fault.code === "string" && /^[0-9A-Z]{5}$/.test(fault.code)) return fault;
    cause = fault.cause;
  }
  return undefined;
}

/** The SQLSTATE of a database error ("23505"), or undefined when the error did not come from PostgreSQL. */
export function pgErrorCode(error: unknown): string | undefined {
  return findFault(error)?.code as string | undefined;
}

/** The constraint a violation names ("users_username_unique"), when the driver says. */
export function pgConstraint(error: unknown): string | undefined {
  const fault = findFault(error);
  const name = fault?.constraint ?? fault?.constraint_name;
  return typeof name === "string" ? name : undefined;
}

export const pgErrorCodes = {
  uniqueViolation: "23505",
  foreignKeyViolation: "23503",
  serializationFailure: "40001",
  deadlockDetected: "40P01",
} as const;

/** A unique constraint refused the row: someone else has that name, email or key. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  return pgErrorCode(error) === pgErrorCodes.uniqueViolation && (constraint === undefined || pgConstraint(error) === constraint);
}

/**
 * Data exceptions a person's input can cause that no schema catches: a NUL character in text
 * (22021, 22P05 in JSON), text or a number too big for its column (22001, 22003), a date out of
 * range (22008). Other class-22 errors (a bad cast, say) are our own queries' faults.
 */
const inputDataExceptions = new Set(["22001", "22003", "22008", "22021", "22P05"]);

export function isInputDataException(error: unknown): boolean {
  const code = pgErrorCode(error);
  return code !== undefined && inputDataExceptions.has(code);
}
