/**
 * The family app's own API client (src/trpc.ts) against the real Hono app and its tRPC router,
 * on a fresh PGlite database: the wire format it speaks is the one the server answers, for a
 * query, a mutation, a refusal with field errors and a procedure that does not exist. `fetch`
 * goes straight to `app.fetch`, with the session cookie kept as a browser would keep it.
 * (Outside `src`: the app's code imports @heard/api as types only; this test runs it.)
 */

import { createApp } from "@heard/api";
import { createTestWorld, makeUser, type TestWorld, testPassword } from "@heard/api/testing";
import { ApiError, problemOf } from "@heard/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { trpc } from "../src/trpc";

let world: TestWorld;
let username = "";
const cookies = new Map<string, string>();

beforeAll(async () => {
  world = await createTestWorld("pglite");
  const app = createApp({ ...world, ping: async () => true });
  const family = await makeUser(world, "family");
  username = family.user.username ?? "";
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(new URL(String(input), "http://heard.test"), init);
    if (cookies.size > 0) request.headers.set("cookie", [...cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await app.fetch(request);
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const split = pair.indexOf("=");
      cookies.set(pair.slice(0, split), pair.slice(split + 1));
    }
    return response;
  });
}, 180_000);

afterAll(async () => {
  vi.unstubAllGlobals();
  await world?.close();
});

describe("the family app's API client, against the real server", () => {
  it("asks a query without input, and gets its answer", async () => {
    expect(await trpc.auth.me.query()).toBeNull();
  });

  it("sends a mutation, and the session it starts goes with the next query", async () => {
    expect(await trpc.auth.familySignIn.mutate({ username, passphrase: testPassword })).toEqual({ preferredLanguage: "en" });
    const me = await trpc.auth.me.query();
    expect(me).toMatchObject({ role: "family", username });
    await trpc.auth.setLanguage.mutate({ language: "cy" });
    expect(await trpc.auth.me.query()).toMatchObject({ preferredLanguage: "cy" });
  });

  it("reads a refusal of a query's input: its status, message key and field errors", async () => {
    const refused = await trpc.feedback.open.query({ code: "" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 400 });
    const problem = problemOf(refused);
    expect(problem).toMatchObject({ messageKey: "invalidInput", code: "BAD_REQUEST" });
    expect(Object.keys(problem.fieldErrors)).toEqual(["code"]);
  });

  it("reads a refusal of a mutation's input, field by field", async () => {
    const refused = await trpc.auth.familySignIn.mutate({ username: "", passphrase: "" }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ name: "ApiError", status: 400 });
    expect(problemOf(refused)).toMatchObject({
      messageKey: "invalidInput",
      fieldErrors: { username: "required", passphrase: "required" },
    });
  });

  it("reads a refusal that is not about the input", async () => {
    const refused = await trpc.feedback.open.query({ code: "ACDE-FGHJ" }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 404 });
    expect(problemOf(refused)).toMatchObject({ messageKey: "feedbackCodeUnknown", fieldErrors: {}, code: "NOT_FOUND" });
  });

  it("reads the answer to a procedure that does not exist as 'not found'", async () => {
    const untyped = trpc as unknown as { no: { such: { query: () => Promise<unknown> } } };
    const refused = await untyped.no.such.query().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 404 });
    expect(problemOf(refused)).toMatchObject({ messageKey: "notFound", code: "NOT_FOUND" });
  });
});
