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

function report(label: string, sizes: Map<string, number>): number {
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  const lines = [...sizes].sort(([a], [b]) => a.localeCompare(b)).map(([file, size]) => `  ${String(size).padStart(6)}  ${file}`);
  console.log(`${label}: ${total} bytes gzipped in ${sizes.size} files\n${lines.join("\n")}`);
  return total;
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
    const total = report(`/f/${code} (${language}), intro to thanks`, sizes);
    expect(total).toBeLessThanOrEqual(budgetBytes);
  });
}

test("the home screen's JavaScript, for the record", async ({ page }) => {
  const sizes = await scriptsDuring(page, async () => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
  report("/ (en)", sizes);
});
