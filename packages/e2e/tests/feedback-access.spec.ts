import { expect, test } from "./fixtures";
import { heading, responseCount, startAnswering, tip, words, workerMeeting } from "./support/feedback";

/**
 * The feedback form for everyone, on a 360 px phone: the whole journey by keyboard alone, a
 * browser that cannot read aloud, and the form in Welsh and in Arabic (right to left), each
 * screen checked with axe.
 */

test("the whole journey by keyboard alone", async ({ page, request, baseURL, demo }) => {
  const meeting = await workerMeeting(request, baseURL as string, demo);
  await page.goto(`/f/${meeting.code}`);
  await expect(heading(page)).toHaveText(words.intro);
  const start = page.getByRole("button", { name: words.start, exact: true });
  for (let i = 0; i < 20 && !(await start.evaluate((element) => element === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(start).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(heading(page)).toBeFocused();

  // Tab into "Who is answering?", arrow to the parent, Space chooses it.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("radio", { name: words.child })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: words.parent })).toBeChecked();
  // The first tip: Tab past its read-aloud button to its answers; the right arrow moves on.
  const onTime = tip(page, "On time");
  for (
    let i = 0;
    i < 5 && !(await onTime.getByRole("radio", { name: "Yes" }).evaluate((element) => element === document.activeElement));
    i++
  ) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Space");
  await expect(onTime.getByRole("radio", { name: "Yes" })).toBeChecked();
  // Then on to Send and Enter.
  const send = page.getByRole("button", { name: words.send });
  for (let i = 0; i < 60 && !(await send.evaluate((element) => element === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(send).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(heading(page)).toHaveText(words.thanks);
  await expect(heading(page)).toBeFocused();
  expect(await responseCount(request, meeting.id)).toBe(1);
});

test("without speech synthesis, there are no read-aloud buttons", async ({ page, request, baseURL, demo }) => {
  const meeting = await workerMeeting(request, baseURL as string, demo);
  await page.addInitScript(() => {
    Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });
  });
  await startAnswering(page, meeting.code);
  await expect(tip(page, "On time")).toBeVisible();
  await expect(page.getByRole("button", { name: "Read aloud" })).toHaveCount(0);
});

for (const language of [
  {
    code: "cy",
    intro: "Dywedwch wrthym sut aeth pethau",
    start: "Dechrau",
    form: "Eich atebion",
    parent: "Rhiant neu ofalwr ydw i",
    tip: "Ar amser",
    yes: "Do",
    send: "Anfon fy atebion",
    thanks: "Diolch!",
    dir: "ltr",
  },
  {
    code: "ar",
    intro: "أخبرنا كيف جرى الأمر",
    start: "ابدأ",
    form: "إجاباتك",
    parent: "أنا أحد الوالدين أو مقدّم رعاية",
    tip: "في الموعد",
    yes: "نعم",
    send: "أرسل إجاباتي",
    thanks: "شكرًا لك!",
    dir: "rtl",
  },
] as const) {
  test(`the form in ${language.code === "ar" ? "Arabic, right to left" : "Welsh"}`, async ({
    page,
    request,
    baseURL,
    demo,
    expectAccessible,
  }) => {
    const meeting = await workerMeeting(request, baseURL as string, demo);
    await page.addInitScript((code) => localStorage.setItem("heard.language", code), language.code);
    await page.goto(`/f/${meeting.code}`);
    await expect(page.locator("html")).toHaveAttribute("lang", language.code);
    await expect(page.locator("html")).toHaveAttribute("dir", language.dir);
    await expect(heading(page)).toHaveText(language.intro);
    await expectAccessible(page);

    await page.getByRole("button", { name: language.start, exact: true }).click();
    await expect(heading(page)).toHaveText(language.form);
    // The tips in this language (the organisation's own translation).
    await tip(page, language.tip).getByRole("radio", { name: language.yes, exact: true }).check();
    await page.getByRole("radio", { name: language.parent }).check();
    await expectAccessible(page);
    await page.getByRole("button", { name: language.send }).click();
    await expect(heading(page)).toHaveText(language.thanks);
    await expectAccessible(page);
    expect(await responseCount(request, meeting.id)).toBe(1);
  });
}
