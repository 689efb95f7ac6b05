import { expect, test } from "./fixtures";
import { demoStaff, openFeedback, query, recordMeeting, signedInApi, submitFeedback } from "./support/api";
import { expectFitsAndAccessible, openFromMenu, signInAs, watchForPageErrors } from "./support/ui";

/**
 * The safeguarding journey: a worker records a meeting; a parent, on their own phone, writes
 * words that may disclose harm; a member of the QA team finds the concern in the queue with
 * its clock, reads the words, acknowledges it, adds a note and resolves it. Every staff page
 * is checked with axe at 360 px.
 *
 * The family's side goes through the API here (the family pages have their own spec,
 * feedback.spec.ts), from a browser context of its own, as a phone would.
 */

test.describe.configure({ timeout: 90_000 });

const run = Date.now().toString(36).slice(-5);
const worryingWords = "my dad hits me when he is drunk";

test("a parent's worrying words reach the concerns queue; QA acknowledges, notes and resolves the concern", async ({
  page,
  browser,
  playwright,
  baseURL,
  demo,
  expectAccessible,
}) => {
  const pageErrors = watchForPageErrors(page);
  const origin = baseURL ?? "";

  // The worker records a meeting (through the API; the meeting pages are in meetings.spec.ts).
  const worker = demoStaff(demo, "worker");
  const staffApi = await signedInApi(playwright, origin, demo, "worker");
  const caseReference = `SG-E2E-${run}`;
  const { meeting, team, me } = await recordMeeting(staffApi, origin, worker, { type: "familyGroupConference", caseReference });
  const colleagues = await query<{ id: string; displayName: string }[]>(staffApi, "meetings.colleagues", { teamId: team.id });
  expect(colleagues.map((person) => person.id)).toContain(me.id);
  expect(meeting.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await staffApi.dispose();

  // A parent, on their own phone (a new browser context, 360 × 800), gives feedback with worrying words.
  const phone = await browser.newContext({ baseURL, viewport: { width: 360, height: 800 }, locale: "en-GB" });
  const opened = await openFeedback(phone.request, meeting.code);
  expect(opened.tips.length).toBeGreaterThan(0);
  const submitted = await submitFeedback<{ concernRaised: boolean; mayDiscloseHarm: boolean }>(phone.request, origin, {
    code: meeting.code,
    answers: opened.tips.map((tip, index) => ({ tipId: tip.id, answer: index % 2 === 0 ? "yes" : "no" })),
    freeText: worryingWords,
  });
  expect(submitted).toMatchObject({ concernRaised: true, mayDiscloseHarm: true });
  await phone.close();

  // QA finds it in the queue: new, with a clock against the acknowledgement target.
  const qa = await signInAs(page, demo, "qa");
  await openFromMenu(page, "Concerns");
  await expect(page.getByRole("heading", { level: 1, name: "Concerns" })).toBeVisible();
  const card = page.locator(".concern-card").filter({ hasText: "Family group conference" }).filter({ hasText: "New" }).first();
  await expect(card).toBeVisible();
  await expect(card.getByRole("heading", { level: 2 })).toContainText("Words that may show harm");
  // Abuse, not danger now: a concern, to be acknowledged within one working day.
  await expect(card).toContainText(/Acknowledge within \d+ (mins?|hrs?|days?)/);
  await expect(card).toContainText(team.name);
  await expect(card).toContainText("Abuse");
  await expect(card).toContainText(/Alert (not sent|sent|being sent)/);
  await expectFitsAndAccessible(page, expectAccessible);

  // Open it: the family's words in full, why it was raised, the meeting; the viewing is recorded.
  await card.getByRole("link", { name: /^Words that may show harm/ }).click();
  await expect(page).toHaveURL(/\/staff\/concerns\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Concern" })).toBeFocused();
  await expect(page.getByText("Your viewing is recorded in the audit log.")).toBeVisible();
  const words = page.locator("blockquote.free-text");
  await expect(words).toHaveText(worryingWords);
  await expect(words).toHaveCSS("white-space", "pre-wrap");
  await expect(page.getByRole("heading", { level: 2, name: "Why this was raised" })).toBeVisible();
  await expect(page.locator(".concern-matches li").first()).toBeVisible();
  await expect(page.getByText(caseReference)).toBeVisible();
  await expect(page.getByText(worker.displayName).first()).toBeVisible();
  await expect(page.getByText("They did not ask to be contacted.")).toBeVisible();
  await expect(page.getByText("Concerns cannot be edited or deleted.")).toBeVisible();
  await expect(page.getByText("Nothing has been recorded yet.")).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);
  const concernUrl = page.url();

  // Acknowledge, with a note.
  const acknowledgement = page.getByRole("form", { name: "Acknowledge" });
  await acknowledgement.getByLabel("Note (optional)", { exact: true }).fill("Rang the family's social worker.");
  await acknowledgement.getByRole("button", { name: "Acknowledge" }).click();
  await expect(page.getByText("Concern acknowledged.")).toBeVisible();
  await expect(acknowledgement).toHaveCount(0);
  const history = page.locator(".concern-history");
  await expect(history).toContainText(`Acknowledged by ${qa.displayName}`);
  await expect(history).toContainText("Rang the family's social worker.");
  await expect(page.locator(".details").first()).toContainText("Acknowledged");
  await expectFitsAndAccessible(page, expectAccessible);

  // A note must say something: the error is explained and focused.
  const noteForm = page.getByRole("form", { name: "Add a note" });
  await noteForm.getByRole("button", { name: "Add a note" }).click();
  const noteSummary = noteForm.locator(".error-summary");
  await expect(noteSummary).toBeFocused();
  await expect(noteSummary).toContainText("Note: Please fill this in.");
  await expect(noteForm.getByLabel("Note", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectFitsAndAccessible(page, expectAccessible);
  await noteForm.getByLabel("Note", { exact: true }).fill("Strategy discussion booked for tomorrow.\nPolice informed.");
  await noteForm.getByRole("button", { name: "Add a note" }).click();
  await expect(page.getByText("Note added.")).toBeVisible();
  await expect(noteForm.getByLabel("Note", { exact: true })).toHaveValue("");
  await expect(history).toContainText(`Note from ${qa.displayName}`);
  await expect(history.locator(".free-text--note").last()).toHaveText("Strategy discussion booked for tomorrow.\nPolice informed.");

  // Resolve: a note of what was done is required.
  const resolution = page.getByRole("form", { name: "Resolve" });
  await resolution.getByRole("button", { name: "Resolve" }).click();
  await expect(resolution.locator(".error-summary")).toBeFocused();
  await resolution.getByLabel("What was done?", { exact: true }).fill("Child protection enquiry opened; family supported.");
  await resolution.getByRole("button", { name: "Resolve" }).click();
  await expect(page.getByText("Concern resolved.")).toBeVisible();
  await expect(resolution).toHaveCount(0);
  await expect(history).toContainText(`Resolved by ${qa.displayName}`);
  await expect(history).toContainText("Child protection enquiry opened; family supported.");
  await expect(page.locator(".details").first()).toContainText("Resolved");
  // Notes can still be added to a resolved concern; nothing can be changed.
  await expect(page.getByRole("form", { name: "Add a note" })).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);

  // Back in the queue, filtered to resolved concerns.
  await page.getByRole("link", { name: "All concerns" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Concerns" })).toBeFocused();
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Resolved" });
  await page.getByRole("button", { name: "Show" }).click();
  const resolvedCard = page.locator(".concern-card").filter({ has: page.locator(`a[href$="${new URL(concernUrl).pathname}"]`) });
  await expect(resolvedCard).toContainText("Resolved");
  await expect(resolvedCard).not.toContainText("Acknowledge within");
  await expectFitsAndAccessible(page, expectAccessible);
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});

test("an unacknowledged concern past its target is marked overdue in words, for a manager of the team", async ({
  page,
  playwright,
  baseURL,
  demo,
  expectAccessible,
}) => {
  const pageErrors = watchForPageErrors(page);
  const origin = baseURL ?? "";
  const worker = demoStaff(demo, "worker");

  // A meeting and a family's words asking for help (all through the API).
  const api = await signedInApi(playwright, origin, demo, "worker");
  const { meeting } = await recordMeeting(api, origin, worker, { type: "ploMeeting" });
  const family = await playwright.request.newContext({ baseURL });
  const opened = await openFeedback(family, meeting.code);
  await submitFeedback(family, origin, {
    code: meeting.code,
    answers: opened.tips.map((tip) => ({ tipId: tip.id, answer: "yes" })),
    // Danger now: an urgent concern, on the organisation's one-hour clock.
    freeText: "I am scared of my partner, he has a knife and says he will kill me tonight",
    contactRequested: true,
    contactMethod: "phone",
    contactDetail: "07700 900123",
  });
  await api.dispose();
  await family.dispose();

  // The manager looks three hours later (the browser's clock; the server keeps real time).
  const manager = await signInAs(page, demo, "manager");
  await page.clock.setFixedTime(new Date(Date.now() + 3 * 60 * 60 * 1000));
  await openFromMenu(page, "Concerns");
  // The words' concern (urgent); the request to be contacted beside it has a day.
  const card = page.locator(".concern-card").filter({ hasText: "PLO meeting" }).filter({ hasText: "Words that may show harm" }).first();
  await expect(card).toHaveAttribute("data-overdue", "");
  await expect(card.locator(".concern-clock--overdue")).toHaveText(/Overdue by \d+ hrs?( \d+ mins?)?/);
  await expectFitsAndAccessible(page, expectAccessible);

  // The contact request is shown with the number as typed.
  await card.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Concern" })).toBeFocused();
  await expect(page.getByText(/Overdue by/)).toBeVisible();
  await expect(page.getByText("07700 900123")).toBeVisible();
  await expect(page.getByText("Phone", { exact: true })).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);

  // Acknowledged by the manager: the clock stops.
  const acknowledgement = page.getByRole("form", { name: "Acknowledge" });
  await acknowledgement.getByRole("button", { name: "Acknowledge" }).click();
  await expect(page.getByText("Concern acknowledged.")).toBeVisible();
  await expect(page.getByText(/Overdue by/)).toHaveCount(0);
  await expect(page.locator(".concern-history")).toContainText(`Acknowledged by ${manager.displayName}`);
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});
