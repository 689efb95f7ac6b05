import { createReadStream, type Stats } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { type Context, Hono } from "hono";
import { compress } from "hono/compress";
import { getMimeType } from "hono/utils/mime";

/** Where the built apps are; null when that app has not been built. */
export type BuiltApps = {
  /** apps/family/dist, served at `/`. */
  family: string | null;
  /** apps/staff/dist (Vite base `/staff/`), served at `/staff/`. */
  staff: string | null;
};

/** Vite puts content-hashed files under assets/: they never change, so browsers may keep them. */
const immutable = "public, max-age=31536000, immutable";
/** Everything else (index.html, manifest, service worker, icons) is revalidated on each use. */
const revalidate = "no-cache";

/**
 * Routes that serve the built family app at `/` and the staff app at `/staff/`.
 * Unknown page paths fall back to the app's index.html (client-side routing);
 * a missing file (an asset path, or anything with an extension) is a 404.
 * Mount after the API routes: `/api/*`, `/healthz` and `/readyz` answer first.
 */
export function builtAppRoutes(apps: BuiltApps): Hono {
  const routes = new Hono();
  routes.use(compress());
  routes.get("/staff", (c) => {
    const query = new URL(c.req.url).search;
    return c.redirect(`/staff/${query}`, 308);
  });
  routes.get("/staff/*", (c) => serveApp(c, apps.staff, "/staff/", "staff"));
  routes.get("*", (c) => serveApp(c, apps.family, "/", "family"));
  return routes;
}

async function serveApp(c: Context, root: string | null, base: string, name: string): Promise<Response> {
  const rest = c.req.path.slice(base.length);
  const relative = safeRelativePath(rest);
  if (relative === null) return c.notFound();
  const assetLike = looksLikeFile(relative);
  if (!root) return assetLike ? c.notFound() : notBuilt(c, name);

  if (relative !== "") {
    const file = path.join(root, relative);
    const stats = await statOrNull(file);
    if (stats?.isFile()) return sendFile(c, file, stats, relative.startsWith("assets/") ? immutable : revalidate);
    if (assetLike) return c.notFound();
  }
  const index = path.join(root, "index.html");
  const stats = await statOrNull(index);
  if (!stats?.isFile()) return notBuilt(c, name);
  return sendFile(c, index, stats, revalidate);
}

/**
 * The request path below the app's base as a relative file path, or null when it
 * could escape the folder or names a hidden file. "" means the app's root.
 */
function safeRelativePath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const segments = decoded.split("/").filter((s) => s !== "");
  if (segments.some((s) => s === ".." || s.startsWith("."))) return null;
  return segments.join("/");
}

/** Build output lives in assets/; other paths with an extension name files too (favicon.ico, sw.js). */
function looksLikeFile(relative: string): boolean {
  if (relative.startsWith("assets/") || relative === "assets") return true;
  const last = relative.split("/").pop() ?? "";
  return /\.[a-z0-9]{1,12}$/i.test(last);
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

async function sendFile(c: Context, file: string, stats: Stats, cacheControl: string): Promise<Response> {
  const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
  const headers = new Headers({
    "Content-Type": getMimeType(file) ?? "application/octet-stream",
    "Cache-Control": cacheControl,
    ETag: etag,
    "Last-Modified": stats.mtime.toUTCString(),
  });
  if (ifNoneMatch(c.req.header("if-none-match"), etag)) return c.body(null, 304, Object.fromEntries(headers));
  headers.set("Content-Length", String(stats.size));
  if (c.req.method === "HEAD") return c.body(null, 200, Object.fromEntries(headers));
  // Small files (index.html, most chunks) in one read; larger ones streamed.
  const body =
    stats.size <= 256 * 1024
      ? new Uint8Array(await readFile(file))
      : (Readable.toWeb(createReadStream(file)) as unknown as ReadableStream<Uint8Array>);
  return c.body(body, 200, Object.fromEntries(headers));
}

function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || strip(tag) === strip(etag));
}

function notBuilt(c: Context, name: string): Response {
  c.header("Cache-Control", "no-store");
  return c.text(
    `Heard: the ${name} app has not been built. Run \`npm start\` (which builds it), or \`pnpm turbo run build --filter=@heard/server...\`.`,
    503,
  );
}
