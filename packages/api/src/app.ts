import { trpcServer } from "@hono/trpc-server";
import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { Logger } from "pino";
import { tokenFromCookieHeader, validateSession } from "./auth/sessions";
import type { Context, Services } from "./context";
import { appRouter } from "./router";

export type AppOptions = Services & {
  /** Answers whether the database responds (for /readyz). */
  ping: () => Promise<boolean>;
};

type Env = { Variables: { requestId: string; log: Logger } };

/** Error replies outside tRPC, in tRPC's own shape (with its JSON-RPC code) so its client reads them. */
const rpcCodes = { FORBIDDEN: -32003, NOT_FOUND: -32004, INTERNAL_SERVER_ERROR: -32603 } as const;
function errorBody(code: keyof typeof rpcCodes, httpStatus: number, messageKey: string) {
  return { error: { message: messageKey, code: rpcCodes[code], data: { code, httpStatus, messageKey } } };
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** The Hono app: security headers, cross-site refusal, health, and tRPC at /api/trpc. */
export function createApp(options: AppOptions): Hono<Env> {
  const app = new Hono<Env>();

  app.use(requestId({ headerName: "X-Request-Id", limitLength: 64 }));
  app.use(async (c, next) => {
    const log = options.logger.child({ reqId: c.get("requestId") });
    c.set("log", log);
    // At warn (production) the request line is off: build nothing for it.
    if (!log.isLevelEnabled("info")) return next();
    const started = performance.now();
    await next();
    log.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, "request");
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
      },
      referrerPolicy: "no-referrer",
      xContentTypeOptions: "nosniff",
      xFrameOptions: "DENY",
      crossOriginResourcePolicy: "same-origin",
      permissionsPolicy: { geolocation: [], camera: [], microphone: [] },
      strictTransportSecurity: options.config.secureCookies ? "max-age=31536000; includeSubDomains" : false,
    }),
  );

  // State changes only from our own pages: refuse other sites by Fetch Metadata, then by Origin.
  app.use(async (c, next) => {
    if (!safeMethods.has(c.req.method)) {
      const site = c.req.header("sec-fetch-site");
      const origin = c.req.header("origin");
      const crossSite = site ? site !== "same-origin" && site !== "none" : origin ? origin !== new URL(c.req.url).origin : false;
      if (crossSite) {
        c.get("log").warn({ site, origin }, "cross-site request refused");
        return c.json(errorBody("FORBIDDEN", 403, "crossSite"), 403);
      }
    }
    await next();
  });

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => ((await options.ping()) ? c.json({ status: "ready" }) : c.json({ status: "unavailable" }, 503)));

  app.use(
    "/api/trpc/*",
    trpcServer({
      endpoint: "/api/trpc",
      router: appRouter,
      createContext: async (opts, c): Promise<Context> => {
        // No cookie, no session: no database query.
        const token = tokenFromCookieHeader(opts.req.headers.get("cookie"), options.config.secureCookies);
        return {
          db: options.db,
          config: options.config,
          logger: c.get("log") as Logger,
          now: options.now,
          meta: {
            requestId: c.get("requestId") as string,
            ip: clientIp(opts.req.headers, c.env),
            userAgent: opts.req.headers.get("user-agent"),
          },
          session: token ? await validateSession(options.db, token, options.now()) : null,
          resHeaders: opts.resHeaders,
        } satisfies Context as unknown as Record<string, unknown> as never;
      },
      onError({ error, path, ctx }) {
        const log = (ctx as Context | undefined)?.logger ?? options.logger;
        if (error.code === "INTERNAL_SERVER_ERROR") log.error({ err: error.cause ?? error, path }, "procedure failed");
        else log.info({ code: error.code, path, key: error.message }, "procedure refused");
      },
    }),
  );

  app.all("/api/*", (c) => c.json(errorBody("NOT_FOUND", 404, "notFound"), 404));

  app.onError((err, c) => {
    (c.get("log") ?? options.logger).error({ err }, "unhandled error");
    return c.json(errorBody("INTERNAL_SERVER_ERROR", 500, "server"), 500);
  });

  return app;
}

/** The peer address from @hono/node-server's incoming request, when there is one. */
function clientIp(_headers: Headers, env: unknown): string | null {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? null;
}
