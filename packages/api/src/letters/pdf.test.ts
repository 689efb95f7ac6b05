import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { auditLog } from "@heard/db";
import type { Language } from "@heard/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, downloadPath, httpRequest, makeTeam, makeUser, type TestWorld, testDatabaseKinds } from "../testing";
import { addTipVersion, seedOrganisation } from "../testing/fixtures";
import { conferenceWords, letterWorld } from "../testing/letter-fixtures";

const run = promisify(execFile);

/** The text of a PDF as poppler's pdftotext reads it (what copying, search and screen readers get). */
async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), "heard-letter-pdf-"));
  try {
    const file = path.join(folder, "letter.pdf");
    await writeFile(file, Buffer.from(bytes));
    const { stdout } = await run("pdftotext", ["-enc", "UTF-8", file, "-"]);
    return stdout;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const welshWords = [
  { key: "whatWeTalkedAbout", type: "text" as const, text: "Buon ni’n siarad am y tŷ a’r ysgol." },
  { key: "worries", type: "text" as const, text: "Rydyn ni’n poeni dy fod ti’n drist gartref. Mae’r ŵyr bach yn crio." },
  { key: "goingWell", type: "text" as const, text: "Rwyt ti’n mynd i’r ysgol bob dydd. Mae Nain yn helpu." },
  { key: "whatHappensNow", type: "steps" as const, steps: ["Bydd Jo yn dod i dy weld di bob wythnos.", "Bydd Mam yn yfed dŵr, nid cwrw."] },
  { key: "whoToTalkTo", type: "text" as const, text: "Gelli di siarad â Jo. Ei rhif ffôn yw 01234 567890." },
];

const arabicWords = [
  { key: "whatWeTalkedAbout", type: "text" as const, text: "تحدثنا عن البيت والمدرسة في الاجتماع." },
  { key: "worries", type: "text" as const, text: "يقلقنا أنك حزين في البيت." },
  { key: "goingWell", type: "text" as const, text: "تذهب إلى المدرسة كل يوم. جدتك تساعدك." },
  { key: "whatHappensNow", type: "steps" as const, steps: ["ستزورك جو كل أسبوع.", "ستذهب أمك إلى مجموعة يوم الثلاثاء."] },
  { key: "whoToTalkTo", type: "text" as const, text: "يمكنك التحدث مع Jo. رقم هاتفها 01234 567890." },
];

describe.each(testDatabaseKinds())("letters as PDF on %s", (kind) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(kind);
    await seedOrganisation(world);
    await addTipVersion(world, "published");
  });
  afterAll(() => world.close());

  /** A conference letter in a language to the child, approved and sent. */
  async function sentLetter(language: Language, sections: typeof conferenceWords) {
    const setup = await letterWorld(world);
    const [letter] = await setup.writer.letters.create({
      kind: "cpConference",
      language,
      meetingId: setup.meeting.id,
      addresseeIds: [setup.child.user.id],
    });
    if (!letter) throw new Error("no letter");
    await setup.writer.letters.saveDraft({ id: letter.id, sections });
    await setup.writer.letters.submit({ id: letter.id });
    await (await setup.manager.caller()).letters.approve({ id: letter.id });
    await setup.writer.letters.send({ id: letter.id });
    return { setup, letter };
  }

  it("downloads an English letter for its writer and for the child, with its words, headings and pages", async () => {
    const { setup, letter } = await sentLetter("en", conferenceWords);
    const staff = await httpRequest(world, downloadPath("/letter.pdf", { id: letter.id }), { token: setup.worker.token });
    expect(staff.status).toBe(200);
    expect(staff.headers.get("content-type")).toBe("application/pdf");
    expect(staff.headers.get("cache-control")).toBe("no-store");
    expect(staff.headers.get("content-disposition")).toBe(
      `attachment; filename="heard-letter-2026-03-02.pdf"; filename*=UTF-8''heard-letter-2026-03-02.pdf`,
    );
    const bytes = await staff.arrayBuffer();
    expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(bytes);
    for (const words of [
      "Testshire Council",
      "Letter after a child protection conference",
      `For ${setup.child.user.displayName}`,
      "Sent on 2 March 2026",
      "What we talked about",
      "We talked about home and school.",
      "What will happen now",
      "1.",
      "Jo will visit you every week.",
      "2.",
      "Mum will go to a group.",
      "Her phone number is 01234 567890.",
      "Page 1 of 1",
    ])
      expect(text).toContain(words);

    const family = await httpRequest(world, downloadPath("/my-letter.pdf", { id: letter.id }), { token: setup.child.token });
    expect(family.status).toBe(200);
    expect(family.headers.get("content-type")).toBe("application/pdf");
    expect(await pdfText(await family.arrayBuffer())).toContain("We are worried that you are sad at home.");

    const downloads = await world.db
      .select({ actorId: auditLog.actorId, detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, letter.id), eq(auditLog.action, "letter.downloaded")));
    expect(downloads).toEqual([
      { actorId: setup.worker.user.id, detail: { version: 1, by: "staff", pages: 1 } },
      { actorId: setup.child.user.id, detail: { version: 1, by: "family", pages: 1 } },
    ]);
  });

  it("sets a Welsh letter with ŵ and ŷ, in Welsh around it", async () => {
    const { setup, letter } = await sentLetter("cy", welshWords);
    const response = await httpRequest(world, downloadPath("/my-letter.pdf", { id: letter.id }), { token: setup.child.token });
    expect(response.status).toBe(200);
    const text = await pdfText(await response.arrayBuffer());
    for (const words of [
      "tŷ",
      "ŵyr",
      "dŵr",
      "Beth wnaethon ni siarad amdano",
      "Anfonwyd ar 2 Mawrth 2026",
      "Tudalen 1 o 1",
      "01234 567890",
    ])
      expect(text).toContain(words);
  });

  it("sets an Arabic letter right to left, its words readable back, numbers and Latin names in order", async () => {
    const { setup, letter } = await sentLetter("ar", arabicWords);
    const response = await httpRequest(world, downloadPath("/letter.pdf", { id: letter.id }), { token: setup.worker.token });
    expect(response.status).toBe(200);
    const text = await pdfText(await response.arrayBuffer());
    // Words, not sentences: pdftotext may give the runs of a right-to-left line in another order.
    for (const words of ["الاجتماع", "يقلقنا", "حزين", "المدرسة", "ستزورك", "أسبوع", "الثلاثاء", "هاتفها", "Jo", "01234 567890", "الصفحة"])
      expect(text).toContain(words);
  });

  it("gives a family member only their own sent letters, and staff only the letters they may open", async () => {
    const { setup, letter } = await sentLetter("en", conferenceWords);
    const path = downloadPath("/my-letter.pdf", { id: letter.id });
    const parent = await httpRequest(world, path, { token: setup.parent.token });
    expect(parent.status).toBe(403);
    expect(await parent.json()).toMatchObject({ error: { data: { messageKey: "letterNotYours", httpStatus: 403 } } });
    const otherTeam = await makeTeam(world);
    const stranger = await makeUser(world, "family", { teamIds: [otherTeam.id] });
    expect((await httpRequest(world, path, { token: stranger.token })).status).toBe(403);
    expect(
      (await httpRequest(world, downloadPath("/my-letter.pdf", { id: letter.id, version: 2 }), { token: setup.child.token })).status,
    ).toBe(404);
    const unknown = await httpRequest(world, downloadPath("/my-letter.pdf", { id: crypto.randomUUID() }), { token: setup.child.token });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { data: { messageKey: "notFound" } } });
    expect((await httpRequest(world, path)).status).toBe(401);
    // A member of staff is not the family, and the family's session opens no staff download.
    expect((await httpRequest(world, path, { token: setup.worker.token })).status).toBe(403);
    expect((await httpRequest(world, downloadPath("/letter.pdf", { id: letter.id }), { token: setup.child.token })).status).toBe(403);
    const badInput = await httpRequest(world, downloadPath("/my-letter.pdf", { id: "not-an-id" }), { token: setup.child.token });
    expect(badInput.status).toBe(400);
    expect(await badInput.json()).toMatchObject({ error: { data: { messageKey: "invalidInput", fieldErrors: { id: "invalidInput" } } } });

    const otherManager = await makeUser(world, "manager", { teamIds: [otherTeam.id] });
    expect((await httpRequest(world, downloadPath("/letter.pdf", { id: letter.id }), { token: otherManager.token })).status).toBe(404);
    const colleague = await makeUser(world, "worker", { teamIds: [setup.team.id] });
    expect((await httpRequest(world, downloadPath("/letter.pdf", { id: letter.id }), { token: colleague.token })).status).toBe(404);
    expect((await httpRequest(world, downloadPath("/letter.pdf", { id: letter.id }), { token: setup.manager.token })).status).toBe(200);
  });

  it("marks a draft as not sent, and never gives one to the family", async () => {
    const setup = await letterWorld(world);
    const [letter] = await setup.writer.letters.create({
      kind: "free",
      language: "en",
      meetingId: setup.meeting.id,
      addresseeIds: [setup.child.user.id],
    });
    if (!letter) throw new Error("no letter");
    await setup.writer.letters.saveDraft({
      id: letter.id,
      sections: [{ key: "letter", type: "text", text: "Hello Sam. It was good to see you." }],
    });
    const draft = await httpRequest(world, downloadPath("/letter.pdf", { id: letter.id }), { token: setup.worker.token });
    expect(draft.status).toBe(200);
    expect(draft.headers.get("content-disposition")).toContain('filename="heard-letter-2026-03-02-draft.pdf"');
    const text = await pdfText(await draft.arrayBuffer());
    expect(text).toContain("Draft, not sent yet (2 March 2026)");
    expect(text).toContain("Hello Sam. It was good to see you.");
    expect((await httpRequest(world, downloadPath("/my-letter.pdf", { id: letter.id }), { token: setup.child.token })).status).toBe(404);
  });
});
