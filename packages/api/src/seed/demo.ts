import { type Database, organisation } from "@heard/db";
import { hashPassword } from "../auth/service";
import { demoSignIns, seedAccounts } from "./accounts";
import { planDemoYear } from "./feedback-year";
import { writeDemoLetters } from "./letters";
import { writeDemoStatements } from "./statements";
import { writeDemoYear } from "./write-year";

export { demoSignIns } from "./accounts";

export type DemoSeedOptions = {
  /** The seed's clock: the year of feedback ends here. Default: the real clock, now. */
  now?: Date;
  /** Where the concern alerts (already sent) say the staff app is. */
  publicUrl?: string;
};

/**
 * Seeds the demo when the database has no organisation; returns whether it did. The demo
 * organisation, its teams, staff and published Top 10 Tips, and a year of generated feedback up
 * to now (meetings, answers, comments, concerns and review items), and letters to the family
 * sign-in (one sent, one waiting for approval) and its messages with its worker (a meeting
 * tomorrow to get ready for, one answered message), so every page of the tour has
 * something to show. One transaction: all of it or none.
 */
export async function seedDemo(db: Database, options: DemoSeedOptions = {}): Promise<boolean> {
  const existing = await db.select({ id: organisation.id }).from(organisation).limit(1);
  if (existing.length > 0) return false;
  const now = options.now ?? new Date();
  const year = planDemoYear(now);
  const [staff, family] = await Promise.all([hashPassword(demoSignIns.staffPassword), hashPassword(demoSignIns.family.passphrase)]);
  await db.transaction(async (tx) => {
    const accounts = await seedAccounts(tx, { staff, family }, { setUpAt: year.setUpAt, lateTeamAt: year.lateTeamAt });
    await writeDemoYear(tx, accounts, year, { publicUrl: options.publicUrl ?? "http://localhost:3000" });
    await writeDemoLetters(tx, accounts, now);
    await writeDemoStatements(tx, accounts, now);
  });
  return true;
}
