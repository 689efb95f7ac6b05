import { createI18n, loadAllResources, type Translate } from "@heard/i18n";
import { describe, expect, it } from "vitest";
import { ApiError, apiErrorOf, errorMessage, isNetworkFailure, problemOf, refusalOf } from "./errors";
import { formatDate } from "./format";

/** A refusal as the server sends it (packages/api's errorFormatter), read by the family app's client. */
function refusal(data: Record<string, unknown>, status = 400) {
  return new ApiError(String(data.messageKey), status, { code: "BAD_REQUEST", httpStatus: status, ...data });
}

/** The same refusal as @trpc/client's TRPCClientError carries it: `data` on the error, `cause` for no answer. */
class LikeTRPCClientError extends Error {
  constructor(
    readonly data: unknown,
    cause?: unknown,
  ) {
    super("from tRPC", { cause });
  }
}

describe("problemOf", () => {
  it("reads the message key, field errors (paths as sent), detail and code the server sends", () => {
    const problem = problemOf(
      refusal({ messageKey: "invalidInput", fieldErrors: { username: "usernameInvalid", "teamIds.0": "invalidInput" } }),
    );
    expect(problem).toEqual({
      messageKey: "invalidInput",
      fieldErrors: { username: "usernameInvalid", "teamIds.0": "invalidInput" },
      detail: {},
      code: "BAD_REQUEST",
    });
  });

  it("reads @trpc/client's errors the same way", () => {
    const retryAt = "2026-01-01T10:15:00.000Z";
    const error = new LikeTRPCClientError({ code: "TOO_MANY_REQUESTS", messageKey: "lockedOut", detail: { retryAt }, fieldErrors: null });
    expect(problemOf(error)).toEqual({ messageKey: "lockedOut", fieldErrors: {}, detail: { retryAt }, code: "TOO_MANY_REQUESTS" });
  });

  it("drops field errors that are not message keys", () => {
    const problem = problemOf(refusal({ messageKey: "invalidInput", fieldErrors: { code: 42, username: "required" } }));
    expect(problem.fieldErrors).toEqual({ username: "required" });
  });

  it("reads Hono's own refusals (cross-site), which have the same body shape", () => {
    expect(problemOf(refusal({ messageKey: "crossSite", code: "FORBIDDEN" }, 403))).toMatchObject({
      messageKey: "crossSite",
      code: "FORBIDDEN",
    });
  });

  it("calls a request that got no answer a network problem", () => {
    expect(problemOf(new TypeError("Failed to fetch"))).toEqual({ messageKey: "network", fieldErrors: {}, detail: {} });
    expect(problemOf(new DOMException("signal timed out", "TimeoutError")).messageKey).toBe("network");
    expect(problemOf(new DOMException("aborted", "AbortError")).messageKey).toBe("network");
    expect(problemOf(new LikeTRPCClientError(undefined, new TypeError("Failed to fetch"))).messageKey).toBe("network");
    expect(problemOf(new TypeError("Failed to fetch dynamically imported module")).messageKey).toBe("network");
  });

  it("calls anything else a server problem, an answer we cannot read included", () => {
    expect(problemOf(new ApiError("server", 0)).messageKey).toBe("server");
    expect(problemOf(new ApiError("server", 502, "<html>")).messageKey).toBe("server");
    expect(problemOf(new LikeTRPCClientError(undefined, new SyntaxError("Unexpected token <"))).messageKey).toBe("server");
    expect(problemOf(new Error("boom")).messageKey).toBe("server");
    expect(problemOf("boom").messageKey).toBe("server");
  });
});

describe("isNetworkFailure", () => {
  it("is false for any answer, even one we could not read", () => {
    expect(isNetworkFailure(new ApiError("server", 0))).toBe(false);
    expect(isNetworkFailure(new TypeError("Failed to fetch"))).toBe(true);
  });
});

describe("reading a refusal", () => {
  it("takes the message and data of the body, and the status of the response", async () => {
    const data = { code: "FORBIDDEN", httpStatus: 403, messageKey: "forbidden" };
    const body = { error: { message: "forbidden", code: -32003, data } };
    expect(apiErrorOf(403, body)).toMatchObject({ name: "ApiError", message: "forbidden", status: 403, data });
    const error = await refusalOf(new Response(JSON.stringify(body), { status: 403, headers: { "content-type": "application/json" } }));
    expect(error).toMatchObject({ message: "forbidden", status: 403, data });
  });

  it("gives status 0 for an answer that is not JSON", async () => {
    const error = await refusalOf(new Response("<html>Bad gateway</html>", { status: 502 }));
    expect(error).toMatchObject({ message: "server", status: 0 });
    expect(apiErrorOf(500, "nonsense")).toMatchObject({ message: "server", status: 500, data: undefined });
  });
});

const resources = await loadAllResources();
async function translator(language: "en" | "cy" | "ar"): Promise<Translate> {
  const i18n = await createI18n({ language, resources });
  return i18n.t.bind(i18n) as unknown as Translate;
}

describe("errorMessage", () => {
  it("says when a locked-out person may try again, as HH:MM in their time zone", async () => {
    const retryAt = "2026-01-01T10:15:00.000Z";
    const lockedOut = { messageKey: "lockedOut", fieldErrors: {}, detail: { retryAt } };
    expect(errorMessage(await translator("en"), "en", lockedOut, "Europe/London")).toBe("Too many tries. Please try again at 10:15.");
    const welsh = errorMessage(await translator("cy"), "cy", lockedOut, "Europe/London");
    expect(welsh).toBe("Gormod o gynigion. Rhowch gynnig arall arni am 10:15.");
    const arabic = errorMessage(await translator("ar"), "ar", lockedOut, "Asia/Dubai");
    expect(arabic).toContain(formatDate(retryAt, "ar", "time", "Asia/Dubai")); // 14:15, Western digits
    expect(arabic).toContain("14:15");
  });

  it("reads a lockout without a time as 'too many tries', and unknown keys as 'invalid input'", async () => {
    const t = await translator("en");
    expect(errorMessage(t, "en", { messageKey: "lockedOut", fieldErrors: {}, detail: {} })).toBe(
      "Too many tries. Please wait a little and try again.",
    );
    expect(errorMessage(t, "en", "somethingNew")).toBe(errorMessage(t, "en", "invalidInput"));
    expect(errorMessage(t, "en", "network")).toMatch(/cannot reach the server/);
  });
});
