import { createI18n, type Language, loadAllResources, type Messages, namespaces, supportedLanguages } from "@heard/i18n";
import { describe, expect, it } from "vitest";
import { translate } from "./translate";

const resources = await loadAllResources();
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const counts = [0, 1, 2, 3, 4, 6, 11, 20, 100, 101, 2000];

function flatten(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? flatten(value as Messages, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** A value for every placeholder any file uses (`count` is set separately). */
const values: Record<string, unknown> = Object.fromEntries(
  [...JSON.stringify(resources).matchAll(/\{\{\s*(\w+)/g)].map(([, name], i) => [name, i % 2 ? `v-${name}` : i]),
);

describe("translate() gives i18next's answer", () => {
  for (const lang of supportedLanguages) {
    it(`for every message in ${lang}, with English as the fallback`, async () => {
      const i18next = await createI18n({ language: lang, resources });
      const store = resources as Partial<Record<Language, Record<string, Messages>>>;
      let compared = 0;
      for (const ns of namespaces) {
        const keys = new Set(flatten(resources.en[ns]).map((key) => key.replace(pluralSuffix, "")));
        for (const key of keys) {
          const plural = flatten(resources.en[ns]).some((k) => k !== key && k.replace(pluralSuffix, "") === key);
          const variants: Record<string, unknown>[] = plural ? counts.map((count) => ({ ...values, count })) : [values];
          for (const options of variants) {
            expect(translate(store, [lang, "en"], `${ns}:${key}`, options), `${lang} ${ns}:${key} ${JSON.stringify(options)}`).toBe(
              i18next.t(`${ns}:${key}`, options),
            );
            compared++;
          }
        }
      }
      expect(compared).toBeGreaterThan(300);
    });
  }

  it("for the default namespace, a missing value, defaultValue, and a message left empty", async () => {
    const i18next = await createI18n({ language: "cy", resources });
    const store = { ...resources, cy: { ...resources.cy, common: { ...resources.cy.common, tagline: "" } } };
    const emptied = await createI18n({ language: "cy", resources: store });
    expect(translate(resources, ["cy", "en"], "help.title")).toBe(i18next.t("help.title"));
    expect(translate(store, ["cy", "en"], "tagline")).toBe(emptied.t("tagline"));
    expect(translate(resources, ["cy", "en"], "auth:changePassword.hint")).toBe(i18next.t("auth:changePassword.hint"));
    expect(translate(resources, ["cy", "en"], "errors:noSuchKey", { defaultValue: "Oops" })).toBe(
      i18next.t("errors:noSuchKey", { defaultValue: "Oops" }),
    );
  });
});

describe("the app's t()", () => {
  it("takes only keys the locale files have (checked by the type checker)", async () => {
    const { t } = await import("./i18n");
    // @ts-expect-error: a typing mistake in a key
    const misspelt = () => t("help.titel");
    // @ts-expect-error: a key of another namespace than `common` needs its prefix
    const withoutNamespace = () => t("code.title");
    const fine = () => [t("help.title"), t("feedback:code.title"), t("common:responses", { count: 2 })];
    expect([misspelt, withoutNamespace, fine].every((check) => typeof check === "function")).toBe(true);
  });
});
