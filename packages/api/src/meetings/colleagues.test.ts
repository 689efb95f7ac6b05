import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, makeTeam, makeUser, type TestWorld, testDatabaseKinds } from "../testing";
import { addTipVersion, errorOf, fieldErrorsOf, seedOrganisation } from "../testing/fixtures";

describe.each(testDatabaseKinds())("meetings.colleagues on %s", (kind) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(kind);
    await seedOrganisation(world);
    await addTipVersion(world, "published");
  });
  afterAll(() => world.close());

  it("lists the staff of the caller's team by name: no families, nobody turned off, no other team", async () => {
    const team = await makeTeam(world);
    const otherTeam = await makeTeam(world);
    const worker = await makeUser(world, "worker", { teamIds: [team.id] });
    const colleague = await makeUser(world, "worker", { teamIds: [team.id, otherTeam.id] });
    const manager = await makeUser(world, "manager", { teamIds: [team.id] });
    const leaver = await makeUser(world, "worker", { teamIds: [team.id] });
    await makeUser(world, "family", { teamIds: [team.id] });
    await makeUser(world, "worker", { teamIds: [otherTeam.id] });
    const admin = await makeUser(world, "admin");
    await (await admin.caller()).admin.staff.setDisabled({ id: leaver.user.id, disabled: true });

    const expected = [worker, colleague, manager]
      .map((person) => ({ id: person.user.id, displayName: person.user.displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
    const listed = await (await worker.caller()).meetings.colleagues({ teamId: team.id });
    expect(listed).toEqual(expected);
    expect(Object.keys(listed[0] ?? {}).sort()).toEqual(["displayName", "id"]);
    expect(await (await manager.caller()).meetings.colleagues({ teamId: team.id })).toEqual(expected);

    // Whoever is listed can be recorded as a worker of a meeting in that team.
    const meeting = await (await worker.caller()).meetings.create({
      type: "coreGroup",
      heldOn: "2026-03-02",
      teamId: team.id,
      workerIds: listed.map((person) => person.id),
    });
    expect(meeting.workers).toHaveLength(3);
  });

  it("refuses a team the caller does not work in, a missing team, and roles that do not record meetings", async () => {
    const team = await makeTeam(world);
    const theirs = await makeTeam(world);
    const worker = await makeUser(world, "worker", { teamIds: [team.id] });
    const manager = await makeUser(world, "manager", { teamIds: [team.id] });
    expect(await errorOf((await worker.caller()).meetings.colleagues({ teamId: theirs.id }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await errorOf((await manager.caller()).meetings.colleagues({ teamId: theirs.id }))).toMatchObject({ code: "FORBIDDEN" });
    const missing = await errorOf((await worker.caller()).meetings.colleagues({ teamId: "nope" }));
    expect(missing.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(missing)).toEqual({ teamId: "teamRequired" });
    for (const role of ["qa", "participation", "admin", "family"] as const) {
      const person = await makeUser(world, role, { teamIds: [team.id] });
      const error = await errorOf((await person.caller()).meetings.colleagues({ teamId: team.id }));
      expect(["FORBIDDEN", "UNAUTHORIZED"], role).toContain(error.code);
    }
  });
});
