import { describe, expect, it } from "vitest";
import { problemOf } from "./errors";
import { ApiError } from "./trpc";

/** The error body's `data` our server sends (see packages/api/src/trpc.ts errorFormatter). */
function serverError(data: Record<string, unknown>, status = 400) {
  return new ApiError(String(data.messageKey), status, { code: "BAD_REQUEST", httpStatus: status, ...data });
}

describe("problemOf", () => {
  it("reads the message key, field errors and detail the server sends", () => {
    const problem = problemOf(
      serverError({ messageKey: "invalidInput", fieldErrors: { username: "usernameInvalid", passphrase: "passwordTooShort" } }),
    );
    expect(problem).toEqual({
      messageKey: "invalidInput",
      fieldErrors: { username: "usernameInvalid", passphrase: "passwordTooShort" },
      detail: {},
    });
  });

  it("keeps detail such as the time a locked account may try again", () => {
    const retryAt = "2026-03-01T14:05:00.000Z";
    expect(problemOf(serverError({ messageKey: "lockedOut", detail: { retryAt } }))).toEqual({
      messageKey: "lockedOut",
      fieldErrors: {},
      detail: { retryAt },
    });
  });

  it("drops field errors that are not message keys", () => {
    const problem = problemOf(serverError({ messageKey: "invalidInput", fieldErrors: { code: 42, username: "required" } }));
    expect(problem.fieldErrors).toEqual({ username: "required" });
  });

  it("reads Hono's own refusals (cross-site), which have the same body shape", () => {
    expect(problemOf(serverError({ messageKey: "crossSite", code: "FORBIDDEN" }, 403)).messageKey).toBe("crossSite");
  });

  it("calls a request that got no answer a network problem", () => {
    expect(problemOf(new TypeError("Failed to fetch"))).toEqual({ messageKey: "network", fieldErrors: {}, detail: {} });
    expect(problemOf(new DOMException("signal timed out", "TimeoutError")).messageKey).toBe("network");
    expect(problemOf(new DOMException("aborted", "AbortError")).messageKey).toBe("network");
  });

  it("calls an answer we cannot read (a proxy's HTML error page) a server problem", () => {
    expect(problemOf(new ApiError("server", 0)).messageKey).toBe("server");
    expect(problemOf(new ApiError("server", 502, "<html>")).messageKey).toBe("server");
  });

  it("calls a screen's code that did not download a network problem", () => {
    expect(problemOf(new TypeError("Failed to fetch dynamically imported module")).messageKey).toBe("network");
    expect(problemOf(new Error("boom")).messageKey).toBe("server");
  });
});
