import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demoStaff, openFeedback, recordMeeting, signedInApi, submitFeedback } from "./support/api";
import { chart, chartCell, chartNumbers, chartRow, openResultsFilter, resultsFilter, resultsFilterValue } from "./support/results";
import { expectFitsAndAccessible, openFromMenu, signInAs, watchForPageErrors } from "./support/ui";

/**
 * Results on a 360 px phone. Six parents answer one meeting (through the API, as their phones
 * would): tip 1 gets six answers (shown), tip 2 only three (hidden: "fewer than 5"). QA filters
 * to that meeting's type through the address, sees the figures in the charts' tables, the hidden
 * ones, the masked comments, and downloads the CSV. A worker sees only their own meetings, with no team filter.
 *
 * Only this spec records "Children in care review" meetings in its team (the demo's year of
 * feedback has none there), so that filter and the team's hold exactly ours.
 */

test.describe.configure({ timeout: 120_000 });

const meetingType = "childrenInCareReview";
const meetingTypeName = "Children in care review";

/** The summary's figure for a label ("Meetings" → "1"). */
function figure(page: Page, label: string) {
  return page
    .locator(".results-summary > div")
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
    .locator("dd");
}

test("QA filters results, sees small numbers hidden, reads masked comments and downloads the CSV; a worker sees only their own", async ({
  page,
  browser,
  demo,
  baseURL,
  playwright,
  expectAccessible,
}) => {
  const origin = baseURL ?? "";
  const pageErrors = watchForPageErrors(page);

  // A manager records a meeting about themselves (not the worker), in their team.
  const manager = demoStaff(demo, "manager");
  const managerApi = await signedInApi(playwright, origin, demo, "manager");
  const { meeting, team } = await recordMeeting(managerApi, origin, manager, { type: meetingType });
  await managerApi.dispose();

  // Six parents answer: everyone answers tip 1 (Yes), only three answer tip 2 (A bit), one writes a comment.
  const phone = await playwright.request.newContext({ baseURL });
  const opened = await openFeedback(phone, meeting.code);
  expect(opened.tips).toHaveLength(10);
  for (let person = 0; person < 6; person++) {
    await submitFeedback(phone, origin, {
      code: meeting.code,
      idempotencyKey: randomBytes(18).toString("base64url"),
      answers: opened.tips.map((tip, index) => ({
        tipId: tip.id,
        answer: index === 0 ? "yes" : index === 1 ? (person < 3 ? "aBit" : "skipped") : person % 2 === 0 ? "yes" : "no",
      })),
      ...(person === 0 ? { freeText: "Thank you for listening. You can ring me on 07700 900123." } : {}),
      contactRequested: false,
    });
  }
  await phone.dispose();
  const [tip1, tip2] = opened.tips;
  if (!tip1 || !tip2) throw new Error("no tips");

  // QA opens results: filters, and the results for the last twelve months.
  await signInAs(page, demo, "qa");
  await openFromMenu(page, "Results");
  await expect(page.getByRole("heading", { level: 1, name: "Results" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Summary" })).toBeVisible();
  await expect(resultsFilterValue(page, "Teams")).toHaveText("All teams");
  await expectFitsAndAccessible(page, expectAccessible);

  // A reversed date range is explained beside the date, and nothing is applied.
  await openResultsFilter(page, "Period");
  await page.getByLabel("From", { exact: true }).fill("2026-06-01");
  await page.getByLabel("To", { exact: true }).fill("2026-01-01");
  await page.getByRole("button", { name: "Show results" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "To: The end date must be the same as or after the start date." })).toBeVisible();
  await expect(page).toHaveURL(/\/staff\/results$/);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(summary).toHaveCount(0);

  // Only this meeting's team and type: the filter goes into the address.
  await openResultsFilter(page, "Teams");
  await page.getByRole("checkbox", { name: team.name }).check();
  await openResultsFilter(page, "Meeting types");
  await page.getByRole("checkbox", { name: meetingTypeName }).check();
  await expect(resultsFilterValue(page, "Meeting types")).toHaveText(meetingTypeName);
  await page.getByRole("button", { name: "Show results" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]type=${meetingType}(&|$)`));
  await expect(page.getByText("Results updated.")).toBeAttached();
  await expect(figure(page, "Meetings")).toHaveText("1");
  await expect(figure(page, "Responses")).toHaveText("6");
  await expect(figure(page, "Responses per meeting")).toHaveText("6");

  // Tip 1: six answers, shown with numbers and percentages, and its score.
  const tip1Label = `1. ${tip1.title}`;
  const tip2Label = `2. ${tip2.title}`;
  const shares = await chartNumbers(chart(page, "How people answered each tip: Yes, A bit or No"));
  await expect(chartRow(shares, tip1Label)).toHaveText(/^1\. .*6 \(100%\)\s*0 \(0%\)\s*0 \(0%\)\s*6$/);
  const byTeam = chart(page, "Score for each tip in each team").getByRole("table");
  await expect(await chartCell(byTeam, tip1Label, "All teams")).toHaveText("100");
  await expect(await chartCell(byTeam, tip1Label, team.name)).toHaveText("100");
  // The month as the page writes it (answers are kept by UTC month).
  const thisMonth = await page.evaluate(() =>
    new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC", numberingSystem: "latn" }).format(new Date()),
  );
  const trend = await chartNumbers(chart(page, "Score for each tip, month by month"));
  await expect(await chartCell(trend, tip1Label, thisMonth)).toHaveText("100");

  // Tip 2: three answers, so no figures at all, only "fewer than 5", in every chart.
  await expect(chartRow(shares, tip2Label)).toHaveText(/^2\. .*Fewer than 5$/);
  await expect(await chartCell(byTeam, tip2Label, "All teams")).toHaveText("Fewer than 5");
  await expect(await chartCell(trend, tip2Label, thisMonth)).toHaveText("Fewer than 5");
  for (const table of [shares, byTeam, trend]) await expect(chartRow(table, tip2Label)).not.toContainText(/\b3\b/);
  await expect(page.locator(".stack-row", { hasText: tip2Label }).getByRole("img")).toHaveAccessibleName("Fewer than 5");
  await expectFitsAndAccessible(page, expectAccessible);

  // The view is in the address: a reload (or a bookmark) shows the same.
  await page.reload();
  await expect(resultsFilterValue(page, "Meeting types")).toHaveText(meetingTypeName);
  await openResultsFilter(page, "Meeting types");
  await expect(page.getByRole("checkbox", { name: meetingTypeName })).toBeChecked();
  await expect(figure(page, "Meetings")).toHaveText("1");

  // What families wrote: masked, with month, team, meeting and who wrote it.
  const comments = page.getByRole("region", { name: "What families wrote" });
  const comment = comments.getByRole("listitem").filter({ hasText: "Thank you for listening." });
  await expect(comment).toContainText("[phone]");
  await expect(comment).not.toContainText("07700");
  await expect(comment).toContainText(team.name);
  await expect(comment).toContainText(meetingTypeName);
  await expect(comment).toContainText("Parents and carers");

  // The CSV: downloaded through the browser, with its header row.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^heard-results-v\d+-\d{4}-\d{2}-to-\d{4}-\d{2}\.csv$/);
  const csv = (await readFile((await download.path()) as string, "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe("tip,month,team,yes,a bit,no,responses");
  expect(lines.some((line) => line.startsWith(`1. ${tip1.title},`) && line.endsWith(`,${team.name},6,0,0,6`))).toBe(true);
  expect(lines.some((line) => line.startsWith(`2. ${tip2.title},`) && line.endsWith(",,,,fewer than 5"))).toBe(true);
  await expect(page.getByText("Your download is ready.")).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);
  expect(pageErrors).toEqual([]);

  // A worker: their own meetings only, so no team filter, no comments, no download; not the manager's meeting.
  const workerContext = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 800 },
    locale: "en-GB",
    timezoneId: "Europe/London",
  });
  const workerPage = await workerContext.newPage();
  const workerErrors = watchForPageErrors(workerPage);
  await signInAs(workerPage, demo, "worker");
  await openFromMenu(workerPage, "Results");
  await expect(workerPage.getByText("These results are about your own meetings only")).toBeVisible();
  await expect(resultsFilter(workerPage, "Teams")).toHaveCount(0);
  await expect(workerPage.getByRole("heading", { name: "What families wrote" })).toHaveCount(0);
  await expect(workerPage.getByRole("button", { name: "Download CSV" })).toHaveCount(0);
  await openResultsFilter(workerPage, "Meeting types");
  await workerPage.getByRole("checkbox", { name: meetingTypeName }).check();
  await workerPage.getByRole("button", { name: "Show results" }).click();
  await expect(workerPage).toHaveURL(new RegExp(`[?&]type=${meetingType}(&|$)`));
  await expect(figure(workerPage, "Meetings")).toHaveText("0");
  await expect(chart(workerPage, "Score for each tip in each team").getByRole("rowheader", { name: tip1Label })).toBeVisible();
  await expectFitsAndAccessible(workerPage, expectAccessible);
  expect(workerErrors).toEqual([]);
  await workerContext.close();
});
