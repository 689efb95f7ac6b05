import { codeAlphabet, codeFromRandomBytes, formatCode, isWellFormedCode, normaliseCode } from "../auth/activation-code";

/**
 * The code a family types (or scans) to give feedback on one meeting: 8 characters
 * from the activation codes' alphabet without look-alikes, shown in two fours: ABCD-EFGH.
 * Stored normalised (upper case, no dash).
 */
export const feedbackCodeLength = 8;

/** How many characters of the alphabet a code may use (for tests and docs). */
export const feedbackCodeAlphabet = codeAlphabet;

/** The normalised code, ignoring case, spaces and the dash; null when it cannot be one of ours. */
export function parseFeedbackCode(input: string): string | null {
  const code = normaliseCode(input);
  return isWellFormedCode(code, feedbackCodeLength) ? code : null;
}

/** ABCD-EFGH, for showing, reading aloud and links. */
export function formatFeedbackCode(code: string): string {
  return formatCode(normaliseCode(code));
}

/**
 * A feedback code from random bytes (the caller supplies the randomness; 16 or more bytes
 * make a short result vanishingly unlikely). Null when the bytes ran out before 8 characters.
 */
export function feedbackCodeFromRandomBytes(bytes: Uint8Array): string | null {
  const code = codeFromRandomBytes(bytes, feedbackCodeLength);
  return code.length === feedbackCodeLength ? code : null;
}
