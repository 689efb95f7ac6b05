import { expect, test } from "./fixtures";
import { watchForPageErrors } from "./support/ui";

test("the health and readiness endpoints answer", async ({ request }) => {
  const health = await request.get("/healthz");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });
  const ready = await request.get("/readyz");
  expect(ready.status()).toBe(200);
});

test("the family home page loads on a phone and is accessible", async ({ page, expectAccessible }) => {
  const pageErrors = watchForPageErrors(page);
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});

test("the staff app loads at /staff/ and is accessible", async ({ page, expectAccessible }) => {
  const pageErrors = watchForPageErrors(page);
  const response = await page.goto("/staff/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});
