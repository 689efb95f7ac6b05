import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demoStaff } from "./support/api";
import { expectFitsAndAccessible, fillSignIn, openFromMenu, signInAs, watchForPageErrors } from "./support/ui";

/**
 * The staff app at /staff/ on a 360 px phone (viewport from playwright.config.ts):
 * signing in and out, family accounts and codes, the admin pages, errors, languages.
 * Every page visited is checked with axe.
 */

// Each test walks through several pages with an axe run on each: on two shared cores that
// can take longer than the default 30 s.
test.describe.configure({ timeout: 60_000 });

const codePattern = /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/;

function message(lang: "en" | "cy" | "ar", ns: string, key: string): string {
  const messages = JSON.parse(readFileSync(new URL(`../../i18n/locales/${lang}/${ns}.json`, import.meta.url), "utf8"));
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
  if (typeof value !== "string") throw new Error(`no message ${lang}/${ns}:${key}`);
  return value;
}

/** A suffix that keeps names unique if the spec runs twice against one database. */
const run = Date.now().toString(36).slice(-5);

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in/);
  await expect(page.getByText(message("en", "auth", "signedOut"))).toBeVisible();
}

test("a worker is sent to sign in, comes back, creates a family account and reads its code", async ({ page, demo, expectAccessible }) => {
  const pageErrors = watchForPageErrors(page);
  const worker = demoStaff(demo, "worker");

  // Signed out: sent to sign in, remembering where they were going.
  await page.goto("/staff/families");
  await expect(page).toHaveURL(/\/staff\/sign-in\?next=%2Ffamilies/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Heard" })).toBeVisible();
  // By keyboard: the skip link comes first and jumps past the header.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await expectFitsAndAccessible(page, expectAccessible);

  await fillSignIn(page, worker.email, demo.staffPassword);
  await expect(page).toHaveURL(/\/staff\/families$/);
  await expect(page.getByRole("heading", { level: 1, name: "Family accounts" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${worker.displayName}`)).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);

  // A worker's menu offers no admin pages, and the admin pages refuse them.
  const nav = page.getByRole("navigation", { name: "Main menu" });
  await expect(nav.getByRole("link", { name: "Teams", exact: true })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Audit log", exact: true })).toHaveCount(0);

  // An empty form: errors beside the fields and a summary that takes focus.
  const submit = page.getByRole("button", { name: "Create family account" });
  await submit.click();
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: /^Display name: / })).toBeVisible();
  await expect(page.getByLabel("Team", { exact: true })).not.toHaveValue(""); // the worker's only team, preselected
  await expectFitsAndAccessible(page, expectAccessible);

  const familyName = `Alex ${run}`;
  await page.getByLabel("Display name", { exact: true }).fill(familyName);
  await page.getByRole("radio", { name: "Child or young person" }).check();
  await submit.click();

  const created = page.getByRole("heading", { name: `Account created for ${familyName}` });
  await expect(created).toBeVisible();
  await expect(created).toBeFocused();
  const code = (await page.locator(".copy-code__value").first().textContent())?.trim() ?? "";
  expect(code).toMatch(codePattern);
  await expect(page.getByRole("button", { name: "Copy code" })).toBeVisible();
  await expect(page.getByText(/This code works until /)).toBeVisible();
  await expect(page.getByText(new URL("/activate", page.url()).href)).toBeVisible();
  // Nothing typed is kept after success: the form is ready for the next family.
  await expect(page.getByLabel("Display name", { exact: true })).toHaveValue("");
  await expectFitsAndAccessible(page, expectAccessible);

  // The new account is listed, waiting for its code.
  const row = page.getByRole("row").filter({ hasText: familyName });
  await expect(row).toContainText("Waiting to be set up");
  await expect(row).toContainText("North Family Support");

  // A new code: explained first, then shown; the old one stops working.
  await row.getByRole("button", { name: `Issue a new code ${familyName}` }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("will stop working at once");
  await expectFitsAndAccessible(page, expectAccessible);
  await dialog.getByRole("button", { name: "Issue a new code" }).click();
  await expect(dialog.getByRole("heading", { name: `New code for ${familyName}`, exact: true })).toBeVisible();
  const newCode = (await dialog.locator(".copy-code__value").textContent())?.trim() ?? "";
  expect(newCode).toMatch(codePattern);
  expect(newCode).not.toBe(code);
  await expectFitsAndAccessible(page, expectAccessible);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toHaveCount(0);

  // Typed addresses of admin pages are refused politely.
  await page.goto("/staff/admin/teams");
  await expect(page.getByRole("heading", { level: 1, name: "You cannot use this page" })).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);

  await signOut(page);
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});

test("an administrator adds and renames a team, adds a staff user, changes and turns off their account", async ({
  page,
  demo,
  expectAccessible,
}) => {
  const pageErrors = watchForPageErrors(page);
  await signInAs(page, demo, "admin");
  await expectFitsAndAccessible(page, expectAccessible);

  // Teams
  const teamName = `E2E Team ${run}`;
  await openFromMenu(page, "Teams", { expectExpanded: true });
  await page.getByLabel("Team name", { exact: true }).fill(teamName);
  await page.getByRole("button", { name: "Add team" }).click();
  await expect(page.getByText("Team added.")).toBeVisible();
  const teamRow = page.getByRole("row").filter({ hasText: teamName });
  await expect(teamRow).toBeVisible();
  await expect(teamRow.getByRole("cell").first()).toHaveText("0");
  await expectFitsAndAccessible(page, expectAccessible);

  const renamed = `${teamName} renamed`;
  await teamRow.getByRole("button", { name: `Rename ${teamName}` }).click();
  const renameDialog = page.getByRole("dialog", { name: `Rename ${teamName}` });
  await renameDialog.getByLabel("New team name", { exact: true }).fill(renamed);
  await expectFitsAndAccessible(page, expectAccessible);
  await renameDialog.getByRole("button", { name: "Save" }).click();
  await expect(renameDialog).toHaveCount(0);
  await expect(page.getByText("Team renamed.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: renamed })).toBeVisible();

  // Staff users
  const email = `erin.${run}@demo.heard.local`;
  await openFromMenu(page, "Staff users", { expectExpanded: true });
  await page.getByLabel("Email address", { exact: true }).fill(email);
  await page.getByLabel("Name", { exact: true }).fill(`Erin ${run}`);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Worker" });
  await page.getByRole("checkbox", { name: renamed }).check();
  await page.getByLabel("Temporary password", { exact: true }).fill("kettle-orchard-7-lantern");
  await page.getByRole("button", { name: "Add staff user" }).click();
  await expect(page.getByText("Staff user added.")).toBeVisible();
  const staffRow = page.getByRole("row").filter({ hasText: email });
  await expect(staffRow).toContainText("Worker");
  await expect(staffRow).toContainText(renamed);
  await expect(staffRow).toContainText("Active");
  await expectFitsAndAccessible(page, expectAccessible);

  // Change their role.
  await staffRow.getByRole("button", { name: `Change Erin ${run}` }).click();
  const editDialog = page.getByRole("dialog", { name: `Change details for Erin ${run}` });
  await editDialog.getByLabel("Role", { exact: true }).selectOption({ label: "Manager" });
  await expectFitsAndAccessible(page, expectAccessible);
  await editDialog.getByRole("button", { name: "Save" }).click();
  await expect(editDialog).toHaveCount(0);
  await expect(page.getByText(`Changes saved for Erin ${run}.`)).toBeVisible();
  await expect(staffRow).toContainText("Manager");

  // Turning an account off is confirmed first, saying it signs them out everywhere.
  await staffRow.getByRole("button", { name: `Turn off account Erin ${run}` }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("signed out everywhere at once");
  await expectFitsAndAccessible(page, expectAccessible);
  await dialog.getByRole("button", { name: "Turn off account" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(staffRow).toContainText("Turned off");
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});

test("an administrator changes the organisation settings; a bad phone number is explained and kept", async ({
  page,
  demo,
  expectAccessible,
}) => {
  const pageErrors = watchForPageErrors(page);
  await signInAs(page, demo, "admin");

  // Organisation settings: save a new name, see it kept.
  await openFromMenu(page, "Organisation settings", { expectExpanded: true });
  const name = page.getByLabel("Organisation name", { exact: true });
  await expect(name).toHaveValue("Demo Borough Council");
  await expectFitsAndAccessible(page, expectAccessible);
  await name.fill(`Demo Borough Council ${run}`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Organisation name", { exact: true })).toHaveValue(`Demo Borough Council ${run}`);

  // A bad phone number: an error beside the field, the summary focused, the typed value kept.
  const phone = page.getByLabel("Front door phone number", { exact: true });
  await phone.fill("ring the office");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.locator(".field__error").filter({ hasText: message("en", "errors", "invalidPhone") })).toBeVisible();
  await expect(phone).toHaveValue("ring the office");
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expectFitsAndAccessible(page, expectAccessible);
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});

test("an administrator reads the audit log, newest first, and finds the sign-ins", async ({ page, demo, expectAccessible }) => {
  const pageErrors = watchForPageErrors(page);
  const admin = await signInAs(page, demo, "admin");

  // Audit log: newest first, the sign-ins findable by the filter.
  await openFromMenu(page, "Audit log", { expectExpanded: true });
  await expect(page.getByRole("region", { name: "Audit log entries, newest first" })).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);
  await page.getByLabel("Filter by action", { exact: true }).selectOption("auth.signIn.succeeded");
  await page.getByRole("button", { name: "Show entries" }).click();
  const rows = page.getByRole("region", { name: "Audit log entries, newest first" }).locator("tbody tr");
  await expect(rows.first()).toContainText("Signed in");
  await expect(rows.first()).toContainText(admin.displayName); // this sign-in is the newest
  const actions = await rows.locator("td:nth-child(3)").allTextContents();
  expect(new Set(actions)).toEqual(new Set(["Signed in"]));
  await expectFitsAndAccessible(page, expectAccessible);

  await signOut(page);
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});

test("wrong sign-in details are explained in the chosen language and the email is kept", async ({ page, demo, expectAccessible }) => {
  const pageErrors = watchForPageErrors(page);
  const qa = demoStaff(demo, "qa");

  await page.goto("/staff/sign-in");
  await fillSignIn(page, qa.email, "not the right password");
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(message("en", "errors", "wrongCredentials"));
  await expect(page.getByLabel("Email address", { exact: true })).toHaveValue(qa.email);
  await expectFitsAndAccessible(page, expectAccessible);

  // The same error, in Welsh, without sending again.
  await page.getByLabel("Language", { exact: true }).selectOption("cy");
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(summary).toContainText(message("cy", "errors", "wrongCredentials"));
  await expect(page.getByLabel(message("cy", "auth", "staff.email"), { exact: true })).toHaveValue(qa.email);
  await expectFitsAndAccessible(page, expectAccessible);
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});

test("after too many tries the sign-in page says when to try again", async ({ page, expectAccessible }) => {
  // An address nobody has: locking it out affects no one.
  const email = `nobody.${run}@demo.heard.local`;
  await page.goto("/staff/sign-in");
  const summary = page.locator(".error-summary");
  for (let attempt = 1; attempt <= 10; attempt++) {
    await fillSignIn(page, email, `wrong password ${attempt}`);
    await expect(summary).toContainText(message("en", "errors", "wrongCredentials"));
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).not.toHaveAttribute("aria-busy", "true");
  }
  await fillSignIn(page, email, "one more try");
  await expect(summary).toContainText(/Too many tries\. Please try again at \d{2}:\d{2}\./);
  await expect(page.getByLabel("Email address", { exact: true })).toHaveValue(email);
  await expectFitsAndAccessible(page, expectAccessible);
});

test("an ended session sends the person to sign in calmly and back to their page; passwords change", async ({
  page,
  context,
  demo,
  expectAccessible,
}) => {
  const pageErrors = watchForPageErrors(page);
  const manager = demoStaff(demo, "manager");

  await page.goto("/staff/sign-in");
  await fillSignIn(page, manager.email, demo.staffPassword);
  await expect(page.getByRole("heading", { level: 1, name: `Hello, ${manager.displayName}` })).toBeVisible();
  await openFromMenu(page, "Family accounts", { expectExpanded: true });
  await page.getByLabel("Display name", { exact: true }).fill(`Kai ${run}`);
  await page.getByRole("radio", { name: "Parent or carer" }).check();

  // The session ends behind the app's back (idle timeout, signed out elsewhere).
  await context.clearCookies();
  await page.getByRole("button", { name: "Create family account" }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in\?next=%2Ffamilies&reason=expired$/);
  await expect(page.getByText(message("en", "auth", "sessionExpired"))).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);
  await fillSignIn(page, manager.email, demo.staffPassword);
  await expect(page).toHaveURL(/\/staff\/families$/);

  // Change password: checked before sending, then by the server, then changed and changed back.
  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeFocused();
  await expect(page.getByText("signed out on every other computer")).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);
  const current = page.getByLabel("Current password", { exact: true });
  const next = page.getByLabel("New password", { exact: true });
  const confirm = page.getByLabel("Type the new password again", { exact: true });
  const change = page.getByRole("button", { name: "Change password" });

  await current.fill(demo.staffPassword);
  await next.fill("short");
  await confirm.fill("shorter");
  await change.click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.locator(".field__error").filter({ hasText: message("en", "errors", "passwordTooShort") })).toBeVisible();
  await expect(page.locator(".field__error").filter({ hasText: message("en", "errors", "passwordsDiffer") })).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);

  await next.fill("password1234"); // long enough, but common: the server refuses it
  await confirm.fill("password1234");
  await change.click();
  await expect(page.locator(".field__error").filter({ hasText: message("en", "errors", "passwordCommon") })).toBeVisible();
  await expect(current).toHaveValue(demo.staffPassword);

  const newPassword = `quiet-harbour-${run}-lamp`;
  for (const [from, to] of [
    [demo.staffPassword, newPassword],
    [newPassword, demo.staffPassword],
  ] as const) {
    await current.fill(from);
    await next.fill(to);
    await confirm.fill(to);
    await change.click();
    await expect(page.getByText("Your password has been changed.")).toBeVisible();
    await expect(current).toHaveValue("");
  }
  await signOut(page);
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});

test("Arabic turns the staff app right to left", async ({ page, demo, expectAccessible }) => {
  const pageErrors = watchForPageErrors(page);
  const participation = demoStaff(demo, "participation");

  await page.goto("/staff/sign-in");
  await fillSignIn(page, participation.email, demo.staffPassword);
  await expect(page.getByRole("heading", { level: 1, name: `Hello, ${participation.displayName}` })).toBeVisible();

  await page.getByLabel("Language", { exact: true }).selectOption("ar");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("dir", "rtl");
  await expect(html).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("button", { name: message("ar", "auth", "signOut") })).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);

  await page.goto("/staff/families");
  await expect(html).toHaveAttribute("dir", "rtl"); // remembered across a reload
  await expect(page.getByRole("heading", { level: 1, name: message("ar", "admin", "families.title") })).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);

  // Back to English for the account (the language follows the person), then sign out.
  await page.getByLabel(message("ar", "common", "language.label"), { exact: true }).selectOption("en");
  await expect(html).toHaveAttribute("dir", "ltr");
  await signOut(page);
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});
