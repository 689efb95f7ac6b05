import { adminSchemas } from "@heard/domain";
import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { createForm, validate } from "./forms";

type Field = "email" | "password";

describe("validate", () => {
  it("gives the same error keys as the server, one per field", () => {
    expect(
      validate(adminSchemas.organisationSettingsInput, {
        name: "",
        frontDoorPhone: "ring me",
        safeguardingEmail: "nope",
        kAnonymityThreshold: Number.NaN,
      }),
    ).toEqual({
      name: "required",
      frontDoorPhone: "invalidPhone",
      safeguardingEmail: "invalidEmail",
      kAnonymityThreshold: "invalidInput",
    });
  });
});

describe("createForm", () => {
  it("stops at field problems without sending", async () => {
    const form = createForm<Field>({ fields: ["email", "password"] });
    let sent = 0;
    const ok = await form.submit({ check: () => ({ email: "required" }), send: async () => void sent++ });
    expect(ok).toBe(false);
    expect(sent).toBe(0);
    expect(form.error("email")).toBe("required");
    expect(form.failures()).toBe(1);
  });

  it("refuses a second submit while the first is running", async () => {
    const form = createForm<Field>({ fields: ["email", "password"] });
    let release: () => void = () => {};
    let sent = 0;
    const send = () =>
      new Promise<void>((resolve) => {
        sent++;
        release = resolve;
      });
    const first = form.submit({ send });
    expect(form.busy()).toBe(true);
    expect(await form.submit({ send })).toBe(false);
    release();
    expect(await first).toBe(true);
    expect(sent).toBe(1);
    expect(form.busy()).toBe(false);
  });

  it("puts a server message that belongs to a field beside that field", async () => {
    const form = createForm<Field>({ fields: ["email", "password"], messageFields: { passwordCommon: "password" } });
    await form.submit({
      send: async () => {
        throw TRPCClientError.from({
          error: { message: "passwordCommon", code: -32600, data: { code: "BAD_REQUEST", messageKey: "passwordCommon" } },
        });
      },
    });
    expect(form.error("password")).toBe("passwordCommon");
    expect(form.formError()).toBeNull();
  });

  it("keeps a message that belongs to no field for the summary", async () => {
    const form = createForm<Field>({ fields: ["email", "password"] });
    await form.submit({
      send: async () => {
        throw TRPCClientError.from({
          error: { message: "wrongCredentials", code: -32001, data: { code: "UNAUTHORIZED", messageKey: "wrongCredentials" } },
        });
      },
    });
    expect(form.formError()?.messageKey).toBe("wrongCredentials");
    expect(form.fieldErrors()).toEqual({});
  });
});
