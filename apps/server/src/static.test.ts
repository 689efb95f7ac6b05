import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createApp, parseConfig } from "@heard/api";
import type { DbHandle } from "@heard/db";
import { createTestDatabase, testDatabaseKinds } from "@heard/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltApps, builtAppRoutes } from "./static";

const familyIndex = "<!doctype html><html lang=en><title>Heard</title><h1>Family home</h1></html>";
const staffIndex =
  '<!doctype html><html lang=en><title>Heard staff</title><script type="module" src="/staff/assets/staff-1a2b.js"></script><h1>Staff</h1></html>';
const familyScript = `console.log(${JSON.stringify("family ".repeat(400))});\n`;

/** Two built apps as Vite lays them out, in a temporary folder. */
function writeBuiltApps(): { apps: BuiltApps; remove(): void } {
  const root = mkdtempSync(path.join(tmpdir(), "heard-static-"));
  const family = path.join(root, "family");
  const staff = path.join(root, "staff");
  mkdirSync(path.join(family, "assets"), { recursive: true });
  mkdirSync(path.join(staff, "assets"), { recursive: true });
  writeFileSync(path.join(family, "index.html"), familyIndex);
  writeFileSync(path.join(family, "assets", "index-4f5e6d.js"), familyScript);
  writeFileSync(path.join(family, "manifest.webmanifest"), '{"name":"Heard"}');
  writeFileSync(path.join(family, ".env"), "SECRET=1");
  writeFileSync(path.join(root, "outside.txt"), "not served");
  writeFileSync(path.join(staff, "index.html"), staffIndex);
  writeFileSync(path.join(staff, "assets", "staff-1a2b.js"), "console.log('staff');\n");
  return { apps: { family, staff }, remove: () => rmSync(root, { recursive: true, force: true }) };
}

function appFor(handle: DbHandle, apps: BuiltApps) {
  const app = createApp({
    db: handle.db,
    config: parseConfig({ NODE_ENV: "test" }),
    logger: pino({ level: "silent" }),
    now: () => new Date(),
    ping: handle.ping,
  });
  app.route("/", builtAppRoutes(apps));
  return app;
}

describe.each(testDatabaseKinds())("server app on %s", (kind) => {
  let handle: DbHandle;
  let built: ReturnType<typeof writeBuiltApps>;
  let app: ReturnType<typeof appFor>;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    built = writeBuiltApps();
    app = appFor(handle, built.apps);
  });
  afterAll(async () => {
    built?.remove();
    await handle?.close();
  });

  describe("health", () => {
    it("answers /healthz", async () => {
      const res = await app.request("/healthz");
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: "ok" });
    });

    it("answers /readyz when the database responds", async () => {
      const res = await app.request("/readyz");
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: "ready" });
    });
  });

  describe("built apps", () => {
    it("serves the family app at / and revalidates index.html", async () => {
      const res = await app.request("/");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(res.headers.get("cache-control")).toBe("no-cache");
      expect(await res.text()).toBe(familyIndex);
    });

    it("falls back to the family index.html for unknown page paths", async () => {
      for (const page of ["/feedback/ABC-123", "/letters", "/help/"]) {
        const res = await app.request(page);
        expect(res.status, page).toBe(200);
        expect(await res.text(), page).toBe(familyIndex);
      }
    });

    it("serves the staff app at /staff/ with its own fallback", async () => {
      for (const page of ["/staff/", "/staff/meetings/42", "/staff/qa?team=north"]) {
        const res = await app.request(page);
        expect(res.status, page).toBe(200);
        expect(await res.text(), page).toBe(staffIndex);
      }
    });

    it("redirects /staff to /staff/", async () => {
      const res = await app.request("/staff?from=menu");
      expect(res.status).toBe(308);
      expect(res.headers.get("location")).toBe("/staff/?from=menu");
    });

    it("serves hashed assets with a long cache lifetime and the right type", async () => {
      const res = await app.request("/assets/index-4f5e6d.js");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/javascript/);
      expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(await res.text()).toBe(familyScript);
      const staff = await app.request("/staff/assets/staff-1a2b.js");
      expect(staff.status).toBe(200);
      expect(staff.headers.get("cache-control")).toContain("immutable");
    });

    it("revalidates files outside assets/", async () => {
      const res = await app.request("/manifest.webmanifest");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/manifest+json");
      expect(res.headers.get("cache-control")).toBe("no-cache");
    });

    it("answers 404, not index.html, for missing files", async () => {
      for (const missing of ["/assets/x.js", "/assets/", "/staff/assets/x.css", "/favicon.ico", "/staff/sw.js"]) {
        const res = await app.request(missing);
        expect(res.status, missing).toBe(404);
        expect(await res.text(), missing).not.toContain("<h1>");
      }
    });

    it("does not serve hidden files or anything outside the app folder", async () => {
      for (const sneaky of ["/.env", "/%2e%2e/outside.txt", "/assets/..%2f..%2foutside.txt", "/staff/..%2f..%2foutside.txt", "/%00.js"]) {
        const res = await app.request(sneaky);
        expect(res.status, sneaky).toBe(404);
        const body = await res.text();
        expect(body, sneaky).not.toContain("SECRET");
        expect(body, sneaky).not.toContain("not served");
      }
    });

    it("answers unknown API paths with JSON 404, never the app", async () => {
      const res = await app.request("/api/nothing-here");
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    });

    it("answers a matching If-None-Match with 304", async () => {
      const first = await app.request("/assets/index-4f5e6d.js");
      const etag = first.headers.get("etag");
      expect(etag).toBeTruthy();
      const again = await app.request("/assets/index-4f5e6d.js", { headers: { "If-None-Match": etag ?? "" } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
    });

    it("compresses text for clients that accept gzip", async () => {
      const res = await app.request("/assets/index-4f5e6d.js", { headers: { "Accept-Encoding": "gzip" } });
      expect(res.headers.get("content-encoding")).toBe("gzip");
      expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
    });

    it("answers HEAD without a body", async () => {
      const res = await app.request("/assets/index-4f5e6d.js", { method: "HEAD" });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe("");
    });
  });

  describe("security headers", () => {
    it.each(["/", "/staff/", "/assets/index-4f5e6d.js", "/healthz", "/api/trpc/auth.me"])("are on %s", async (url) => {
      const res = await app.request(url);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      // No third-party origins anywhere in the policy: only keywords, data: and blob:.
      expect(csp).not.toMatch(/https?:|wss?:|\*/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      const permissions = res.headers.get("permissions-policy") ?? "";
      expect(permissions).toContain("geolocation=()");
      expect(permissions).toContain("camera=()");
      expect(permissions).toContain("microphone=()");
    });
  });

  describe("requests from other sites", () => {
    const signIn = { email: "worker@demo.heard.local", password: "demo-heard-2026" };

    it("refuses a cross-site POST by Sec-Fetch-Site", async () => {
      const res = await app.request("/api/trpc/auth.staffSignIn", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Sec-Fetch-Site": "cross-site" },
        body: JSON.stringify(signIn),
      });
      expect(res.status).toBe(403);
      expect(res.headers.get("set-cookie")).toBeNull();
    });

    it("refuses a POST from another origin", async () => {
      const res = await app.request("/api/trpc/auth.staffSignIn", {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: "https://evil.example" },
        body: JSON.stringify(signIn),
      });
      expect(res.status).toBe(403);
      expect(res.headers.get("set-cookie")).toBeNull();
    });
  });

  describe("malformed requests", () => {
    const leaks = /stack|\bat [\w.<>]+ \(|\.ts:\d|node_modules|select |insert |relation "|syntax error at/i;

    it("answers a tRPC POST that is not JSON with 400 and a clean JSON body", async () => {
      const res = await app.request("/api/trpc/auth.staffSignIn", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Sec-Fetch-Site": "same-origin" },
        body: '{"email": "worker@demo.heard.local", "password": ',
      });
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      const text = await res.text();
      const body = JSON.parse(text) as { error: { data: { httpStatus: number; messageKey: string } } };
      expect(body.error.data.httpStatus).toBe(400);
      expect(body.error.data.messageKey).toBe("invalidInput");
      expect(text).not.toMatch(leaks);
    });

    it("answers input of the wrong shape with 400 and field keys only", async () => {
      const res = await app.request("/api/trpc/auth.staffSignIn", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Sec-Fetch-Site": "same-origin" },
        body: JSON.stringify({ email: 42, password: ["x"], extra: "'; drop table users; --" }),
      });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).not.toMatch(leaks);
      expect(text).not.toContain("drop table");
    });
  });
});

describe("server app before the apps are built", () => {
  let handle: DbHandle;
  let app: ReturnType<typeof appFor>;
  beforeAll(async () => {
    handle = await createTestDatabase("pglite");
    app = appFor(handle, { family: null, staff: null });
  });
  afterAll(() => handle?.close());

  it("still serves the API and says what to do for the pages", async () => {
    expect((await app.request("/healthz")).status).toBe(200);
    const home = await app.request("/");
    expect(home.status).toBe(503);
    expect(await home.text()).toContain("has not been built");
    expect((await app.request("/staff/")).status).toBe(503);
    expect((await app.request("/assets/index.js")).status).toBe(404);
  });
});
