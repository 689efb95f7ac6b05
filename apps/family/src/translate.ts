/**
 * The part of i18next the family app uses, in well under 1 KB: the same locale files from
 * @heard/i18n, read the same way. i18next itself is about 13.7 KB gzipped, a third of the
 * feedback route's 40 KB budget; `translate.test.ts` checks this gives i18next's answer for
 * every message of every namespace in English, Welsh and Arabic.
 *
 * What it does, as i18next (v4 JSON) does with our options (`interpolation.escapeValue: false`,
 * `returnEmptyString: false`, `fallbackLng: "en"`, default namespace `common`):
 *   - `"ns:a.b"` looks up nested keys in namespace `ns` (`"a.b"` in `common`);
 *   - with a numeric `count`: `key_zero` when count is 0 and it exists, then
 *     `key_<Intl.PluralRules category>`, then `key`;
 *   - each language in turn: the page's, then English;
 *   - `{{name}}` is replaced by the value (left as it is when there is none); empty strings are missing;
 *   - a missing message is `defaultValue` if given, else the key.
 * Not supported (and not used in our files): nesting `$t()`, formatters `{{x, number}}`, context.
 */
import type { Language, Messages, Namespace } from "@heard/i18n";

export type Store = Partial<Record<Language, Partial<Record<Namespace, Messages>>>>;

const rules = new Map<string, Intl.PluralRules>();

function lookup(messages: Messages | undefined, path: string): string | undefined {
  let node: unknown = messages;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" && node !== "" ? node : undefined;
}

export function translate(store: Store, languages: readonly Language[], key: string, options: Record<string, unknown> = {}): string {
  const split = key.indexOf(":");
  const ns = (split > 0 ? key.slice(0, split) : "common") as Namespace;
  const path = split > 0 ? key.slice(split + 1) : key;
  const count = options.count;
  for (const lang of languages) {
    const candidates = [path];
    if (typeof count === "number") {
      const plural = rules.get(lang) ?? new Intl.PluralRules(lang);
      rules.set(lang, plural);
      candidates.unshift(`${path}_${plural.select(count)}`);
      if (count === 0) candidates.unshift(`${path}_zero`);
    }
    for (const candidate of candidates) {
      const message = lookup(store[lang]?.[ns], candidate);
      if (message !== undefined) {
        return message.replace(/\{\{(.+?)\}\}/g, (placeholder, name: string) => {
          const value = options[name.trim()];
          return value === undefined ? placeholder : String(value);
        });
      }
    }
  }
  return options.defaultValue === undefined ? path : String(options.defaultValue);
}
