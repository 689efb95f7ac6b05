/**
 * Masks what would identify or reach a person in free text shown to QA staff: email
 * addresses, phone numbers and full UK postcodes become "[email]", "[phone]", "[postcode]".
 *
 * It errs on the side of masking: a long run of digits that is not a phone number (twelve
 * digits of years, say) is masked too. Short numbers stay ("999", "0800 1111", ages, dates),
 * as do partial postcodes ("M14"), which name an area rather than a home.
 */

export const piiMasks = { email: "[email]", phone: "[phone]", postcode: "[postcode]" } as const;

// Email: the usual form, and "name (at) example (dot) com" / "name [at] example.com" dodges.
const at = String.raw`(?:\s*@\s*|\s*[([{]\s*at\s*[)\]}]\s*)`;
const dot = String.raw`(?:\.|\s*[([{]\s*dot\s*[)\]}]\s*)`;
const emailPattern = new RegExp(String.raw`[\p{L}\p{N}._%+'-]+${at}[\p{L}\p{N}-]+(?:${dot}[\p{L}\p{N}-]+)*${dot}\p{L}{2,}`, "giu");

// Full UK postcodes: outward code (A9, A99, A9A, AA9, AA99, AA9A) then inward code (9AA),
// with or without the space, any case. Also the odd one out, GIR 0AA.
const postcodePattern = /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)[ \t]*\d[A-Z]{2}(?![\p{L}\p{N}])/giu;

// A phone-number-shaped run: an optional + or 00 lead, then digits in groups separated by
// single spaces, dashes or dots, with brackets allowed around a group ("(020)", "+44 (0)").
const phoneCandidate = /(?<![\p{L}\p{N}+])(?:\+[ \t]?)?\(?\d(?:[ \t.\-–]?\(?[ \t]?\d\)?)+/gu;

/**
 * Ten digits or more make a phone number (UK numbers are 10 or 11 with the 0; +44 adds two).
 * Longer runs are masked too: they may be a bank card or account number.
 */
function isPhoneNumber(candidate: string): boolean {
  return candidate.replace(/\D/g, "").length >= 10;
}

const count = (text: string, char: string) => text.split(char).length - 1;

/** A phone number in brackets keeps its brackets: "(07700 900123)" → "([phone])". */
function maskPhone(candidate: string): string {
  if (!isPhoneNumber(candidate)) return candidate;
  if (candidate.startsWith("(") && candidate.indexOf(")") === candidate.length - 1) return `(${piiMasks.phone})`;
  const before = candidate.startsWith("(") && count(candidate, "(") > count(candidate, ")") ? "(" : "";
  const after = candidate.endsWith(")") && count(candidate, ")") > count(candidate, "(") ? ")" : "";
  return `${before}${piiMasks.phone}${after}`;
}

/** Masks each email address, then each full UK postcode, then each phone number. */
export function maskPii(text: string): string {
  return text.replace(emailPattern, piiMasks.email).replace(postcodePattern, piiMasks.postcode).replace(phoneCandidate, maskPhone);
}
