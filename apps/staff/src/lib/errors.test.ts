import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { safeNextPath, toAppError } from "./errors";

function serverError(data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { message: String(data.messageKey), code: -32600, data } });
}

describe("toAppError", () => {
  it("takes the server's message key, field errors and detail", () => {
    const error = toAppError(
      serverError({
        code: "TOO_MANY_REQUESTS",
        messageKey: "lockedOut",
        detail: { retryAt: "2026-01-01T10:15:00.000Z" },
      }),
    );
    expect(error).toEqual({
      messageKey: "lockedOut",
      fieldErrors: {},
      detail: { retryAt: "2026-01-01T10:15:00.000Z" },
      code: "TOO_MANY_REQUESTS",
    });
  });

  it("keeps one error per top-level field", () => {
    const error = toAppError(
      serverError({
        code: "BAD_REQUEST",
        messageKey: "invalidInput",
        fieldErrors: { email: "invalidEmail", "teamIds.0": "invalidInput", "teamIds.1": "required" },
      }),
    );
    expect(error.fieldErrors).toEqual({ email: "invalidEmail", teamIds: "invalidInput" });
  });

  it("calls a request that never got an answer a network failure", () => {
    expect(toAppError(TRPCClientError.from(new TypeError("Failed to fetch"))).messageKey).toBe("network");
    expect(toAppError(new TypeError("Failed to fetch")).messageKey).toBe("network");
  });

  it("calls anything else a server failure", () => {
    expect(toAppError(TRPCClientError.from(new SyntaxError("Unexpected token <"))).messageKey).toBe("server");
    expect(toAppError(new Error("boom")).messageKey).toBe("server");
  });
});

describe("safeNextPath", () => {
  it("keeps paths inside the app", () => {
    expect(safeNextPath("/families")).toBe("/families");
    expect(safeNextPath("/admin/audit?action=x")).toBe("/admin/audit?action=x");
  });

  it("refuses other sites, odd values and the sign-in page itself", () => {
    for (const next of [null, "", "https://evil.example/", "//evil.example", "/\\evil", "families", "/sign-in", "/sign-in?next=/x"]) {
      expect(safeNextPath(next)).toBe("/");
    }
  });
});
