import { AppError, type Audience, hasPermission, type Permission } from "@heard/domain";
import type { Context as HonoContext, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Logger } from "pino";
import type { z } from "zod";
import type { Context, SignedInContext } from "./context";
import { errorBody, failureOf, fieldErrorsOfZod, httpStatusOf } from "./errors";

export type HonoEnv = { Variables: { requestId: string; log: Logger } };

/** The largest request body a tRPC call may send; upload routes set their own. */
export const trpcBodyLimitBytes = 256 * 1024;

/**
 * Refuses a body over `maxBytes` with 413 in the usual error shape, before reading more of it.
 * A declared Content-Length is checked as a header, without touching the body (reading
 * `request.body` makes the Node adapter build a web stream for every request); only a chunked
 * body is counted as it arrives.
 */
export function limitBody(maxBytes: number): MiddlewareHandler<HonoEnv> {
  const tooLarge = (c: HonoContext<HonoEnv>) => refuse(c, new AppError("payloadTooLarge", "payloadTooLarge"));
  const counting = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const length = c.req.header("content-length");
    if (length !== undefined && c.req.header("transfer-encoding") === undefined) {
      return Number.parseInt(length, 10) > maxBytes ? tooLarge(c) : next();
    }
    return counting(c, next);
  };
}

/** An error answer from a plain route. */
export function refuse(c: HonoContext<HonoEnv>, failure: Pick<AppError, "code" | "key" | "detail" | "fieldErrors">) {
  return c.json(errorBody(failure.code, failure.key, c.get("requestId"), failure), httpStatusOf(failure.code) as 400);
}

/** A file a service produces for download: its name, type and content, produced as it is sent. */
export type Download = {
  filename: string;
  contentType: string;
  body: AsyncIterable<string | Uint8Array>;
};

export type DownloadRoute<Schema extends z.ZodType> = {
  /** Below /api/exports, e.g. "/results.csv". */
  path: string;
  /** Whose session it reads: the staff app's (the default) or the family app's. */
  audience?: Audience;
  /** Who may download it: a role with this permission (the service checks how far it reaches, or that it is theirs). */
  permission: Permission;
  /** The query's `input` parameter, JSON, parsed with this schema (as a tRPC query's input is). */
  input: Schema;
  produce: (ctx: SignedInContext, input: z.output<Schema>) => Promise<Download>;
};

/**
 * A streamed download at /api/exports/…: the same session, permission and input checks as a
 * procedure, refusals in the same error shape, the file sent as it is produced, never cached.
 */
export function downloadHandler<Schema extends z.ZodType>(route: DownloadRoute<Schema>, contextOf: (c: HonoContext<HonoEnv>) => Context) {
  return async (c: HonoContext<HonoEnv>) => {
    const ctx = contextOf(c);
    const audience = route.audience ?? "staff";
    const user = (await ctx.session(audience))?.user;
    if (!user) {
      // Signed in to the other app only: that person may not have this, rather than need to sign in.
      const other = await ctx.session(audience === "staff" ? "family" : "staff");
      return refuse(c, other ? new AppError("forbidden", "forbidden") : new AppError("unauthenticated", "notSignedIn"));
    }
    if (!hasPermission(user.role, route.permission)) return refuse(c, new AppError("forbidden", "forbidden"));
    let raw: unknown;
    try {
      const text = c.req.query("input");
      raw = text === undefined ? undefined : JSON.parse(text);
    } catch {
      return refuse(c, new AppError("badRequest", "invalidInput"));
    }
    const parsed = route.input.safeParse(raw);
    if (!parsed.success)
      return c.json(errorBody("badRequest", "invalidInput", ctx.meta.requestId, { fieldErrors: fieldErrorsOfZod(parsed.error) }), 400);
    let download: Download;
    try {
      download = await route.produce({ ...ctx, user }, parsed.data);
    } catch (error) {
      const failure = failureOf(error, ctx.logger);
      if (!failure) throw error;
      return refuse(c, failure);
    }
    const encoder = new TextEncoder();
    const iterator = download.body[Symbol.asyncIterator]();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { value, done } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
        } catch (error) {
          // Headers are gone already: all that can be done is cut the download short and say why in the log.
          ctx.logger.error({ err: error, path: route.path }, "download failed while streaming");
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    });
    return new Response(stream, {
      headers: {
        "Content-Type": download.contentType,
        "Content-Disposition": contentDisposition(download.filename),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  };
}

/** `attachment` with a plain-ASCII name and the exact name (RFC 6266 / 5987) for browsers that read it. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** A download route for `createApp`'s list, its input type checked here and forgotten there. */
export function defineDownload<Schema extends z.ZodType>(route: DownloadRoute<Schema>): DownloadRoute<z.ZodType> {
  return route as unknown as DownloadRoute<z.ZodType>;
}
