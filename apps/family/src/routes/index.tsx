/**
 * The family app's screens. Each is its own lazy chunk, loaded together with the message
 * namespaces it needs, so the first screen downloads only the shell and itself.
 *
 * To add an area: put it in `routes/<area>/`, add its namespace to @heard/i18n, add a
 * `screen(...)` below and a line in `table`, and add its card to `features.ts` so home links to it.
 */
import { type Language, loadBundled, type Namespace } from "@heard/i18n";
import type { RouteDefinition } from "@solidjs/router";
import { type Component, lazy } from "solid-js";
import { loadNamespaces } from "../i18n";
import { loadPerson } from "../session";
import { openFromPath } from "./feedback/start";

type ScreenModule = { default: Component };

interface ScreenOptions {
  /** Wait until we know who is signed in (screens that look different when signed in). */
  needsPerson?: boolean;
  /** Also start the screen's first API call early, from the path it opens at. */
  prefetch?: (pathname: string) => void;
}

/** A lazy screen whose code, words (and, if asked, the signed-in person) arrive together. */
function screen(load: () => Promise<ScreenModule>, namespaces: readonly Namespace[], options: ScreenOptions = {}) {
  const component = lazy(async () => {
    const [module, wordsArrived] = await Promise.all([
      load(),
      namespaces.length > 0 ? loadNamespaces(namespaces) : true,
      options.needsPerson ? loadPerson() : undefined,
    ]);
    // A screen of raw message keys is no use: show the "no connection" page instead.
    if (!wordsArrived) throw new TypeError("messages did not load");
    return module;
  });
  /** Starts the downloads early (before the shell's own words are in); the browser keeps them for later. */
  const warmUp = (lang: Language, pathname: string) => {
    load().catch(() => {});
    options.prefetch?.(pathname);
    for (const ns of namespaces) loadBundled(lang, ns).catch(() => {});
  };
  return { component, warmUp };
}

/** `myLetters` for the letters card's words (and so the letters open with their words already here). */
const home = screen(() => import("./home/Home"), ["home", "auth", "myLetters"], { needsPerson: true });
/** "Get help now" is also fetched as soon as the app is idle, so it opens even if the signal drops. */
export const help = screen(() => import("./help/Help"), []);
const signIn = screen(() => import("./auth/SignIn"), ["auth", "errors"]);
const activate = screen(() => import("./auth/Activate"), ["auth", "errors"]);
const notFound = screen(() => import("./not-found/NotFound"), []);
/** The `errors` words load only if the server refuses something: most journeys never need them. */
const feedback = screen(() => import("./feedback/Feedback"), ["feedback"], { prefetch: openFromPath });
const myLetters = screen(() => import("./letters/MyLetters"), ["myLetters"], { needsPerson: true });
const letter = screen(() => import("./letters/Letter"), ["myLetters"], { needsPerson: true });

const table = [
  { path: "/", screen: home },
  { path: "/help", screen: help },
  { path: "/sign-in", screen: signIn },
  { path: "/activate", screen: activate },
  { path: "/f", screen: feedback },
  { path: "/f/:code", screen: feedback },
  { path: "/letters", screen: myLetters },
  { path: "/letters/:id", screen: letter },
  { path: "/letters/:id/version/:version", screen: letter },
  { path: "*404", screen: notFound },
] as const;

export const routes: RouteDefinition[] = table.map((route) => ({ path: route.path, component: route.screen.component }));

/** Whether a route pattern ("/f/:code", "*404") matches a path. */
function matches(pattern: string, pathname: string): boolean {
  if (pattern.startsWith("*")) return true;
  const want = pattern.split("/").filter(Boolean);
  const got = pathname.split("/").filter(Boolean);
  return want.length === got.length && want.every((part, i) => part.startsWith(":") || part === got[i]);
}

/**
 * The first screen's code and words start downloading alongside the shell's own messages
 * rather than after them: one round trip fewer on a slow connection.
 */
export function warmUpScreen(pathname: string, lang: Language): void {
  table.find((route) => matches(route.path, pathname))?.screen.warmUp(lang, pathname);
}
