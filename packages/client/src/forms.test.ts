import { adminSchemas } from "@heard/domain";
import { describe, expect, it } from "vitest";
import { ApiError, type Problem } from "./errors";
import { createForm, formProblem, summaryItems, validate } from "./forms";

type Field = "email" | "password" | "teamIds";
const fields: readonly Field[] = ["email", "password", "teamIds"];

const problem = (messageKey: string, fieldErrors: Record<string, string> = {}): Problem => ({ messageKey, fieldErrors, detail: {} });
/** What the API throws, as the family app's client reads it. */
const refusal = (messageKey: string, fieldErrors?: Record<string, string>) =>
  new ApiError(messageKey, 400, { code: "BAD_REQUEST", messageKey, fieldErrors });

describe("formProblem", () => {
  it("puts each field error on its field, by its path or the path's first part, the first one winning", () => {
    const found = formProblem(
      problem("invalidInput", { email: "invalidEmail", "teamIds.0": "invalidInput", "teamIds.1": "required", other: "required" }),
      fields,
    );
    expect(found).toEqual({ fields: { email: "invalidEmail", teamIds: "invalidInput" }, general: null });
  });

  it("keeps a full path when the form's fields are paths", () => {
    const paths = ["tips.0.title", "tips.1.title", "tips"] as const;
    const found = formProblem(problem("invalidInput", { "tips.1.title": "required", "tips.3.wording": "tooLong" }), paths);
    expect(found.fields).toEqual({ "tips.1.title": "required", tips: "tooLong" });
  });

  it("puts a message about one field beside that field", () => {
    expect(formProblem(problem("passwordCommon"), fields, { passwordCommon: "password" })).toEqual({
      fields: { password: "passwordCommon" },
      general: null,
    });
  });

  it("keeps a message that belongs to no field for the summary, and drops a bare 'invalidInput' beside field errors", () => {
    expect(formProblem(problem("wrongCredentials"), fields)).toEqual({ fields: {}, general: problem("wrongCredentials") });
    expect(formProblem(problem("invalidInput"), fields).general?.messageKey).toBe("invalidInput");
    const conflict = problem("idempotencyConflict", { email: "required" });
    expect(formProblem(conflict, fields)).toEqual({ fields: { email: "required" }, general: conflict });
  });
});

describe("createForm", () => {
  it("stops at field problems without sending", async () => {
    const form = createForm<Field>({ fields });
    let sent = 0;
    const ok = await form.submit({ check: () => ({ email: "required" }), send: async () => void sent++ });
    expect(ok).toBe(false);
    expect(sent).toBe(0);
    expect(form.error("email")).toBe("required");
    expect(form.failures()).toBe(1);
  });

  it("refuses a second submit while the first is running", async () => {
    const form = createForm<Field>({ fields });
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

  it("shows what the server refused, per field or for the summary, and clears it after a success", async () => {
    const form = createForm<Field>({ fields, messageFields: { emailTaken: "email" } });
    await form.submit({
      send: async () => {
        throw refusal("emailTaken");
      },
    });
    expect(form.error("email")).toBe("emailTaken");
    expect(form.formError()).toBeNull();
    await form.submit({
      send: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    expect(form.fieldErrors()).toEqual({});
    expect(form.formError()?.messageKey).toBe("network");
    expect(form.failures()).toBe(2);
    expect(await form.submit({ send: async () => {} })).toBe(true);
    expect(form.formError()).toBeNull();
  });

  it("can fail without sending, and clear", () => {
    const form = createForm<Field>({ fields });
    form.fail({ password: "passwordTooShort" }, problem("server"));
    expect(form.error("password")).toBe("passwordTooShort");
    expect(form.failures()).toBe(1);
    form.clearErrors();
    expect(form.fieldErrors()).toEqual({});
    expect(form.formError()).toBeNull();
  });
});

describe("summaryItems", () => {
  it("lists the general problem first, then each field's in field order, linked to its control", () => {
    const form = createForm<Field>({ fields });
    form.fail({ teamIds: "required", email: "invalidEmail" }, problem("network"));
    const items = summaryItems(form, {
      fieldId: (field) => `f-${field}`,
      fieldText: (field, key) => `${field}: ${key}`,
      generalText: (general) => `general ${general.messageKey}`,
    });
    expect(items).toEqual([
      { text: "general network" },
      { text: "email: invalidEmail", fieldId: "f-email" },
      { text: "teamIds: required", fieldId: "f-teamIds" },
    ]);
  });
});

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
    expect(validate(adminSchemas.teamInput, { name: "North" })).toEqual({});
  });
});
