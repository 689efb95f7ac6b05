/**
 * Who is signed in, and the organisation's public details. Plain signals: the shell
 * starts both requests at once (two small GETs in parallel), routes read them.
 */

import { problemOf } from "@heard/client";
import { isLanguage } from "@heard/i18n";
import { createSignal } from "solid-js";
import { changeLanguage, language, savedLanguage } from "./i18n";
import { type Organisation, type Person, trpc } from "./trpc";

/** undefined while we do not know yet; null when nobody is signed in. */
const [person, setPerson] = createSignal<Person | null | undefined>(undefined);

export { person };

const organisationStorageKey = "heard.organisation";

function cachedOrganisation(): Organisation | null {
  try {
    const cached = JSON.parse(localStorage.getItem(organisationStorageKey) ?? "null") as Organisation | null;
    return cached && typeof cached.name === "string" ? cached : null;
  } catch {
    return null;
  }
}

/**
 * Kept on the phone too, so the header and the front door number on "Get help now"
 * show at once on the next visit, even with no signal.
 */
const [organisation, setOrganisation] = createSignal<Organisation | null>(cachedOrganisation());

export { organisation };

export async function loadOrganisation(): Promise<void> {
  try {
    const latest = await trpc.admin.organisation.public.query();
    setOrganisation(latest);
    localStorage.setItem(organisationStorageKey, JSON.stringify(latest));
  } catch {
    // Offline or storage refused: keep what we have.
  }
}

let personLoaded: Promise<void> | undefined;

/** Resolves once we know whether someone is signed in (once per page load). */
export function loadPerson(): Promise<void> {
  personLoaded ??= trpc.auth.me.query().then(
    async (me) => {
      setPerson(me);
      if (me) await settleLanguage(me.preferredLanguage);
    },
    () => {
      setPerson(null);
    },
  );
  return personLoaded;
}

/**
 * After sign-in: a language chosen on this phone wins and is saved to the account;
 * with no choice here yet, the account's language (set by the worker) is used.
 */
async function settleLanguage(accountLanguage: string): Promise<void> {
  const chosenHere = savedLanguage();
  if (chosenHere) {
    if (chosenHere !== accountLanguage) void trpc.auth.setLanguage.mutate({ language: chosenHere }).catch(() => {});
  } else if (isLanguage(accountLanguage) && accountLanguage !== language()) {
    await changeLanguage(accountLanguage).catch(() => {});
  }
}

/** After a successful sign-in or activation: fetch who we are now. */
export async function signedIn(): Promise<void> {
  const me = await trpc.auth.me.query();
  personLoaded = Promise.resolve();
  setPerson(me);
  if (me) await settleLanguage(me.preferredLanguage);
}

/** Ends the session here. Already signed out (the session timed out) counts as done. */
export async function signOut(): Promise<void> {
  try {
    await trpc.auth.signOut.mutate();
  } catch (error) {
    if (problemOf(error).messageKey !== "notSignedIn") throw error;
  }
  setPerson(null);
}

/** Language picker: saved on this phone always, and to the account when signed in. */
export async function chooseLanguage(lang: string): Promise<void> {
  if (!isLanguage(lang)) return;
  await changeLanguage(lang);
  if (person()) void trpc.auth.setLanguage.mutate({ language: lang }).catch(() => {});
}
