import { type APIRequestContext, type BrowserContext, expect, type Locator, type Page } from "@playwright/test";
import { type Demo, query, recordMeeting, staffSignIn } from "./api";

/** The family's feedback pages as the specs drive them: their words, a meeting to answer, the phone's outbox. */

/** Words the tests look for, from packages/i18n/locales (literal: a test should fail if they change by accident). */
export const words = {
  intro: "Tell us how it went",
  anonymous: "Your worker will not see who gave which answers.",
  shared: "we will share it with people whose job is to keep them safe",
  start: "Start",
  form: "Your answers",
  parent: "I am a parent or carer",
  child: "I am a child or young person",
  send: "Send my answers",
  thanks: "Thank you!",
  worried: "Thank you for telling us",
  saved: "Saved on this phone",
  savedBody: "Saved on this phone — it will be sent when you are back online.",
  again: "Has someone else in your family come to answer?",
  already: "You have already told us. Thank you!",
  typeCode: "Type your code",
  codeLabel: "Your code",
  problem: "There is a problem",
};

export type FeedbackMeeting = { id: string; code: string; responseCount: number };

/** Signs in as the demo worker (on this test's API context) and records a meeting: its code is what the family gets. */
export async function workerMeeting(request: APIRequestContext, origin: string, demo: Demo): Promise<FeedbackMeeting> {
  const worker = await staffSignIn(request, origin, demo, "worker");
  const { meeting } = await recordMeeting<FeedbackMeeting>(request, origin, worker, { type: "childInNeedReview" });
  expect(meeting.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  return meeting;
}

/** How many responses the server holds for a meeting (as the worker who recorded it). */
export async function responseCount(request: APIRequestContext, meetingId: string): Promise<number> {
  return (await query<FeedbackMeeting>(request, "meetings.get", { id: meetingId })).responseCount;
}

export function heading(page: Page): Locator {
  return page.getByRole("heading", { level: 1 });
}

/** The group for one tip, by its title (the legend). */
export function tip(page: Page, title: string): Locator {
  return page.getByRole("group", { name: title });
}

/** Opens a code, reads the intro and starts. */
export async function startAnswering(page: Page, code: string) {
  await page.goto(`/f/${code}`);
  await expect(heading(page)).toHaveText(words.intro);
  await page.getByRole("button", { name: words.start, exact: true }).click();
  await expect(heading(page)).toHaveText(words.form);
  await expect(heading(page)).toBeFocused();
}

export async function outbox(context: BrowserContext): Promise<unknown[]> {
  const [page] = context.pages();
  if (!page) return [];
  return page.evaluate(() => JSON.parse(localStorage.getItem("heard.feedback.outbox") ?? "[]") as unknown[]);
}
