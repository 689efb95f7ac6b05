import { AppError, trpcMaxBatchSize } from "@heard/domain";
import { trpcServer } from "@hono/trpc-server";
import type { Context as HonoContext } from "hono";
import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { appOfHeader, sessionReader, tokenFromCookieHeader } from "./auth/service";
import { letterDownloads } from "./letters/router";
import type { Context, Services } from "./platform/context";
import { errorBody } from "./platform/errors";
import { downloadHandler, type HonoEnv, limitBody, refuse, trpcBodyLimitBytes } from "./platform/http";
import { qaDownloads } from "./qa/router";
import { appRouter } from "./router";

export type AppOptions = Services & {
  /** Answers whether the database responds (for /readyz). */
  ping: () => Promise<boolean>;
};

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The address a request came from: the socket's peer, or, behind `trustedProxies` proxies, the
 * address the outermost of them saw (X-Forwarded-For is read from the right, as each proxy adds
 * one; anything further left was written by the client and proves nothing).
 */
function clientIp(c: HonoContext<HonoEnv>, trustedProxies: number): string | null {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  const peer = incoming?.socket?.remoteAddress ?? null;
  if (trustedProxies === 0) return peer;
  const forwarded = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded[forwarded.length - trustedProxies] ?? peer;
}

/** The context of one request, for tRPC and plain routes alike. No cookie, no session: no database query. */
function requestContext(services: Services, c: HonoContext<HonoEnv>, resHeaders: Headers): Context {
  const cookies = c.req.header("cookie");
  const secure = services.config.secureCookies;
  const app = appOfHeader(c.req.header("x-heard-app"));
  return {
    db: services.db,
    config: services.config,
    logger: c.get("log"),
    now: services.now,
    meta: { requestId: c.get("requestId"), ip: clientIp(c, services.config.trustedProxies), userAgent: c.req.header("user-agent") ?? null },
    app,
    session: sessionReader(
      services.db,
      services.now,
      { staff: tokenFromCookieHeader(cookies, "staff", secure), family: tokenFromCookieHeader(cookies, "family", secure) },
      app,
    ),
    resHeaders,
  };
}

/** Downloads at /api/exports/…, each declared beside its area's router. */
const downloads = [...qaDownloads, ...letterDownloads];

/** The Hono app: security headers, cross-site refusal, body limits, health, tRPC at /api/trpc and downloads. */
export function createApp(options: AppOptions): Hono<HonoEnv> {
  const app = new Hono<HonoEnv>();
  const publicOrigin = new URL(options.config.publicUrl).origin;

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
      // Without Fetch Metadata, the Origin must be Heard's own address (PUBLIC_URL), not whatever Host the request named.
      const crossSite = site ? site !== "same-origin" && site !== "none" : origin ? origin !== publicOrigin : false;
      if (crossSite) {
        c.get("log").warn({ site, origin }, "cross-site request refused");
        return refuse(c, new AppError("forbidden", "crossSite"));
      }
    }
    await next();
  });

  // Every request body has a limit; routes that take files set their own, larger one.
  app.use(limitBody(trpcBodyLimitBytes));

  // API answers carry personal data (a contact number, results, the audit log): never stored by a browser or proxy.
  // Set on the response as it is (c.header would copy it into a new one, turning the body into a
  // stream that is written to the socket in pieces).
  app.use("/api/*", async (c, next) => {
    await next();
    c.res.headers.set("Cache-Control", "no-store");
  });

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => ((await options.ping()) ? c.json({ status: "ready" }) : c.json({ status: "unavailable" }, 503)));

  app.use(
    "/api/trpc/*",
    trpcServer({
      endpoint: "/api/trpc",
      router: appRouter,
      // One batch of many guesses is as many requests; the apps never need more than this.
      maxBatchSize: trpcMaxBatchSize,
      createContext: (opts, c) => requestContext(options, c, opts.resHeaders) as unknown as Record<string, unknown>,
      onError({ error, path, ctx }) {
        const log = (ctx as Context | undefined)?.logger ?? options.logger;
        if (error.code === "INTERNAL_SERVER_ERROR") log.error({ err: error.cause ?? error, path }, "procedure failed");
        else log.info({ code: error.code, path, key: error.message }, "procedure refused");
      },
    }),
  );

  for (const download of downloads) {
    app.get(
      `/api/exports${download.path}`,
      downloadHandler(download, (c) => requestContext(options, c, new Headers())),
    );
  }

  app.all("/api/*", (c) => refuse(c, new AppError("notFound", "notFound")));

  app.onError((err, c) => {
    (c.get("log") ?? options.logger).error({ err }, "unhandled error");
    return c.json(errorBody("internal", "server", c.get("requestId")), 500);
  });

  return app;
}
