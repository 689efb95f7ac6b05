import { problemOf } from "@heard/client";
import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";

function serverError(data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { message: String(data.messageKey), code: -32600, data } });
}

/** @heard/client reads @trpc/client's errors structurally (the family app has no @trpc/client): check it on the real class. */
describe("problemOf, on @trpc/client's errors", () => {
  it("takes the server's message key, field errors (paths as sent) and detail", () => {
    const error = serverError({
      code: "TOO_MANY_REQUESTS",
      messageKey: "lockedOut",
      detail: { retryAt: "2026-01-01T10:15:00.000Z" },
      fieldErrors: { "teamIds.0": "invalidInput" },
    });
    expect(problemOf(error)).toEqual({
      messageKey: "lockedOut",
      fieldErrors: { "teamIds.0": "invalidInput" },
      detail: { retryAt: "2026-01-01T10:15:00.000Z" },
      code: "TOO_MANY_REQUESTS",
    });
  });

  it("calls a request that never got an answer a network failure", () => {
    expect(problemOf(TRPCClientError.from(new TypeError("Failed to fetch"))).messageKey).toBe("network");
  });

  it("calls an answer it could not read a server failure", () => {
    expect(problemOf(TRPCClientError.from(new SyntaxError("Unexpected token <"))).messageKey).toBe("server");
  });
});
