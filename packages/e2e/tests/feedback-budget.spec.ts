import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { recordMeeting, staffSignIn } from "./support/api";

/**
 * The feedback route's JavaScript budget (DESIGN.md: ≤ 40 KB gzipped), measured as a phone
 * gets it: every .js file Chromium downloads from opening /f/CODE to the thanks screen
 * (entry, shell, the screen, its words, the idle "Get help now" preload), each gzipped at
 * the default level as `gzip -c file | wc -c` would (less its ~20-byte name header). A size,
 * not a time: nothing here depends on how fast the machine is.
 */
const budgetBytes = 40_000;

/** Gzipped size of every script the page downloads while `journey` runs, by file name. */
async function scriptsDuring(page: Page, journey: () => Promise<void>): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith(".js")) return;
    pending.push(response.body().then((body) => void sizes.set(url.pathname, gzipSync(body).length)));
  });
  await journey();
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  return sizes;
}

/** The total, with every file named in the message should the budget be missed. */
function totalOf(sizes: Map<string, number>): { total: number; files: string } {
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  const files = [...sizes]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, size]) => `${size} ${file}`)
    .join(", ");
  return { total, files };
}

for (const language of ["en", "cy", "ar"] as const) {
  test(`the feedback route loads at most 40 KB of gzipped JavaScript (${language})`, async ({ page, request, baseURL, demo }) => {
    const worker = await staffSignIn(request, baseURL as string, demo, "worker");
    const { code } = (await recordMeeting(request, baseURL as string, worker, { type: "coreGroup", team: (teams) => teams[0] })).meeting;
    await page.addInitScript((lang) => localStorage.setItem("heard.language", lang), language);

    const sizes = await scriptsDuring(page, async () => {
      await page.goto(`/f/${code}`);
      await page.locator("main button.btn--primary").click();
      await page.locator("#who-parent").check();
      await page.locator("#free-text").fill("Thank you.");
      await page.locator("button.send").click();
      await expect(page.getByRole("link", { name: /999/ })).toBeVisible();
    });
    const { total, files } = totalOf(sizes);
    expect(total, `/f/${code} (${language}), intro to thanks: ${files}`).toBeLessThanOrEqual(budgetBytes);
  });
}
