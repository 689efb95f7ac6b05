import { auditLog, users } from "@heard/db";
import { sessionPolicy } from "@heard/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueActivationCode } from "../auth/activation";
import {
  callerWithToken,
  createTestWorld,
  makeTeam,
  makeUser,
  type TestWorld,
  testDatabaseKinds,
  testPassword,
  tokenFromResponse,
} from "../testing";
import { errorOf } from "../testing/fixtures";

describe.each(testDatabaseKinds())("auth on %s", (kind) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(kind);
  });
  afterAll(() => world.close());

  describe("staff sign-in", () => {
    it("signs in with the right password, sets an HttpOnly cookie, and knows who is signed in", async () => {
      const { user } = await makeUser(world, "worker");
      const anon = await callerWithToken(world, null);
      expect(await anon.auth.me()).toBeNull();
      await anon.auth.staffSignIn({ email: user.email?.toUpperCase() ?? "", password: testPassword });
      const cookie = anon.ctx.resHeaders.get("set-cookie") ?? "";
      expect(cookie).toMatch(/^heard_staff=[a-z0-9]+\.[a-z0-9]+; Path=\/; HttpOnly; SameSite=Lax/);
      const token = tokenFromResponse(anon.ctx);
      const me = await (await callerWithToken(world, token)).auth.me();
      expect(me).toMatchObject({ id: user.id, role: "worker" });
    });

    it("uses a __Host- Secure cookie when served over https", async () => {
      const secureWorld = { ...world, config: { ...world.config, secureCookies: true } };
      const { user } = await makeUser(world, "qa");
      const anon = await callerWithToken(secureWorld, null);
      await anon.auth.staffSignIn({ email: user.email ?? "", password: testPassword });
      expect(anon.ctx.resHeaders.get("set-cookie")).toMatch(/^__Host-heard_staff=.*; Secure$/);
    });

    it("stores only a hash of the session secret", async () => {
      const { token } = await makeUser(world, "worker");
      const [id, secret] = token.split(".");
      const rows = await world.handle.db.query.sessions.findMany();
      const row = rows.find((r) => r.id === id);
      expect(row).toBeDefined();
      expect(Buffer.from(row?.secretHash ?? []).toString("utf8")).not.toContain(secret);
      expect(row?.secretHash.length).toBe(32);
    });

    it("refuses a wrong password or unknown email with the same message, and audits both", async () => {
      const { user } = await makeUser(world, "worker");
      const anon = await callerWithToken(world, null);
      const wrong = await errorOf(anon.auth.staffSignIn({ email: user.email ?? "", password: "not the password" }));
      const unknown = await errorOf(anon.auth.staffSignIn({ email: "nobody@test.local", password: "whatever123" }));
      expect(wrong).toMatchObject({ code: "UNAUTHORIZED", message: "wrongCredentials" });
      expect(unknown).toMatchObject({ code: "UNAUTHORIZED", message: "wrongCredentials" });
      const failures = await world.db.select().from(auditLog).where(eq(auditLog.action, "auth.signIn.failed"));
      expect(failures.map((f) => f.subjectId)).toEqual(expect.arrayContaining([user.email, "nobody@test.local"]));
    });

    it("rejects malformed input as a bad request naming the field", async () => {
      const anon = await callerWithToken(world, null);
      const error = await errorOf(anon.auth.staffSignIn({ email: "not-an-email", password: "" }));
      expect(error.code).toBe("BAD_REQUEST");
    });

    it("refuses a disabled account", async () => {
      const { user } = await makeUser(world, "worker");
      await world.db.update(users).set({ disabledAt: world.now() }).where(eq(users.id, user.id));
      const anon = await callerWithToken(world, null);
      const error = await errorOf(anon.auth.staffSignIn({ email: user.email ?? "", password: testPassword }));
      expect(error.message).toBe("accountDisabled");
    });
  });

  describe("sessions", () => {
    it("gives a new session at every sign-in", async () => {
      const { user } = await makeUser(world, "worker");
      const first = await callerWithToken(world, null);
      await first.auth.staffSignIn({ email: user.email ?? "", password: testPassword });
      const second = await callerWithToken(world, null);
      await second.auth.staffSignIn({ email: user.email ?? "", password: testPassword });
      expect(tokenFromResponse(first.ctx)).not.toEqual(tokenFromResponse(second.ctx));
    });

    it("rejects a token whose secret is wrong", async () => {
      const { token } = await makeUser(world, "worker");
      const [id] = token.split(".");
      const forged = await callerWithToken(world, `${id}.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`);
      expect(await forged.auth.me()).toBeNull();
    });

    it("ends a staff session after 30 minutes idle but keeps an active one alive", async () => {
      const { token } = await makeUser(world, "worker");
      world.clock.advance(sessionPolicy.staff.idleMs - 60_000);
      expect(await (await callerWithToken(world, token)).auth.me()).not.toBeNull();
      world.clock.advance(sessionPolicy.staff.idleMs - 60_000);
      expect(await (await callerWithToken(world, token)).auth.me()).not.toBeNull();
      world.clock.advance(sessionPolicy.staff.idleMs + 1);
      expect(await (await callerWithToken(world, token)).auth.me()).toBeNull();
    });

    it("ends a staff session at its absolute lifetime however active", async () => {
      const { token } = await makeUser(world, "qa");
      const steps = Math.ceil(sessionPolicy.staff.absoluteMs / (20 * 60 * 1000));
      let alive = true;
      for (let i = 0; i < steps && alive; i++) {
        world.clock.advance(20 * 60 * 1000);
        alive = (await (await callerWithToken(world, token)).auth.me()) !== null;
      }
      expect(alive).toBe(false);
    });

    it("keeps a family session for weeks of inactivity", async () => {
      const { token } = await makeUser(world, "family");
      world.clock.advance(7 * 24 * 60 * 60 * 1000);
      expect(await (await callerWithToken(world, token)).auth.me()).toMatchObject({ role: "family" });
    });

    it("ends the session server-side on sign-out", async () => {
      const { token } = await makeUser(world, "worker");
      const caller = await callerWithToken(world, token);
      await caller.auth.signOut();
      expect(caller.ctx.resHeaders.get("set-cookie")).toMatch(/Max-Age=0/);
      expect(await (await callerWithToken(world, token)).auth.me()).toBeNull();
      // Signing out again (another tab) still succeeds and clears the cookie.
      const again = await callerWithToken(world, token);
      expect(await again.auth.signOut()).toEqual({ signedOut: true });
      expect(again.ctx.resHeaders.get("set-cookie")).toMatch(/Max-Age=0/);
    });

    it("ends every session of a user when the password changes, and starts a fresh one", async () => {
      const { user, token } = await makeUser(world, "worker");
      const other = await callerWithToken(world, null);
      await other.auth.staffSignIn({ email: user.email ?? "", password: testPassword });
      const otherToken = tokenFromResponse(other.ctx);
      const caller = await callerWithToken(world, token);
      await caller.auth.changePassword({ currentPassword: testPassword, newPassword: "a brand new passphrase" });
      expect(await (await callerWithToken(world, otherToken)).auth.me()).toBeNull();
      expect(await (await callerWithToken(world, token)).auth.me()).toBeNull();
      const fresh = tokenFromResponse(caller.ctx);
      expect(await (await callerWithToken(world, fresh)).auth.me()).toMatchObject({ id: user.id });
    });

    it("refuses a short or common new password", async () => {
      const { token } = await makeUser(world, "worker");
      const caller = await callerWithToken(world, token);
      expect(await errorOf(caller.auth.changePassword({ currentPassword: testPassword, newPassword: "short" }))).toMatchObject({
        message: "passwordTooShort",
      });
      expect(await errorOf(caller.auth.changePassword({ currentPassword: testPassword, newPassword: "password123" }))).toMatchObject({
        message: "passwordCommon",
      });
      expect(await errorOf(caller.auth.changePassword({ currentPassword: "wrong one!", newPassword: "a fine passphrase" }))).toMatchObject({
        message: "wrongCredentials",
      });
    });
  });

  describe("family activation", () => {
    async function newFamilyAccount() {
      const team = await makeTeam(world);
      const { user: worker } = await makeUser(world, "worker", { teamIds: [team.id] });
      const [family] = await world.db
        .insert(users)
        .values({ role: "family", displayName: "Jo", memberKind: "child", preferredLanguage: "cy" })
        .returning();
      if (!family) throw new Error("no family");
      const issued = await world.db.transaction((tx) => issueActivationCode(tx, family.id, worker.id, world.now()));
      return { family, ...issued };
    }

    it("activates with a code once, signs in, and accepts the code however it is typed", async () => {
      const { family, code } = await newFamilyAccount();
      const anon = await callerWithToken(world, null);
      const typed = ` ${code.toLowerCase().replaceAll("-", " ")} `;
      const result = await anon.auth.familyActivate({ code: typed, username: `jo${family.id.slice(0, 4)}`, passphrase: "blue whale song" });
      expect(result.preferredLanguage).toBe("cy");
      const me = await (await callerWithToken(world, tokenFromResponse(anon.ctx))).auth.me();
      expect(me).toMatchObject({ id: family.id, role: "family" });

      const again = await callerWithToken(world, null);
      const used = await errorOf(again.auth.familyActivate({ code, username: "someoneelse", passphrase: "blue whale song" }));
      expect(used).toMatchObject({ code: "BAD_REQUEST", message: "activationCodeUsed" });

      const signIn = await callerWithToken(world, null);
      await signIn.auth.familySignIn({ username: `JO${family.id.slice(0, 4)}`, passphrase: "blue whale song" });
      expect(tokenFromResponse(signIn.ctx)).not.toBeNull();
    });

    it("refuses an expired code, an unknown code, and a replaced code", async () => {
      const { code } = await newFamilyAccount();
      world.clock.advance(14 * 24 * 60 * 60 * 1000 + 1);
      const anon = await callerWithToken(world, null);
      expect(await errorOf(anon.auth.familyActivate({ code, username: "late1", passphrase: "blue whale song" }))).toMatchObject({
        message: "activationCodeExpired",
      });
      expect(
        await errorOf(anon.auth.familyActivate({ code: "AAAA-AAAA-AAAA", username: "late2", passphrase: "blue whale song" })),
      ).toMatchObject({ message: "activationCodeInvalid" });
      expect(await errorOf(anon.auth.familyActivate({ code: "hello", username: "late3", passphrase: "blue whale song" }))).toMatchObject({
        message: "activationCodeInvalid",
      });

      const { family, code: first } = await newFamilyAccount();
      await world.db.transaction((tx) => issueActivationCode(tx, family.id, null, world.now()));
      expect(await errorOf(anon.auth.familyActivate({ code: first, username: "late4", passphrase: "blue whale song" }))).toMatchObject({
        message: "activationCodeInvalid",
      });
    });

    it("lets only one of two simultaneous activations with the same code succeed", async () => {
      const { code } = await newFamilyAccount();
      const [a, b] = await Promise.all([callerWithToken(world, null), callerWithToken(world, null)]);
      const results = await Promise.allSettled([
        a.auth.familyActivate({ code, username: "racer-a", passphrase: "blue whale song" }),
        b.auth.familyActivate({ code, username: "racer-b", passphrase: "blue whale song" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    });

    it("gives one of two people racing for one sign-in name a clear refusal, not a server error", async () => {
      const [first, second] = [await newFamilyAccount(), await newFamilyAccount()];
      const results = await Promise.allSettled(
        [first, second].map(async ({ code }) =>
          (await callerWithToken(world, null)).auth.familyActivate({ code, username: "same-name", passphrase: "blue whale song" }),
        ),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ code: "CONFLICT", message: "usernameTaken" });
    });

    it("refuses a taken sign-in name and a common passphrase, keeping the code usable", async () => {
      await makeUser(world, "family", { username: "taken-name" });
      const { code } = await newFamilyAccount();
      const anon = await callerWithToken(world, null);
      expect(await errorOf(anon.auth.familyActivate({ code, username: "taken-name", passphrase: "blue whale song" }))).toMatchObject({
        code: "CONFLICT",
        message: "usernameTaken",
      });
      expect(await errorOf(anon.auth.familyActivate({ code, username: "free-name", passphrase: "iloveyou" }))).toMatchObject({
        message: "passwordCommon",
      });
      await anon.auth.familyActivate({ code, username: "free-name", passphrase: "blue whale song" });
    });
  });
});
