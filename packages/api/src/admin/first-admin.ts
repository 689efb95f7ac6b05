import { activationCodes, users } from "@heard/db";
import { fail } from "@heard/domain";
import { and, eq, isNull } from "drizzle-orm";
import { issueActivationCode } from "../auth/service";
import { audit } from "../platform/audit";
import type { Services } from "../platform/context";

/** How long the link to set a first administrator's password works. */
export const firstAdminLinkHours = 24;

export type FirstAdministrator = { userId: string; email: string; link: string; expiresAt: Date };

/**
 * An administrator for a database nobody can sign in to yet (a new production install): the
 * account, and a one-time link to set its password, valid for a day. Refused when an active
 * administrator exists, unless `force` (a locked-out organisation); then the account with this
 * email becomes an administrator and gets a new link. Audited, with no one as the actor.
 */
export async function createAdministrator(
  services: Services,
  input: { email: string; displayName?: string | undefined; force?: boolean },
): Promise<FirstAdministrator> {
  const email = input.email.trim().toLowerCase();
  const now = services.now();
  const meta = { requestId: "heard-admin-create", ip: null, userAgent: "heard admin create" };
  return services.db.transaction(async (tx) => {
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "admin"), isNull(users.disabledAt)))
      .limit(1);
    if (admins.length > 0 && !input.force) return fail("conflict", "conflict");
    const [existing] = await tx.select().from(users).where(eq(users.email, email)).limit(1);
    if (existing?.role === "family") return fail("conflict", "emailTaken");
    if (existing && !input.force) return fail("conflict", "emailTaken");
    const [account] = existing
      ? await tx.update(users).set({ role: "admin", disabledAt: null }).where(eq(users.id, existing.id)).returning()
      : await tx
          .insert(users)
          .values({ role: "admin", email, displayName: input.displayName?.trim() || email.split("@")[0] || email, createdAt: now })
          .returning();
    if (!account) return fail("internal", "server");
    const issued = await issueActivationCode(tx, account.id, null, now);
    const expiresAt = new Date(now.getTime() + firstAdminLinkHours * 60 * 60 * 1000);
    await tx
      .update(activationCodes)
      .set({ expiresAt })
      .where(and(eq(activationCodes.userId, account.id), isNull(activationCodes.usedAt)));
    await audit(
      tx,
      { meta, now: services.now },
      {
        action: "admin.firstAdmin.created",
        actorId: null,
        subject: { type: "user", id: account.id },
        detail: { email, forced: Boolean(input.force), existing: Boolean(existing) },
      },
    );
    // The code after `#` never reaches a server's logs or another site's Referer.
    const link = `${services.config.publicUrl.replace(/\/+$/, "")}/staff/activate#code=${encodeURIComponent(issued.code)}`;
    return { userId: account.id, email, link, expiresAt };
  });
}
