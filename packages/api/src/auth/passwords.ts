import type { ErrorKey } from "@heard/domain";
import { passwordRules } from "@heard/domain";
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

// The zxcvbn-ts project's list of ~49,000 passwords seen most often in breaches.
const common = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

/** Argon2id with the library's defaults (19 MiB, 2 passes), as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A real hash so that signing in as an unknown account takes as long as a known one.
let decoyHash: Promise<string> | undefined;
export function verifyDecoy(password: string): Promise<boolean> {
  decoyHash ??= hashPassword("decoy password that nobody has");
  return decoyHash.then((h) => verifyPassword(h, password));
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, minLength: number): ErrorKey | null {
  if (password.length < minLength) return "passwordTooShort";
  if (password.length > passwordRules.max) return "passwordTooLong";
  const folded = password.toLowerCase();
  if (common.has(folded) || common.has(folded.replace(/[0-9!.?]+$/, ""))) return "passwordCommon";
  if (/^(.)\1+$/.test(password)) return "passwordCommon";
  return null;
}
