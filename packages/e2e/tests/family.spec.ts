import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { mutate, query, staffSignIn } from "./support/api";
import { watchForPageErrors } from "./support/ui";

/**
 * The family app on a 360 px phone (the config sets the viewport): every screen in English,
 * Welsh and Arabic passes axe, keyboard-only sign-in, wrong details, lock-out, and activating
 * a fresh account with a code from a worker.
 */

const screens = [
  { path: "/", name: "home" },
  { path: "/help", name: "get help now" },
  { path: "/sign-in", name: "sign in" },
  { path: "/activate", name: "activate" },
  { path: "/no-such-page", name: "not found" },
] as const;

/** Words the tests look for, from packages/i18n/locales (kept literal: a test should fail if they change by accident). */
const english = {
  getHelp: "Get help now",
  language: "Language",
  signIn: "Sign in",
  username: "Your sign-in name",
  passphrase: "Your passphrase",
  wrongCredentials: "Those sign-in details are not right. Please try again.",
  problem: "There is a problem",
};

function heading(page: Page): Locator {
  return page.getByRole("heading", { level: 1 });
}

/** Waits for a screen to finish loading: its h1 is there and "Get help now" is in the header. */
async function screenReady(page: Page, getHelp = english.getHelp) {
  await expect(heading(page)).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: getHelp })).toBeVisible();
}

async function chooseLanguage(page: Page, code: "en" | "cy" | "ar", label = english.language) {
  await page.getByRole("banner").getByLabel(label).selectOption(code);
  await expect(page.locator("html")).toHaveAttribute("lang", code);
}

/** Presses Tab until `target` has focus (at most `limit` times). Keyboard only: no clicks. */
async function tabTo(page: Page, target: Locator, limit = 25) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test.describe("every family screen is accessible at 360 px", () => {
  for (const screen of screens) {
    test(`${screen.name} in English`, async ({ page, expectAccessible }) => {
      const pageErrors = watchForPageErrors(page);
      await page.goto(screen.path);
      await screenReady(page);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
      await expect(page.getByRole("main")).toBeVisible();
      await expectAccessible(page);
      expect(pageErrors).toEqual([]);
    });
  }

  test("in Arabic, right to left", async ({ page, expectAccessible }) => {
    await page.goto("/");
    await screenReady(page);
    await chooseLanguage(page, "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("banner").getByRole("link", { name: "احصل على المساعدة الآن" })).toBeVisible();
    await expectAccessible(page);
    for (const screen of screens.slice(1)) {
      // A fresh load: the saved choice is applied before the app starts (no flash of English).
      await page.goto(screen.path);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await expect(page.locator("html")).toHaveAttribute("lang", "ar");
      await screenReady(page, "احصل على المساعدة الآن");
      await expectAccessible(page);
    }
  });

  test("in Welsh", async ({ page, expectAccessible }) => {
    await page.goto("/");
    await screenReady(page);
    await chooseLanguage(page, "cy");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(heading(page)).toHaveText("Croeso");
    await expectAccessible(page);
    for (const screen of screens.slice(1)) {
      await page.goto(screen.path);
      await expect(page.locator("html")).toHaveAttribute("lang", "cy");
      await screenReady(page, "Cael help nawr");
      await expectAccessible(page);
    }
  });
});

test("Get help now offers 999, Childline and the council's front door as phone links", async ({ page }) => {
  await page.goto("/");
  await screenReady(page);
  await page.getByRole("banner").getByRole("link", { name: english.getHelp }).click();
  await expect(heading(page)).toHaveText("Get help now");
  await expect(heading(page)).toBeFocused();
  await expect(page.getByRole("link", { name: "Call 999" })).toHaveAttribute("href", "tel:999");
  await expect(page.getByRole("link", { name: "Call Childline on 0800 1111" })).toHaveAttribute("href", "tel:08001111");
  // The demo organisation's front door number.
  await expect(page.getByRole("link", { name: "Call 0300 123 4567" })).toHaveAttribute("href", "tel:03001234567");
  const callLink = await page.getByRole("link", { name: "Call 999" }).boundingBox();
  expect(callLink?.height ?? 0).toBeGreaterThanOrEqual(44);
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/help");
  await screenReady(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Call 999" })).toBeFocused();
});

test("a family member signs in with the keyboard alone", async ({ page, demo }) => {
  await page.goto("/");
  await screenReady(page);
  await tabTo(page, page.getByRole("main").getByRole("link", { name: english.signIn, exact: true }));
  await page.keyboard.press("Enter");

  await expect(heading(page)).toHaveText(english.signIn);
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.keyboard.press("Tab");
  await expect(page.getByLabel(english.username)).toBeFocused();
  await page.keyboard.type(demo.family.username);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(english.passphrase)).toBeFocused();
  await page.keyboard.type(demo.family.passphrase);
  await page.keyboard.press("Enter");

  await expect(heading(page)).toHaveText(`Hello, ${demo.family.displayName}!`);
  await expect(heading(page)).toBeFocused();
  await expect(page.getByText("You are signed in.")).toBeVisible();
});

test("a wrong passphrase says so and keeps what was typed", async ({ page, demo, expectAccessible }) => {
  await page.goto("/sign-in");
  await screenReady(page);
  await page.getByLabel(english.username).fill(demo.family.username);
  await page.getByLabel(english.passphrase).fill("not-the-right-one");
  await page.getByRole("button", { name: english.signIn }).click();

  const summary = page.locator(".error-summary");
  await expect(summary).toContainText(english.problem);
  await expect(summary).toContainText(english.wrongCredentials);
  await expect(summary).toBeFocused();
  await expect(page.getByLabel(english.username)).toHaveValue(demo.family.username);
  await expect(page.getByLabel(english.passphrase)).toHaveValue("not-the-right-one");
  await expectAccessible(page);

  // The same message in Welsh, without typing again.
  await chooseLanguage(page, "cy");
  await expect(summary).toContainText("Dydy'r manylion mewngofnodi hynny ddim yn iawn.");
  await expect(page.getByLabel("Eich enw mewngofnodi")).toHaveValue(demo.family.username);
});

test("empty fields are named next to the field, before anything is sent", async ({ page }) => {
  await page.goto("/sign-in");
  await screenReady(page);
  await page.getByRole("button", { name: english.signIn }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.getByLabel(english.username)).toHaveAttribute("aria-invalid", "true");
  // Each problem in the summary is a link to its field.
  await page.locator(".error-summary").getByRole("link").first().click();
  await expect(page.getByLabel(english.username)).toBeFocused();
});

test("after too many tries, the time to try again is shown", async ({ page, request, baseURL }) => {
  const username = `nobody${Date.now().toString(36)}`;
  let retryAt = "";
  // Ten wrong tries through the API, then the eleventh is refused with a time.
  for (let i = 0; i < 11; i++) {
    const response = await request.post("/api/trpc/auth.familySignIn", {
      data: { username, passphrase: "wrong-wrong-wrong" },
      headers: { Origin: baseURL as string },
    });
    const body = await response.json();
    if (body.error?.data?.messageKey === "lockedOut") retryAt = body.error.data.detail.retryAt;
  }
  expect(retryAt).not.toBe("");
  const time = new Intl.DateTimeFormat("en", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "Europe/London",
  }).format(new Date(retryAt));

  await page.goto("/sign-in");
  await screenReady(page);
  await page.getByLabel(english.username).fill(username);
  await page.getByLabel(english.passphrase).fill("wrong-wrong-wrong");
  await page.getByRole("button", { name: english.signIn }).click();
  await expect(page.locator(".error-summary")).toContainText(`Too many tries. Please try again at ${time}.`);
});

test("a new family member activates their code, signs out and signs back in", async ({ page, request, baseURL, demo }) => {
  const origin = baseURL as string;

  // The worker creates the account (as the staff app would) and gets a one-time code.
  const worker = await staffSignIn(request, origin, demo, "worker");
  const teams = await query<{ id: string; name: string }[]>(request, "admin.teams.list");
  const team = teams.find((candidate) => candidate.name === worker.teams[0]) ?? teams[0];
  if (!team) throw new Error("no teams");
  const created = await mutate<{ id: string; code: string }>(request, origin, "admin.families.create", {
    displayName: "Kit",
    memberKind: "child",
    preferredLanguage: "en",
    teamId: team.id,
  });
  expect(created.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

  const username = `kit${Date.now().toString(36)}`;
  const passphrase = "purple-tiger-lamp-92";
  // Lower case, spaces for dashes: as a child might copy it from a note.
  const typedCode = created.code.toLowerCase().replaceAll("-", " ");

  await page.goto("/");
  await screenReady(page);
  await page.getByRole("main").getByRole("link", { name: "I have a code" }).click();
  await expect(heading(page)).toHaveText("Set up your account");
  const code = page.getByLabel("Enter the code your worker gave you");
  await expect(code).toHaveAttribute("autocomplete", "one-time-code");
  await code.fill(typedCode);
  await page.getByLabel("Choose a sign-in name").fill(username);
  await page.getByLabel("Choose a passphrase").fill(passphrase);

  // The two passphrases must match before anything is sent.
  await page.getByLabel("Type your passphrase again").fill(`${passphrase}x`);
  await page.getByRole("button", { name: "Set up my account" }).click();
  await expect(page.locator(".error-summary")).toContainText("These two are not the same.");
  await expect(code).toHaveValue(typedCode);

  // Show passphrase turns both fields to plain text.
  await page.getByRole("button", { name: "Show passphrase" }).click();
  await expect(page.getByLabel("Choose a passphrase")).toHaveAttribute("type", "text");
  await expect(page.getByLabel("Type your passphrase again")).toHaveAttribute("type", "text");
  await page.getByRole("button", { name: "Hide passphrase" }).click();
  await expect(page.getByLabel("Choose a passphrase")).toHaveAttribute("type", "password");

  await page.getByLabel("Type your passphrase again").fill(passphrase);
  await page.getByRole("button", { name: "Set up my account" }).click();
  await expect(heading(page)).toHaveText("Hello, Kit!");
  await expect(page.getByText("All done! Your account is ready.")).toBeVisible();
  await expect(page).toHaveURL(/\/$/);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(heading(page)).toHaveText("Welcome");
  await expect(page.getByText("You have signed out.")).toBeVisible();

  await page.getByRole("main").getByRole("link", { name: english.signIn, exact: true }).click();
  await page.getByLabel(english.username).fill(username);
  await page.getByLabel(english.passphrase).fill(passphrase);
  await page.getByRole("button", { name: english.signIn }).click();
  await expect(heading(page)).toHaveText("Hello, Kit!");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(heading(page)).toHaveText("Welcome");

  // The code works once. Using it again says so, next to the code, and keeps every field.
  await page.goto("/activate");
  await screenReady(page);
  await code.fill(typedCode);
  await page.getByLabel("Choose a sign-in name").fill(`${username}two`);
  await page.getByLabel("Choose a passphrase").fill(passphrase);
  await page.getByLabel("Type your passphrase again").fill(passphrase);
  await page.getByRole("button", { name: "Set up my account" }).click();
  const used = "That code has already been used. Please ask your worker for a new one.";
  await expect(page.locator(".error-summary")).toContainText(used);
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(code).toHaveAttribute("aria-invalid", "true");
  await expect(code).toHaveAccessibleDescription(new RegExp(used.replace(/[.]/g, "\\.")));
  await expect(code).toHaveValue(typedCode);
  await expect(page.getByLabel("Choose a sign-in name")).toHaveValue(`${username}two`);
  await expect(page.getByLabel("Choose a passphrase")).toHaveValue(passphrase);
  await expect(page.getByLabel("Type your passphrase again")).toHaveValue(passphrase);
});
