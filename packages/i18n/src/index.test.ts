import { describe, expect, it, vi } from "vitest";
import {
  bundledLoaders,
  createI18n,
  dirOf,
  type Language,
  languageNames,
  loadAllResources,
  matchLanguage,
  type Namespace,
  namespaces,
  supportedLanguages,
  translateError,
} from "./index";

const resources = await loadAllResources();

describe("languages", () => {
  it("lists English, Welsh and Arabic with their own names", () => {
    expect(supportedLanguages).toEqual(["en", "cy", "ar"]);
    expect(languageNames).toEqual({ en: "English", cy: "Cymraeg", ar: "العربية" });
  });

  it("writes Arabic right to left and the others left to right", () => {
    expect(dirOf("ar")).toBe("rtl");
    expect(dirOf("ar-EG")).toBe("rtl");
    expect(dirOf("en")).toBe("ltr");
    expect(dirOf("cy")).toBe("ltr");
  });

  it("matches browser languages to a supported one", () => {
    expect(matchLanguage(["fr-FR", "cy-GB", "en"])).toBe("cy");
    expect(matchLanguage(["AR"])).toBe("ar");
    expect(matchLanguage(["de", null, undefined])).toBe("en");
    expect(matchLanguage([])).toBe("en");
  });

  it("has a loader for every language and namespace", () => {
    for (const lang of supportedLanguages) expect(Object.keys(bundledLoaders[lang]).sort()).toEqual([...namespaces].sort());
  });
});

describe("plurals", () => {
  it("Intl.PluralRules gives Welsh six forms", () => {
    const rules = new Intl.PluralRules("cy");
    const expected: Record<number, string> = { 0: "zero", 1: "one", 2: "two", 3: "few", 6: "many", 7: "other" };
    for (const [count, category] of Object.entries(expected)) expect(rules.select(Number(count))).toBe(category);
  });

  it("Welsh picks the right form for 0, 1, 2, 3, 6 and 7", async () => {
    const i18n = await createI18n({ language: "cy", resources });
    expect(i18n.t("responses", { count: 0 })).toBe("Dim ymatebion");
    expect(i18n.t("responses", { count: 1 })).toBe("Un ymateb");
    expect(i18n.t("responses", { count: 2 })).toBe("Dau ymateb");
    expect(i18n.t("responses", { count: 3 })).toBe("Tri ymateb");
    expect(i18n.t("responses", { count: 6 })).toBe("Chwe ymateb");
    expect(i18n.t("responses", { count: 7 })).toBe("7 ymateb");
    expect(i18n.t("admin:families.codeValidFor", { count: 14 })).toBe("Yn ddilys am 14 diwrnod");
  });

  it("Arabic picks the right form for 0, 1, 2, 3, 11 and 100", async () => {
    const i18n = await createI18n({ language: "ar", resources });
    expect(i18n.t("responses", { count: 0 })).toBe("لا توجد ردود");
    expect(i18n.t("responses", { count: 1 })).toBe("رد واحد");
    expect(i18n.t("responses", { count: 2 })).toBe("ردّان");
    expect(i18n.t("responses", { count: 3 })).toBe("3 ردود");
    expect(i18n.t("responses", { count: 11 })).toBe("11 ردًا");
    expect(i18n.t("responses", { count: 100 })).toBe("100 رد");
    expect(i18n.t("admin:families.codeValidFor", { count: 14 })).toBe("صالح لمدة 14 يومًا");
  });

  it("English picks one and other", async () => {
    const i18n = await createI18n({ language: "en", resources });
    expect(i18n.t("responses", { count: 1 })).toBe("1 response");
    expect(i18n.t("responses", { count: 0 })).toBe("0 responses");
    expect(i18n.t("admin:families.codeValidFor", { count: 14 })).toBe("Valid for 14 days");
  });
});

describe("createI18n", () => {
  it("loads only the requested language (and English, the fallback) through the loader", async () => {
    const loadNamespace = vi.fn(async (lang: Language, ns: Namespace) => resources[lang][ns]);
    const i18n = await createI18n({ language: "cy", namespaces: ["common", "errors"], loadNamespace });
    const loaded = loadNamespace.mock.calls.map(([lang, ns]) => `${lang}/${ns}`).sort();
    expect(loaded).toEqual(["cy/common", "cy/errors", "en/common", "en/errors"]);
    expect(i18n.t("actions.save")).toBe("Cadw");
    expect(i18n.t("errors:network")).toMatch(/gweinydd/);
    expect(i18n.dir()).toBe("ltr");
  });

  it("loads another language when it changes, and says Arabic is right to left", async () => {
    const loadNamespace = vi.fn(async (lang: Language, ns: Namespace) => resources[lang][ns]);
    const i18n = await createI18n({ language: "en", namespaces: ["common"], loadNamespace });
    expect(loadNamespace.mock.calls).toEqual([["en", "common"]]);
    await i18n.changeLanguage("ar");
    expect(i18n.language).toBe("ar");
    expect(i18n.t("actions.save")).toBe("حفظ");
    expect(i18n.dir()).toBe("rtl");
    expect(dirOf(i18n.language)).toBe("rtl");
  });

  it("loads a namespace on demand", async () => {
    const i18n = await createI18n({ language: "en", namespaces: ["common"] });
    expect(i18n.hasLoadedNamespace("home")).toBe(false);
    await i18n.loadNamespaces("home");
    expect(i18n.t("home:greeting", { name: "Sam" })).toBe("Hello, Sam!");
  });

  it("uses the bundled files by default and does not escape values (Solid does)", async () => {
    const i18n = await createI18n({ language: "en" });
    expect(i18n.t("home:greeting", { name: "<Sam & Jo>" })).toBe("Hello, <Sam & Jo>!");
    expect(i18n.t("common:help.frontDoor.body", { phone: "01234 567890" })).toBe(
      "To talk to children's services about a worry, call your council's front door on 01234 567890.",
    );
  });

  it("falls back to English for a key a translation lacks", async () => {
    const i18n = await createI18n({ language: "cy", resources: { en: { common: { onlyEnglish: "Only English" } }, cy: { common: {} } } });
    expect(i18n.t("onlyEnglish")).toBe("Only English");
  });

  it("still starts, in English, when a language's files cannot be loaded (offline)", async () => {
    const loadNamespace = async (lang: Language, ns: Namespace) => {
      if (lang === "cy") throw new TypeError("Failed to fetch dynamically imported module");
      return resources[lang][ns];
    };
    const i18n = await createI18n({ language: "cy", namespaces: ["common"], loadNamespace });
    expect(i18n.t("actions.save")).toBe("Save");
  });

  it("gives each call its own instance", async () => {
    const english = await createI18n({ language: "en", resources });
    const welsh = await createI18n({ language: "cy", resources });
    expect(english.t("actions.back")).toBe("Back");
    expect(welsh.t("actions.back")).toBe("Yn ôl");
  });

  it("serves any language from preloaded resources with getFixedT (server use)", async () => {
    const i18n = await createI18n({ language: "en", resources });
    expect(i18n.getFixedT("ar")("errors:notFound")).toBe("عذرًا، لم نتمكن من العثور على ذلك.");
  });
});

describe("translateError", () => {
  it("translates an error key from the API", async () => {
    const i18n = await createI18n({ language: "en", resources });
    expect(translateError(i18n.t, "network")).toBe("We cannot reach the server right now. Check your internet and try again.");
  });

  it("fills in the time for lockedOut", async () => {
    const i18n = await createI18n({ language: "cy", resources });
    expect(translateError(i18n.t, "lockedOut", { time: "14:05" })).toBe("Gormod o gynigion. Rhowch gynnig arall arni am 14:05.");
  });

  it("says 'too many tries' when lockedOut comes without a time", async () => {
    const i18n = await createI18n({ language: "en", resources });
    expect(translateError(i18n.t, "lockedOut")).toBe("Too many tries. Please wait a little and try again.");
  });

  it("falls back to invalidInput for a key it does not know", async () => {
    const i18n = await createI18n({ language: "ar", resources });
    expect(translateError(i18n.t, "noSuchKey")).toBe(i18n.t("errors:invalidInput"));
    expect(translateError(i18n.getFixedT("en"), "noSuchKey")).toBe("Something is not quite right. Please check and try again.");
  });
});
