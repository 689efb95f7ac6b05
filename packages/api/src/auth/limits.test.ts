import { auditLog } from "@heard/db";
import { type AppError, rateLimitRules } from "@heard/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bufferedLimiterFor } from "../platform/rate-limits";
import { callerWithToken, createTestWorld, httpRequest, makeUser, type TestWorld, testDatabaseKinds, testPassword } from "../testing";
import { addTipVersion, errorOf, recordedMeeting, seedOrganisation, submission } from "../testing/fixtures";

let addresses = 0;
/** An address of its own for each test, so one test's tries never count against another's. */
const newAddress = () => `198.51.100.${++addresses}`;

describe.each(testDatabaseKinds())("limits on %s", (kind) => {
  let world: TestWorld;
  beforeAll(async () => {
    // The real limits, not the test suites' generous ones.
    world = await createTestWorld(kind, { HEARD_RATE_LIMIT_FACTOR: "1" });
  });
  afterAll(() => world.close());

  it("locks an account after 10 tries, even with the right password, then lets it in after the window", async () => {
    const { user } = await makeUser(world, "manager");
    const anon = await callerWithToken(world, null, { ip: newAddress() });
    for (let i = 0; i < rateLimitRules.signInPerAccount.limit; i++) {
      await errorOf(anon.auth.staffSignIn({ email: user.email ?? "", password: `wrong-${i}-password` }));
    }
    const locked = await errorOf(anon.auth.staffSignIn({ email: user.email ?? "", password: testPassword }));
    expect(locked).toMatchObject({ code: "TOO_MANY_REQUESTS", message: "lockedOut" });
    const retryAt = new Date(String((locked.cause as AppError).detail?.retryAt));
    expect(retryAt.getTime()).toBeGreaterThan(world.now().getTime());
    expect(retryAt.getTime()).toBeLessThanOrEqual(world.now().getTime() + rateLimitRules.signInPerAccount.windowMs);
    world.clock.current = retryAt;
    await anon.auth.staffSignIn({ email: user.email ?? "", password: testPassword });
  });

  it("gives 30 guesses sent at once no more than the limit's worth of password checks", async () => {
    const { user } = await makeUser(world, "qa");
    const guesses = Array.from({ length: 30 }, async (_, i) =>
      (await callerWithToken(world, null, { ip: newAddress() })).auth.staffSignIn({
        email: user.email ?? "",
        password: i === 29 ? testPassword : `guess-${i}-x`,
      }),
    );
    const results = await Promise.allSettled(guesses);
    const checked = await world.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "auth.signIn.failed"), eq(auditLog.subjectId, user.email ?? "")));
    expect(checked.length).toBeLessThanOrEqual(rateLimitRules.signInPerAccount.limit);
    const refused = results.filter((r) => r.status === "rejected" && (r.reason as { message?: string }).message === "lockedOut");
    expect(refused.length).toBeGreaterThanOrEqual(30 - rateLimitRules.signInPerAccount.limit);
  });

  it("refuses a batch of more calls than the apps ever send", async () => {
    const calls = Array.from({ length: 41 }, () => "auth.staffSignIn").join(",");
    const input = Object.fromEntries(Array.from({ length: 41 }, (_, i) => [i, { email: "a@b.c", password: "guess" }]));
    const response = await httpRequest(world, `/api/trpc/${calls}?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    });
    expect(response.status).toBe(400);
  });

  it("limits guessing spread over many accounts from one address", async () => {
    const address = newAddress();
    for (let i = 0; i < rateLimitRules.signInPerAddress.limit; i++) {
      await errorOf(
        (await callerWithToken(world, null, { ip: address })).auth.familySignIn({ username: `nobody-${i}`, passphrase: "guess guess" }),
      );
    }
    const refused = await errorOf(
      (await callerWithToken(world, null, { ip: address })).auth.familySignIn({ username: "nobody-else", passphrase: "x" }),
    );
    expect(refused).toMatchObject({ code: "TOO_MANY_REQUESTS", message: "rateLimited" });
    // Another address is not held up.
    expect(
      await errorOf((await callerWithToken(world, null, { ip: newAddress() })).auth.familySignIn({ username: "nobody", passphrase: "x" })),
    ).toMatchObject({
      message: "wrongCredentials",
    });
  });

  it("limits made-up activation codes from one address", async () => {
    const address = newAddress();
    for (let i = 0; i < rateLimitRules.activationPerAddress.limit; i++) {
      await errorOf(
        (await callerWithToken(world, null, { ip: address })).auth.familyActivate({
          code: "AAAA-AAAA-AAAA",
          username: `made-up-${i}`,
          passphrase: "blue whale song",
        }),
      );
    }
    const refused = await errorOf(
      (await callerWithToken(world, null, { ip: address })).auth.familyActivate({
        code: "AAAA-AAAA-AAAA",
        username: "x-x-x",
        passphrase: "blue whale song",
      }),
    );
    expect(refused).toMatchObject({ code: "TOO_MANY_REQUESTS", message: "rateLimited" });
  });

  it("limits tries of the current password when changing it", async () => {
    const staff = await makeUser(world, "worker");
    const caller = await callerWithToken(world, staff.token, { ip: newAddress() });
    for (let i = 0; i < rateLimitRules.passwordChangePerAccount.limit; i++) {
      expect(
        await errorOf(caller.auth.changePassword({ currentPassword: `wrong-${i}`, newPassword: "a-new-long-password" })),
      ).toMatchObject({ message: "wrongCredentials" });
    }
    expect(await errorOf(caller.auth.changePassword({ currentPassword: testPassword, newPassword: "a-new-long-password" }))).toMatchObject({
      message: "rateLimited",
    });
  });

  it("limits feedback per code with 429, and takes it again in the next window", async () => {
    await seedOrganisation(world);
    const { tipIds } = await addTipVersion(world, "published");
    const { meeting } = await recordedMeeting(world);
    const limit = rateLimitRules.feedbackPerCode.limit;
    const phones = await Promise.all(Array.from({ length: 4 }, () => callerWithToken(world, null, { ip: newAddress() })));
    for (let i = 0; i < limit; i++) await phones[i % phones.length]?.feedback.submit(submission(meeting.code, tipIds));
    const tooMany = submission(meeting.code, tipIds);
    const refused = await errorOf(phones[0]?.feedback.submit(tooMany) ?? Promise.resolve());
    expect(refused).toMatchObject({ code: "TOO_MANY_REQUESTS", message: "rateLimited" });
    await bufferedLimiterFor(world).flush();
    // The same answers, sent again by the phone's outbox in the next window, are stored once.
    world.clock.advance(rateLimitRules.feedbackPerCode.windowMs);
    expect(await phones[0]?.feedback.submit(tooMany)).toMatchObject({ duplicate: false });
    expect(await phones[0]?.feedback.submit(tooMany)).toMatchObject({ duplicate: true });
  });
});
