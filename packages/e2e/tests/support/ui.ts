import { expect, type Page } from "@playwright/test";
import { type Demo, demoStaff, type Role, type StaffPerson } from "./api";

/** Steps in the browser shared by the specs: page errors, reflow and axe, and the staff app's sign-in and menu. */

/** Collects the page's uncaught errors; the test checks the list is empty at the end. */
export function watchForPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/**
 * The page fits the 360 px phone: nothing but the labelled table regions scrolls sideways
 * (WCAG 1.4.10 Reflow). Then axe.
 */
export async function expectFitsAndAccessible(page: Page, expectAccessible: (page: Page) => Promise<void>) {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  expect(widths.page, "the page scrolls sideways").toBeLessThanOrEqual(widths.viewport);
  await expectAccessible(page);
}

/** Fills in the staff sign-in form and sends it. */
export async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email address", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs in to the staff app as the demo member of staff with that role and waits for the home page. */
export async function signInAs(page: Page, demo: Demo, role: Role): Promise<StaffPerson> {
  const person = demoStaff(demo, role);
  await page.goto("/staff/");
  await expect(page).toHaveURL(/\/staff\/sign-in/);
  await fillSignIn(page, person.email, demo.staffPassword);
  await expect(page.getByRole("heading", { level: 1, name: `Hello, ${person.displayName}` })).toBeVisible();
  return person;
}

/**
 * Opens a page from the main menu, as a person on a phone would (the menu is collapsed at 360 px).
 * Focus moves to the new page's heading, so screen readers announce it. With `expectExpanded`,
 * also checks the menu button says it has opened the menu.
 */
export async function openFromMenu(page: Page, linkName: string, options: { expectExpanded?: boolean } = {}) {
  const nav = page.getByRole("navigation", { name: "Main menu" });
  const toggle = nav.getByRole("button", { name: "Menu" });
  if (await toggle.isVisible()) {
    await toggle.click();
    if (options.expectExpanded) await expect(toggle).toHaveAttribute("aria-expanded", "true");
  }
  await nav.getByRole("link", { name: linkName, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
}
