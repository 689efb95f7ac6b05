import { describe, expect, it } from "vitest";
import { codeAlphabet } from "../auth/activation-code";
import { feedbackCodeFromRandomBytes, feedbackCodeLength, formatFeedbackCode, parseFeedbackCode } from "./feedback-code";
import {
  calendarDateOf,
  feedbackCodeExpiry,
  isCalendarDate,
  lateFeedbackGraceMs,
  meetingCodeStatus,
  meetingDateProblem,
  takesFeedback,
} from "./meetings";
import { listMeetingsInput, recordMeetingInput } from "./schemas";

const teamId = "6f1d4b52-3c51-4d7e-9a55-0c6a4d3f2b11";
const workerId = "0a3c2e5f-8b7d-4c1e-9f2a-6d5b4c3a2e10";

describe("feedback codes", () => {
  it("are 8 characters of the unambiguous alphabet, shown as two fours", () => {
    const code = feedbackCodeFromRandomBytes(new Uint8Array(Array.from({ length: 16 }, (_, i) => i * 7)));
    expect(code).toHaveLength(feedbackCodeLength);
    for (const ch of code ?? "") expect(codeAlphabet).toContain(ch);
    expect(formatFeedbackCode("ACDEFGHJ")).toBe("ACDE-FGHJ");
    expect(formatFeedbackCode("acde-fghj")).toBe("ACDE-FGHJ");
  });

  it("parse ignoring case, spaces and the dash", () => {
    expect(parseFeedbackCode("acde-fghj")).toBe("ACDEFGHJ");
    expect(parseFeedbackCode(" AC DE FG HJ ")).toBe("ACDEFGHJ");
    expect(parseFeedbackCode("ACDEFGHJ")).toBe("ACDEFGHJ");
  });

  it("refuse codes of the wrong length or with look-alike characters", () => {
    expect(parseFeedbackCode("ACDE-FGH")).toBeNull();
    expect(parseFeedbackCode("ACDE-FGHJK")).toBeNull();
    expect(parseFeedbackCode("ACDE-FGH0")).toBeNull(); // zero is not in the alphabet
    expect(parseFeedbackCode("ACDE-FGHI")).toBeNull();
    expect(parseFeedbackCode("")).toBeNull();
  });

  it("are not made from too few usable random bytes", () => {
    expect(feedbackCodeFromRandomBytes(new Uint8Array(8).fill(255))).toBeNull();
  });
});

describe("meeting code status", () => {
  const now = new Date("2026-03-02T10:00:00Z");
  const expiry = feedbackCodeExpiry(now, 14);

  it("counts its days from the meeting when it was recorded in advance", () => {
    expect(feedbackCodeExpiry(now, 14, "2026-04-01").toISOString()).toBe("2026-04-15T00:00:00.000Z");
    expect(feedbackCodeExpiry(now, 14, "2026-02-20").toISOString()).toBe("2026-03-16T10:00:00.000Z");
  });

  it("expires after the organisation's number of days", () => {
    expect(expiry.toISOString()).toBe("2026-03-16T10:00:00.000Z");
    expect(meetingCodeStatus({ codeExpiresAt: expiry, codeClosedAt: null }, now)).toBe("open");
    expect(meetingCodeStatus({ codeExpiresAt: expiry, codeClosedAt: null }, expiry)).toBe("expired");
  });

  it("is closed once closed early, even after it would have expired", () => {
    const closed = { codeExpiresAt: expiry, codeClosedAt: now };
    expect(meetingCodeStatus(closed, now)).toBe("closed");
    expect(meetingCodeStatus(closed, new Date(expiry.getTime() + 1))).toBe("closed");
  });

  it("takes answers from a form opened while it was open for a week after it stops, and no others", () => {
    const at = (ms: number) => new Date(expiry.getTime() + ms);
    const open = { codeExpiresAt: expiry, codeClosedAt: null };
    expect(takesFeedback(open, now, null)).toBe(true);
    expect(takesFeedback(open, at(0), null)).toBe(false);
    expect(takesFeedback(open, at(60_000), at(-1))).toBe(true);
    expect(takesFeedback(open, at(lateFeedbackGraceMs - 1), at(-1))).toBe(true);
    expect(takesFeedback(open, at(lateFeedbackGraceMs), at(-1))).toBe(false);
    expect(takesFeedback(open, at(60_000), at(0))).toBe(false);
    // Closed early: the grace runs from the closing moment, for forms opened before it.
    const closed = { codeExpiresAt: expiry, codeClosedAt: now };
    expect(takesFeedback(closed, new Date(now.getTime() + 60_000), new Date(now.getTime() - 1))).toBe(true);
    expect(takesFeedback(closed, new Date(now.getTime() + 60_000), now)).toBe(false);
    expect(takesFeedback(closed, new Date(now.getTime() + lateFeedbackGraceMs), new Date(now.getTime() - 1))).toBe(false);
  });
});

describe("meeting dates", () => {
  const now = new Date("2026-03-02T23:30:00Z");

  it("must be real calendar dates", () => {
    expect(isCalendarDate("2026-02-28")).toBe(true);
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-2-1")).toBe(false);
    expect(isCalendarDate("01/02/2026")).toBe(false);
    expect(calendarDateOf(now)).toBe("2026-03-02");
  });

  it("may be recorded up to a year in advance, not later", () => {
    expect(meetingDateProblem("2026-03-02", now)).toBeNull();
    expect(meetingDateProblem("2026-03-03", now)).toBeNull();
    expect(meetingDateProblem("2027-03-02", now)).toBeNull();
    expect(meetingDateProblem("2027-03-04", now)).toBe("meetingDateInFuture");
    expect(meetingDateProblem("2025-12-01", now)).toBeNull();
    expect(meetingDateProblem("1999-12-31", now)).toBe("invalidDate");
    expect(meetingDateProblem("2026-02-30", now)).toBe("invalidDate");
  });
});

describe("recordMeetingInput", () => {
  const valid = { type: "coreGroup", heldOn: "2026-03-01", teamId, workerIds: [workerId] };

  it("accepts a meeting and drops repeated workers and an empty case reference", () => {
    const parsed = recordMeetingInput.parse({ ...valid, workerIds: [workerId, workerId], caseReference: "  " });
    expect(parsed.workerIds).toEqual([workerId]);
    expect(parsed.caseReference).toBeUndefined();
    expect(recordMeetingInput.parse({ ...valid, caseReference: " CP-123 " }).caseReference).toBe("CP-123");
  });

  it("says which field is wrong with a message key", () => {
    const result = recordMeetingInput.safeParse({
      type: "party",
      heldOn: "2026-13-01",
      teamId: "x",
      workerIds: [],
      caseReference: "x".repeat(101),
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
    expect(messages).toEqual({
      type: "invalidChoice",
      heldOn: "invalidDate",
      teamId: "teamRequired",
      workerIds: "required",
      caseReference: "tooLong",
    });
  });

  it("lists with defaults when given nothing", () => {
    expect(listMeetingsInput.parse(undefined)).toBeUndefined();
    expect(listMeetingsInput.parse({})).toEqual({ limit: 100 });
  });
});
