import { organisation, users } from "@heard/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, makeTeam, makeUser, type TestWorld, testDatabaseKinds } from "../testing";
import { addTipVersion, errorOf, seedOrganisation } from "../testing/fixtures";
import { letterWorld } from "../testing/letter-fixtures";

describe.each(testDatabaseKinds())("the colleagues a writer may name to review a letter on %s", (kind) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(kind);
    await seedOrganisation(world);
    await addTipVersion(world, "published");
  });
  afterAll(() => world.close());

  it("are the other active workers of the letter's team, and nobody while the organisation does not allow it", async () => {
    const setup = await letterWorld(world);
    const colleague = await makeUser(world, "worker", { teamIds: [setup.team.id] });
    const away = await makeUser(world, "worker", { teamIds: [setup.team.id] });
    await world.db.update(users).set({ disabledAt: world.now() }).where(eq(users.id, away.user.id));
    const otherTeam = await makeTeam(world);
    await makeUser(world, "worker", { teamIds: [otherTeam.id] });
    const [letter] = await setup.writer.letters.create({
      kind: "free",
      language: "en",
      meetingId: setup.meeting.id,
      addresseeIds: [setup.child.user.id],
    });
    if (!letter) throw new Error("no letter");

    expect(await setup.writer.letters.reviewers({ id: letter.id })).toEqual([]);
    await world.db.update(organisation).set({ lettersNamedReviewer: true });
    try {
      // Not the writer, not the manager (who approves anyway), not a disabled account, not another team.
      expect(await setup.writer.letters.reviewers({ id: letter.id })).toEqual([
        { id: colleague.user.id, displayName: colleague.user.displayName },
      ]);
      const stranger = await (await makeUser(world, "worker", { teamIds: [otherTeam.id] })).caller();
      expect(await errorOf(stranger.letters.reviewers({ id: letter.id }))).toMatchObject({ code: "NOT_FOUND" });
    } finally {
      await world.db.update(organisation).set({ lettersNamedReviewer: false });
    }
  });
});
