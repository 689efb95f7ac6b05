import { expect, test } from "./fixtures";
import { heading, outbox, responseCount, startAnswering, tip, words, workerMeeting } from "./support/feedback";
import { watchForPageErrors } from "./support/ui";

/**
 * The server says "not now" (429, too many at once) to the first try at sending: the phone keeps
 * the answers, says they will be tried again shortly (not "when you are back online": the
 * signal is fine), sends them by itself half a minute later, and the server stores them once.
 */

/**
 * The server's own rate-limit answer (packages/api/src/platform/errors.ts, `errorBody`, with the
 * refusal of platform/rate-limits.ts): tRPC's JSON-RPC code for TOO_MANY_REQUESTS and our data.
 */
function rateLimitedBody(retryAt: Date) {
  return {
    error: {
      message: "rateLimited",
      code: -32029,
      data: {
        code: "TOO_MANY_REQUESTS",
        httpStatus: 429,
        messageKey: "rateLimited",
        detail: { retryAt: retryAt.toISOString() },
        requestId: "e2e-rate-limited",
      },
    },
  };
}

test("answers refused with 429 wait on the phone, say so, and are sent later, once", async ({
  page,
  request,
  baseURL,
  demo,
  expectAccessible,
}) => {
  const pageErrors = watchForPageErrors(page);
  const meeting = await workerMeeting(request, baseURL as string, demo);

  // The first send is refused before it reaches the server; every later one goes through.
  const sends: number[] = [];
  await page.route("**/api/trpc/feedback.submit", async (route) => {
    if (sends.length === 0) {
      sends.push(429);
      await route.fulfill({ status: 429, contentType: "application/json", json: rateLimitedBody(new Date(Date.now() + 60_000)) });
      return;
    }
    const response = await route.fetch();
    sends.push(response.status());
    await route.fulfill({ response });
  });
  // The phone's clock, so the half-minute wait before trying again can be skipped.
  await page.clock.install();

  await startAnswering(page, meeting.code);
  await page.getByRole("radio", { name: words.parent }).check();
  await tip(page, "On time").getByRole("radio", { name: "Yes" }).check();
  await page.getByLabel("Is there anything else you want to tell us?").fill("The meeting room was far too hot.");
  await page.getByRole("button", { name: words.send }).click();

  await expect(heading(page)).toHaveText(words.saved);
  await expect(heading(page)).toBeFocused();
  await expect(
    page.getByText("We are very busy just now. Your answers are saved on this phone, and we will try again in a minute."),
  ).toBeVisible();
  await expect(page.getByText(words.savedBody)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Try sending now" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Call 999" })).toBeVisible();
  await expectAccessible(page);
  const waiting = (await outbox(page.context())) as { submission: { idempotencyKey: string; freeText: string } }[];
  expect(waiting).toHaveLength(1);
  expect(waiting[0]?.submission.freeText).toBe("The meeting room was far too hot.");
  expect(await responseCount(request, meeting.id)).toBe(0);

  // Half a minute on, it goes by itself; the thanks follow.
  await page.clock.fastForward("00:31");
  await expect(heading(page)).toHaveText(words.thanks, { timeout: 15_000 });
  expect(sends).toEqual([429, 200]);
  expect(await outbox(page.context())).toEqual([]);
  expect(await responseCount(request, meeting.id)).toBe(1);
  await expectAccessible(page);

  // Opening the app again sends nothing more: stored exactly once.
  await page.goto("/");
  await expect(heading(page)).toHaveText("Welcome");
  await page.clock.fastForward("01:00");
  expect(await responseCount(request, meeting.id)).toBe(1);
  expect(sends).toEqual([429, 200]);
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});
