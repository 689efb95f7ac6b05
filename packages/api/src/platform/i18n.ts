import { createI18n, type Language, loadBundled, type Namespace, type NamespaceKey } from "@heard/i18n";

/** Translates a key of one namespace: a wrong key fails the type check. */
export type ServerTranslate<N extends Namespace> = (key: NamespaceKey<N>, values?: Record<string, unknown>) => string;

// Keyed by language and namespace; each entry is the translator of its own namespace.
const translators = new Map<string, Promise<unknown>>();

/**
 * Words the server writes itself (a CSV's column names, an email) in one language, from the
 * same locale files as the apps, English behind. Made once per language and namespace.
 */
export function serverTranslator<N extends Namespace>(language: Language, namespace: N): Promise<ServerTranslate<N>> {
  const id = `${language}/${namespace}`;
  let t = translators.get(id) as Promise<ServerTranslate<N>> | undefined;
  if (!t) {
    t = (async () => {
      const [en, own] = await Promise.all([loadBundled("en", namespace), loadBundled(language, namespace)]);
      const i18n = await createI18n({
        language,
        namespaces: [namespace],
        resources: { en: { [namespace]: en }, [language]: { [namespace]: own } },
      });
      const fixed = i18n.getFixedT(language, namespace);
      return (key: NamespaceKey<N>, values?: Record<string, unknown>) => fixed(key, values ?? {});
    })();
    t.catch(() => translators.delete(id));
    translators.set(id, t);
  }
  return t;
}
