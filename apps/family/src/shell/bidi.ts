import { dirOf } from "@heard/i18n";
import { language } from "../i18n";

const spacedNumber = /\+?\d+(?:[ -]\d+)+/g;

/**
 * Phone numbers written with spaces, made safe to show: the groups never wrap onto two lines
 * (no-break spaces), and in right-to-left text, where the groups would swap places
 * ("0800 1111" shown as "1111 0800"), each number sits in a left-to-right isolate
 * (U+2066 … U+2069), so it reads in the order people dial it.
 */
export function withNumbersInOrder(text: string): string {
  const rtl = dirOf(language()) === "rtl";
  return text.replace(spacedNumber, (number) => {
    const unbroken = number.replaceAll(" ", "\u00a0");
    return rtl ? `\u2066${unbroken}\u2069` : unbroken;
  });
}

/** A `tel:` address from a number as people write it: "0300 123 4567" → "tel:03001234567". */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, "")}`;
}
