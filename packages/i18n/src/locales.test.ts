import { auditActionKey, auditActions, concernCategories, errorKeys } from "@heard/domain/rules";
import { describe, expect, it } from "vitest";
import { type Language, loadAllResources, type Messages, namespaces, supportedLanguages } from "./index";

const resources = await loadAllResources();
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Flattens nested messages to dotted keys: { help: { title } } → "help.title". */
function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of flatten(value as Messages, path)) flat.set(k, v);
    } else {
      flat.set(path, value as string);
    }
  }
  return flat;
}

interface Shape {
  /** Plain keys → value. */
  plain: Map<string, string>;
  /** Plural base key → category → value. */
  plural: Map<string, Map<string, string>>;
}

function shapeOf(messages: Messages): Shape {
  const plain = new Map<string, string>();
  const plural = new Map<string, Map<string, string>>();
  for (const [key, value] of flatten(messages)) {
    const match = pluralSuffix.exec(key);
    if (match) {
      const base = key.slice(0, match.index);
      const forms = plural.get(base) ?? new Map<string, string>();
      forms.set(match[1] as string, value);
      plural.set(base, forms);
    } else {
      plain.set(key, value);
    }
  }
  return { plain, plural };
}

function placeholders(value: string): string[] {
  return [...value.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1] as string).sort();
}

const categoriesOf = (lang: Language) => [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
const sorted = (values: Iterable<string>) => [...values].sort();

/** Keys one side has and the other lacks, for a readable failure. */
function difference(actual: Iterable<string>, expected: Iterable<string>) {
  const a = new Set(actual);
  const e = new Set(expected);
  return { missing: [...e].filter((k) => !a.has(k)).sort(), extra: [...a].filter((k) => !e.has(k)).sort() };
}
const none = { missing: [], extra: [] };

/** Values that may be the same in every language: names of things, not words. */
const sameEverywhere = new Set(["common:appName.family", "common:help.childline.title"]);

describe("locale files", () => {
  it("exist for exactly the listed languages and namespaces", () => {
    const files = import.meta.glob("../locales/*/*.json", { eager: true, import: "default" });
    const found = Object.keys(files)
      .map((path) => path.replace("../locales/", "").replace(".json", ""))
      .sort();
    const expected = supportedLanguages.flatMap((lang) => namespaces.map((ns) => `${lang}/${ns}`)).sort();
    expect(found).toEqual(expected);
  });

  for (const ns of namespaces) {
    describe(ns, () => {
      const english = shapeOf(resources.en[ns]);

      for (const lang of supportedLanguages) {
        const shape = shapeOf(resources[lang][ns]);

        it(`${lang}: has the same plain keys as English`, () => {
          expect(difference(shape.plain.keys(), english.plain.keys())).toEqual(none);
        });

        it(`${lang}: has the same plural keys as English, each with this language's plural forms`, () => {
          expect(difference(shape.plural.keys(), english.plural.keys())).toEqual(none);
          const categories = categoriesOf(lang);
          for (const [base, forms] of shape.plural) {
            // `_zero` is allowed as an extra in languages without a zero category (i18next uses it for 0).
            const got = sorted([...forms.keys()].filter((c) => c !== "zero" || categories.includes("zero")));
            expect(difference(got, categories), `${lang}/${ns}:${base}`).toEqual(none);
          }
        });

        it(`${lang}: has no empty values and only strings`, () => {
          for (const [key, value] of flatten(resources[lang][ns])) {
            expect(typeof value, `${lang}/${ns}:${key}`).toBe("string");
            expect(value.trim(), `${lang}/${ns}:${key}`).not.toBe("");
          }
        });

        it(`${lang}: uses the same placeholders as English`, () => {
          for (const [key, value] of shape.plain) {
            expect(placeholders(value), `${lang}/${ns}:${key}`).toEqual(placeholders(english.plain.get(key) ?? ""));
          }
          // Plural forms may leave out {{count}} ("Un ymateb", "ردّان"), but no other placeholder.
          for (const [base, forms] of shape.plural) {
            const englishForms = [...(english.plural.get(base)?.values() ?? [])];
            const allowed = new Set(englishForms.flatMap(placeholders));
            const required = sorted(new Set([...allowed].filter((p) => p !== "count")));
            for (const [category, value] of forms) {
              const used = placeholders(value);
              const label = `${lang}/${ns}:${base}_${category}`;
              for (const p of used) expect(allowed.has(p), `${label} uses {{${p}}}`).toBe(true);
              expect(sorted(new Set(used.filter((p) => p !== "count"))), label).toEqual(required);
            }
          }
        });

        if (lang !== "en") {
          it(`${lang}: is translated, not copied from English`, () => {
            const englishFlat = flatten(resources.en[ns]);
            const copied = [...flatten(resources[lang][ns])]
              .filter(([key, value]) => englishFlat.get(key) === value && !sameEverywhere.has(`${ns}:${key}`))
              .map(([key]) => key);
            expect(copied).toEqual([]);
          });
        }
      }
    });
  }

  it("has an English message for every error key the domain defines", () => {
    const errors = flatten(resources.en.errors);
    for (const key of errorKeys) expect(errors.get(key), key).toBeTruthy();
    for (const lang of supportedLanguages) {
      expect(difference(flatten(resources[lang].errors).keys(), errorKeys), lang).toEqual(none);
    }
  });

  it("names every audit action in every language", () => {
    for (const lang of supportedLanguages) {
      const admin = flatten(resources[lang].admin);
      const missing = auditActions.filter((action) => !admin.get(auditActionKey(action)));
      expect(missing, lang).toEqual([]);
    }
  });

  it("names every concern category in the staff app and the alert, in every language", () => {
    for (const lang of supportedLanguages) {
      const concerns = flatten(resources[lang].concerns);
      const mail = flatten(resources[lang].mail);
      const missing = concernCategories.filter(
        (category) => !concerns.get(`categories.${category}`) || !mail.get(`concernAlert.categories.${category}`),
      );
      expect(missing, lang).toEqual([]);
    }
  });

  it("gives every audit action a name of its own in every language, so the log's filter is never ambiguous", () => {
    for (const lang of supportedLanguages) {
      const admin = flatten(resources[lang].admin);
      const names = auditActions.map((action) => admin.get(auditActionKey(action)));
      const repeated = names.filter((name, index) => names.indexOf(name) !== index);
      expect(repeated, lang).toEqual([]);
    }
  });
});
