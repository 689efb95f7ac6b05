import { createServer } from "node:net";
import { concerns, jobs, mailOutbox } from "@heard/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { queueMail } from "../mail/outbox";
import { createMailTransport, describeMailError, type MailTransport, type OutgoingMail, smtpTransport } from "../mail/transport";
import { createTestWorld, makeUser, type TestWorld, testDatabaseKinds } from "../testing";
import {
  addTipVersion,
  anonymous,
  recordedMeeting,
  safeguardingEmail,
  seedOrganisation,
  submission,
  worryingText,
} from "../testing/fixtures";
import { smtpSink } from "../testing/smtp-sink";
import { startBackgroundJobs } from "./index";
import { deliverDueMail, mailRetryDelayMs } from "./mail-outbox";

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

it("backs off 30 s, 1 min, 2 min … up to 15 min", () => {
  expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => mailRetryDelayMs(n) / 1000)).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
});

it("keeps errors short and free of credentials", () => {
  const error = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:2525 via smtp://user:secret@mail.example\nstack"), {
    code: "ESOCKET",
  });
  const described = describeMailError(error);
  expect(described).toBe("ESOCKET: connect ECONNREFUSED 127.0.0.1:2525 via smtp://mail.example");
  expect(describeMailError(new Error("x".repeat(500)))).toHaveLength(200);
});

describe.each(testDatabaseKinds())("mail outbox on %s", (kind) => {
  let world: TestWorld;
  let tipIds: string[];
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  beforeAll(async () => {
    sink = await smtpSink();
    world = await createTestWorld(kind, {
      SMTP_URL: sink.url,
      MAIL_FROM: "Heard <heard@test.local>",
      PUBLIC_URL: "https://heard.example.gov.uk",
    });
    await seedOrganisation(world);
    tipIds = (await addTipVersion(world, "published")).tipIds;
  });
  afterAll(async () => {
    await world.close();
    await sink.close();
  });

  async function raiseConcern() {
    const { meeting } = await recordedMeeting(world);
    const result = await (await anonymous(world)).feedback.submit(submission(meeting.code, tipIds, { freeText: worryingText }));
    const [concern] = await world.db.select().from(concerns).where(eq(concerns.responseId, result.responseId));
    if (!concern) throw new Error("no concern");
    const [row] = await world.db.select().from(mailOutbox).where(eq(mailOutbox.concernId, concern.id));
    if (!row) throw new Error("no alert");
    return { concernId: concern.id, outboxId: row.id };
  }

  const outboxRow = async (id: string) => (await world.db.select().from(mailOutbox).where(eq(mailOutbox.id, id)))[0];
  const alertOf = async (concernId: string) => {
    const qa = await (await makeUser(world, "qa")).caller();
    return (await qa.concerns.list()).find((c) => c.id === concernId)?.alert;
  };

  it("delivers a concern's alert to the safeguarding inbox over SMTP", async () => {
    const { concernId, outboxId } = await raiseConcern();
    expect(await alertOf(concernId)).toMatchObject({ status: "pending" });
    const transport = smtpTransport(sink.url, world.config.mailFrom);
    try {
      const before = sink.received.length;
      const result = await deliverDueMail(world, transport);
      expect(result.sent).toBeGreaterThanOrEqual(1);
      expect(result.failed).toBe(0);
      const message = sink.received.slice(before).find((m) => m.raw.includes(concernId));
      expect(message?.to).toEqual([safeguardingEmail]);
      expect(message?.from).toBe("heard@test.local");
      expect(message?.raw).toMatch(/^Subject: Heard: a safeguarding concern was raised\r?$/m);
      expect(message?.raw).not.toContain("stepdad");
    } finally {
      transport.close();
    }
    expect(await outboxRow(outboxId)).toMatchObject({ sentAt: world.now(), attempts: 1, lastError: null });
    expect(await alertOf(concernId)).toMatchObject({ status: "sent", sentAt: world.now().toISOString() });
    expect(await deliverDueMail(world, smtpTransport(sink.url, world.config.mailFrom))).toEqual({ sent: 0, failed: 0 });
  });

  it("keeps the alert when SMTP is down, shows it as not sent, and sends it on a later run", async () => {
    const { concernId, outboxId } = await raiseConcern();
    const down = smtpTransport(`smtp://127.0.0.1:${await closedPort()}`, world.config.mailFrom);
    expect(await deliverDueMail(world, down)).toEqual({ sent: 0, failed: 1 });
    const failed = await outboxRow(outboxId);
    expect(failed).toMatchObject({ sentAt: null, attempts: 1 });
    expect(failed?.lastError).toMatch(/ECONNREFUSED/);
    expect(failed?.nextAttemptAt.toISOString()).toBe(new Date(world.now().getTime() + 30_000).toISOString());
    expect(await alertOf(concernId)).toMatchObject({ status: "notSent", attempts: 1 });

    // Not due again until the back-off has passed.
    const up = smtpTransport(sink.url, world.config.mailFrom);
    try {
      expect(await deliverDueMail(world, up)).toEqual({ sent: 0, failed: 0 });
      world.clock.advance(30_000);
      expect(await deliverDueMail(world, up)).toEqual({ sent: 1, failed: 0 });
    } finally {
      up.close();
      down.close();
    }
    expect(await outboxRow(outboxId)).toMatchObject({ attempts: 2, lastError: null, sentAt: world.now() });
    expect(await alertOf(concernId)).toMatchObject({ status: "sent" });
  });

  it("never sends one alert twice when several processes deliver at once", async () => {
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push((await raiseConcern()).outboxId);
    const sent: OutgoingMail[] = [];
    const slow: MailTransport = {
      async send(message) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        sent.push(message);
      },
      close() {},
    };
    const results = await Promise.all([deliverDueMail(world, slow), deliverDueMail(world, slow), deliverDueMail(world, slow)]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(4);
    expect(sent).toHaveLength(4);
    expect(new Set(sent.map((m) => m.text)).size).toBe(4);
    for (const id of ids) expect((await outboxRow(id))?.sentAt).not.toBeNull();
  });

  it("sends at once when a concern is raised, while the background jobs run", async () => {
    const sent: OutgoingMail[] = [];
    const jobs = startBackgroundJobs(world, { pollMs: 60_000, transport: { send: async (m) => void sent.push(m), close() {} } });
    try {
      const { concernId, outboxId } = await raiseConcern();
      await vi.waitFor(() => expect(sent.some((m) => m.text.includes(concernId))).toBe(true), { timeout: 5_000 });
      await vi.waitFor(async () => expect((await outboxRow(outboxId))?.sentAt).not.toBeNull());
    } finally {
      await jobs.stop();
    }
  });

  const recording = (sent: OutgoingMail[]): MailTransport => ({ send: async (m) => void sent.push(m), close() {} });
  const message = (subject: string): OutgoingMail => ({ to: "someone@test.local", subject, text: "Hello" });

  it("queues a message and its delivery job in the caller's transaction, or neither", async () => {
    await world.db
      .transaction(async (tx) => {
        await queueMail(tx, message("rolled back"), { now: world.now() });
        throw new Error("the change failed");
      })
      .catch(() => {});
    const queued = await world.db.transaction((tx) => queueMail(tx, message("committed"), { now: world.now() }));
    expect(await world.db.select().from(mailOutbox).where(eq(mailOutbox.subject, "rolled back"))).toHaveLength(0);
    const [job] = await world.db.select().from(jobs).where(eq(jobs.id, queued.jobId));
    expect(job).toMatchObject({ kind: "mail.deliver", payload: { outboxId: queued.outboxId }, maxAttempts: null, runAt: world.now() });
    const sent: OutgoingMail[] = [];
    expect(await deliverDueMail(world, recording(sent))).toEqual({ sent: 1, failed: 0 });
    expect(sent.map((m) => m.subject)).toEqual(["committed"]);
  });

  it("does not send a message again when its job runs again after the process stopped before marking it done", async () => {
    const queued = await queueMail(world.db, message("sent once"), { now: world.now() });
    const sent: OutgoingMail[] = [];
    expect(await deliverDueMail(world, recording(sent))).toEqual({ sent: 1, failed: 0 });
    // As a process that died between sending and marking the job done leaves it, once its lease has passed.
    await world.db.update(jobs).set({ doneAt: null, lockedBy: "gone", lockedUntil: world.now() }).where(eq(jobs.id, queued.jobId));
    expect((await deliverDueMail(world, recording(sent))).failed).toBe(0);
    expect((await world.db.select().from(jobs).where(eq(jobs.id, queued.jobId)))[0]?.doneAt).not.toBeNull();
    expect(sent).toHaveLength(1);
    expect(await outboxRow(queued.outboxId)).toMatchObject({ attempts: 1, lastError: null });
  });

  it("leaves alerts pending and says so when mail is not configured", async () => {
    const logs: string[] = [];
    const logger = { warn: (message: string) => logs.push(message) } as unknown as Parameters<typeof createMailTransport>[1];
    expect(createMailTransport({ smtpUrl: null, mailFrom: "x@y.z" }, logger)).toBeNull();
    expect(logs.join()).toMatch(/not configured/);
    const { concernId, outboxId } = await raiseConcern();
    expect(await deliverDueMail(world, null)).toEqual({ sent: 0, failed: 0 });
    expect(await outboxRow(outboxId)).toMatchObject({ sentAt: null, attempts: 0 });
    const unconfigured = { ...world, config: { ...world.config, smtpUrl: null } };
    const qa = await makeUser(world, "qa");
    const { callerWithToken } = await import("../testing");
    const caller = await callerWithToken(unconfigured, qa.token);
    expect((await caller.concerns.list()).find((c) => c.id === concernId)?.alert.status).toBe("notSent");
  });
});
