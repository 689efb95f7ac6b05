// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flushOutbox, onSettled, type Settled } from "./outbox";
import {
  blankDraft,
  dequeue,
  enqueue,
  loadDraft,
  markFailed,
  newKey,
  queued,
  rememberAnswered,
  type Submission,
  saveDraft,
  wasAnswered,
} from "./storage";

function submission(key = newKey(), code = "ACDEFGHJ"): Submission {
  return {
    code,
    idempotencyKey: key,
    respondentKind: "parent",
    ageBand: null,
    language: "en",
    answers: [{ tipId: "1b4e28ba-2fa1-41d2-883f-0016d3cca427", answer: "yes" }],
    freeText: "my dad hits me when he is drunk",
    contactRequested: false,
    contactMethod: null,
    contactDetail: null,
  };
}

type Reply = { status: number; body: unknown } | "offline";
let replies: Reply[] = [];
let sent: { url: string; body: unknown }[] = [];

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  replies = [];
  sent = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init?: RequestInit) => {
      sent.push({ url, body: JSON.parse(String(init?.body)) });
      const reply = replies.shift() ?? "offline";
      if (reply === "offline") throw new TypeError("Failed to fetch");
      return new Response(JSON.stringify(reply.body), { status: reply.status });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

const stored = (responseId = "r1") => ({
  status: 200,
  body: { result: { data: { responseId, concernRaised: true, mayDiscloseHarm: true, duplicate: false } } },
});
const refused = (status: number, messageKey: string) => ({
  status,
  body: { error: { message: messageKey, code: -32600, data: { code: "BAD_REQUEST", httpStatus: status, messageKey } } },
});

describe("keys and drafts", () => {
  it("makes idempotency keys the server accepts, different every time", () => {
    const key = newKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{16,100}$/);
    expect(newKey()).not.toBe(key);
  });

  it("keeps a draft per code in sessionStorage, with its key, until it is cleared", () => {
    const draft = { ...blankDraft(), started: true, freeText: "hello", answers: { t1: "aBit" as const } };
    saveDraft("ACDEFGHJ", draft);
    expect(loadDraft("ACDEFGHJ")).toEqual(draft);
    expect(loadDraft("ACDEFGHK")).toBeNull();
    expect(localStorage.length).toBe(0);
    saveDraft("ACDEFGHJ", null);
    expect(loadDraft("ACDEFGHJ")).toBeNull();
  });

  it("remembers meetings answered on this phone", () => {
    expect(wasAnswered("ACDEFGHJ")).toBe(false);
    rememberAnswered("ACDEFGHJ");
    expect(wasAnswered("ACDEFGHJ")).toBe(true);
    expect(wasAnswered("ACDEFGHK")).toBe(false);
  });

  it("reads junk in storage as nothing", () => {
    localStorage.setItem("heard.feedback.outbox", "{not json");
    sessionStorage.setItem("heard.feedback.draft.ACDEFGHJ", '{"key":3}');
    expect(queued()).toEqual([]);
    expect(loadDraft("ACDEFGHJ")).toBeNull();
  });
});

describe("the outbox", () => {
  it("keeps one entry per key, in order", () => {
    const first = submission();
    enqueue(first);
    enqueue(submission());
    enqueue(first);
    expect(queued().map((item) => item.submission.idempotencyKey)).toHaveLength(2);
    dequeue(first.idempotencyKey);
    expect(queued()).toHaveLength(1);
  });

  it("sends each item with its own key and removes it once the server has it", async () => {
    const answers = submission();
    enqueue(answers);
    const settled: [string, Settled][] = [];
    const stop = onSettled((key, result) => settled.push([key, result]));
    replies = [stored()];
    await flushOutbox();
    stop();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe("/api/trpc/feedback.submit");
    expect(sent[0]?.body).toEqual(answers);
    expect(queued()).toEqual([]);
    expect(wasAnswered("ACDEFGHJ")).toBe(true);
    expect(settled).toEqual([[answers.idempotencyKey, { result: expect.objectContaining({ mayDiscloseHarm: true }) }]]);
  });

  it("keeps everything when there is still no connection, and stops trying for now", async () => {
    enqueue(submission());
    enqueue(submission());
    await flushOutbox();
    expect(sent).toHaveLength(1);
    expect(queued()).toHaveLength(2);
  });

  it("keeps an item the server could not take now (a fault, too many requests)", async () => {
    enqueue(submission());
    replies = [refused(503, "server")];
    await flushOutbox();
    replies = [refused(429, "tooManyRequests")];
    await flushOutbox();
    expect(queued()).toHaveLength(1);
    expect(queued()[0]?.failure).toBeUndefined();
  });

  it("marks an item refused for good (a closed code) and never sends it again", async () => {
    const closed = submission();
    const fine = submission();
    enqueue(closed);
    enqueue(fine);
    replies = [refused(400, "feedbackCodeClosed"), stored()];
    await flushOutbox();
    expect(queued()).toEqual([expect.objectContaining({ failure: "feedbackCodeClosed" })]);
    await flushOutbox();
    expect(sent).toHaveLength(2);
  });

  it("drops an item whose key the server holds with other answers", async () => {
    enqueue(submission());
    replies = [refused(409, "idempotencyConflict")];
    await flushOutbox();
    expect(queued()).toEqual([]);
  });

  it("sends once however often it is asked to at the same time", async () => {
    enqueue(submission());
    replies = [stored(), stored()];
    await Promise.all([flushOutbox(), flushOutbox(), flushOutbox()]);
    expect(sent).toHaveLength(1);
  });

  it("can mark and remove items by key", () => {
    const answers = submission();
    enqueue(answers);
    markFailed(answers.idempotencyKey, "feedbackCodeExpired");
    expect(queued()[0]?.failure).toBe("feedbackCodeExpired");
    dequeue(answers.idempotencyKey);
    expect(queued()).toEqual([]);
  });
});
