import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { type Database, signingKeys } from "@heard/db";
import { eq } from "drizzle-orm";

const keys = new WeakMap<Database, Map<string, Promise<Buffer>>>();

/**
 * A named secret key, made on first use and kept in the database, so every server process signs
 * with the same one. Cached per process after the first read.
 */
function signingKey(db: Database, name: string): Promise<Buffer> {
  let byName = keys.get(db);
  if (!byName) {
    byName = new Map();
    keys.set(db, byName);
  }
  let key = byName.get(name);
  if (!key) {
    key = (async () => {
      await db
        .insert(signingKeys)
        .values({ name, secret: randomBytes(32) })
        .onConflictDoNothing();
      const [row] = await db.select({ secret: signingKeys.secret }).from(signingKeys).where(eq(signingKeys.name, name));
      if (!row) throw new Error(`signing key ${name} missing`);
      return Buffer.from(row.secret);
    })();
    key.catch(() => byName?.delete(name));
    byName.set(name, key);
  }
  return key;
}

/** `payload.signature`, both base64url: the payload is readable, but nobody without the key can make one. */
export async function sign(db: Database, keyName: string, payload: string): Promise<string> {
  const key = await signingKey(db, keyName);
  const body = Buffer.from(payload, "utf8").toString("base64url");
  return `${body}.${createHmac("sha256", key).update(body).digest("base64url")}`;
}

/** The payload of a token this server signed with the key, or null for anything else. */
export async function verify(db: Database, keyName: string, token: string): Promise<string | null> {
  const [body, signature, ...rest] = token.split(".");
  if (!body || !signature || rest.length > 0) return null;
  const key = await signingKey(db, keyName);
  const expected = createHmac("sha256", key).update(body).digest();
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return Buffer.from(body, "base64url").toString("utf8");
}
