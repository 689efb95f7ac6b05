import type { TranslationKey } from "@heard/i18n";

/**
 * Things a family member can do, as cards on the home screen. Only features whose screens
 * exist in this build belong here: the home screen never links to a page that is not there.
 */
export interface Feature {
  href: string;
  title: TranslationKey;
  description: TranslationKey;
}

export const features: readonly Feature[] = [
  { href: "/f", title: "home:features.feedback.title", description: "home:features.feedback.description" },
  { href: "/letters", title: "myLetters:card.title", description: "myLetters:card.description" },
];
