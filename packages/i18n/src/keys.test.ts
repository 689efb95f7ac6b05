import { describe, expect, it } from "vitest";
import { createI18n, loadAllResources } from "./index";
import type { TranslationKey } from "./keys";

// Checked by the type checker (the package's `typecheck` covers this file): these are keys…
const keys = [
  "common:responses",
  "responses",
  "help.title",
  "admin:families.codeValidFor",
  "admin:audit.actions.auth_signIn_succeeded",
  "feedback:age.8to12",
  "errors:lockedOut",
] as const satisfies readonly TranslationKey[];

// …a template literal is one when every value it can take is…
type Role = "worker" | "admin";
const roleName = (role: Role): TranslationKey => `admin:roles.${role}`;

// …and these are not.
// @ts-expect-error: a typing mistake
const misspelt: TranslationKey = "admin:nav.titel";
// @ts-expect-error: a plural form is reached through its base key and `count`
const pluralForm: TranslationKey = "common:responses_one";
// @ts-expect-error: a namespace that does not exist
const noNamespace: TranslationKey = "letters:title";
// @ts-expect-error: a key of another namespace than the default, without its prefix
const withoutPrefix: TranslationKey = "nav.title";

describe("TranslationKey", () => {
  it("names messages that exist, in every language", async () => {
    const resources = await loadAllResources();
    for (const language of ["en", "cy", "ar"] as const) {
      const i18n = await createI18n({ language, resources });
      for (const key of [...keys, roleName("worker"), roleName("admin")]) {
        expect(i18n.exists(key, { count: 2 }), `${language} ${key}`).toBe(true);
      }
    }
    expect([misspelt, pluralForm, noNamespace, withoutPrefix]).toHaveLength(4);
  });
});
