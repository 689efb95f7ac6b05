import { describe, expect, it } from "vitest";
import { AppError } from "../shared/errors";
import {
  approvalRefusal,
  eventOfAction,
  isLetterOverdue,
  type LetterAction,
  type LetterStatus,
  letterDueOn,
  letterTransition,
  nextLetterStatus,
  receiptFollowUp,
} from "./lifecycle";

describe("a letter's life", () => {
  it("goes draft → submitted → returned → submitted → approved → sent, and a correction starts a new draft", () => {
    const path: [LetterAction, LetterStatus][] = [
      ["save", "draft"],
      ["submit", "submitted"],
      ["return", "returned"],
      ["save", "returned"],
      ["submit", "submitted"],
      ["approve", "approved"],
      ["send", "sent"],
      ["correct", "draft"],
    ];
    let status: LetterStatus = "draft";
    for (const [action, expected] of path) {
      status = nextLetterStatus(status, action);
      expect(status, action).toBe(expected);
    }
  });

  it("never changes a sent letter, nor one waiting for approval or approved", () => {
    expect(letterTransition("sent", "save")).toEqual({ ok: false, key: "letterSent" });
    expect(letterTransition("sent", "submit")).toEqual({ ok: false, key: "letterSent" });
    expect(letterTransition("submitted", "save")).toEqual({ ok: false, key: "letterAwaitingApproval" });
    expect(letterTransition("approved", "save")).toEqual({ ok: false, key: "letterAlreadyApproved" });
  });

  it("refuses actions out of order, saying why", () => {
    expect(letterTransition("draft", "approve")).toEqual({ ok: false, key: "letterNotAwaitingApproval" });
    expect(letterTransition("returned", "return")).toEqual({ ok: false, key: "letterNotAwaitingApproval" });
    expect(letterTransition("submitted", "send")).toEqual({ ok: false, key: "letterNotApproved" });
    expect(letterTransition("sent", "send")).toEqual({ ok: false, key: "letterSent" });
    expect(letterTransition("approved", "correct")).toEqual({ ok: false, key: "letterNotSent" });
    expect(letterTransition("sent", "approve")).toEqual({ ok: false, key: "letterSent" });
    let thrown: unknown;
    try {
      nextLetterStatus("draft", "send");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: "conflict", key: "letterNotApproved" });
  });

  it("appends a review event for every action but saving", () => {
    expect(eventOfAction("submit")).toBe("submitted");
    expect(eventOfAction("return")).toBe("returned");
    expect(eventOfAction("approve")).toBe("approved");
    expect(eventOfAction("send")).toBe("sent");
    expect(eventOfAction("correct")).toBe("corrected");
    expect(eventOfAction("save")).toBeNull();
  });
});

describe("who may approve", () => {
  const letter = { writerId: "writer", teamId: "north", reviewerId: null };

  it("a manager of the letter's team, never the writer", () => {
    expect(approvalRefusal({ kind: "team", userId: "m", teamIds: ["north"] }, "m", letter, false)).toBeNull();
    expect(approvalRefusal({ kind: "team", userId: "m", teamIds: ["south"] }, "m", letter, false)).toEqual({
      code: "forbidden",
      key: "letterNotYourReview",
    });
    expect(approvalRefusal({ kind: "team", userId: "writer", teamIds: ["north"] }, "writer", letter, false)).toEqual({
      code: "forbidden",
      key: "letterOwnApproval",
    });
  });

  it("a worker only as the named reviewer, and only when the organisation allows it", () => {
    const named = { ...letter, reviewerId: "colleague" };
    const colleague = { kind: "own", userId: "colleague" } as const;
    expect(approvalRefusal(colleague, "colleague", named, true)).toBeNull();
    expect(approvalRefusal(colleague, "colleague", named, false)?.key).toBe("letterNotYourReview");
    expect(approvalRefusal({ kind: "own", userId: "other" }, "other", named, true)?.key).toBe("letterNotYourReview");
    expect(approvalRefusal(null, "other", named, true)?.key).toBe("forbidden");
  });
});

describe("the due clock", () => {
  it("is the next working day after the meeting", () => {
    expect(letterDueOn("2026-03-03")).toBe("2026-03-04");
    // Friday: due Monday.
    expect(letterDueOn("2026-03-06")).toBe("2026-03-09");
  });

  it("runs across a bank holiday weekend", () => {
    // Thursday 2 April 2026: Good Friday, the weekend and Easter Monday pass; due Tuesday 7 April.
    expect(letterDueOn("2026-04-02")).toBe("2026-04-07");
    // Friday 22 May 2026, before the spring bank holiday: due Tuesday 26 May.
    expect(letterDueOn("2026-05-22")).toBe("2026-05-26");
    // Christmas Eve 2026 (Thursday): Christmas Day, the weekend and Boxing Day's Monday pass.
    expect(letterDueOn("2026-12-24")).toBe("2026-12-29");
    expect(letterDueOn("2026-03-03", ["2026-03-04"])).toBe("2026-03-05");
  });

  it("is overdue after the end of the due day in UK time, until the letter is first sent", () => {
    const dueOn = letterDueOn("2026-04-02");
    // 23:30 BST on the Tuesday it is due is still that day.
    expect(isLetterOverdue({ dueOn, firstSentAt: null }, new Date("2026-04-07T22:30:00Z"))).toBe(false);
    expect(isLetterOverdue({ dueOn, firstSentAt: null }, new Date("2026-04-07T23:30:00Z"))).toBe(true);
    expect(isLetterOverdue({ dueOn, firstSentAt: new Date("2026-04-09T10:00:00Z") }, new Date("2026-04-10T10:00:00Z"))).toBe(false);
    expect(isLetterOverdue({ dueOn: null, firstSentAt: null }, new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });
});

describe("receipts", () => {
  it("raise a concern for wanting to talk, and a follow-up for not understanding all of it", () => {
    expect(receiptFollowUp("understood")).toEqual({ raisesContactConcern: false, task: null });
    expect(receiptFollowUp("notAll")).toEqual({ raisesContactConcern: false, task: "explainAgain" });
    expect(receiptFollowUp("wantToTalk")).toEqual({ raisesContactConcern: true, task: null });
  });
});
