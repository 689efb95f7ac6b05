import { describe, expect, it } from "vitest";
import { createLetterInput, letterReceiptInput, saveDraftInput, upsertGlossaryInput } from "./schemas";

const uuid = "2d1c5b3a-6e8f-4a1b-9c2d-3e4f5a6b7c8d";
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("letter inputs", () => {
  it("need an addressee, and a meeting or a family account to come from", () => {
    expect(messages(createLetterInput.safeParse({ kind: "free", language: "en", familyId: uuid, addresseeIds: [] }))).toEqual({
      addresseeIds: "letterNoAddressee",
    });
    expect(messages(createLetterInput.safeParse({ kind: "free", language: "en", addresseeIds: [uuid] }))).toEqual({
      meetingId: "letterSourceRequired",
    });
    const parsed = createLetterInput.parse({ kind: "cpConference", language: "cy", meetingId: uuid, addresseeIds: [uuid, uuid] });
    expect(parsed.addresseeIds).toEqual([uuid]);
  });

  it("take each section by its type", () => {
    const ok = saveDraftInput.safeParse({
      id: uuid,
      sections: [
        { key: "whoCame", type: "text", text: "Mum and Jo came.\nSo did your teacher." },
        { key: "whatHappensNow", type: "steps", steps: ["Jo will visit"] },
        {
          key: "plan",
          type: "planTable",
          rows: [{ what: "School every day", who: "Mum", byWhen: "June", howWeKnow: "Your teacher tells us" }],
        },
      ],
    });
    expect(ok.success).toBe(true);
    expect(Object.keys(messages(saveDraftInput.safeParse({ id: uuid, sections: [{ key: "x", type: "steps", text: "no" }] })))).toEqual([
      "sections.0.steps",
    ]);
    expect(messages(saveDraftInput.safeParse({ id: uuid, sections: [{ key: "x", type: "text", text: "a".repeat(4001) }] }))).toEqual({
      "sections.0.text": "tooLong",
    });
  });

  it("take a receipt's reply trimmed, and none when blank", () => {
    expect(letterReceiptInput.parse({ id: uuid, version: 1, answer: "notAll", reply: "   " }).reply).toBeUndefined();
    expect(messages(letterReceiptInput.safeParse({ id: uuid, version: 1, answer: "maybe" }))).toEqual({ answer: "invalidChoice" });
  });

  it("take a glossary term with its forms", () => {
    expect(upsertGlossaryInput.parse({ language: "en", term: " TAF ", swap: "team around your family" })).toEqual({
      language: "en",
      term: "TAF",
      swap: "team around your family",
      forms: [],
      disabled: false,
    });
  });
});
