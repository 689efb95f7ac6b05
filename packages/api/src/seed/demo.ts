import { type Database, organisation, teams, tips, tipVersions, users, userTeams } from "@heard/db";
import { defaultTips, type StaffRole } from "@heard/domain";
import { hashPassword } from "../auth/service";

/** The demo sign-ins the start command prints. Demo data only: never seeded in production. */
export const demoSignIns = {
  staffPassword: "demo-heard-2026",
  staff: [
    { role: "worker", email: "worker@demo.heard.local", displayName: "Wendy Worker", teams: ["North Family Support"] },
    { role: "manager", email: "manager@demo.heard.local", displayName: "Mo Manager", teams: ["North Family Support"] },
    { role: "participation", email: "participation@demo.heard.local", displayName: "Pat Participation", teams: [] },
    { role: "qa", email: "qa@demo.heard.local", displayName: "Quinn Quality", teams: [] },
    { role: "admin", email: "admin@demo.heard.local", displayName: "Ada Admin", teams: [] },
  ] satisfies { role: StaffRole; email: string; displayName: string; teams: string[] }[],
  family: { username: "sam", passphrase: "sunny-otter-kite", displayName: "Sam", team: "North Family Support" },
} as const;

const demoTeams = ["North Family Support", "South Safeguarding"];

/** Seeds the demo organisation when the database has none; returns whether it did. */
export async function seedDemo(db: Database): Promise<boolean> {
  const existing = await db.select({ id: organisation.id }).from(organisation).limit(1);
  if (existing.length > 0) return false;
  const staffHash = await hashPassword(demoSignIns.staffPassword);
  const familyHash = await hashPassword(demoSignIns.family.passphrase);
  await db.transaction(async (tx) => {
    await tx.insert(organisation).values({
      id: 1,
      name: "Demo Borough Council",
      frontDoorPhone: "0300 123 4567",
      safeguardingEmail: "safeguarding@demo.heard.local",
      kAnonymityThreshold: 5,
    });
    const teamRows = await tx
      .insert(teams)
      .values(demoTeams.map((name) => ({ name })))
      .returning();
    const teamId = (name: string) => teamRows.find((t) => t.name === name)?.id as string;
    for (const person of demoSignIns.staff) {
      const [user] = await tx
        .insert(users)
        .values({ role: person.role, email: person.email, displayName: person.displayName, passwordHash: staffHash })
        .returning();
      if (user && person.teams.length > 0) {
        await tx.insert(userTeams).values(person.teams.map((name) => ({ userId: user.id, teamId: teamId(name) })));
      }
    }
    const [family] = await tx
      .insert(users)
      .values({
        role: "family",
        username: demoSignIns.family.username,
        displayName: demoSignIns.family.displayName,
        memberKind: "child",
        preferredLanguage: "en",
        passwordHash: familyHash,
      })
      .returning();
    if (family) await tx.insert(userTeams).values({ userId: family.id, teamId: teamId(demoSignIns.family.team) });
    const [version] = await tx.insert(tipVersions).values({ number: 1, status: "published", publishedAt: new Date() }).returning();
    if (version) {
      await tx.insert(tips).values(
        defaultTips.map((tip, index) => ({
          versionId: version.id,
          position: index + 1,
          title: tip.title,
          wording: tip.wording,
          icon: tip.icon ?? null,
          translations: tip.translations ?? {},
        })),
      );
    }
  });
  return true;
}
