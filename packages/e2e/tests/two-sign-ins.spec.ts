import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openFromMenu, signInAs, watchForPageErrors } from "./support/ui";

/**
 * A member of staff and a family member signed in side by side in one browser (a shared family
 * laptop, or a worker showing a parent the app): each app has its own session cookie, so each
 * keeps working, and signing out of one leaves the other signed in. The staff app at a desk's
 * 1280 × 800, the family app on the 360 px phone view, both tabs of one browser context.
 */

test.describe.configure({ timeout: 90_000 });

async function familySignIn(page: Page, username: string, passphrase: string, displayName: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Your sign-in name").fill(username);
  await page.getByLabel("Your passphrase").fill(passphrase);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${displayName}!`);
}

/** The family app, loaded afresh, still knows who is signed in. */
async function expectFamilySignedIn(page: Page, displayName: string, username: string) {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${displayName}!`);
  await expect(page.getByText(`Signed in as ${username}`)).toBeVisible();
}

/** The staff app, loaded afresh, still signed in: the concerns queue loads its concerns. */
async function expectStaffWorking(page: Page) {
  await page.goto("/staff/concerns");
  await expect(page.getByRole("heading", { level: 1, name: "Concerns" })).toBeVisible();
  await expect(page.locator(".concern-card").first()).toBeVisible();
}

test("staff and family signed in in one browser each keep working, and signing out of one keeps the other", async ({
  context,
  page,
  demo,
}) => {
  const family = page;
  const staff = await context.newPage();
  await staff.setViewportSize({ width: 1280, height: 800 });
  const familyErrors = watchForPageErrors(family);
  const staffErrors = watchForPageErrors(staff);
  const { username, passphrase, displayName } = demo.family;

  const qa = await signInAs(staff, demo, "qa");
  await familySignIn(family, username, passphrase, displayName);

  // Two sessions, one cookie per app, side by side.
  const cookies = (await context.cookies()).map((cookie) => cookie.name);
  expect(cookies).toEqual(expect.arrayContaining(["heard_staff", "heard_family"]));

  // Each app still works after the other signed in.
  await openFromMenu(staff, "Concerns");
  await expect(staff.locator(".concern-card").first()).toBeVisible();
  await expect(staff.getByText(`Signed in as ${qa.displayName}`)).toBeVisible();
  await expectFamilySignedIn(family, displayName, username);

  // Signing out of the staff app leaves the family signed in.
  await staff.getByRole("button", { name: "Sign out" }).click();
  await expect(staff).toHaveURL(/\/staff\/sign-in/);
  await expectFamilySignedIn(family, displayName, username);
  await staff.goto("/staff/concerns");
  await expect(staff).toHaveURL(/\/staff\/sign-in\?next=%2Fconcerns/);

  // And the other way round: staff signed in again, the family signs out.
  await signInAs(staff, demo, "qa");
  await family.getByRole("button", { name: "Sign out" }).click();
  await expect(family.getByRole("heading", { level: 1 })).toHaveText("Welcome");
  await expect(family.getByText("You have signed out.")).toBeVisible();
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("heard_family");
  await expectStaffWorking(staff);
  await family.reload();
  await expect(family.getByRole("heading", { level: 1 })).toHaveText("Welcome");
  expect(familyErrors, "uncaught errors in the family app").toEqual([]);
  expect(staffErrors, "uncaught errors in the staff app").toEqual([]);
});
