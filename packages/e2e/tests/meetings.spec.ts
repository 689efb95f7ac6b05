import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openFeedback, submitFeedback } from "./support/api";
import { expectFitsAndAccessible, openFromMenu, signInAs, watchForPageErrors } from "./support/ui";

/**
 * A worker records a meeting in the staff app on a 360 px phone, shows the family its code,
 * link and QR code, prints the sheet for the table, sees a response arrive and closes the
 * code. Every page is checked with axe and must not scroll sideways.
 */

// Several pages with an axe run on each, and a PDF: more than the default 30 s on a small machine.
test.describe.configure({ timeout: 90_000 });

const feedbackCodePattern = /^[A-Z0-9]{4}-[A-Z0-9]{4}$/;

/** A suffix that keeps the case reference unique if the spec runs twice against one database. */
const run = Date.now().toString(36).slice(-5);

/** One family member's answers, sent as the family app would (the family pages are tested in feedback.spec.ts). */
async function giveFeedback(request: APIRequestContext, origin: string, code: string) {
  const { tips } = await openFeedback(request, code);
  await submitFeedback(request, origin, { code, answers: tips.map((tip) => ({ tipId: tip.id, answer: "yes" })) });
}

/** How many pages a PDF has (each page object is "/Type /Page"; the tree is "/Type /Pages"). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

test("a worker records a meeting, shows its code and QR code, prints the sheet and closes feedback", async ({
  page,
  demo,
  baseURL,
  playwright,
  expectAccessible,
}) => {
  const pageErrors = watchForPageErrors(page);
  const worker = await signInAs(page, demo, "worker");

  // The list, with a way to record a meeting.
  await openFromMenu(page, "Meetings");
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);

  await page.getByRole("link", { name: "Record a meeting" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Record a meeting" })).toBeFocused();
  const type = page.getByLabel("Type of meeting", { exact: true });
  const heldOn = page.getByLabel("Date of the meeting", { exact: true });
  const team = page.getByLabel("Team", { exact: true });
  const caseReference = page.getByLabel("Case reference (optional)", { exact: true });
  const me = page.getByRole("checkbox", { name: `${worker.displayName} (you)` });

  // Sensible starting values: today, the worker's only team, the worker themselves.
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  });
  await expect(heldOn).toHaveValue(today);
  await expect(team).not.toHaveValue("");
  await expect(team.locator("option:checked")).toHaveText(worker.teams[0] ?? "");
  await expect(me).toBeChecked();
  await expect(page.getByText("Treated as sensitive")).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);

  // Mistakes are explained next to the fields and in a summary that takes focus; nothing typed is lost.
  const reference = `CP-E2E-${run}`;
  await caseReference.fill(reference);
  await heldOn.fill("2099-01-01");
  const submit = page.getByRole("button", { name: "Record meeting and get a code" });
  await submit.click();
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Type of meeting: Please choose one of the options." })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Date of the meeting: The meeting date must be within the next year." })).toBeVisible();
  await expect(type).toHaveAttribute("aria-invalid", "true");
  await expect(caseReference).toHaveValue(reference);
  await expectFitsAndAccessible(page, expectAccessible);
  // The summary's links lead to the fields.
  await summary.getByRole("link", { name: /^Type of meeting: / }).click();
  await expect(type).toBeFocused();

  await type.selectOption({ label: "Core group meeting" });
  await heldOn.fill(today);
  await submit.click();

  // The meeting's page: the code big, the link, the QR code, when it stops working.
  await expect(page).toHaveURL(/\/staff\/meetings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Core group meeting" })).toBeVisible();
  const code = (await page.locator(".copy-code__value").first().textContent())?.trim() ?? "";
  expect(code).toMatch(feedbackCodePattern);
  await expect(page.getByRole("button", { name: "Copy code" })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`/f/${code}$`) })).toBeVisible();
  const qr = page.getByRole("figure", { name: "QR code for the feedback link" });
  const qrImage = qr.locator("svg");
  await expect(qrImage).toBeVisible();
  await expect(qrImage).toHaveAttribute("role", "img");
  await expect(qrImage).toHaveAttribute("aria-label", new RegExp(`/f/${code}$`));
  const box = await qrImage.boundingBox();
  expect(box?.width ?? 0, "the QR code is big enough to scan across a table").toBeGreaterThanOrEqual(250);
  await expect(page.getByText(/^Works until /)).toBeVisible();
  await expect(page.getByText("Open", { exact: true })).toBeVisible();
  await expect(page.getByText("No feedback yet.")).toBeVisible();
  await expect(page.getByText(reference)).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);

  // A family answers; the count goes up when the worker checks (it also checks by itself every 30 s).
  const family = await playwright.request.newContext({ baseURL });
  await giveFeedback(family, baseURL ?? "", code);
  await page.getByRole("button", { name: "Check for new feedback" }).click();
  await expect(page.getByText("1 response", { exact: true })).toBeVisible();

  // The printed sheet: the organisation, "Tell us how we did", the QR code, the code, the link, one line. One A4 page.
  const meetingUrl = page.url();
  await page.getByRole("link", { name: "Print a sheet for the family" }).click();
  await expect(page).toHaveURL(`${meetingUrl}/print`);
  await expect(page.getByRole("heading", { level: 1, name: "Tell us how we did" })).toBeFocused();
  await expect(page.getByText(/^Demo Borough Council/)).toBeVisible();
  await expect(page.getByRole("figure", { name: "QR code for the feedback link" }).locator("svg")).toBeVisible();
  await expect(page.locator(".print-sheet__code")).toHaveText(code);
  await expect(page.locator(".print-sheet__link")).toHaveText(new RegExp(`/f/${code}$`));
  await expect(page.getByText("Scan the QR code with your phone's camera")).toBeVisible();
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
  await expect(page.locator(".print-sheet__code")).toBeVisible();
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
  expect(pdfPageCount(pdf), "the sheet fits one A4 page").toBe(1);
  await page.emulateMedia({ media: "screen" });

  // Close feedback: confirmed first; then the code takes no more answers.
  await page.getByRole("link", { name: "Back to the meeting" }).click();
  await expect(page).toHaveURL(meetingUrl);
  await page.getByRole("button", { name: "Close feedback now" }).click();
  const dialog = page.getByRole("dialog", { name: "Close feedback now?" });
  await expect(dialog).toContainText("Families will not be able to use this code any more.");
  await expectFitsAndAccessible(page, expectAccessible);
  await dialog.getByRole("button", { name: "Close feedback now" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText("Code closed.")).toBeVisible();
  await expect(page.getByText("Closed", { exact: true })).toBeVisible();
  await expect(page.getByText(/^Closed on /)).toBeVisible();
  await expect(page.getByRole("button", { name: "Close feedback now" })).toHaveCount(0);
  await expectFitsAndAccessible(page, expectAccessible);
  const refused = await family.get(`/api/trpc/feedback.open?input=${encodeURIComponent(JSON.stringify({ code }))}`);
  expect(refused.ok()).toBe(false);
  expect(JSON.stringify(await refused.json())).toContain("feedbackCodeClosed");
  await family.dispose();

  // Right to left: the page mirrors, the code and link stay left to right.
  await page.getByLabel("Language", { exact: true }).selectOption("ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: "اجتماع المجموعة الأساسية" })).toBeVisible();
  await expect(page.locator(".copy-code__value span")).toHaveAttribute("dir", "ltr");
  await expectFitsAndAccessible(page, expectAccessible);
  await page.getByLabel("اللغة", { exact: true }).selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");

  // The list, filtered to closed codes, shows it with its one response.
  await page.getByRole("link", { name: "All meetings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeFocused();
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Closed" });
  await page.getByRole("button", { name: "Show" }).click();
  const row = page.getByRole("row").filter({ hasText: code });
  await expect(row).toContainText("Core group meeting");
  await expect(row).toContainText("Closed");
  await expect(row).toContainText(worker.teams[0] ?? "");
  await expect(row.getByRole("cell").last()).toHaveText("1");
  await expectFitsAndAccessible(page, expectAccessible);
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});

test("people who only read meetings cannot record one or close a code", async ({ page, demo, expectAccessible }) => {
  const pageErrors = watchForPageErrors(page);
  await signInAs(page, demo, "qa");
  await openFromMenu(page, "Meetings");
  await expect(page.getByRole("link", { name: "Record a meeting" })).toHaveCount(0);
  await expectFitsAndAccessible(page, expectAccessible);
  await page.goto("/staff/meetings/new");
  await expect(page.getByRole("heading", { level: 1, name: "You cannot use this page" })).toBeVisible();

  // An administrator has no meetings menu at all.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in/);
  await signInAs(page, demo, "admin");
  await expect(page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Meetings", exact: true })).toHaveCount(0);
  await page.goto("/staff/meetings");
  await expect(page.getByRole("heading", { level: 1, name: "You cannot use this page" })).toBeVisible();
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});
