import { auditActions } from "@heard/domain";
import { createI18n, type Language, supportedLanguages } from "@heard/i18n";
import { describe, expect, it } from "vitest";
import { type Localisation, staffNamespaces } from "../../lib/i18n";
import { actionName } from "./audit-names";

/** The app's messages in one language, as the audit page reads them. */
async function translator(language: Language): Promise<Localisation["t"]> {
  const i18n = await createI18n({ language, namespaces: staffNamespaces });
  return i18n.getFixedT(language) as unknown as Localisation["t"];
}

describe("the audit log's action names", () => {
  it.each(supportedLanguages)("names every action in %s, never by its raw name or key", async (language) => {
    const t = await translator(language);
    const english = await translator("en");
    for (const action of auditActions) {
      const name = actionName(t, action);
      // Not English standing in for a missing name (i18next falls back to English).
      if (language !== "en") expect(name, `${language} ${action}`).not.toBe(actionName(english, action));
      expect(name, `${language} ${action}`).not.toBe(action);
      expect(name, `${language} ${action}`).not.toMatch(/audit\.actions/);
      expect(name.trim().length, `${language} ${action}`).toBeGreaterThan(0);
    }
  });

  it("shows an action it does not know by its raw name", async () => {
    expect(actionName(await translator("en"), "letters.sent")).toBe("letters.sent");
  });
});
