import { organisation, type Queryable } from "@heard/db";
import { type adminSchemas, defaultKAnonymityThreshold } from "@heard/domain";
import { audit } from "../platform/audit";
import type { RequestContext, SignedInContext } from "../platform/context";
import { iso } from "../platform/json";

/** What a family screen needs before anyone signs in: the name and the front door number. */
export async function publicOrganisation(ctx: Pick<RequestContext, "db">) {
  const [org] = await ctx.db.select({ name: organisation.name, frontDoorPhone: organisation.frontDoorPhone }).from(organisation).limit(1);
  return org ?? null;
}

export async function organisationSettings(ctx: Pick<RequestContext, "db">) {
  const [org] = await ctx.db.select().from(organisation).limit(1);
  return org ? iso(org) : null;
}

export async function updateOrganisation(ctx: SignedInContext, input: adminSchemas.OrganisationSettingsInput) {
  const values = { ...input, updatedAt: ctx.now() };
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(organisation)
      .values({ id: 1, ...values })
      .onConflictDoUpdate({ target: organisation.id, set: values });
    await audit(tx, ctx, { action: "admin.organisation.updated", actorId: ctx.user.id, detail: input });
  });
  return iso(values);
}

/** Defaults for an organisation whose settings have not been saved yet. */
const defaultPolicy = {
  kAnonymityThreshold: defaultKAnonymityThreshold,
  concernAckTargetMinutes: 60,
  feedbackCodeValidDays: 14,
  lettersNamedReviewer: false,
  safeguardingEmail: null,
  name: "",
} as const;

export type OrganisationPolicy = {
  name: string;
  /** Figures counting fewer responses than this are hidden. */
  kAnonymityThreshold: number;
  concernAckTargetMinutes: number;
  feedbackCodeValidDays: number;
  /** A worker may name a colleague to approve their letter (see `letters.approve`). */
  lettersNamedReviewer: boolean;
  /** Where concern alerts go; null before the settings are saved (concerns then show "alert not sent"). */
  safeguardingEmail: string | null;
};

/** The organisation's rules other areas follow (thresholds, clocks, where alerts go). */
export async function organisationPolicy(db: Queryable): Promise<OrganisationPolicy> {
  const [org] = await db
    .select({
      name: organisation.name,
      kAnonymityThreshold: organisation.kAnonymityThreshold,
      concernAckTargetMinutes: organisation.concernAckTargetMinutes,
      feedbackCodeValidDays: organisation.feedbackCodeValidDays,
      lettersNamedReviewer: organisation.lettersNamedReviewer,
      safeguardingEmail: organisation.safeguardingEmail,
    })
    .from(organisation)
    .limit(1);
  return org ?? defaultPolicy;
}
