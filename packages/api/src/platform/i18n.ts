import { createI18n, type Language, loadBundled, type Namespace, type TFunction } from "@heard/i18n";

const translators = new Map<string, Promise<TFunction>>();

/**
 * Words the server writes itself (a CSV's column names, an email) in one language, from the
 * same locale files as the apps, English behind. Made once per language and namespace.
 */
export function serverTranslator(language: Language, namespace: Namespace): Promise<TFunction> {
  const id = `${language}/${namespace}`;
  let t = translators.get(id);
  if (!t) {
    t = (async () => {
      const [en, own] = await Promise.all([loadBundled("en", namespace), loadBundled(language, namespace)]);
      const i18n = await createI18n({
        language,
        namespaces: [namespace],
        resources: { en: { [namespace]: en }, [language]: { [namespace]: own } },
      });
      return i18n.getFixedT(language, namespace);
    })();
    t.catch(() => translators.delete(id));
    translators.set(id, t);
  }
  return t;
}
