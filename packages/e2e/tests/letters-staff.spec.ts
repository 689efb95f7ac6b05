import type { Page } from "@playwright/test";
import { expect, test, testAddress } from "./fixtures";
import { signInAs, watchForPageErrors } from "./support/ui";

/**
 * A letter's life in the staff app at a desk (1280 × 800): the worker records a family group
 * conference, writes the plan's letter to Sam, sees a social-work word flagged as they type and
 * swaps it with one click, and sends it for approval; the manager, signed in in a browser of
 * their own, sends it back with a comment; the worker reads the comment beside the letter,
 * changes it and sends it again; the manager approves it and the worker sends it to Sam. Every
 * page is checked with axe.
 */

test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 1280, height: 800 } });

const saved = (page: Page) => expect(page.locator(".letter-save__line")).toHaveText(/^Saved/, { timeout: 15_000 });

test("a worker writes a letter with the checks, a manager sends it back, then approves it, and it is sent", async ({
  page,
  browser,
  baseURL,
  demo,
  expectAccessible,
}, testInfo) => {
  const workerErrors = watchForPageErrors(page);
  const worker = await signInAs(page, demo, "worker");

  // A family group conference, recorded.
  await page.goto("/staff/meetings/new");
  await page.getByLabel("Type of meeting", { exact: true }).selectOption({ label: "Family group conference" });
  await page.getByRole("button", { name: "Record meeting and get a code" }).click();
  await expect(page).toHaveURL(/\/staff\/meetings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 2, name: "Letters after this meeting" })).toBeVisible();
  await expectAccessible(page);

  // Start: the kind follows the meeting; nobody chosen is refused with the reason by the question.
  await page.getByRole("link", { name: "Write a letter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Write a letter" })).toBeFocused();
  await expect(page.getByRole("radio", { name: "Family group conference plan" })).toBeChecked();
  await page.getByRole("button", { name: "Start writing" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.locator("#letter-addresseeIds .field__error")).toHaveText("Choose who the letter is for.");
  await expectAccessible(page);
  await page.getByRole("checkbox", { name: /^Sam \(Child or young person; language: English\)$/ }).check();
  await page.getByRole("button", { name: "Start writing" }).click();
  await expect(page).toHaveURL(/\/staff\/letters\/[0-9a-f-]{36}$/);
  const letterUrl = page.url();
  const letterPath = new URL(letterUrl).pathname;
  await expect(page.getByRole("heading", { level: 1, name: "Family group conference plan for Sam" })).toBeVisible();

  // Writing: the prompt under the box; a glossary word is flagged as it is typed, and swapped with one click.
  const said = page.getByLabel("Your words for “What I said”");
  await said.fill("I want to see my dad more. I want to come to the core group.");
  const checks = page.locator("section.letter-section", { has: said }).locator(".letter-checks");
  await expect(checks.getByText("“core group” could be “the small group who check the plan is working”")).toBeVisible();
  await expect(page.locator(".letter-mark[data-jargon]")).toHaveText("core group");
  await expectAccessible(page);
  await checks.getByRole("button", { name: /^Swap “core group” for/ }).click();
  await expect(said).toHaveValue("I want to see my dad more. I want to come to the small group who check the plan is working.");
  await expect(said).toBeFocused();
  await expect(checks.getByText("No long sentences and no glossary words.")).toBeVisible();
  // The reading age, Flesch–Kincaid grade + 5, for the section and the whole letter.
  await expect(checks.getByText(/^Reading age [\d.]+ \(Flesch–Kincaid grade \+ 5\)$/)).toBeVisible();

  const firstPart = page.getByRole("group", { name: "Part 1 of the plan" });
  await firstPart.getByLabel("What will happen").fill("I see Dad every Saturday");
  await firstPart.getByLabel("Who will do it").fill("Dad and Nan");
  await firstPart.getByLabel("By when").fill("From next month");
  await firstPart.getByLabel("How we will know it worked").fill("I tell Wendy how it went");
  await page
    .getByLabel("Your words for “Who I can talk to if it is not happening”")
    .fill("You can tell Wendy or your teacher. Wendy's number is 01234 567890.");
  await saved(page);

  // The preview, as Sam will see it on a phone.
  const phone = page.locator(".letter-phone");
  await expect(phone.getByRole("heading", { level: 3, name: "Family group conference plan" })).toBeVisible();
  await expect(phone.getByText("I see Dad every Saturday")).toBeVisible();
  expect((await phone.boundingBox())?.width ?? 0).toBeLessThanOrEqual(360);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page.getByText("Sent for approval.")).toBeVisible();
  await expect(page.locator(".letter-status--submitted")).toHaveText("Waiting for approval");
  await expect(page.getByLabel("Your words for “What I said”")).toHaveCount(0);
  await expectAccessible(page);

  // The manager, in a browser of their own.
  const managerContext = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale: "en-GB",
    extraHTTPHeaders: { "x-forwarded-for": testAddress(testInfo.workerIndex, 240) },
  });
  const manager = await managerContext.newPage();
  const managerErrors = watchForPageErrors(manager);
  await signInAs(manager, demo, "manager");
  // The home page has it waiting; the menu has the list.
  await expect(manager.getByRole("region", { name: "Waiting for your approval" }).locator(`a[href="${letterPath}"]`)).toBeVisible();
  await expectAccessible(manager);
  await manager.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Letters to approve", exact: true }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "Letters to approve" })).toBeFocused();
  const waiting = manager.locator(`a[href="${letterPath}"]`);
  await expect(waiting).toBeVisible();
  await expectAccessible(manager);
  await waiting.click();
  await expect(manager.getByRole("heading", { level: 2, name: "Checks for the whole letter" })).toBeVisible();
  await expect(manager.getByText(/^Reading age [\d.]+ \(Flesch–Kincaid grade \+ 5\)$/).first()).toBeVisible();
  await expectAccessible(manager);

  // Sending back needs a comment: said by the box, nothing lost.
  await manager.getByRole("button", { name: "Send back with comments" }).click();
  await expect(manager.locator("#letter-review-comment")).toHaveAttribute("aria-invalid", "true");
  await expect(manager.getByText("Please fill this in.").first()).toBeVisible();
  const comment = "Please say who will take you to see Dad.";
  await manager.getByLabel("Comments for the writer").fill(comment);
  await manager.getByRole("button", { name: "Send back with comments" }).click();
  await expect(manager.getByText("Sent back with your comments.")).toBeVisible();
  await expect(manager.locator(".letter-status--returned")).toHaveText("Sent back with comments");

  // The worker sees the comments beside the letter, changes it and sends it again.
  await page.reload();
  const comments = page.getByRole("region", { name: "Comments from Mo Manager" });
  await expect(comments.getByText(comment)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("group", { name: "Part 1 of the plan" }).getByLabel("Who will do it").fill("Nan takes me to Dad's");
  await saved(page);
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page.getByText("Sent for approval.")).toBeVisible();

  // Approved, then sent by the worker.
  await manager.reload();
  await manager.getByRole("button", { name: "Approve" }).click();
  await expect(manager.getByText("Approved. It can be sent to the family now.")).toBeVisible();
  await expectAccessible(manager);

  await page.reload();
  await expect(page.locator(".letter-status--approved")).toHaveText("Approved");
  await page.getByRole("button", { name: "Send to Sam" }).click();
  await expect(page.getByText("Sent to Sam.")).toBeVisible();
  await expect(page.locator(".letter-status--sent")).toHaveText("Sent");
  // A sent letter cannot change: the reason, and a correction instead.
  await expect(page.getByText("This letter has been sent, so it cannot be changed. Make a correction instead.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start the correction" })).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByText(comment)).toBeVisible();
  await expect(history.getByText(/^Sent by Wendy Worker/)).toBeVisible();
  await expectAccessible(page);

  // In the worker's list as sent.
  await page.goto("/staff/letters");
  await expect(page.locator(`a[href="${letterPath}"]`)).toBeVisible();
  await expectAccessible(page);

  expect(workerErrors, `uncaught errors in ${worker.displayName}'s browser`).toEqual([]);
  expect(managerErrors, "uncaught errors in the manager's browser").toEqual([]);
  await managerContext.close();
});
