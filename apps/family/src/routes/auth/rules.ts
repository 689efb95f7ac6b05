import type { passwordRules } from "@heard/domain";

/**
 * The shortest passphrase the server accepts, for the hint and a check before sending.
 * A typed copy, not an import: importing any value from @heard/domain today bundles zod and
 * every schema (about 28 KB gzipped) into the screen. The type ties it to the domain's rule,
 * so if `passwordRules.familyMin` changes, this file stops compiling.
 */
export const passphraseMin: (typeof passwordRules)["familyMin"] = 8;
