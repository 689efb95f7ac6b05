import { activationCodes, type Tx } from "@heard/db";
import { activationCodeLength, activationCodeValidDays, codeFromRandomBytes, formatCode } from "@heard/domain";
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";
import { and, eq, isNull } from "drizzle-orm";

/** Codes are stored only as a hash: a leaked table does not activate accounts. */
export function hashActivationCode(normalisedCode: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(normalisedCode)));
}

function newCode(): string {
  for (;;) {
    const bytes = new Uint8Array(activationCodeLength * 2);
    crypto.getRandomValues(bytes);
    const code = codeFromRandomBytes(bytes, activationCodeLength);
    if (code.length === activationCodeLength) return code;
  }
}

/** Issues a one-time code for a family account, in the caller's transaction; earlier unused codes stop working. */
export async function issueActivationCode(
  tx: Tx,
  userId: string,
  issuedBy: string | null,
  now: Date,
): Promise<{ code: string; expiresAt: Date }> {
  const code = newCode();
  const expiresAt = new Date(now.getTime() + activationCodeValidDays * 24 * 60 * 60 * 1000);
  await tx
    .update(activationCodes)
    .set({ revoked: true })
    .where(and(eq(activationCodes.userId, userId), isNull(activationCodes.usedAt)));
  await tx.insert(activationCodes).values({ userId, codeHash: hashActivationCode(code), createdAt: now, expiresAt, createdBy: issuedBy });
  return { code: formatCode(code), expiresAt };
}
