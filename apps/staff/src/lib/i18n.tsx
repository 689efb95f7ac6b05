import { type DateStyle, errorMessage, type Form, formatDate, type Problem, type SummaryItem, summaryItems } from "@heard/client";
import {
  createI18n,
  dirOf,
  type I18n,
  isLanguage,
  type Language,
  matchLanguage,
  type Namespace,
  type Translate,
  type Translator,
} from "@heard/i18n";
import { type Accessor, createContext, createSignal, type JSX, useContext } from "solid-js";

/** The namespaces the staff app uses ("home" belongs to the family app). */
export const staffNamespaces: readonly Namespace[] = [
  "common",
  "errors",
  "auth",
  "admin",
  "meetings",
  "concerns",
  "tips",
  "results",
  "letters",
];

const storageKey = "heard.staff.language";

/** The language chosen on this device with the picker, if any. */
export function savedLanguage(): Language | null {
  try {
    const saved = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(saved) ? saved : null;
  } catch {
    return null; // storage refused (private mode, policy)
  }
}

function saveLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not remembered on this device; the account preference still is.
  }
}

/** The language to start in: this device's choice, else the browser's languages. */
export function initialLanguage(): Language {
  return savedLanguage() ?? matchLanguage(typeof navigator === "undefined" ? [] : navigator.languages);
}

function applyToDocument(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = dirOf(language);
}

export async function loadI18n(language: Language): Promise<I18n> {
  const instance = await createI18n({ language, namespaces: staffNamespaces });
  applyToDocument(language);
  return instance;
}

export interface Localisation {
  language: Accessor<Language>;
  /** Reactive translate: re-runs wherever it is read when the language changes. Only keys the locale files have. */
  t: Translator;
  /** Switches language (loading its messages first). `remember` saves it on this device. */
  changeLanguage: (language: Language, options?: { remember?: boolean }) => Promise<void>;
  /**
   * A translate function for another language than the page's, once its messages are loaded: a
   * letter's preview speaks the family's language whatever the writer reads the app in.
   */
  translatorFor: (language: Language) => Promise<Translator>;
  /** The message for a Problem or a bare key of `errors`, in the current language ("lockedOut" gets its time). */
  errorText: (error: Problem | string) => string;
  /** A date in the current language, Western digits: "22 Nov 2026, 14:05" as `dateTime` (see DateStyle). */
  formatDate: (value: string | number | Date, style: DateStyle) => string;
  /**
   * The error summary's lines for a form: the problem about no field, then "Label: message"
   * for each field, linked to its control.
   */
  formSummary: <F extends string>(
    form: Pick<Form<F>, "fields" | "error" | "formError">,
    fieldId: (field: F) => string,
    label: (field: F) => string,
  ) => SummaryItem[];
}

const LocalisationContext = createContext<Localisation>();

export function I18nProvider(props: { i18n: I18n; language: Language; children: JSX.Element }) {
  const i18n = props.i18n;
  const [language, setLanguage] = createSignal<Language>(props.language);
  const translate = i18n.t.bind(i18n) as unknown as Translate;

  const t: Translator = (key, options) => {
    language(); // track
    return translate(key, options);
  };

  const changeLanguage = async (next: Language, options?: { remember?: boolean }) => {
    if (options?.remember) saveLanguage(next);
    if (next === language() && i18n.language === next) return;
    await i18n.changeLanguage(next);
    applyToDocument(next);
    setLanguage(next);
  };

  const errorText = (error: Problem | string) => errorMessage(t, language(), error);

  const translatorFor = async (other: Language): Promise<Translator> => {
    await i18n.loadLanguages(other);
    return i18n.getFixedT(other) as unknown as Translator;
  };

  const value: Localisation = {
    language,
    t,
    changeLanguage,
    translatorFor,
    errorText,
    formatDate: (date, style) => formatDate(date, language(), style),
    formSummary: (form, fieldId, label) =>
      summaryItems(form, { fieldId, fieldText: (field, key) => `${label(field)}: ${errorText(key)}`, generalText: errorText }),
  };
  return <LocalisationContext.Provider value={value}>{props.children}</LocalisationContext.Provider>;
}

export function useI18n(): Localisation {
  const context = useContext(LocalisationContext);
  if (!context) throw new Error("useI18n outside I18nProvider");
  return context;
}
