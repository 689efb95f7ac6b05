import { isErrorKey, type StaffRole } from "@heard/domain";
import { initTRPC } from "@trpc/server";
import { ZodError } from "zod";
import type { Context } from "./context";
import { HeardError } from "./errors";

/** Who may call a procedure. Every procedure declares one; there is no default. */
export type Access = { kind: "public" } | { kind: "signedIn" } | { kind: "family" } | { kind: "staff"; roles: readonly StaffRole[] };

export type ProcedureMeta = { access: Access };

/** Zod issues become field → message key; anything that is not one of our keys is "invalidInput". */
function fieldErrorsOf(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "_";
    if (!(path in fields)) fields[path] = isErrorKey(issue.message) ? issue.message : "invalidInput";
  }
  return fields;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error, ctx }) {
      const cause = error.cause;
      const isInternal = error.code === "INTERNAL_SERVER_ERROR";
      let messageKey: string;
      let fieldErrors: Record<string, string> | undefined;
      if (cause instanceof ZodError) {
        fieldErrors = fieldErrorsOf(cause);
        messageKey = "invalidInput";
      } else if (error instanceof HeardError) {
        messageKey = error.key;
      } else if (isInternal) {
        messageKey = "server";
      } else {
        messageKey = isErrorKey(error.message) ? error.message : defaultKeyFor(error.code);
      }
      // Never leak internals: no stack, no driver or SQL text, no path.
      return {
        code: shape.code,
        message: messageKey,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          messageKey,
          fieldErrors,
          detail: error instanceof HeardError ? error.detail : undefined,
          requestId: ctx?.meta.requestId,
        },
      };
    },
  });

function defaultKeyFor(code: string): string {
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
    case "BAD_REQUEST":
    case "PARSE_ERROR":
    case "PAYLOAD_TOO_LARGE":
    case "UNPROCESSABLE_CONTENT":
      return "invalidInput";
    default:
      return "server";
  }
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** SQLSTATE class 22, "data exception": a value PostgreSQL will not take (a NUL character in text, say). */
function isDataException(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; depth += 1) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("22") && code.length === 5) return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Input the schemas let through but the database cannot store is still bad input: the caller
 * gets 400 "invalidInput", never a 500. Logged, in case it is our own query at fault.
 */
const refuseUnstorableInput = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok && isDataException(result.error.cause)) {
    ctx.logger.warn({ err: result.error.cause }, "the database refused a value as invalid; answered 400");
    throw new HeardError("BAD_REQUEST", "invalidInput");
  }
  return result;
});

const base = t.procedure.use(refuseUnstorableInput);

/** Anyone, signed in or not. */
export const publicProcedure = base.meta({ access: { kind: "public" } });

const requireSession = t.middleware(({ ctx, next }) => {
  if (!ctx.session) throw new HeardError("UNAUTHORIZED", "notSignedIn");
  return next({ ctx: { ...ctx, session: ctx.session, user: ctx.session.user } });
});

/** Any signed-in person, family or staff. */
export const signedInProcedure = base.meta({ access: { kind: "signedIn" } }).use(requireSession);

/** A signed-in family member. */
export const familyProcedure = base
  .meta({ access: { kind: "family" } })
  .use(requireSession)
  .use(({ ctx, next }) => {
    if (ctx.user.role !== "family") throw new HeardError("FORBIDDEN", "forbidden");
    return next();
  });

/** Staff with one of the given roles. */
export function staffProcedure(roles: readonly StaffRole[]) {
  return base
    .meta({ access: { kind: "staff", roles } })
    .use(requireSession)
    .use(({ ctx, next }) => {
      const role = ctx.user.role;
      if (role === "family" || !roles.includes(role)) throw new HeardError("FORBIDDEN", "forbidden");
      return next({ ctx: { ...ctx, staffRole: role as StaffRole } });
    });
}
