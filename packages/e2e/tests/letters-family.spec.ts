import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { mutate, query, signedInApi, staffSignIn } from "./support/api";
import { expectFitsAndAccessible, watchForPageErrors } from "./support/ui";

/**
 * The family's letters on a 360 px phone: sam signs in, opens My letters and the demo letter,
 * hears it read aloud, taps a glossary word, and answers it; a failed send keeps the words.
 * In Arabic the app reads right to left and the English letter stays left to right; an Arabic
 * letter, corrected once, reads right to left in the English app, its plan as cards.
 */

/** Words the tests look for, from packages/i18n/locales (literal: a test should fail if they change by accident). */
const words = {
  myLetters: "My letters",
  demoLetter: "Letter after your child protection meeting",
  familyPlan: "Your family plan",
  readAloud: "Read aloud",
  talk: "I want to talk to someone about this",
  reply: "Is there anything you want to say or ask?",
  send: "Send",
  thanks: "Thank you for telling us",
  notSent: "We could not send this. Check your signal or Wi-Fi and try again. What you wrote is still here.",
  updated: "This letter was updated on",
  earlier: "Open the earlier version",
};

function heading(page: Page): Locator {
  return page.getByRole("heading", { level: 1 });
}

/** Replaces the phone's voices with a recorder: what would be said, and in which language. */
async function recordSpeech(page: Page) {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    Object.assign(window, { spoken });
    class Utterance {
      lang = "";
      voice: unknown = null;
      constructor(readonly text: string) {}
    }
    Object.defineProperty(window, "SpeechSynthesisUtterance", { configurable: true, value: Utterance });
    Object.defineProperty(window, "speechSynthesis", {
      configurable: true,
      value: { speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang }), cancel() {}, getVoices: () => [] },
    });
  });
}

async function spoken(page: Page): Promise<{ text: string; lang: string }[]> {
  return page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
}

async function signIn(page: Page, username: string, passphrase: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Your sign-in name").fill(username);
  await page.getByLabel("Your passphrase").fill(passphrase);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(heading(page)).toHaveText(/^Hello, /);
}

async function chooseLanguage(page: Page, code: "en" | "cy" | "ar", label = "Language") {
  await page.getByRole("banner").getByLabel(label).selectOption(code);
  await expect(page.locator("html")).toHaveAttribute("lang", code);
}

test("sam reads the demo letter, hears it, learns a word and asks to talk to someone", async ({ page, demo, expectAccessible }) => {
  const pageErrors = watchForPageErrors(page);
  await recordSpeech(page);
  await signIn(page, demo.family.username, demo.family.passphrase);

  await page.getByRole("main").getByRole("link", { name: words.myLetters }).click();
  await expect(heading(page)).toHaveText(words.myLetters);
  await expect(heading(page)).toBeFocused();
  // Unread: "New" is in the link's name, so a screen reader hears it too.
  const letterLink = page.getByRole("link", { name: `New ${words.demoLetter}` });
  await expect(letterLink).toBeVisible();
  await expect(page.getByText(/^Sent on \d{1,2} \w+ \d{4}$/).first()).toBeVisible();
  await expectFitsAndAccessible(page, expectAccessible);

  await letterLink.click();
  await expect(heading(page)).toHaveText(words.demoLetter);
  await expect(page.getByText("From Wendy Worker.")).toBeVisible();
  const letter = page.locator("article.letter");
  await expect(letter).toHaveAttribute("lang", "en");
  await expect(letter).toHaveAttribute("dir", "ltr");
  await expect(letter.getByRole("heading", { name: "What will happen now" })).toBeVisible();
  await expect(letter.getByRole("listitem").filter({ hasText: "Wendy will visit you every week." })).toBeVisible();

  // One read-aloud button per section, each naming its section; it speaks the letter's language.
  const readAloud = letter.getByRole("button", { name: `${words.readAloud} What will happen now` });
  await expect(readAloud).toBeVisible();
  expect(await letter.getByRole("button", { name: new RegExp(`^${words.readAloud}`) }).count()).toBeGreaterThan(3);
  await readAloud.click();
  expect(await spoken(page)).toEqual([
    { text: expect.stringMatching(/^What will happen now\. Wendy will visit you every week\./), lang: "en-GB" },
  ]);

  // A glossary word: tap it, see what it means; Escape closes it and leaves focus on the word.
  const term = letter.getByRole("button", { name: "core group", exact: true });
  await expect(term).toHaveAttribute("aria-expanded", "false");
  await term.click();
  await expect(term).toHaveAttribute("aria-expanded", "true");
  const explanation = letter.locator(".term__box");
  await expect(explanation).toContainText("core group: the small group who check the plan is working");
  await expectFitsAndAccessible(page, expectAccessible);
  await page.keyboard.press("Escape");
  await expect(explanation).toHaveCount(0);
  await expect(term).toBeFocused();
  await expect(term).toHaveAttribute("aria-expanded", "false");
  // With the keyboard alone.
  await page.keyboard.press("Enter");
  await expect(explanation).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(explanation.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(explanation).toHaveCount(0);
  await expect(term).toBeFocused();

  // No signal: nothing is lost, and it says so.
  await page.getByRole("radio", { name: words.talk }).check();
  await page.getByLabel(words.reply).fill("Who is in the core group?");
  await page.route("**/api/trpc/letters.receipt", (route) => route.abort("internetdisconnected"));
  await page.getByRole("button", { name: words.send, exact: true }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toContainText(words.notSent);
  await expect(summary).toBeFocused();
  await expect(page.getByLabel(words.reply)).toHaveValue("Who is in the core group?");
  await expect(page.getByRole("radio", { name: words.talk })).toBeChecked();
  await page.unroute("**/api/trpc/letters.receipt");

  await page.getByRole("button", { name: words.send, exact: true }).click();
  await expect(page.getByText(words.thanks)).toBeVisible();
  await expect(page.getByText("Someone will get in touch with you soon to talk about it.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Call 999" })).toHaveAttribute("href", "tel:999");
  await expect(page.getByRole("link", { name: "Call Childline on 0800 1111" })).toHaveAttribute("href", "tel:08001111");
  await expectFitsAndAccessible(page, expectAccessible);

  // Back on the list it is no longer new, and says it was answered.
  await page.getByRole("link", { name: "Back to my letters" }).click();
  await expect(page.getByRole("link", { name: words.demoLetter, exact: true })).toBeVisible();
  await expect(page.getByText("You have told us what you think").first()).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test("in Arabic the app reads right to left, the English letter left to right, and both pass axe", async ({
  page,
  demo,
  expectAccessible,
}) => {
  await signIn(page, demo.family.username, demo.family.passphrase);
  await page.goto("/letters");
  await expect(heading(page)).toHaveText(words.myLetters);
  await chooseLanguage(page, "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(heading(page)).toHaveText("رسائلي");
  await expectFitsAndAccessible(page, expectAccessible);

  await page.getByRole("link", { name: "رسالة بعد اجتماع حماية الطفل" }).first().click();
  await expect(heading(page)).toHaveText("رسالة بعد اجتماع حماية الطفل");
  const letter = page.locator("article.letter");
  await expect(letter).toHaveAttribute("dir", "ltr");
  await expect(letter).toHaveAttribute("lang", "en");
  await expect(letter.getByRole("button", { name: "اقرأ بصوت عالٍ What will happen now" })).toHaveAttribute("lang", "ar");
  await expectFitsAndAccessible(page, expectAccessible);
  // Welsh too.
  await chooseLanguage(page, "cy", "اللغة");
  await expect(heading(page)).toHaveText("Llythyr ar ôl eich cyfarfod amddiffyn plant");
  await expectFitsAndAccessible(page, expectAccessible);
  // The choice is saved to sam's account: back to English for whoever signs in as sam next.
  const saved = page.waitForResponse((response) => response.url().includes("/api/trpc/auth.setLanguage"));
  await chooseLanguage(page, "en", "Iaith");
  expect((await saved).ok()).toBe(true);
});

test("on a 320 px phone without speech synthesis: no read-aloud buttons, nothing scrolls sideways", async ({
  page,
  demo,
  expectAccessible,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.addInitScript(() => {
    Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });
  });
  await signIn(page, demo.family.username, demo.family.passphrase);
  await page.goto("/letters");
  await page.getByRole("link", { name: words.demoLetter }).first().click();
  await expect(heading(page)).toHaveText(words.demoLetter);
  await expect(page.locator("article.letter").getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("button", { name: new RegExp(`^${words.readAloud}`) })).toHaveCount(0);
  await page.locator("article.letter").getByRole("button", { name: "core group", exact: true }).click();
  await expectFitsAndAccessible(page, expectAccessible);
});

/** Writes, approves and sends a family plan in Arabic to a new family account; returns its id and the account's sign-in. */
async function arabicPlan(request: APIRequestContext, manager: APIRequestContext, origin: string, demo: Parameters<typeof staffSignIn>[2]) {
  const worker = await staffSignIn(request, origin, demo, "worker");
  const teams = await query<{ id: string; name: string }[]>(request, "admin.teams.list");
  const team = teams.find((candidate) => candidate.name === worker.teams[0]);
  if (!team) throw new Error("no team");
  const child = await mutate<{ id: string; code: string }>(request, origin, "admin.families.create", {
    displayName: "Nour",
    memberKind: "child",
    preferredLanguage: "ar",
    teamId: team.id,
  });
  const signIn = { username: `nour${Date.now().toString(36)}`, passphrase: "quiet-river-lamp-48" };
  await mutate(request, origin, "auth.familyActivate", { code: child.code, ...signIn });
  const [letter] = await mutate<{ id: string }[]>(request, origin, "letters.create", {
    kind: "fgcPlan",
    language: "ar",
    familyId: child.id,
    addresseeIds: [child.id],
  });
  if (!letter) throw new Error("no letter");
  const sections = (by: string) => [
    { key: "whatISaid", type: "text", text: "قلت إنني أريد أن أرى أبي أكثر." },
    {
      key: "plan",
      type: "planTable",
      rows: [{ what: "نكتب خطة السلامة معًا", who: by, byWhen: "الشهر القادم", howWeKnow: "أخبر وندي كيف سارت الأمور" }],
    },
    { key: "notHappening", type: "text", text: "أستطيع أن أخبر وندي إذا لم تحدث الخطة." },
  ];
  const sendVersion = async (by: string) => {
    await mutate(request, origin, "letters.saveDraft", { id: letter.id, sections: sections(by) });
    await mutate(request, origin, "letters.submit", { id: letter.id });
    await mutate(manager, origin, "letters.approve", { id: letter.id });
    await mutate(request, origin, "letters.send", { id: letter.id });
  };
  await sendVersion("أبي وجدتي");
  return {
    letterId: letter.id,
    signIn,
    correct: () =>
      mutate(request, origin, "letters.correct", { id: letter.id, comment: "Nan's name" }).then(() => sendVersion("أبي وجدتي نان")),
  };
}

test("an Arabic plan reads right to left in the English app, its rows as cards, and its correction links to the version before", async ({
  page,
  request,
  playwright,
  baseURL,
  demo,
  expectAccessible,
}) => {
  const origin = baseURL as string;
  const manager = await signedInApi(playwright, origin, demo, "manager");
  try {
    const plan = await arabicPlan(request, manager, origin, demo);
    await plan.correct();
    await recordSpeech(page);
    // The account's language is Arabic; this phone chose English.
    await page.addInitScript(() => localStorage.setItem("heard.language", "en"));
    await signIn(page, plan.signIn.username, plan.signIn.passphrase);

    await page.goto(`/letters/${plan.letterId}`);
    await expect(heading(page)).toHaveText(words.familyPlan);
    const letter = page.locator("article.letter");
    await expect(letter).toHaveAttribute("dir", "rtl");
    await expect(letter).toHaveAttribute("lang", "ar");
    // The plan's column names are the letter's own language's; at 360 px each row is a card.
    const table = letter.getByRole("table", { name: "خطتي" });
    await expect(table.getByRole("columnheader", { name: "من سيقوم به" })).toBeAttached();
    await expect(table.getByRole("cell", { name: /أبي وجدتي نان/ })).toBeVisible();
    await expect(table.locator("tr.plan__row")).toHaveCSS("display", "grid");
    await expect(table.locator(".plan__label").first()).toBeVisible();
    // An Arabic glossary word, explained in Arabic.
    await letter.getByRole("button", { name: "خطة السلامة" }).click();
    await expect(letter.locator(".term__box")).toContainText("خطة لتبقى آمنًا");
    await letter.getByRole("button", { name: `${words.readAloud} خطتي` }).click();
    expect((await spoken(page))[0]).toMatchObject({ lang: "ar", text: expect.stringContaining("من سيقوم به: أبي وجدتي نان") });
    await expectFitsAndAccessible(page, expectAccessible);

    await expect(page.getByText(words.updated)).toBeVisible();
    await page.getByRole("link", { name: words.earlier }).click();
    await expect(page).toHaveURL(new RegExp(`/letters/${plan.letterId}/version/1$`));
    await expect(page.getByText("This is an earlier version of this letter.")).toBeVisible();
    await expect(page.locator("article.letter").getByRole("cell", { name: /أبي وجدتي$/ })).toBeVisible();
    await expect(page.getByRole("radio")).toHaveCount(0);
    await expectFitsAndAccessible(page, expectAccessible);

    // Printed, it is the letter alone: no buttons, header or form.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("button", { name: /Read aloud|Print this letter/ })).toHaveCount(0);
    await expect(page.locator("article.letter table")).toHaveCSS("display", "table");
    await expect(heading(page)).toBeVisible();
  } finally {
    await manager.dispose();
  }
});
