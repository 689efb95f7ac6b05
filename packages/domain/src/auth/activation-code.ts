/**
 * One-time activation codes given to a family member in person.
 * 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B),
 * shown in groups of four: ABCD-EFGH-JKMN.
 */
export const codeAlphabet = "ACDEFGHJKMNPQRTUVWXY3479";
export const activationCodeLength = 12;
export const activationCodeValidDays = 14;

/** Upper-cases and drops spaces, dashes and anything outside the alphabet's characters. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-_.]/g, "");
}

export function isWellFormedCode(code: string, length: number): boolean {
  if (code.length !== length) return false;
  for (const ch of code) if (!codeAlphabet.includes(ch)) return false;
  return true;
}

export function parseActivationCode(input: string): string | null {
  const code = normaliseCode(input);
  return isWellFormedCode(code, activationCodeLength) ? code : null;
}

/** Groups a normalised code in fours for reading aloud or copying: ABCD-EFGH-JKMN. */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

/** Turns random bytes (one per character) into a code; the caller supplies the randomness. */
export function codeFromRandomBytes(bytes: Uint8Array, length: number): string {
  if (bytes.length < length) throw new RangeError("not enough random bytes");
  // 256 is not a multiple of the alphabet size: reject bytes that would bias it.
  const limit = 256 - (256 % codeAlphabet.length);
  let code = "";
  for (const byte of bytes) {
    if (byte >= limit) continue;
    code += codeAlphabet[byte % codeAlphabet.length];
    if (code.length === length) return code;
  }
  return code;
}
