import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures";
import { chart, chartNumbers, chartRow, openResultsFilter, resultsFilterValue } from "./support/results";
import { expectFitsAndAccessible, openFromMenu, signInAs, watchForPageErrors } from "./support/ui";

/**
 * The results' three charts on the demo's year of feedback, as the demo QA user on a 360 px
 * phone: each a figure with a caption and its numbers in a table; the pilot month (three
 * answers) and West's first weeks read "Fewer than 5", never 0; a team chosen goes into the
 * address and survives a reload; nonsense in the address is dropped; in Arabic the months run
 * right to left. Every state passes axe.
 */

test.describe.configure({ timeout: 120_000 });

const captions = {
  trend: "Score for each tip, month by month",
  byTeam: "Score for each tip in each team",
  shares: "How people answered each tip: Yes, A bit or No",
};
const west = "West Children in Care";

/** The texts of a table's body cells (headings of rows left out). */
async function cellTexts(table: Locator): Promise<string[]> {
  return (await table.locator("tbody td").allTextContents()).map((text) => text.trim());
}

test("QA reads the year as three charts with their numbers, filters by team in the address, and in Arabic", async ({
  page,
  demo,
  expectAccessible,
}) => {
  const pageErrors = watchForPageErrors(page);
  await signInAs(page, demo, "qa");
  await openFromMenu(page, "Results");

  // Three figures, each with its caption as a heading.
  for (const caption of Object.values(captions)) {
    await expect(chart(page, caption)).toBeVisible();
    await expect(chart(page, caption).getByRole("heading", { level: 3, name: caption })).toBeVisible();
  }
  await expectFitsAndAccessible(page, expectAccessible);

  // Small multiples: a panel per tip, and the numbers behind "Show the numbers": ten tips by
  // twelve months, the pilot month hidden in words, never as 0 (a month nobody answered in
  // would be a dash that says so).
  const trendFigure = chart(page, captions.trend);
  await expect(trendFigure.getByRole("listitem")).toHaveCount(10);
  await expect(trendFigure.getByRole("listitem").first()).toContainText(/^1\. .+Latest: \d+(\.\d)? \(\w{3} \d{4}\)/);
  await expect(trendFigure.getByText(/^Fewer than 5 in /).first()).toBeVisible();
  const trend = await chartNumbers(trendFigure);
  await expect(trend.locator("thead th")).toHaveCount(13);
  await expect(trend.getByRole("row")).toHaveCount(11);
  const trendCells = await cellTexts(trend);
  expect(trendCells).toHaveLength(120);
  expect(trendCells.filter((text) => text === "Fewer than 5").length).toBeGreaterThanOrEqual(10);
  for (const text of trendCells) expect(text).toMatch(/^(\d{1,3}(\.\d)?|Fewer than 5|–No answers)$/);
  expect(trendCells).not.toContain("0");

  // The shaded table: every tip in all teams and each of the three, every cell a figure.
  const byTeam = chart(page, captions.byTeam).getByRole("table", { name: captions.byTeam });
  await expect(byTeam.locator("thead th")).toHaveText(["Tip", "All teams", "North Family Support", "South Safeguarding", west]);
  for (const text of await cellTexts(byTeam)) expect(text).toMatch(/^\d{1,3}(\.\d)?$/);
  await expect(chart(page, captions.byTeam)).toContainText("Darker shading means a higher score.");

  // The shares: a bar per tip, named by its shares; the numbers add up to the responses.
  const sharesFigure = chart(page, captions.shares);
  await expect(sharesFigure.getByRole("img")).toHaveCount(10);
  await expect(sharesFigure.getByRole("img").first()).toHaveAccessibleName(/^Yes \d+%, A bit \d+%, No \d+%$/);
  const shares = await chartNumbers(sharesFigure);
  const first = (await chartRow(shares, "1. On time").locator("td").allTextContents()).map((text) => text.trim());
  const counts = first.slice(0, 3).map((text) => Number(/^(\d+) \(\d+%\)$/.exec(text)?.[1]));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(Number(first[3]));
  await expectFitsAndAccessible(page, expectAccessible);

  // West only: the choice goes into the address; its first weeks (three answers) are hidden.
  const westId = await (await openResultsFilter(page, "Teams")).getByRole("checkbox", { name: west }).getAttribute("value");
  await page.getByRole("checkbox", { name: west }).check();
  await expect(resultsFilterValue(page, "Teams")).toHaveText(west);
  await page.getByRole("button", { name: "Show results" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]team=${westId}(&|$)`));
  await expect(page.getByText("Results updated.")).toBeAttached();
  await page.reload();
  await expect(resultsFilterValue(page, "Teams")).toHaveText(west);
  await expect(chart(page, captions.byTeam).getByRole("table").locator("thead th")).toHaveText(["Tip", "All teams", west]);
  const westTrend = await chartNumbers(chart(page, captions.trend));
  expect((await cellTexts(westTrend)).filter((text) => text === "Fewer than 5").length).toBeGreaterThanOrEqual(10);
  await expectFitsAndAccessible(page, expectAccessible);

  // Nonsense in the address is dropped, and the address says what is shown.
  await page.goto(`/staff/results?team=nobody&type=party&kind=child&from=yesterday&team=${westId?.toUpperCase()}`);
  await expect(resultsFilterValue(page, "Who answered")).toHaveText("Children and young people");
  await expect(resultsFilterValue(page, "Teams")).toHaveText(west);
  await expect(resultsFilterValue(page, "Meeting types")).toHaveText("All meeting types");
  await expect(page).toHaveURL(new RegExp(`/staff/results\\?team=${westId}&kind=child$`));
  await expect(chart(page, captions.shares)).toBeVisible();

  // In Arabic: right to left, the months too (the oldest on the right), and still accessible.
  await page.goto("/staff/results");
  await page.getByLabel("Language", { exact: true }).selectOption("ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const arabicTrend = chart(page, "درجة كل نصيحة شهرًا بشهر");
  await expect(arabicTrend).toBeVisible();
  await expect(chart(page, "درجة كل نصيحة في كل فريق")).toBeVisible();
  await expect(chart(page, "كيف أجاب الناس عن كل نصيحة: نعم أو قليلًا أو لا")).toBeVisible();
  const axis = arabicTrend.locator(".trend-panel__axis").first().locator("span");
  const [oldest, newest] = [await axis.first().boundingBox(), await axis.last().boundingBox()];
  expect(oldest && newest && oldest.x > newest.x, "the oldest month is on the right").toBe(true);
  const arabicNumbers = await chartNumbers(arabicTrend, "عرض الأرقام", "إخفاء الأرقام");
  expect(await cellTexts(arabicNumbers)).toContain("أقل من 5");
  await expectFitsAndAccessible(page, expectAccessible);

  // Back to English for the account (the language follows the person).
  await page.getByLabel("اللغة", { exact: true }).selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  expect(pageErrors).toEqual([]);
});
