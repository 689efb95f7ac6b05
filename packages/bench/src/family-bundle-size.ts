/**
 * Gzipped JavaScript the family app loads for the feedback route, `/f/CODE`. Budget (DESIGN.md):
 * 40 KB, taken as 40,000 bytes, in every language (the figure is the largest). The letter page
 * (`/letters/ID`) and the list of letters (`/letters`) are measured too, against the 45 KB of
 * every other route; the letter page's figure counts the letter's own words (its plan's column
 * names) in the largest other language as well, for a letter not in the app's language. `/` is
 * reported for reference. Reads the build (apps/family/dist, or BENCH_FAMILY_DIST); builds nothing.
 *
 * What loads for a path, as the browser would fetch it:
 *   - index.html's scripts (the classic /language.js too) and modulepreload links, and every
 *     chunk they import statically (`import{…}from"./x.js"`, `import"./x.js"`: Rolldown output);
 *   - the lazy screen for the path: routes/index.tsx maps paths to `screen(() => import(…),
 *     [namespaces])`, and Vite's manifest (dist/.vite/manifest.json, `build.manifest`) names the
 *     chunk built from that source file; plus its static imports;
 *   - the message chunks (`@heard/i18n` locales/<lang>/<ns>.json) for the shell's namespaces
 *     (`startI18n` in src/i18n.ts) and the screen's, in one language.
 * Not counted: chunks loaded later or only sometimes (the help screen fetched when idle, the
 * outbox when answers wait on the phone, the `errors` words when the server refuses something,
 * English words missing from another language), and CSS.
 * Sizes: zlib gzip level 9 of each file, summed.
 */
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { repoRoot } from "./processes";
import type { Benchmark, BenchResult } from "./types";

const name = "family-bundle-size";
const budgetBytes = 40_000;
/** Every family route but the feedback one (DESIGN.md). */
const otherRouteBudgetBytes = 45_000;
const familyRoot = path.join(repoRoot, "apps/family");
const routesFile = path.join(familyRoot, "src/routes/index.tsx");
const i18nFile = path.join(familyRoot, "src/i18n.ts");

type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
};
type Manifest = Record<string, ManifestChunk>;
type Screen = { load: string; namespaces: string[] };
type Route = { path: string; screen: Screen };

function distDir(): string {
  return process.env.BENCH_FAMILY_DIST ? path.resolve(process.env.BENCH_FAMILY_DIST) : path.join(familyRoot, "dist");
}

/** Relative to the repository when inside it, else absolute. */
const relative = (file: string) => (path.relative(repoRoot, file).startsWith("..") ? file : path.relative(repoRoot, file));

function readManifest(dist: string): Manifest {
  if (!existsSync(path.join(dist, "index.html")))
    throw new Error(`${relative(dist)}/index.html is missing: build the family app first (pnpm turbo run build --filter=@heard/family)`);
  // Vite's default place (build.manifest: true), or dist/manifest.json (build.manifest: "manifest.json").
  const file = [".vite/manifest.json", "manifest.json"].map((name) => path.join(dist, name)).find((candidate) => existsSync(candidate));
  if (!file) {
    throw new Error(
      `${relative(dist)}/.vite/manifest.json is missing: set build.manifest: true in apps/family/vite.config.ts and rebuild (the bench finds the route's lazy chunk by its source file in it)`,
    );
  }
  return JSON.parse(readFileSync(file, "utf8")) as Manifest;
}

/** A string array literal's items: `"home", "auth"` → ["home", "auth"]. */
function stringItems(list: string): string[] {
  return [...list.matchAll(/["'`]([^"'`]+)["'`]/g)].map((m) => m[1] as string);
}

/** The route table of src/routes/index.tsx: each path with its lazy import and namespaces. */
function readRoutes(): Route[] {
  const source = readFileSync(routesFile, "utf8");
  const screens = new Map<string, Screen>();
  for (const m of source.matchAll(/const\s+(\w+)\s*=\s*screen\(\s*\(\)\s*=>\s*import\(\s*["'`]([^"'`]+)["'`]\s*\)\s*,\s*\[([^\]]*)\]/g)) {
    screens.set(m[1] as string, { load: m[2] as string, namespaces: stringItems(m[3] ?? "") });
  }
  const routes: Route[] = [];
  for (const m of source.matchAll(/\{\s*path:\s*["'`]([^"'`]+)["'`]\s*,\s*screen:\s*(\w+)\s*\}/g)) {
    const screen = screens.get(m[2] as string);
    if (screen) routes.push({ path: m[1] as string, screen });
  }
  if (routes.length === 0) {
    throw new Error(
      `found no routes in ${relative(routesFile)}: the bench reads \`const x = screen(() => import("…"), [namespaces])\` and \`{ path: "…", screen: x }\`; update packages/bench/src/family-bundle-size.ts to its new shape`,
    );
  }
  return routes;
}

/** The namespaces the shell loads before the first screen (`startI18n` in src/i18n.ts). */
function shellNamespaces(): string[] {
  const source = readFileSync(i18nFile, "utf8");
  const found = /function\s+startI18n\b[\s\S]*?loadAll\([^,]+,\s*\[([^\]]*)\]/.exec(source);
  if (!found)
    throw new Error(
      `could not find the namespaces startI18n loads in ${relative(i18nFile)}; update packages/bench/src/family-bundle-size.ts`,
    );
  return stringItems(found[1] ?? "");
}

/** The same matching as routes/index.tsx: `*` matches anything, `:x` any one segment. */
function routeFor(routes: Route[], pathname: string): Route {
  const got = pathname.split("/").filter(Boolean);
  const route = routes.find((r) => {
    if (r.path.startsWith("*")) return true;
    const want = r.path.split("/").filter(Boolean);
    return want.length === got.length && want.every((part, i) => part.startsWith(":") || part === got[i]);
  });
  if (!route) throw new Error(`no route in ${relative(routesFile)} matches ${pathname}`);
  return route;
}

/** The manifest entry built from a source file (key relative to apps/family, any extension). */
function chunkForSource(manifest: Manifest, sourceWithoutExtension: string): ManifestChunk {
  const key = Object.keys(manifest).find((k) => k.replace(/\.[cm]?[jt]sx?$/, "") === sourceWithoutExtension);
  const chunk = key ? manifest[key] : undefined;
  if (!chunk) throw new Error(`no chunk for ${sourceWithoutExtension} in the family app's manifest`);
  return chunk;
}

function localeChunk(manifest: Manifest, language: string, namespace: string): ManifestChunk {
  const key = Object.keys(manifest).find((k) => k.endsWith(`/locales/${language}/${namespace}.json`));
  const chunk = key ? manifest[key] : undefined;
  if (!chunk) throw new Error(`no chunk for the ${language}/${namespace} messages in the family app's manifest`);
  return chunk;
}

/** Static imports in a built chunk (not `import(…)`): `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`. */
const staticImport = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;

type Loaded = Map<string, string>; // dist-relative file → why it loads

/** Adds `file` and everything it imports statically. */
function addWithImports(dist: string, file: string, why: string, loaded: Loaded): void {
  if (loaded.has(file)) return;
  loaded.set(file, why);
  if (!file.endsWith(".js")) return;
  const code = readFileSync(path.join(dist, file), "utf8");
  for (const m of code.matchAll(staticImport)) {
    const specifier = m[1] as string;
    if (!/^\.{0,2}\//.test(specifier)) continue;
    const target = specifier.startsWith("/") ? specifier.slice(1) : path.posix.join(path.posix.dirname(file), specifier);
    addWithImports(dist, target, `imported by ${path.posix.basename(file)}`, loaded);
  }
}

/** What index.html loads at once: its scripts (classic and module) and modulepreload links. */
function startFiles(dist: string, loaded: Loaded): void {
  const html = readFileSync(path.join(dist, "index.html"), "utf8");
  const attribute = (tag: string, attr: string) => new RegExp(`\\b${attr}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1];
  const local = (url: string) => (/^[a-z]+:|^\/\//i.test(url) ? null : url.replace(/^\//, "").replace(/[?#].*$/, ""));
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, "src");
    const file = src && local(src);
    if (file) addWithImports(dist, file, /type\s*=\s*["']module["']/.test(tag) ? "entry script" : "classic script", loaded);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (attribute(tag, "rel") !== "modulepreload") continue;
    const href = attribute(tag, "href");
    const file = href && local(href);
    if (file) addWithImports(dist, file, "modulepreload", loaded);
  }
}

type Measured = { gzipBytes: number; rawBytes: number; files: Record<string, { gzip: number; why: string }> };

function measure(dist: string, loaded: Loaded): Measured {
  const files: Measured["files"] = {};
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const [file, why] of loaded) {
    if (!file.endsWith(".js")) continue;
    const content = readFileSync(path.join(dist, file));
    const gzip = gzipSync(content, { level: 9 }).length;
    files[file] = { gzip, why };
    gzipBytes += gzip;
    rawBytes += content.length;
  }
  return { gzipBytes, rawBytes, files };
}

/**
 * Every JS file loaded for `pathname` in `language`, plus the message chunks of `alsoWords`
 * (namespaces in other languages the screen loads, as `[language, namespace]`).
 */
function loadedFor(
  dist: string,
  manifest: Manifest,
  routes: Route[],
  shell: string[],
  pathname: string,
  language: string,
  alsoWords: readonly (readonly [string, string])[] = [],
): Measured {
  const loaded: Loaded = new Map();
  startFiles(dist, loaded);
  const route = routeFor(routes, pathname);
  // import("./feedback/Feedback") in src/routes/index.tsx → manifest key src/routes/feedback/Feedback.tsx
  const source = path.posix.join("src/routes", route.screen.load).replace(/\.[cm]?[jt]sx?$/, "");
  const screen = chunkForSource(manifest, source);
  addWithImports(dist, screen.file, `screen for ${route.path}`, loaded);
  // The manifest's static imports too, in case the parse above missed one.
  const viaManifest = (keys: string[] | undefined) => {
    for (const key of keys ?? []) {
      const chunk = manifest[key];
      if (chunk && !loaded.has(chunk.file)) {
        addWithImports(dist, chunk.file, `imported by ${key} (manifest)`, loaded);
        viaManifest(chunk.imports);
      }
    }
  };
  viaManifest(screen.imports);
  for (const namespace of [...new Set([...shell, ...route.screen.namespaces])]) {
    addWithImports(dist, localeChunk(manifest, language, namespace).file, `${language}/${namespace} messages`, loaded);
  }
  for (const [otherLanguage, namespace] of alsoWords) {
    addWithImports(
      dist,
      localeChunk(manifest, otherLanguage, namespace).file,
      `${otherLanguage}/${namespace} messages (the letter's)`,
      loaded,
    );
  }
  return measure(dist, loaded);
}

function languagesIn(manifest: Manifest): string[] {
  const found = Object.keys(manifest)
    .map((key) => /\/locales\/([\w-]+)\/[\w-]+\.json$/.exec(key)?.[1])
    .filter((lang): lang is string => Boolean(lang));
  const languages = [...new Set(found)];
  return languages.includes("en") ? ["en", ...languages.filter((l) => l !== "en")] : languages;
}

async function runFamilyBundleSize(): Promise<BenchResult> {
  const dist = distDir();
  const manifest = readManifest(dist);
  const routes = readRoutes();
  const shell = shellNamespaces();
  const languages = languagesIn(manifest);
  if (languages.length === 0) throw new Error("no message chunks (@heard/i18n locales) in the family app's manifest");

  const feedbackPath = "/f/HEAR-DACE";
  const letterPath = "/letters/0190c3a2-7b1e-7000-8000-000000000001";
  const byLanguage: Record<string, number> = {};
  const homeByLanguage: Record<string, number> = {};
  const letterByLanguage: Record<string, number> = {};
  const lettersByLanguage: Record<string, number> = {};
  let english: Measured | undefined;
  let englishLetter: Measured | undefined;
  for (const language of languages) {
    const measured = loadedFor(dist, manifest, routes, shell, feedbackPath, language);
    byLanguage[language] = measured.gzipBytes;
    if (language === "en") english = measured;
    homeByLanguage[language] = loadedFor(dist, manifest, routes, shell, "/", language).gzipBytes;
    // A letter in another language brings its own words in that language: the largest such case.
    const letters = languages
      .map((letterLanguage) =>
        loadedFor(dist, manifest, routes, shell, letterPath, language, letterLanguage === language ? [] : [[letterLanguage, "myLetters"]]),
      )
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
    const worstLetter = letters[0] as Measured;
    letterByLanguage[language] = worstLetter.gzipBytes;
    if (language === "en") englishLetter = worstLetter;
    lettersByLanguage[language] = loadedFor(dist, manifest, routes, shell, "/letters", language).gzipBytes;
  }
  const worst = (figures: Record<string, number>) => Object.entries(figures).sort((a, b) => b[1] - a[1])[0] as [string, number];
  const [worstLanguage, gzipBytes] = worst(byLanguage);
  const [letterWorstLanguage, letterGzipBytes] = worst(letterByLanguage);
  const [, lettersGzipBytes] = worst(lettersByLanguage);
  const lettersWithin = letterGzipBytes <= otherRouteBudgetBytes && lettersGzipBytes <= otherRouteBudgetBytes;
  return {
    name,
    route: "/f/CODE",
    dist: relative(dist),
    gzipBytes,
    worstLanguage,
    budgetBytes,
    budgetNote: "40 KB taken as 40,000 bytes (40 × 1024 = 40,960); gzip level 9; JS only",
    withinBudget: gzipBytes <= budgetBytes && lettersWithin,
    byLanguage,
    englishRawBytes: english?.rawBytes ?? null,
    englishFiles: english?.files ?? null,
    letterRoute: "/letters/ID",
    letterGzipBytes,
    letterWorstLanguage,
    letterBudgetBytes: otherRouteBudgetBytes,
    letterGzipBytesByLanguage: letterByLanguage,
    letterEnglishFiles: englishLetter?.files ?? null,
    lettersRoute: "/letters",
    lettersGzipBytes,
    lettersGzipBytesByLanguage: lettersByLanguage,
    homeRoute: "/",
    homeGzipBytesByLanguage: homeByLanguage,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}

const kb = (bytes: unknown) => `${(Number(bytes) / 1000).toFixed(1)} KB`;

export const familyBundleSizeBenchmark: Benchmark = {
  name,
  description:
    "gzipped JS the family app loads for /f/CODE (budget 40,000 bytes) and for the letters, /letters/ID and /letters (45,000 bytes), from its build; / for reference",
  run: runFamilyBundleSize,
  summarise: (r) => {
    const languages = Object.entries(r.byLanguage as Record<string, number>)
      .map(([lang, bytes]) => `${lang} ${kb(bytes)}`)
      .join(", ");
    const home = Object.entries(r.homeGzipBytesByLanguage as Record<string, number>)
      .map(([lang, bytes]) => `${lang} ${kb(bytes)}`)
      .join(", ");
    const files = Object.entries((r.englishFiles ?? {}) as Measured["files"])
      .map(([file, { gzip }]) => `${path.posix.basename(file)} ${kb(gzip)}`)
      .join(" + ");
    const byLanguage = (figures: unknown) =>
      Object.entries(figures as Record<string, number>)
        .map(([lang, bytes]) => `${lang} ${kb(bytes)}`)
        .join(", ");
    const letterFiles = Object.entries((r.letterEnglishFiles ?? {}) as Measured["files"])
      .map(([file, { gzip }]) => `${path.posix.basename(file)} ${kb(gzip)}`)
      .join(" + ");
    return [
      `/f/CODE ${kb(r.gzipBytes)} gzipped (${languages}; budget 40.0 KB = 40,000 bytes); en: ${files}`,
      `/letters/ID ${kb(r.letterGzipBytes)} (${byLanguage(r.letterGzipBytesByLanguage)}, a letter in another language counted; budget 45.0 KB); en: ${letterFiles}`,
      `/letters ${kb(r.lettersGzipBytes)} (${byLanguage(r.lettersGzipBytesByLanguage)}; budget 45.0 KB)`,
      `/ for reference: ${home}`,
    ].join("; ");
  },
};
