import { expect, test } from "./fixtures";
import { query, signedInApi } from "./support/api";
import { expectFitsAndAccessible, openFromMenu, signInAs, watchForPageErrors } from "./support/ui";

/**
 * The review list: words worth a look that raised no alert. QA finds the open items first,
 * with their clocks, clears one with a note (required: the error is said and what was typed
 * stays), makes another a concern (which joins the concerns queue with its alert), and both
 * stay in the list with who decided what. Every page at 360 px, with axe.
 *
 * The items are the demo's own (packages/api/src/seed/comments.ts): "i cant sleep before these
 * meetings" today (a core group meeting), "Dwi ddim yn iawn ers i ni symud tŷ" nine days ago
 * (a child in need review, long overdue), and one cleared months ago (a children in care review).
 */

test.describe.configure({ timeout: 90_000 });

test("QA clears one review item with a note and makes another a concern, which joins the concerns queue", async ({
  page,
  playwright,
  baseURL,
  demo,
  expectAccessible,
}) => {
  const pageErrors = watchForPageErrors(page);
  const qa = await signInAs(page, demo, "qa");
  await openFromMenu(page, "Review list");
  await expect(page.getByRole("heading", { level: 1, name: "Review list" })).toBeVisible();

  // Open items first, each with its clock; the overdue one says so in words.
  const cards = page.locator(".concern-card");
  const today = cards.filter({ hasText: "Core group meeting" });
  const overdue = cards.filter({ hasText: "Child in need review" });
  const cleared = cards.filter({ hasText: "Children in care review" });
  await expect(cards.first()).toHaveAttribute("data-status", "new");
  await expect(today).toContainText(/Decide within \d+ (mins?|hrs?)/);
  await expect(today.locator("q").first()).toBeVisible();
  await expect(today).toContainText("Another worry");
  await expect(overdue).toHaveAttribute("data-overdue", "");
  await expect(overdue.locator(".concern-clock--overdue")).toHaveText(/Overdue by \d+ days?/);
  await expect(overdue.locator("q").first()).toHaveAttribute("lang", "cy");
  await expect(cleared).toHaveAttribute("data-status", "cleared");
  await expect(cleared).toContainText(`Cleared by ${qa.displayName}`);
  await expect(cleared).not.toContainText("Decide within");
  await expectFitsAndAccessible(page, expectAccessible);

  // Only the open ones.
  await page.getByLabel("Show", { exact: true }).selectOption({ label: "Open items" });
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(cleared).toHaveCount(0);
  await expect(cards).toHaveCount(2);

  // Today's: the words in full (this opening is audited), and nothing to do, said why.
  await today.getByRole("link", { name: /^Worth a look/ }).click();
  await expect(page).toHaveURL(/\/staff\/reviews\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Review item" })).toBeFocused();
  await expect(page.locator("blockquote.free-text")).toHaveText("i cant sleep before these meetings");
  await expect(page.getByText("Worth a look", { exact: true })).toBeVisible();
  await expect(page.getByText("Decide within one working day")).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);
  const clearedId = new URL(page.url()).pathname.split("/").pop() as string;

  // The note is required: spaces alone are not a note, said beside the field and kept there.
  const clearForm = page.getByRole("form", { name: "Nothing to do" });
  const clearNote = clearForm.getByLabel("Why nothing needs doing", { exact: true });
  await clearNote.fill("   ");
  await clearForm.getByRole("button", { name: "Clear: nothing to do" }).click();
  await expect(clearForm.locator(".error-summary")).toBeFocused();
  await expect(clearForm.locator(".error-summary")).toContainText("Why nothing needs doing: Please fill this in.");
  await expect(clearNote).toHaveAttribute("aria-invalid", "true");
  await expect(clearNote).toHaveValue("   ");
  await expectFitsAndAccessible(page, expectAccessible);
  await clearNote.fill("Asked his worker: nerves before meetings.\nShe will talk them through with him first.");
  await clearForm.getByRole("button", { name: "Clear: nothing to do" }).click();
  await expect(page.getByText("Review item cleared.")).toBeVisible();
  await expect(page.getByRole("form")).toHaveCount(0);
  await expect(page.getByText("This review item has been dealt with.")).toBeVisible();
  const history = page.locator(".concern-history");
  await expect(history).toContainText(`Cleared by ${qa.displayName}: nothing to do`);
  await expect(history.locator(".free-text--note")).toHaveText(
    "Asked his worker: nerves before meetings.\nShe will talk them through with him first.",
  );
  await expectFitsAndAccessible(page, expectAccessible);

  // The overdue one is a concern after all.
  await page.getByRole("link", { name: "All review items" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review list" })).toBeFocused();
  await overdue.getByRole("link", { name: /^Worth a look/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review item" })).toBeFocused();
  await expect(page.getByText(/Overdue by/)).toBeVisible();
  const escalateForm = page.getByRole("form", { name: "This is a concern" });
  await escalateForm.getByLabel("Why (optional)", { exact: true }).fill("Moved house and not all right since: worth a visit.");
  await escalateForm.getByRole("button", { name: "Make it a concern" }).click();
  await expect(page.getByText("A concern has been raised from this review item")).toBeVisible();
  await expect(page.locator(".concern-history")).toContainText(`Made a concern by ${qa.displayName}`);
  await expectFitsAndAccessible(page, expectAccessible);

  // Its concern: new, with its level, its clock of one working day and its alert.
  await page.getByRole("link", { name: "Open the concern" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Concern" })).toBeFocused();
  const summary = page.locator(".details").first();
  await expect(summary).toContainText("New");
  await expect(summary).toContainText("Concern, from a review item");
  await expect(summary).toContainText("Acknowledge within one working day");
  await expect(summary).toContainText(/Acknowledge within \d+ (mins?|hrs?|days?)/);
  await expect(summary).toContainText("Made a concern from a review item");
  await expect(page.getByRole("link", { name: "Open the review item it came from" })).toBeVisible();
  await expect(page.locator("blockquote.free-text")).toHaveText("Dwi ddim yn iawn ers i ni symud tŷ");
  await expectFitsAndAccessible(page, expectAccessible);

  // In the concerns queue.
  await openFromMenu(page, "Concerns");
  const raised = page.locator(".concern-card").filter({ hasText: "Made a concern from a review item" });
  await expect(raised).toHaveCount(1);
  await expect(raised).toHaveAttribute("data-status", "new");
  await expect(raised).toContainText("Concern, from a review item");
  await expect(raised).toContainText(/Alert (not sent|sent|being sent)/);
  await expectFitsAndAccessible(page, expectAccessible);

  // Nothing left the review list: both decided, with who decided and the way to the concern.
  await openFromMenu(page, "Review list");
  await expect(cards).toHaveCount(3);
  await expect(today).toContainText(`Cleared by ${qa.displayName}`);
  await expect(overdue).toHaveAttribute("data-status", "escalated");
  await expect(overdue).toContainText(`Made a concern by ${qa.displayName}`);
  await expect(overdue).not.toHaveAttribute("data-overdue", "");
  await expect(overdue.getByRole("link", { name: "Open the concern" })).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);

  // Both decisions are in the audit log.
  const admin = await signedInApi(playwright, baseURL as string, demo, "admin");
  const log = await query<{ entries: { action: string; subjectId: string | null; actorName: string | null }[] }>(
    admin,
    "admin.audit.list",
    { limit: 50 },
  );
  expect(log.entries).toContainEqual(
    expect.objectContaining({ action: "concern.review.cleared", subjectId: clearedId, actorName: qa.displayName }),
  );
  expect(log.entries.some((entry) => entry.action === "concern.review.escalated" && entry.actorName === qa.displayName)).toBe(true);
  await admin.dispose();
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});
