import { sessions } from "@heard/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, httpRequest, makeTeam, makeUser, type TestWorld, testDatabaseKinds, testPassword } from "../testing";

/** A browser's cookie jar, as far as Heard's two session cookies go. */
class Browser {
  cookies = new Map<string, string>();
  constructor(private world: TestWorld) {}

  async call(app: "staff" | "family", path: string, input?: unknown) {
    const mutation = input !== undefined && !path.endsWith(".me");
    const url =
      mutation || input === undefined ? `/api/trpc/${path}` : `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
    const headers: Record<string, string> = { "x-heard-app": app, cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") };
    if (mutation) headers["content-type"] = "application/json";
    const response = await httpRequest(this.world, url, {
      method: mutation ? "POST" : "GET",
      headers,
      body: mutation ? JSON.stringify(input) : null,
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const [name = "", value = ""] = pair.split("=");
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return { status: response.status, body: (await response.json()) as { result?: { data: unknown } } };
  }

  async me(app: "staff" | "family") {
    return (await this.call(app, "auth.me")).body.result?.data as { role: string } | null;
  }
}

describe.each(testDatabaseKinds())("two apps in one browser on %s", (kind) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(kind);
  });
  afterAll(() => world.close());

  it("keeps a staff and a family sign-in side by side, each app reading only its own cookie", async () => {
    const team = await makeTeam(world);
    const worker = await makeUser(world, "worker", { teamIds: [team.id] });
    const family = await makeUser(world, "family", { teamIds: [team.id], username: `side-${kind}` });
    const browser = new Browser(world);
    expect((await browser.call("staff", "auth.staffSignIn", { email: worker.user.email, password: testPassword })).status).toBe(200);
    expect((await browser.call("family", "auth.familySignIn", { username: `side-${kind}`, passphrase: testPassword })).status).toBe(200);
    expect([...browser.cookies.keys()].sort()).toEqual(["heard_family", "heard_staff"]);

    expect(await browser.me("staff")).toMatchObject({ id: worker.user.id, role: "worker" });
    expect(await browser.me("family")).toMatchObject({ id: family.user.id, role: "family" });
    // A staff procedure reads the staff cookie whichever app asks.
    expect((await browser.call("family", "meetings.list")).status).toBe(200);

    // Signing out of one app leaves the other signed in.
    await browser.call("family", "auth.signOut", {});
    expect(await browser.me("family")).toBeNull();
    expect(await browser.me("staff")).toMatchObject({ role: "worker" });
  });

  it("never takes one app's session from the other app's cookie", async () => {
    const worker = await makeUser(world, "worker");
    const browser = new Browser(world);
    browser.cookies.set("heard_family", worker.token);
    expect(await browser.me("family")).toBeNull();
    expect((await browser.call("family", "meetings.list")).status).toBe(401);
  });

  it("ends the session a browser held when it signs in to the same app again", async () => {
    const worker = await makeUser(world, "worker");
    const browser = new Browser(world);
    await browser.call("staff", "auth.staffSignIn", { email: worker.user.email, password: testPassword });
    const first = browser.cookies.get("heard_staff") ?? "";
    await browser.call("staff", "auth.staffSignIn", { email: worker.user.email, password: testPassword });
    const second = browser.cookies.get("heard_staff") ?? "";
    expect(second).not.toBe(first);
    const [firstId] = first.split(".");
    expect(
      await world.db
        .select()
        .from(sessions)
        .where(eq(sessions.id, firstId ?? "")),
    ).toEqual([]);
    expect(await browser.me("staff")).toMatchObject({ role: "worker" });
  });
});
