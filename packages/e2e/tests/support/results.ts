import { expect, type Locator, type Page } from "@playwright/test";

/** The results page's filters and charts, as a person finds them. */

/** A filter folded into a disclosure ("Teams", "Period"), by its name. */
export function resultsFilter(page: Page, name: string): Locator {
  return page.locator("details.choice-filter").filter({ has: page.locator(".choice-filter__name", { hasText: new RegExp(`^${name}$`) }) });
}

/** Opens a filter's disclosure (if it is closed), as a tap on its line would. */
export async function openResultsFilter(page: Page, name: string): Promise<Locator> {
  const filter = resultsFilter(page, name);
  if (!(await filter.evaluate((details) => (details as HTMLDetailsElement).open))) await filter.locator("summary").click();
  await expect(filter).toHaveAttribute("open", "");
  return filter;
}

/** What a filter's line says is chosen ("All teams", "Children in care review"). */
export function resultsFilterValue(page: Page, name: string): Locator {
  return resultsFilter(page, name).locator(".choice-filter__box");
}

/** A chart by its caption. */
export function chart(page: Page, caption: string): Locator {
  return page.getByRole("figure", { name: caption });
}

/** Opens a chart's "Show the numbers" and gives its table. */
export async function chartNumbers(figure: Locator, toggle = "Show the numbers", hide = "Hide the numbers"): Promise<Locator> {
  const summary = figure.locator("summary", { hasText: toggle });
  if ((await summary.count()) > 0) await summary.click();
  await expect(figure.locator("summary", { hasText: hide })).toBeVisible();
  return figure.getByRole("table");
}

/** A row of a chart's table, by its heading cell ("1. On time"). */
export function chartRow(table: Locator, heading: string): Locator {
  return table.getByRole("row").filter({ has: table.page().getByRole("rowheader", { name: heading, exact: true }) });
}

/** The cell of a row under a column heading ("Nov 2026", "All teams"). */
export async function chartCell(table: Locator, row: string, column: string): Promise<Locator> {
  const headings = (await table.locator("thead th").allTextContents()).map((text) => text.trim());
  const index = headings.indexOf(column);
  expect(index, `a column "${column}" in ${headings.join(" | ")}`).toBeGreaterThan(0);
  return chartRow(table, row).locator("th, td").nth(index);
}
