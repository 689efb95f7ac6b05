/**
 * The app's words and the Solid signals that make text reactive. Messages come from
 * @heard/i18n's locale files (one lazy chunk per language and namespace); `translate.ts` reads
 * them as i18next would, without i18next's 13.7 KB (the feedback route's budget is 40 KB).
 * The shell loads only `common`; each route loads its own namespaces (see routes/index.tsx).
 *
 * Only the page's language is loaded: the locale tests guarantee Welsh and Arabic have every
 * English key. Should a message still be missing, the English file is fetched in the
 * background and the text corrects itself when it arrives.
 */
import { errorMessage, type Problem } from "@heard/client";
import { dirOf, fallbackLanguage, type Language, loadBundled, matchLanguage, type Namespace, type TranslationKey } from "@heard/i18n";
import { createSignal } from "solid-js";
import { type Store, translate } from "./translate";

/** Also read by public/language.js before first paint. */
export const languageStorageKey = "heard.language";

const store: Store = {};
const pending = new Map<string, Promise<boolean>>();
/** Namespaces asked for so far: a language switch loads them all before text flips. */
const wanted = new Set<Namespace>();

const [language, setLanguageSignal] = createSignal<Language>("en");
/** Bumped whenever messages or the language change, so every `t()` call re-runs. */
const [revision, setRevision] = createSignal(0);

export { language };

/** The language chosen on this device before, if any (null when the browser's was used). */
export function savedLanguage(): Language | null {
  try {
    const saved = localStorage.getItem(languageStorageKey);
    return saved ? matchLanguage([saved]) : null;
  } catch {
    return null;
  }
}

function applyToDocument(lang: Language) {
  document.documentElement.lang = lang;
  document.documentElement.dir = dirOf(lang);
}

/** One namespace in one language; true once it is here. A failed download is tried again next time. */
function load(lang: Language, ns: Namespace): Promise<boolean> {
  if (store[lang]?.[ns]) return Promise.resolve(true);
  const id = `${lang}/${ns}`;
  let loading = pending.get(id);
  if (!loading) {
    loading = loadBundled(lang, ns).then(
      (messages) => {
        store[lang] = { ...store[lang], [ns]: messages };
        pending.delete(id);
        return true;
      },
      () => {
        pending.delete(id);
        return false;
      },
    );
    pending.set(id, loading);
  }
  return loading;
}

async function loadAll(lang: Language, namespaces: readonly Namespace[]): Promise<boolean> {
  for (const ns of namespaces) wanted.add(ns);
  const loaded = await Promise.all(namespaces.map((ns) => load(lang, ns)));
  return loaded.every(Boolean);
}

/** Starts with the language public/language.js put on <html> (saved, else browser, else English). */
export async function startI18n(): Promise<void> {
  const initial = matchLanguage([document.documentElement.lang]);
  await loadAll(initial, ["common"]);
  applyToDocument(initial);
  setLanguageSignal(initial);
}

/** A marker no message equals. */
const missing = "\u0000";

/**
 * Translate; reactive inside JSX and effects. `t("help.title")`, `t("auth:signIn")`: only keys
 * the locale files have (`TranslationKey`), so a wrong key fails the type check.
 */
export function t(key: TranslationKey, options?: Record<string, unknown>): string {
  revision();
  const lang = language();
  const found = translate(store, [lang], key, { ...options, defaultValue: missing });
  if (found !== missing) return found;
  if (lang !== fallbackLanguage) {
    const ns = (key.includes(":") ? key.slice(0, key.indexOf(":")) : "common") as Namespace;
    if (!store[fallbackLanguage]?.[ns]) void load(fallbackLanguage, ns).then((ok) => ok && setRevision((n) => n + 1));
  }
  return translate(store, [lang, fallbackLanguage], key, options);
}

/**
 * A problem (or a key of `errors`) in the reader's language; `lockedOut` says when to try again,
 * in the phone's time. The `errors` words load only when needed: `loadNamespaces(["errors"])`.
 */
export function errorText(error: Problem | string): string {
  return errorMessage(t, language(), error);
}

/**
 * Loads namespaces (in the current language) before a screen shows. Resolves false when any
 * did not arrive (no signal), so the caller can say so.
 */
export async function loadNamespaces(namespaces: readonly Namespace[]): Promise<boolean> {
  const loaded = await loadAll(language(), namespaces);
  setRevision((n) => n + 1);
  return loaded;
}

/**
 * Switches language: loads the new messages first, then flips text, lang and dir together
 * (no half-translated frame), and remembers the choice on this device.
 */
export async function changeLanguage(lang: Language): Promise<void> {
  await loadAll(lang, [...wanted]);
  applyToDocument(lang);
  setLanguageSignal(lang);
  setRevision((n) => n + 1);
  try {
    localStorage.setItem(languageStorageKey, lang);
  } catch {
    // Private mode or storage full: the choice lasts for this visit only.
  }
}
