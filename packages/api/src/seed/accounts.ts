import { organisation, type Tx, teams, tips, tipVersions, users, userTeams } from "@heard/db";
import { defaultTips, type StaffRole } from "@heard/domain";

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

/**
 * The demo's teams: the two the sign-ins belong to, and a children-in-care team that joined
 * later, named to sort after them: lists of teams go by name, and the first is still the
 * worker's (the end-to-end tests record a meeting in it).
 */
export const demoTeams = {
  north: "North Family Support",
  south: "South Safeguarding",
  west: "West Children in Care",
} as const;
export type DemoTeam = keyof typeof demoTeams;

/** The demo organisation's settings (the alert goes to its safeguarding inbox). */
export const demoOrganisation = {
  name: "Demo Borough Council",
  frontDoorPhone: "0300 123 4567",
  safeguardingEmail: "safeguarding@demo.heard.local",
  kAnonymityThreshold: 5,
  concernAckTargetMinutes: 60,
  feedbackCodeValidDays: 14,
} as const;

/**
 * Colleagues who appear in the demo's meetings and concerns. They have no password, so nobody
 * signs in as them; they are not among the printed sign-ins.
 */
const demoColleagues: readonly { role: "worker" | "manager"; email: string; displayName: string; team: DemoTeam }[] = [
  { role: "worker", email: "nia.roberts@demo.heard.local", displayName: "Nia Roberts", team: "north" },
  { role: "worker", email: "sunil.shah@demo.heard.local", displayName: "Sunil Shah", team: "south" },
  { role: "worker", email: "hana.haddad@demo.heard.local", displayName: "Hana Haddad", team: "south" },
  { role: "manager", email: "grace.okafor@demo.heard.local", displayName: "Grace Okafor", team: "south" },
  { role: "worker", email: "ellis.evans@demo.heard.local", displayName: "Ellis Evans", team: "west" },
  { role: "manager", email: "morgan.lee@demo.heard.local", displayName: "Morgan Lee", team: "west" },
];

/** Who records and attends each team's meetings, by email; the first worker is the team's busiest. */
export const demoRosters: Record<DemoTeam, { workers: readonly string[]; managers: readonly string[] }> = {
  north: { workers: ["worker@demo.heard.local", "nia.roberts@demo.heard.local"], managers: ["manager@demo.heard.local"] },
  south: { workers: ["sunil.shah@demo.heard.local", "hana.haddad@demo.heard.local"], managers: ["grace.okafor@demo.heard.local"] },
  west: { workers: ["ellis.evans@demo.heard.local"], managers: ["morgan.lee@demo.heard.local"] },
};

export const demoQaEmail = "qa@demo.heard.local";

export type DemoAccounts = {
  teamIds: Record<DemoTeam, string>;
  /** Staff ids by email. */
  staffIds: ReadonlyMap<string, string>;
  tipVersionId: string;
  /** The published tips' ids, in position order. */
  tipIds: readonly string[];
  /** The family sign-in's account (`sam`). */
  familyId: string;
};

export type AccountDates = {
  /** When the staff accounts, the first teams and the tips were made: before the first meeting. */
  setUpAt: Date;
  /** When the team that joined later was made. */
  lateTeamAt: Date;
};

/**
 * The demo organisation, its teams, staff (sign-ins and colleagues), the family member and the
 * published Top 10 Tips: a handful of statements, in the caller's transaction.
 */
export async function seedAccounts(tx: Tx, hashes: { staff: string; family: string }, dates: AccountDates): Promise<DemoAccounts> {
  await tx.insert(organisation).values({ id: 1, ...demoOrganisation });
  const teamRows = await tx
    .insert(teams)
    .values(
      (Object.entries(demoTeams) as [DemoTeam, string][]).map(([key, name]) => ({
        name,
        createdAt: key === "west" ? dates.lateTeamAt : dates.setUpAt,
      })),
    )
    .returning({ id: teams.id, name: teams.name });
  const idOfTeam = (name: string) => {
    const id = teamRows.find((team) => team.name === name)?.id;
    if (!id) throw new Error(`no demo team ${name}`);
    return id;
  };
  const teamIds = { north: idOfTeam(demoTeams.north), south: idOfTeam(demoTeams.south), west: idOfTeam(demoTeams.west) };

  const staff = [
    ...demoSignIns.staff.map((person) => ({ ...person, passwordHash: hashes.staff as string | null })),
    ...demoColleagues.map((person) => ({ ...person, teams: [demoTeams[person.team]], passwordHash: null })),
  ];
  const staffRows = await tx
    .insert(users)
    .values(
      staff.map((person) => ({
        role: person.role,
        email: person.email,
        displayName: person.displayName,
        passwordHash: person.passwordHash,
        createdAt: dates.setUpAt,
      })),
    )
    .returning({ id: users.id, email: users.email });
  const staffIds = new Map(staffRows.map((row) => [row.email ?? "", row.id]));
  const [family] = await tx
    .insert(users)
    .values({
      role: "family",
      username: demoSignIns.family.username,
      displayName: demoSignIns.family.displayName,
      memberKind: "child",
      preferredLanguage: "en",
      passwordHash: hashes.family,
    })
    .returning({ id: users.id });
  if (!family) throw new Error("no demo family member");
  await tx
    .insert(userTeams)
    .values([
      ...staff.flatMap((person) => person.teams.map((team) => ({ userId: staffIds.get(person.email) ?? "", teamId: idOfTeam(team) }))),
      { userId: family.id, teamId: idOfTeam(demoSignIns.family.team) },
    ]);

  const [version] = await tx
    .insert(tipVersions)
    .values({
      number: 1,
      status: "published",
      createdAt: dates.setUpAt,
      createdBy: staffIds.get("participation@demo.heard.local") ?? null,
      publishedAt: dates.setUpAt,
    })
    .returning({ id: tipVersions.id });
  if (!version) throw new Error("no demo tips version");
  const tipRows = await tx
    .insert(tips)
    .values(
      defaultTips.map((tip, index) => ({
        versionId: version.id,
        position: index + 1,
        title: tip.title,
        wording: tip.wording,
        icon: tip.icon ?? null,
        translations: tip.translations ?? {},
      })),
    )
    .returning({ id: tips.id, position: tips.position });
  const tipIds = tipRows.sort((a, b) => a.position - b.position).map((tip) => tip.id);
  return { teamIds, staffIds, tipVersionId: version.id, tipIds, familyId: family.id };
}
