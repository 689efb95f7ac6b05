import { describe, expect, it } from "vitest";
import { feedbackContentHashInput } from "./content-hash";
import { answerMonthOf, characterCount, tipAnswerCodes, tipAnswerFromCode, tipAnswers } from "./feedback";
import { submitFeedbackInput } from "./schemas";

const tipA = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
const tipB = "9b2c5f6e-7a4d-4e3b-8c2a-1f0e9d8c7b6a";

const valid = {
  code: "acde-fghj",
  idempotencyKey: "k_0123456789abcdef",
  respondentKind: "child",
  ageBand: "8to12",
  language: "en",
  answers: [
    { tipId: tipA, answer: "yes" },
    { tipId: tipB, answer: "aBit" },
  ],
  contactRequested: false,
} as const;

function fieldErrors(input: unknown): Record<string, string> {
  const result = submitFeedbackInput.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("answers", () => {
  it("have stable numeric codes both ways", () => {
    expect(tipAnswerCodes).toEqual({ yes: 1, aBit: 2, no: 3, skipped: 0 });
    for (const answer of tipAnswers) expect(tipAnswerFromCode(tipAnswerCodes[answer])).toBe(answer);
    expect(tipAnswerFromCode(9)).toBeNull();
  });

  it("are grouped by the first day of their month", () => {
    expect(answerMonthOf(new Date("2026-03-31T23:59:59Z"))).toBe("2026-03-01");
    expect(answerMonthOf(new Date("2026-12-01T00:00:00Z"))).toBe("2026-12-01");
  });
});

describe("submitFeedbackInput", () => {
  it("accepts a child's answers", () => {
    const parsed = submitFeedbackInput.parse(valid);
    expect(parsed).toMatchObject({ respondentKind: "child", ageBand: "8to12", freeText: null, contactMethod: null, contactDetail: null });
  });

  it("needs an age band for a child only, and drops it for others", () => {
    expect(fieldErrors({ ...valid, ageBand: undefined })).toEqual({ ageBand: "required" });
    expect(submitFeedbackInput.parse({ ...valid, respondentKind: "parent" }).ageBand).toBeNull();
    expect(fieldErrors({ ...valid, ageBand: "adult" })).toEqual({ ageBand: "invalidChoice" });
  });

  it("takes free text up to 2,000 characters, counting an emoji as one", () => {
    expect(submitFeedbackInput.parse({ ...valid, freeText: "a".repeat(2000) }).freeText).toHaveLength(2000);
    expect(fieldErrors({ ...valid, freeText: "a".repeat(2001) })).toEqual({ freeText: "tooLong" });
    expect(characterCount("😀".repeat(2000))).toBe(2000);
    expect(fieldErrors({ ...valid, freeText: "😀".repeat(2000) })).toEqual({});
    expect(submitFeedbackInput.parse({ ...valid, freeText: "   " }).freeText).toBeNull();
  });

  it("needs a way to get in touch when contact is asked for", () => {
    expect(fieldErrors({ ...valid, contactRequested: true })).toEqual({ contactMethod: "required" });
    expect(fieldErrors({ ...valid, contactRequested: true, contactMethod: "phone" })).toEqual({ contactDetail: "required" });
    expect(fieldErrors({ ...valid, contactRequested: true, contactMethod: "phone", contactDetail: "ring me" })).toEqual({
      contactDetail: "invalidPhone",
    });
    expect(fieldErrors({ ...valid, contactRequested: true, contactMethod: "email", contactDetail: "me@" })).toEqual({
      contactDetail: "invalidEmail",
    });
    expect(
      submitFeedbackInput.parse({ ...valid, contactRequested: true, contactMethod: "email", contactDetail: " Me@Example.com " })
        .contactDetail,
    ).toBe("me@example.com");
    expect(
      submitFeedbackInput.parse({ ...valid, contactRequested: true, contactMethod: "phone", contactDetail: "07700 900123" }).contactDetail,
    ).toBe("07700 900123");
    const viaWorker = submitFeedbackInput.parse({ ...valid, contactRequested: true, contactMethod: "worker", contactDetail: "ignored" });
    expect(viaWorker).toMatchObject({ contactMethod: "worker", contactDetail: null });
    const notAsked = submitFeedbackInput.parse({
      ...valid,
      contactRequested: false,
      contactMethod: "phone",
      contactDetail: "07700 900123",
    });
    expect(notAsked).toMatchObject({ contactMethod: null, contactDetail: null });
  });

  it("refuses bad idempotency keys, too many answers and a tip answered twice", () => {
    expect(fieldErrors({ ...valid, idempotencyKey: "short" })).toEqual({ idempotencyKey: "invalidInput" });
    expect(fieldErrors({ ...valid, idempotencyKey: "has spaces in it, see" })).toEqual({ idempotencyKey: "invalidInput" });
    expect(fieldErrors({ ...valid, idempotencyKey: "x".repeat(101) })).toEqual({ idempotencyKey: "invalidInput" });
    const many = Array.from({ length: 21 }, (_, i) => ({ tipId: `1b4e28ba-2fa1-41d2-883f-${String(i).padStart(12, "0")}`, answer: "yes" }));
    expect(fieldErrors({ ...valid, answers: many })).toEqual({ answers: "tooLong" });
    expect(fieldErrors({ ...valid, answers: [valid.answers[0], valid.answers[0]] })).toEqual({ answers: "invalidInput" });
    expect(fieldErrors({ ...valid, answers: [{ tipId: tipA, answer: "maybe" }] })).toEqual({ "answers.0.answer": "invalidChoice" });
  });
});

describe("feedbackContentHashInput", () => {
  const parsed = submitFeedbackInput.parse(valid);

  it("does not depend on answer order, code spelling or the idempotency key", () => {
    const reordered = submitFeedbackInput.parse({
      ...valid,
      code: "ACDEFGHJ",
      idempotencyKey: "another_key_0123456",
      answers: [...valid.answers].reverse(),
    });
    expect(feedbackContentHashInput(reordered)).toBe(feedbackContentHashInput(parsed));
  });

  it("changes with anything that is stored", () => {
    const base = feedbackContentHashInput(parsed);
    const variants = [
      { ...valid, answers: [{ tipId: tipA, answer: "no" }, valid.answers[1]] },
      { ...valid, freeText: "thanks" },
      { ...valid, language: "cy" },
      { ...valid, ageBand: "13to15" },
      { ...valid, code: "ACDE-FGHK" },
      { ...valid, contactRequested: true, contactMethod: "worker" },
    ];
    for (const variant of variants) expect(feedbackContentHashInput(submitFeedbackInput.parse(variant))).not.toBe(base);
  });
});
