/**
 * @heard/i18n — every string a person sees, in English, Welsh and Arabic.
 *
 * Locale files: `locales/{lang}/{namespace}.json`, i18next v4 JSON (plural keys end in
 * `_zero`, `_one`, `_two`, `_few`, `_many`, `_other` as `Intl.PluralRules` names them;
 * English needs `_one`/`_other`, Welsh and Arabic need all six).
 *
 * To add a namespace (for example `feedback`):
 *   1. add `locales/en/feedback.json`, `locales/cy/feedback.json`, `locales/ar/feedback.json`
 *      with the same keys (the tests check keys, plural forms, placeholders and empties);
 *   2. add `"feedback"` to `namespaces` below;
 *   3. add one `feedback: () => import("../locales/<lang>/feedback.json")` line per language
 *      to `bundledLoaders` (the type checker refuses a missing one).
 * The import() strings stay literal so Vite puts each file in its own chunk and a browser
 * only downloads the language it shows (plus English, the fallback).
 */
import { type Language, languages } from "@heard/domain/rules";
import i18next, { type BackendModule, type i18n, type ReadCallback } from "i18next";
import type { TranslationKey } from "./keys";

export type { i18n as I18n, TFunction } from "i18next";
export type { NamespaceKey, TranslationKey } from "./keys";

export const namespaces = [
  "common",
  "errors",
  "auth",
  "admin",
  "home",
  "tips",
  "results",
  "feedback",
  "meetings",
  "concerns",
  "mail",
  "letters",
  "myLetters",
] as const;
export type Namespace = (typeof namespaces)[number];

/** The languages Heard speaks (the list is @heard/domain's). */
export const supportedLanguages = languages;
export type { Language };
export const fallbackLanguage: Language = "en";

/** Each language's name in itself, for the language picker. */
export const languageNames: Readonly<Record<Language, string>> = {
  en: "English",
  cy: "Cymraeg",
  ar: "العربية",
};

export type Messages = Record<string, unknown>;
export type Resources = Record<Language, Record<Namespace, Messages>>;
type Loader = () => Promise<{ default: Messages }>;

/** One lazy loader per language and namespace; each is its own chunk in a Vite build. */
export const bundledLoaders = {
  en: {
    common: () => import("../locales/en/common.json"),
    errors: () => import("../locales/en/errors.json"),
    auth: () => import("../locales/en/auth.json"),
    admin: () => import("../locales/en/admin.json"),
    home: () => import("../locales/en/home.json"),
    tips: () => import("../locales/en/tips.json"),
    results: () => import("../locales/en/results.json"),
    feedback: () => import("../locales/en/feedback.json"),
    meetings: () => import("../locales/en/meetings.json"),
    concerns: () => import("../locales/en/concerns.json"),
    mail: () => import("../locales/en/mail.json"),
    letters: () => import("../locales/en/letters.json"),
    myLetters: () => import("../locales/en/myLetters.json"),
  },
  cy: {
    common: () => import("../locales/cy/common.json"),
    errors: () => import("../locales/cy/errors.json"),
    auth: () => import("../locales/cy/auth.json"),
    admin: () => import("../locales/cy/admin.json"),
    home: () => import("../locales/cy/home.json"),
    tips: () => import("../locales/cy/tips.json"),
    results: () => import("../locales/cy/results.json"),
    feedback: () => import("../locales/cy/feedback.json"),
    meetings: () => import("../locales/cy/meetings.json"),
    concerns: () => import("../locales/cy/concerns.json"),
    mail: () => import("../locales/cy/mail.json"),
    letters: () => import("../locales/cy/letters.json"),
    myLetters: () => import("../locales/cy/myLetters.json"),
  },
  ar: {
    common: () => import("../locales/ar/common.json"),
    errors: () => import("../locales/ar/errors.json"),
    auth: () => import("../locales/ar/auth.json"),
    admin: () => import("../locales/ar/admin.json"),
    home: () => import("../locales/ar/home.json"),
    tips: () => import("../locales/ar/tips.json"),
    results: () => import("../locales/ar/results.json"),
    feedback: () => import("../locales/ar/feedback.json"),
    meetings: () => import("../locales/ar/meetings.json"),
    concerns: () => import("../locales/ar/concerns.json"),
    mail: () => import("../locales/ar/mail.json"),
    letters: () => import("../locales/ar/letters.json"),
    myLetters: () => import("../locales/ar/myLetters.json"),
  },
} as const satisfies Record<Language, Record<Namespace, Loader>>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (supportedLanguages as readonly string[]).includes(value);
}

export function isNamespace(value: unknown): value is Namespace {
  return typeof value === "string" && (namespaces as readonly string[]).includes(value);
}

/**
 * The first supported language among candidates such as `navigator.languages` or a saved
 * preference ("cy-GB" counts as "cy"); English when none matches.
 */
export function matchLanguage(candidates: readonly (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const base = candidate?.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return fallbackLanguage;
}

/** Text direction of a language: Arabic is right to left. Accepts region tags ("ar-EG"). */
export function dirOf(lang: string): "ltr" | "rtl" {
  return lang.toLowerCase().split(/[-_]/)[0] === "ar" ? "rtl" : "ltr";
}

/** One namespace of one language, from the files bundled with this package. */
export async function loadBundled(lang: Language, ns: Namespace): Promise<Messages> {
  const module = await bundledLoaders[lang][ns]();
  return module.default;
}

/** Every namespace of every language: for the server and tests (the browser loads lazily). */
export async function loadAllResources(): Promise<Resources> {
  const entries = await Promise.all(
    supportedLanguages.map(async (lang) => {
      const bundles = await Promise.all(namespaces.map(async (ns) => [ns, await loadBundled(lang, ns)] as const));
      return [lang, Object.fromEntries(bundles) as Record<Namespace, Messages>] as const;
    }),
  );
  return Object.fromEntries(entries) as Resources;
}

export interface CreateI18nOptions {
  language: Language;
  /** Namespaces to load before the promise resolves; default all. More load on demand with `i18n.loadNamespaces`. */
  namespaces?: readonly Namespace[];
  /** Where messages come from; default the bundled JSON files, one lazy chunk each. */
  loadNamespace?: (lang: Language, ns: Namespace) => Promise<Messages>;
  /** Messages already in memory (server, tests): used instead of any loader. */
  resources?: Partial<Record<Language, Partial<Record<Namespace, Messages>>>>;
}

/**
 * A new, initialised i18next instance (never the global one). Default namespace `common`,
 * so `t("actions.save")` and `t("errors:network")` both work. English is the fallback, so a
 * Welsh or Arabic page also loads the English files of its namespaces.
 */
export async function createI18n(options: CreateI18nOptions): Promise<i18n> {
  const instance = i18next.createInstance();
  const load = options.loadNamespace ?? loadBundled;
  if (!options.resources) {
    const backend: BackendModule = {
      type: "backend",
      init() {},
      read(lang: string, ns: string, callback: ReadCallback) {
        if (!isLanguage(lang) || !isNamespace(ns)) {
          callback(new Error(`no messages for ${lang}/${ns}`), false);
          return;
        }
        load(lang, ns).then(
          (messages) => callback(null, messages),
          // `false` as data: i18next retries only when data is truthy; a failed chunk import won't heal.
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
        );
      },
    };
    instance.use(backend);
  }
  await instance.init({
    lng: options.language,
    fallbackLng: fallbackLanguage,
    supportedLngs: [...supportedLanguages],
    load: "languageOnly",
    ns: [...(options.namespaces ?? namespaces)],
    defaultNS: "common",
    fallbackNS: false,
    ...(options.resources ? { resources: options.resources } : {}),
    interpolation: { escapeValue: false }, // Solid escapes text it renders
    returnNull: false,
    returnEmptyString: false,
  });
  return instance;
}

/** Any translate function: an instance's `t`, `getFixedT(lang)`, or a wrapper with this shape. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A translate function that takes only keys the locale files have: a wrong key fails the type check. */
export type Translator = (key: TranslationKey, options?: Record<string, unknown>) => string;

/**
 * The message for an error key sent by the API (`data.messageKey`), with its `detail` as
 * interpolation values. Unknown keys read as `errors:invalidInput`; `lockedOut` without a
 * `time` reads as `errors:tooManyRequests` rather than "try again at ." .
 */
export function translateError(t: Translate, key: string, detail?: Record<string, unknown>): string {
  const values = detail ?? {};
  if (key === "lockedOut" && values.time === undefined) key = "tooManyRequests";
  return t(`errors:${key}`, { ...values, defaultValue: t("errors:invalidInput") });
}
