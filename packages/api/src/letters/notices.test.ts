import { auditLog, mailOutbox, users } from "@heard/db";
import type { Language } from "@heard/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverDueMail } from "../jobs/mail-outbox";
import { smtpTransport } from "../mail/transport";
import { createTestWorld, type TestWorld, testDatabaseKinds } from "../testing";
import { addTipVersion, errorOf, fieldErrorsOf, seedOrganisation } from "../testing/fixtures";
import { conferenceWords, letterWorld } from "../testing/letter-fixtures";
import { smtpSink } from "../testing/smtp-sink";

/** Every word of five letters or more in the letter: none may be in the email. */
function wordsOf(...texts: string[]): string[] {
  return [...new Set(texts.flatMap((text) => text.toLowerCase().match(/[\p{L}\p{N}]{5,}/gu) ?? []))];
}

describe.each(testDatabaseKinds())("telling a family by email that a letter is waiting, on %s", (kind) => {
  let world: TestWorld;
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  beforeAll(async () => {
    sink = await smtpSink();
    world = await createTestWorld(kind, {
      SMTP_URL: sink.url,
      MAIL_FROM: "Heard <heard@test.local>",
      PUBLIC_URL: "https://heard.example.gov.uk",
    });
    await seedOrganisation(world);
    await addTipVersion(world, "published");
  });
  afterAll(async () => {
    await world.close();
    await sink.close();
  });

  /** A family account made by staff as the form makes it, and a conference letter written to it. */
  async function letterTo(account: { contactEmail?: string; emailLetterNotices?: boolean; preferredLanguage?: Language }) {
    const setup = await letterWorld(world);
    const family = await setup.writer.admin.families.create({
      displayName: "Pat Parent",
      memberKind: "parent",
      preferredLanguage: account.preferredLanguage ?? "en",
      teamId: setup.team.id,
      ...account,
    });
    const [letter] = await setup.writer.letters.create({
      kind: "cpConference",
      language: "en",
      meetingId: setup.meeting.id,
      addresseeIds: [family.id],
    });
    if (!letter) throw new Error("no letter");
    await setup.writer.letters.saveDraft({ id: letter.id, sections: conferenceWords });
    await setup.writer.letters.submit({ id: letter.id });
    await (await setup.manager.caller()).letters.approve({ id: letter.id });
    return { setup, letter, family };
  }

  const queuedTo = (address: string) => world.db.select().from(mailOutbox).where(eq(mailOutbox.to, address));

  it("emails a parent who asked, in their language, with the sign-in link and none of the letter's words", async () => {
    const { setup, letter, family } = await letterTo({ contactEmail: " Pat.Parent@Example.org ", emailLetterNotices: true });
    const [stored] = await world.db.select().from(users).where(eq(users.id, family.id));
    expect(stored).toMatchObject({ contactEmail: "pat.parent@example.org", emailLetterNotices: true, email: null });
    expect(await queuedTo("pat.parent@example.org")).toEqual([]);

    await setup.writer.letters.send({ id: letter.id });
    expect(await queuedTo("pat.parent@example.org")).toHaveLength(1);
    const before = sink.received.length;
    const delivered = await deliverDueMail(world, smtpTransport(sink.url, world.config.mailFrom));
    expect(delivered.failed).toBe(0);
    const message = sink.received.slice(before).find((m) => m.to.includes("pat.parent@example.org"));
    expect(message?.from).toBe("heard@test.local");
    expect(message?.raw).toMatch(/^Subject: You have a new letter in Heard\r?$/m);
    expect(message?.raw).toContain("https://heard.example.gov.uk/sign-in");

    // What the letter says, its headings and what kind of letter it is: none of it in the email's body
    // ("letter" itself aside, the word for what is waiting), nor who wrote it, their team or whom it is for.
    const sent = await setup.writer.letters.get({ id: letter.id });
    const written = sent.sections.flatMap((section) => [
      section.heading,
      ...(section.type === "text" ? [section.text] : section.type === "steps" ? section.steps : []),
    ]);
    const forbidden = wordsOf(...written, "Letter after a child protection conference").filter((word) => word !== "letter");
    expect(forbidden.length).toBeGreaterThan(10);
    const body = (
      message?.raw
        .split(/\r?\n\r?\n/)
        .slice(1)
        .join("\n") ?? ""
    ).toLowerCase();
    expect(body).toContain("sign in to read it");
    expect(forbidden.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, "u").test(body))).toEqual([]);
    for (const name of [sent.writer.displayName, sent.team.name, "Pat Parent"]) expect(body).not.toContain(name.toLowerCase());
    const [audited] = await world.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, letter.id), eq(auditLog.action, "letter.sent")));
    expect(audited?.detail).toMatchObject({ emailed: true });
  });

  it("writes in the account's language, and says when a letter was updated", async () => {
    const { setup, letter } = await letterTo({ contactEmail: "rhiant@example.cymru", emailLetterNotices: true, preferredLanguage: "cy" });
    await setup.writer.letters.send({ id: letter.id });
    const [first] = await queuedTo("rhiant@example.cymru");
    expect(first?.subject).toBe("Mae gennych chi lythyr newydd yn Heard");
    expect(first?.text).toContain("Mewngofnodwch i’w ddarllen: https://heard.example.gov.uk/sign-in");

    await setup.writer.letters.correct({ id: letter.id, comment: "The day of the visit was wrong." });
    await setup.writer.letters.submit({ id: letter.id });
    await (await setup.manager.caller()).letters.approve({ id: letter.id });
    await setup.writer.letters.send({ id: letter.id });
    const subjects = (await queuedTo("rhiant@example.cymru")).map((m) => m.subject).sort();
    expect(subjects).toEqual(["Mae gennych chi lythyr newydd yn Heard", "Mae llythyr yn Heard wedi cael ei ddiweddaru"]);
  });

  it("sends nothing to an account that did not ask, or that asked to stop", async () => {
    const quiet = await letterTo({ contactEmail: "quiet@example.org", emailLetterNotices: false });
    await quiet.setup.writer.letters.send({ id: quiet.letter.id });
    expect(await queuedTo("quiet@example.org")).toEqual([]);

    const stopped = await letterTo({ contactEmail: "stopped@example.org", emailLetterNotices: true });
    const changed = await stopped.setup.writer.admin.families.updateContact({
      id: stopped.family.id,
      contactEmail: "stopped@example.org",
      emailLetterNotices: false,
    });
    expect(changed).toEqual({ id: stopped.family.id, contactEmail: "stopped@example.org", emailLetterNotices: false });
    await stopped.setup.writer.letters.send({ id: stopped.letter.id });
    expect(await queuedTo("stopped@example.org")).toEqual([]);
    const [audit] = await world.db.select().from(auditLog).where(eq(auditLog.action, "admin.family.contactUpdated"));
    // The change is recorded; the address is not.
    expect(audit?.detail).toEqual({ hasEmail: true, emailLetterNotices: false });
  });

  it("refuses to email without an address, or to an address that is not one, naming the field", async () => {
    const setup = await letterWorld(world);
    const base = { displayName: "Pat", memberKind: "parent" as const, preferredLanguage: "en" as const, teamId: setup.team.id };
    const noAddress = await errorOf(setup.writer.admin.families.create({ ...base, emailLetterNotices: true }));
    expect(noAddress.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(noAddress)).toEqual({ contactEmail: "required" });
    const notAnAddress = await errorOf(
      setup.writer.admin.families.create({ ...base, contactEmail: "pat at home", emailLetterNotices: true }),
    );
    expect(fieldErrorsOf(notAnAddress)).toEqual({ contactEmail: "invalidEmail" });
    // A blank address is none.
    const blank = await setup.writer.admin.families.create({ ...base, contactEmail: "  " });
    expect((await world.db.select().from(users).where(eq(users.id, blank.id)))[0]?.contactEmail).toBeNull();
    const listed = (await setup.writer.admin.families.list()).find((f) => f.id === blank.id);
    expect(listed).toMatchObject({ contactEmail: null, emailLetterNotices: false });
  });
});
