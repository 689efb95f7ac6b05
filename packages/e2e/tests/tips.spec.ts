import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demoStaff, mutate, query, recordMeeting, signedInApi } from "./support/api";
import { expectFitsAndAccessible, openFromMenu, signInAs, watchForPageErrors } from "./support/ui";

/**
 * The participation team edits the Top 10 Tips on a 360 px phone: changes tip 3's wording and
 * its Welsh, sees a mistake explained next to the right box, saves a draft that survives a
 * reload, publishes it (after the confirmation), and finds it as the current version. A meeting
 * recorded afterwards gives families the new words.
 *
 * Other specs share this server and read the tips, so the tips published before this test are
 * published again at the end (as one more version), whatever happens in between.
 */

// Ten tips' worth of boxes, several axe runs and a publish: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

const run = Date.now().toString(36).slice(-5);
const newWording = `You used words I understand, and checked that I did (${run}).`;
const newWelsh = `Gwnaethoch ddefnyddio geiriau rwy'n eu deall, a gwirio fy mod i'n deall (${run}).`;

type Text = { title: string; wording: string };
type Tip = { id: string; position: number; title: string; wording: string; icon: string | null; translations: { cy?: Text; ar?: Text } };
type CurrentTips = { id: string; number: number; tips: Tip[] };

/** Publishes these tips as a new version (the way back to what the other specs expect). */
async function publishTips(api: APIRequestContext, origin: string, tips: Tip[]) {
  const draft = await mutate<{ id: string }>(api, origin, "tips.saveDraft", {
    tips: tips.map((tip) => ({ title: tip.title, wording: tip.wording, icon: tip.icon, translations: tip.translations })),
  });
  await mutate(api, origin, "tips.publish", { id: draft.id });
}

test("the participation team edits tip 3, saves a draft, publishes it, and new meetings use it", async ({
  page,
  demo,
  baseURL,
  playwright,
  expectAccessible,
}) => {
  const origin = baseURL ?? "";
  const pageErrors = watchForPageErrors(page);
  const participationApi = await signedInApi(playwright, origin, demo, "participation");
  const original = await query<CurrentTips>(participationApi, "tips.current");
  const originalTip3 = original.tips[2];
  if (!originalTip3) throw new Error("no tip 3");

  try {
    await signInAs(page, demo, "participation");

    // The tips families answer now, and every version.
    await openFromMenu(page, "Top 10 Tips");
    await expect(page.getByRole("heading", { level: 1, name: "Top 10 Tips" })).toBeVisible();
    await expect(page.getByText(`Version ${original.number}, published on`)).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: `3. ${originalTip3.title}` })).toBeVisible();
    await expect(page.getByText(originalTip3.wording, { exact: true })).toBeVisible();
    const versions = page.getByRole("table", { name: "Every version of the tips, newest first" });
    await expect(versions.getByRole("row", { name: new RegExp(`^Version ${original.number} Published`) })).toBeVisible();
    await expectFitsAndAccessible(page, expectAccessible);

    // The editor starts from the published tips.
    await page.getByRole("link", { name: "Edit as a new version" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Edit the Top 10 Tips" })).toBeFocused();
    const tip3 = page.getByRole("group", { name: "Tip 3", exact: true });
    const title = tip3.getByLabel("Title", { exact: true });
    const wording = tip3.getByLabel("Wording", { exact: true });
    await expect(title).toHaveValue(originalTip3.title);
    await expect(wording).toHaveValue(originalTip3.wording);
    await expect(tip3.getByLabel("Picture", { exact: true })).toHaveValue(originalTip3.icon ?? "");
    await expectFitsAndAccessible(page, expectAccessible);

    // A mistake is explained beside the right box and in a summary that takes focus; nothing typed is lost.
    await title.fill("   ");
    await wording.fill(newWording);
    await expect(tip3.getByText(`${newWording.length} of 200 characters`)).toBeVisible();
    await page.getByRole("button", { name: "Save draft" }).click();
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    const problem = summary.getByRole("link", { name: "Tip 3, Title: Please fill this in." });
    await expect(problem).toBeVisible();
    await expect(title).toHaveAttribute("aria-invalid", "true");
    await expect(wording).toHaveValue(newWording);
    await expectFitsAndAccessible(page, expectAccessible);
    await problem.click();
    await expect(title).toBeFocused();
    await title.fill(originalTip3.title);

    // The Welsh, in its own section, in a box marked as Welsh; the Arabic boxes are right to left.
    await tip3.locator("summary").click();
    const welshWording = tip3.getByLabel("Wording in Welsh", { exact: true });
    await expect(welshWording).toHaveAttribute("lang", "cy");
    await expect(tip3.getByLabel("Title in Arabic", { exact: true })).toHaveAttribute("dir", "rtl");
    await expect(tip3.getByLabel("Title in Arabic", { exact: true })).toHaveAttribute("lang", "ar");
    await welshWording.fill(newWelsh);
    await expectFitsAndAccessible(page, expectAccessible);

    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText(/^Draft saved as version \d+\./)).toBeVisible();
    await expect(summary).toHaveCount(0);

    // The draft is on the server: it is there after a reload, even without this tab's copy.
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Edit the Top 10 Tips" })).toBeVisible();
    await expect(page.getByText(/^You are carrying on with the draft \(version \d+\)/)).toBeVisible();
    await expect(wording).toHaveValue(newWording);
    await tip3.locator("summary").click();
    await expect(welshWording).toHaveValue(newWelsh);

    // Publishing asks first, and says what it means for meetings and results.
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Publish these tips?" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("Meetings recorded from now on will use these tips.");
    await expect(dialog).toContainText("keep the version they had");
    await expect(dialog).toContainText("never mix");
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Yes, publish" }).click();

    // Back on the tips page, the new version is the one families answer.
    await expect(page).toHaveURL(/\/staff\/tips$/);
    const published = await query<CurrentTips>(participationApi, "tips.current");
    expect(published.number).toBeGreaterThan(original.number);
    await expect(page.getByText(`Version ${published.number} is published.`)).toBeVisible();
    await expect(page.getByText(`Version ${published.number}, published on`)).toBeVisible();
    await expect(page.getByText(newWording, { exact: true })).toBeVisible();
    await expect(page.locator('dd[lang="cy"]', { hasText: newWelsh })).toBeVisible();
    await expect(versions.getByRole("row", { name: new RegExp(`^Version ${published.number} Published`) })).toBeVisible();
    await expect(versions.getByRole("row", { name: new RegExp(`^Version ${original.number} Retired`) })).toBeVisible();
    await expectFitsAndAccessible(page, expectAccessible);

    // A meeting recorded now gives the family the new words.
    const workerApi = await signedInApi(playwright, origin, demo, "worker");
    const { meeting } = await recordMeeting(workerApi, origin, demoStaff(demo, "worker"), { type: "other" });
    await workerApi.dispose();
    const opened = await query<{ tipVersionId: string; tips: Tip[] }>(page.context().request, "feedback.open", { code: meeting.code });
    expect(opened.tipVersionId).toBe(published.id);
    expect(opened.tips).toHaveLength(10);
    expect(opened.tips[2]).toMatchObject({ title: originalTip3.title, wording: newWording, translations: { cy: { wording: newWelsh } } });
    expect(pageErrors).toEqual([]);
  } finally {
    // Put the tips back as they were (as one more version) for the specs that come after.
    const now = await query<CurrentTips>(participationApi, "tips.current");
    if (now.id !== original.id) {
      await publishTips(participationApi, origin, original.tips);
      const restored = await query<CurrentTips>(participationApi, "tips.current");
      expect(restored.tips.map((tip) => tip.wording)).toEqual(original.tips.map((tip) => tip.wording));
    }
    await participationApi.dispose();
  }
});
