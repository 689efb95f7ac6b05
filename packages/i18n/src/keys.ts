/**
 * Every message key there is, as a type, read from the English locale files (English is
 * complete; the locale tests keep Welsh and Arabic in step). A key is `"ns:dotted.path"`;
 * keys of the default namespace `common` may also be written without their prefix
 * (`"help.title"`). Plural forms (`responses_one`, `responses_other`…) fold into their base
 * key (`"common:responses"`), which i18next picks a form of by `count`.
 *
 *   function t(key: TranslationKey, options?: Record<string, unknown>): string
 *   t("admin:nav.title")                 ✓
 *   t(`admin:roles.${role}`)             ✓ when every role has a name
 *   t("admin:nav.titel")                 ✗ does not type-check
 *
 * Types only: nothing here reaches a bundle.
 */
import type admin from "../locales/en/admin.json";
import type auth from "../locales/en/auth.json";
import type common from "../locales/en/common.json";
import type concerns from "../locales/en/concerns.json";
import type errors from "../locales/en/errors.json";
import type feedback from "../locales/en/feedback.json";
import type home from "../locales/en/home.json";
import type letters from "../locales/en/letters.json";
import type mail from "../locales/en/mail.json";
import type meetings from "../locales/en/meetings.json";
import type myLetters from "../locales/en/myLetters.json";
import type results from "../locales/en/results.json";
import type tips from "../locales/en/tips.json";
import type { Namespace } from "./index";

/** The English messages of each namespace, as their JSON files type them. */
interface EnglishMessages {
  common: typeof common;
  errors: typeof errors;
  auth: typeof auth;
  admin: typeof admin;
  home: typeof home;
  tips: typeof tips;
  results: typeof results;
  feedback: typeof feedback;
  meetings: typeof meetings;
  concerns: typeof concerns;
  mail: typeof mail;
  letters: typeof letters;
  myLetters: typeof myLetters;
}

/** `{ a: { b: "…", c_one: "…" } }` → `"a.b" | "a.c_one"`. */
type Paths<Messages> = {
  [Key in keyof Messages & string]: Messages[Key] extends string ? Key : `${Key}.${Paths<Messages[Key]>}`;
}[keyof Messages & string];

type PluralForm = "zero" | "one" | "two" | "few" | "many" | "other";

/** `"a.c_one"` → `"a.c"`; any other key as it is. */
type WithoutPluralForm<Key extends string> = Key extends `${infer Base}_${PluralForm}` ? Base : Key;

/** The keys of one namespace, without its prefix. */
export type NamespaceKey<N extends Namespace> = WithoutPluralForm<Paths<EnglishMessages[N]>>;

/** A message key in any namespace: `"admin:nav.title"`, or a `common` key without its prefix. */
export type TranslationKey = { [N in Namespace]: `${N}:${NamespaceKey<N>}` }[Namespace] | NamespaceKey<"common">;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<Condition extends true> = Condition;
/** A namespace missing above, or there but not in `namespaces`, stops the type check. */
export type EveryNamespaceTyped = Expect<Same<keyof EnglishMessages, Namespace>>;
