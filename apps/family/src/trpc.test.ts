import { ApiError } from "@heard/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { trpc } from "./trpc";

interface Sent {
  url: string;
  init: RequestInit | undefined;
}

/** Replaces fetch with one that records the request and answers with `body` (JSON) and `status`. */
function answer(body: unknown, status = 200): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init?: RequestInit) => {
      sent.push({ url, init });
      return new Response(typeof body === "string" ? body : JSON.stringify(body), {
        status,
        headers: { "content-type": "application/json" },
      });
    }),
  );
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the API client (tRPC 11 wire format, no transformer, no batching)", () => {
  it("sends a query as GET with the input as URL-encoded JSON, and returns result.data", async () => {
    const sent = answer({ result: { data: { code: "ACDE-FGHJ" } } });
    const opened = await trpc.feedback.open.query({ code: "acde fghj" });
    expect(opened).toEqual({ code: "ACDE-FGHJ" });
    expect(sent[0]?.url).toBe(`/api/trpc/feedback.open?input=${encodeURIComponent('{"code":"acde fghj"}')}`);
    expect(sent[0]?.init?.method).toBeUndefined();
  });

  it("sends a query without input with no input parameter", async () => {
    const sent = answer({ result: { data: null } });
    expect(await trpc.auth.me.query()).toBeNull();
    expect(sent[0]?.url).toBe("/api/trpc/auth.me");
  });

  it("sends a mutation as POST with a JSON body", async () => {
    const sent = answer({ result: { data: { ok: true } } });
    await trpc.auth.setLanguage.mutate({ language: "cy" });
    expect(sent[0]?.url).toBe("/api/trpc/auth.setLanguage");
    expect(sent[0]?.init?.method).toBe("POST");
    expect(sent[0]?.init?.body).toBe('{"language":"cy"}');
    expect(new Headers(sent[0]?.init?.headers).get("content-type")).toBe("application/json");
  });

  it("sends a mutation without input with no body", async () => {
    const sent = answer({ result: { data: null } });
    await trpc.auth.signOut.mutate();
    expect(sent[0]?.init?.body).toBeNull();
  });

  it("throws an ApiError carrying the error body's data", async () => {
    const data = { code: "NOT_FOUND", httpStatus: 404, messageKey: "feedbackCodeUnknown" };
    answer({ error: { message: "feedbackCodeUnknown", code: -32004, data } }, 404);
    const error = await trpc.feedback.open.query({ code: "nope" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ message: "feedbackCodeUnknown", status: 404, data });
  });

  it("throws an ApiError with status 0 for an answer that is not JSON", async () => {
    answer("<html>Bad gateway</html>", 502);
    const error = await trpc.auth.me.query().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "ApiError", message: "server", status: 0 });
  });

  it("lets fetch's own failure through (no answer at all)", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    await expect(trpc.auth.me.query()).rejects.toBeInstanceOf(TypeError);
  });

  it("passes a signal to fetch", async () => {
    const sent = answer({ result: { data: null } });
    const controller = new AbortController();
    await trpc.auth.signOut.mutate(undefined, { signal: controller.signal });
    expect(sent[0]?.init?.signal).toBe(controller.signal);
  });
});
