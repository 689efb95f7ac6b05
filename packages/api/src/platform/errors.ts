import { isInputDataException, isUniqueViolation, pgErrorCode } from "@heard/db";
import { AppError, type ErrorDetail, type ErrorKey, type FailureCode, isErrorKey } from "@heard/domain";
import { TRPCError } from "@trpc/server";
import { type TRPC_ERROR_CODE_KEY, TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import type { Logger } from "pino";
import { ZodError } from "zod";

/** Each kind of failure as tRPC and HTTP carry it: the one mapping (tRPC's own table gives the status). */
const trpcCodes: Record<FailureCode, TRPC_ERROR_CODE_KEY> = {
  badRequest: "BAD_REQUEST",
  unauthenticated: "UNAUTHORIZED",
  forbidden: "FORBIDDEN",
  notFound: "NOT_FOUND",
  conflict: "CONFLICT",
  preconditionFailed: "PRECONDITION_FAILED",
  payloadTooLarge: "PAYLOAD_TOO_LARGE",
  tooManyRequests: "TOO_MANY_REQUESTS",
  unavailable: "SERVICE_UNAVAILABLE",
  internal: "INTERNAL_SERVER_ERROR",
};

const httpStatuses: Record<FailureCode, number> = {
  badRequest: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  preconditionFailed: 412,
  payloadTooLarge: 413,
  tooManyRequests: 429,
  unavailable: 503,
  internal: 500,
};

export function httpStatusOf(code: FailureCode): number {
  return httpStatuses[code];
}

export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: trpcCodes[error.code], message: error.key, cause: error });
}

/**
 * What a failure means for the person who caused it. An AppError says so itself. The database
 * refusing a value a person sent (a NUL in text, a date out of range) is bad input; a unique
 * constraint a person runs into (two people racing for one name) is a conflict; both are logged,
 * in case our own query is at fault. Anything else is ours: null, and the caller answers 500.
 */
export function failureOf(error: unknown, logger: Logger): AppError | null {
  for (let cause = error, depth = 0; cause && depth < 6; depth += 1) {
    if (cause instanceof AppError) return cause;
    cause = (cause as { cause?: unknown }).cause;
  }
  if (isInputDataException(error)) {
    logger.warn({ err: error, sqlstate: pgErrorCode(error) }, "the database refused a value as invalid; answered 400");
    return new AppError("badRequest", "invalidInput", { cause: error });
  }
  if (isUniqueViolation(error)) {
    logger.warn({ err: error }, "a unique constraint refused a change; answered 409");
    return new AppError("conflict", "conflict", { cause: error });
  }
  return null;
}

/** Zod issues become field → message key; anything that is not one of our keys is "invalidInput". */
export function fieldErrorsOfZod(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "_";
    if (!(path in fields)) fields[path] = isErrorKey(issue.message) ? issue.message : "invalidInput";
  }
  return fields;
}

/** The safe part of an error that goes to the client: a message key, field errors, detail. Never a stack, SQL or path. */
export type ErrorPayload = {
  messageKey: ErrorKey;
  fieldErrors: Record<string, string> | undefined;
  detail: ErrorDetail | undefined;
};

export function payloadOf(error: TRPCError): ErrorPayload {
  const cause = error.cause;
  if (cause instanceof AppError) return { messageKey: cause.key, fieldErrors: cause.fieldErrors, detail: cause.detail };
  if (cause instanceof ZodError) return { messageKey: "invalidInput", fieldErrors: fieldErrorsOfZod(cause), detail: undefined };
  return { messageKey: defaultKeyFor(error.code), fieldErrors: undefined, detail: undefined };
}

/** For refusals tRPC makes itself (an unknown procedure, a wrong method, a body it cannot parse). */
function defaultKeyFor(code: TRPC_ERROR_CODE_KEY): ErrorKey {
  switch (code) {
    case "UNAUTHORIZED":
      return "notSignedIn";
    case "FORBIDDEN":
      return "forbidden";
    case "NOT_FOUND":
      return "notFound";
    case "CONFLICT":
      return "conflict";
    case "TOO_MANY_REQUESTS":
      return "tooManyRequests";
    case "PAYLOAD_TOO_LARGE":
      return "payloadTooLarge";
    case "METHOD_NOT_SUPPORTED":
      return "methodNotAllowed";
    case "UNSUPPORTED_MEDIA_TYPE":
      return "unsupportedMediaType";
    case "BAD_REQUEST":
    case "PARSE_ERROR":
    case "UNPROCESSABLE_CONTENT":
      return "invalidInput";
    default:
      return "server";
  }
}

/**
 * An error answer for a plain Hono route, in the shape tRPC's own answers have (its JSON-RPC code
 * too), so the apps read both the same way.
 */
export function errorBody(
  code: FailureCode,
  messageKey: ErrorKey,
  requestId?: string,
  extra: { detail?: ErrorDetail | undefined; fieldErrors?: Record<string, string> | undefined } = {},
) {
  const trpcCode = trpcCodes[code];
  return {
    error: {
      message: messageKey,
      code: TRPC_ERROR_CODES_BY_KEY[trpcCode],
      data: { code: trpcCode, httpStatus: httpStatuses[code], messageKey, fieldErrors: extra.fieldErrors, detail: extra.detail, requestId },
    },
  };
}

/** Runs `work`; a unique constraint it runs into (a name or email someone else has) is a 409 with `key`. */
export async function uniqueOr<T>(key: ErrorKey, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", key, { cause: error });
    throw error;
  }
}
