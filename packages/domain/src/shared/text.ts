/**
 * Characters no name needs and that can disguise one: controls, format characters (the
 * right-to-left override and other bidi controls, zero-width spaces, the byte order mark), private
 * use, unassigned code points and lone surrogates. Ordinary Welsh and Arabic letters (and Arabic's
 * own marks, which are not format characters) are untouched.
 */
const invisible = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/u;

export function hasInvisibleCharacters(text: string): boolean {
  return invisible.test(text);
}
