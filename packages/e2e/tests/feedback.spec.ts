import { expect, test } from "./fixtures";
import { heading, outbox, responseCount, startAnswering, tip, words, workerMeeting } from "./support/feedback";
import { watchForPageErrors } from "./support/ui";

/**
 * A family member's feedback on a meeting, on a 360 px phone (the config sets the viewport):
 * from a link or a typed code, through the questions, to thanks and where to get help;
 * worrying words; bad input that keeps what was typed; no signal at the moment of sending;
 * a second person on the same phone. Every screen passes axe. The form by keyboard, without
 * speech and in Welsh and Arabic is in feedback-access.spec.ts; the staff side of a raised
 * concern in concerns.spec.ts.
 */

test("a parent answers on a phone, writes something worrying, and is shown where to get help now", async ({
  page,
  request,
  baseURL,
  demo,
  expectAccessible,
}) => {
  const pageErrors = watchForPageErrors(page);
  const meeting = await workerMeeting(request, baseURL as string, demo);

  await page.goto(`/f/${meeting.code}`);
  await expect(heading(page)).toHaveText(words.intro);
  // Before any question: what it is for, that it is anonymous, and that worrying words are shared.
  await expect(page.getByText("This is about your child in need meeting on")).toBeVisible();
  await expect(page.getByText(words.anonymous)).toBeVisible();
  await expect(page.getByText(words.shared)).toBeVisible();
  await expect(page.getByRole("button", { name: words.start, exact: true })).toHaveCount(1);
  await expectAccessible(page);

  await page.getByRole("button", { name: words.start, exact: true }).click();
  await expect(heading(page)).toHaveText(words.form);
  await expect(page.getByRole("group", { name: "Who is answering?" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("radio", { name: words.parent }).check();
  // No age question for a parent.
  await expect(page.getByRole("group", { name: "How old are you?" })).toHaveCount(0);
  await tip(page, "On time").getByRole("radio", { name: "Yes" }).check();
  await tip(page, "Listened").getByRole("radio", { name: "A bit" }).check();
  await tip(page, "Clear words").getByRole("radio", { name: "No" }).check();
  await expect(tip(page, "On time").getByRole("radio", { name: "Yes" })).toBeChecked();
  // Each tip's wording describes its group; read aloud is there where the browser can speak.
  await expect(tip(page, "On time")).toHaveAccessibleDescription("You came when you said you would.");
  await expect(tip(page, "On time").getByRole("button", { name: "Read aloud" })).toBeVisible();
  await tip(page, "On time").getByRole("button", { name: "Read aloud" }).click();

  await page.getByLabel("Is there anything else you want to tell us?").fill("my dad hits me when he is drunk");
  await expect(page.getByText("You can type 1969 more letters.")).toBeVisible();
  await expectAccessible(page);

  // A double tap stores one response.
  await page.getByRole("button", { name: words.send }).dblclick();

  await expect(heading(page)).toHaveText(words.worried);
  await expect(heading(page)).toBeFocused();
  await expect(page.getByText("Someone whose job is to keep people safe will read what you wrote soon.")).toBeVisible();
  await expect(page.getByText(/call 999\. You can call Childline on 0800\u00a01111 at any time/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Call 999" })).toHaveAttribute("href", "tel:999");
  await expect(page.getByRole("link", { name: "Call Childline on 0800 1111" })).toHaveAttribute("href", "tel:08001111");
  await expect(page.getByRole("link", { name: "Call 0300 123 4567" })).toHaveAttribute("href", "tel:03001234567");
  await expect(page.getByText("Your worker will not see who wrote it.")).toBeVisible();
  await expectAccessible(page);

  expect(await responseCount(request, meeting.id)).toBe(1);
  // Nothing is left on the phone: no draft, nothing waiting.
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  expect(await outbox(page.context())).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test("a code typed by hand, in lower case with spaces, opens the meeting; a wrong code says how to get a new one", async ({
  page,
  request,
  baseURL,
  demo,
  expectAccessible,
}) => {
  const meeting = await workerMeeting(request, baseURL as string, demo);

  await page.goto("/");
  await expect(heading(page)).toHaveText("Welcome");
  await page.getByRole("main").getByRole("link", { name: "Give feedback about a meeting" }).click();
  await expect(heading(page)).toHaveText(words.typeCode);
  const code = page.getByLabel(words.codeLabel);
  await expect(code).toHaveAttribute("autocomplete", "off");
  await expect(code).toHaveAttribute("inputmode", "text");
  await expect(code).toHaveAttribute("autocapitalize", "characters");
  await expectAccessible(page);

  // Not a code at all: said before asking the server.
  await code.fill("hello");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("That is not a code we know.")).toBeVisible();
  await expect(code).toHaveValue("hello");
  await expect(code).toHaveAttribute("aria-invalid", "true");

  // Well formed but unknown: the server's words, and how to get a new code.
  await code.fill("qqqq qqqq");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("We cannot find that code. Check it and try again, or ask your worker for a new one.")).toBeVisible();
  await expect(page.getByText(/^Need a new code\? Ask your worker, or call your council's front door on 0300.123.4567\.$/)).toBeVisible();
  await expect(code).toHaveValue("qqqq qqqq");
  await expect(code).toBeFocused();
  await expectAccessible(page);

  await code.fill(meeting.code.toLowerCase().replace("-", " "));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(new RegExp(`/f/${meeting.code}$`));
  await expect(heading(page)).toHaveText(words.intro);

  // The same unknown code from a link.
  await page.goto("/f/QQQQ-QQQQ");
  await expect(heading(page)).toHaveText("We cannot use this code");
  await expect(page.getByText("We cannot find that code.")).toBeVisible();
  await expect(page.getByText(/Ask your worker, or call your council's front door on 0300/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Call 999" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Try another code" }).click();
  await expect(heading(page)).toHaveText(words.typeCode);
});

test("too much free text, or a phone call asked for without a number: said clearly, and nothing typed is cleared", async ({
  page,
  request,
  baseURL,
  demo,
  expectAccessible,
}) => {
  const meeting = await workerMeeting(request, baseURL as string, demo);
  await startAnswering(page, meeting.code);

  await page.getByRole("radio", { name: words.child }).check();
  await page.getByRole("group", { name: "How old are you?" }).getByRole("radio", { name: "13 to 15" }).check();
  const freeText = page.getByLabel("Is there anything else you want to tell us?");
  const long = `${"I liked the meeting. ".repeat(95)}${"x".repeat(10)}`;
  expect(long.length).toBe(2005);
  await freeText.fill(long);
  await expect(page.locator("#free-text-counter")).toHaveText("5 letters too many.");
  await expect(page.locator("#free-text-counter")).toHaveClass(/field__counter--over/);

  await page.getByRole("checkbox", { name: "I would like someone to contact me" }).check();
  await page.getByRole("radio", { name: "Phone me" }).check();
  await page.getByRole("button", { name: words.send }).click();

  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(words.problem);
  await expect(summary).toContainText("This is too long. You can use up to 2000 letters.");
  await expect(summary).toContainText("Type your phone number.");
  await expect(freeText).toHaveValue(long);
  await expect(freeText).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Your phone number")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("group", { name: "How old are you?" }).getByRole("radio", { name: "13 to 15" })).toBeChecked();
  await expectAccessible(page);

  // Each problem links to its field.
  await summary.getByRole("link", { name: /Type your phone number/ }).click();
  await expect(page.getByLabel("Your phone number")).toBeFocused();

  // A reload keeps the draft too.
  await page.reload();
  await expect(heading(page)).toHaveText(words.form);
  await expect(page.getByLabel("Is there anything else you want to tell us?")).toHaveValue(long);
  await expect(page.getByRole("radio", { name: "Phone me" })).toBeChecked();

  expect(await responseCount(request, meeting.id)).toBe(0);
});

test("with no signal at the moment of sending, the answers wait on the phone and go by themselves, once", async ({
  page,
  context,
  request,
  baseURL,
  demo,
  expectAccessible,
}) => {
  const meeting = await workerMeeting(request, baseURL as string, demo);
  await startAnswering(page, meeting.code);
  await page.getByRole("radio", { name: words.parent }).check();
  await tip(page, "On time").getByRole("radio", { name: "Yes" }).check();
  await page.getByLabel("Is there anything else you want to tell us?").fill("Thank you for listening to us.");

  await context.setOffline(true);
  await page.getByRole("button", { name: words.send }).click();
  await expect(heading(page)).toHaveText(words.saved);
  await expect(page.getByText(words.savedBody)).toBeVisible();
  await expect(page.getByRole("link", { name: "Call 999" })).toBeVisible();
  await expectAccessible(page);
  const waiting = (await outbox(context)) as { submission: { idempotencyKey: string; freeText: string } }[];
  expect(waiting).toHaveLength(1);
  expect(waiting[0]?.submission.freeText).toBe("Thank you for listening to us.");
  expect(waiting[0]?.submission.idempotencyKey).toMatch(/^[0-9a-f]{32}$/);
  expect(await responseCount(request, meeting.id)).toBe(0);

  await context.setOffline(false);
  await expect(heading(page)).toHaveText(words.thanks, { timeout: 15_000 });
  expect(await outbox(context)).toEqual([]);
  expect(await responseCount(request, meeting.id)).toBe(1);
  await expectAccessible(page);
});

test("answers saved with no signal are sent when the app is opened again", async ({ page, context, request, baseURL, demo }) => {
  const meeting = await workerMeeting(request, baseURL as string, demo);
  await startAnswering(page, meeting.code);
  await page.getByRole("radio", { name: words.parent }).check();
  await context.setOffline(true);
  await page.getByRole("button", { name: words.send }).click();
  await expect(heading(page)).toHaveText(words.saved);
  await page.close();
  await context.setOffline(false);

  // Later: the app is opened (anywhere) with a signal.
  const later = await context.newPage();
  await later.goto("/");
  await expect(heading(later)).toHaveText("Welcome");
  await expect.poll(() => responseCount(request, meeting.id), { timeout: 15_000 }).toBe(1);
  await expect.poll(() => outbox(context)).toEqual([]);
  // Going again does not send it twice.
  await later.reload();
  await expect(heading(later)).toHaveText("Welcome");
  expect(await responseCount(request, meeting.id)).toBe(1);
});

test("a second visit to the same code asks whether someone else has come to answer", async ({
  page,
  request,
  baseURL,
  demo,
  expectAccessible,
}) => {
  const meeting = await workerMeeting(request, baseURL as string, demo);
  await startAnswering(page, meeting.code);
  await page.getByRole("radio", { name: words.parent }).check();
  await page.getByRole("button", { name: words.send }).click();
  await expect(heading(page)).toHaveText(words.thanks);

  await page.goto(`/f/${meeting.code}`);
  await expect(heading(page)).toHaveText(words.again);
  await expectAccessible(page);
  await page.getByRole("button", { name: "No, I have already answered" }).click();
  await expect(heading(page)).toHaveText(words.already);
  await expect(page.getByRole("link", { name: "Call Childline on 0800 1111" })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/f/${meeting.code}`);
  await page.getByRole("button", { name: "Yes, I am someone else" }).click();
  await expect(heading(page)).toHaveText(words.intro);
  await page.getByRole("button", { name: words.start, exact: true }).click();
  // A fresh form: nothing of the first person's answers.
  await expect(page.getByRole("radio", { name: words.parent })).not.toBeChecked();
  await page.getByRole("radio", { name: words.child }).check();
  await page.getByRole("group", { name: "How old are you?" }).getByRole("radio", { name: "8 to 12" }).check();
  await page.getByRole("button", { name: words.send }).click();
  await expect(heading(page)).toHaveText(words.thanks);
  expect(await responseCount(request, meeting.id)).toBe(2);
});
