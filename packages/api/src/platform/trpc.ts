import { AppError, type Audience, type Permission, rolesWith, type StaffRole, scopeFor } from "@heard/domain";
import { initTRPC } from "@trpc/server";
import type { Context } from "./context";
import { failureOf, payloadOf, toTRPCError } from "./errors";

/**
 * Who may call a procedure. Every procedure declares one; there is no default. Staff
 * procedures name a permission of the table in @heard/domain; `roles` is what it grants.
 */
export type Access =
  | { kind: "public" }
  | { kind: "signedIn" }
  | { kind: "family" }
  | { kind: "staff"; permission: Permission; roles: readonly StaffRole[] };

export type ProcedureMeta = { access: Access };

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error, ctx }) {
      const { messageKey, fieldErrors, detail } = payloadOf(error);
      // Never leak internals: no stack, no driver or SQL text, no path.
      return {
        code: shape.code,
        message: messageKey,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, messageKey, fieldErrors, detail, requestId: ctx?.meta.requestId },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Turns what a service threw into the answer the caller gets: an AppError keeps its code and
 * key; a database refusal a person caused becomes a 4xx (see `failureOf`); anything else stays
 * an internal error, which the app logs and answers 500 without detail.
 */
const answerFailures = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (result.ok || result.error.code !== "INTERNAL_SERVER_ERROR") return result;
  const failure = failureOf(result.error.cause, ctx.logger);
  if (failure) throw toTRPCError(failure);
  return result;
});

const base = t.procedure.use(answerFailures);

/** Anyone, signed in or not. */
export const publicProcedure = base.meta({ access: { kind: "public" } });

/** The session of `audience`'s cookie (or of the app asking), as `ctx.user`; refused without one. */
function requireSession(audience?: Audience) {
  return t.middleware(async ({ ctx, next }) => {
    const session = await ctx.session(audience);
    if (!session) {
      // Signed in to the other app only: that person may not do this, rather than need to sign in.
      const other = audience && (await ctx.session(audience === "staff" ? "family" : "staff"));
      throw toTRPCError(other ? new AppError("forbidden", "forbidden") : new AppError("unauthenticated", "notSignedIn"));
    }
    return next({ ctx: { ...ctx, sessionId: session.id, user: session.user } });
  });
}

/** Any signed-in person, family or staff (in the app asking). */
export const signedInProcedure = base.meta({ access: { kind: "signedIn" } }).use(requireSession());

/** A signed-in family member: reads the family app's cookie only. */
export const familyProcedure = base.meta({ access: { kind: "family" } }).use(requireSession("family"));

/**
 * Staff whose role has `permission` in the table (packages/domain/src/auth/permissions.ts).
 * How far it reaches is the service's to ask, with `scopeFor`.
 */
export function staffProcedure(permission: Permission) {
  return base
    .meta({ access: { kind: "staff", permission, roles: rolesWith(permission) } })
    .use(requireSession("staff"))
    .use(({ ctx, next }) => {
      if (!scopeFor(ctx.user, permission)) throw toTRPCError(new AppError("forbidden", "forbidden"));
      return next();
    });
}
