import { describe, expect, it } from "vitest";
import { acknowledgementClock, alertState, formatDuration, openFirst, queueOrder, targetMinutes } from "./clock";

describe("acknowledgementClock", () => {
  const by = "2026-03-02T10:00:00.000Z";
  const at = (iso: string) => new Date(iso);

  it("counts down to the target, rounding up", () => {
    expect(acknowledgementClock("new", by, at("2026-03-02T09:18:00.000Z"))).toEqual({ kind: "within", minutes: 42 });
    expect(acknowledgementClock("new", by, at("2026-03-02T09:18:30.000Z"))).toEqual({ kind: "within", minutes: 42 });
    expect(acknowledgementClock("new", by, at("2026-03-02T09:59:59.000Z"))).toEqual({ kind: "within", minutes: 1 });
    expect(acknowledgementClock("new", by, at(by))).toEqual({ kind: "within", minutes: 1 });
  });

  it("says how long it is overdue, rounding down, at least a minute", () => {
    expect(acknowledgementClock("new", by, at("2026-03-02T10:00:01.000Z"))).toEqual({ kind: "overdue", minutes: 1 });
    expect(acknowledgementClock("new", by, at("2026-03-02T11:05:59.000Z"))).toEqual({ kind: "overdue", minutes: 65 });
  });

  it("stops once someone has acknowledged it", () => {
    expect(acknowledgementClock("acknowledged", by, at("2026-03-02T11:00:00.000Z"))).toBeNull();
    expect(acknowledgementClock("resolved", by, at("2026-03-02T11:00:00.000Z"))).toBeNull();
  });
});

describe("formatDuration", () => {
  it("uses the two largest units", () => {
    expect(formatDuration(42, "en")).toBe("42 mins");
    expect(formatDuration(1, "en")).toBe("1 min");
    expect(formatDuration(65, "en")).toBe("1 hr 5 mins");
    expect(formatDuration(120, "en")).toBe("2 hrs");
    expect(formatDuration(2 * 1440 + 3 * 60 + 7, "en")).toBe("2 days 3 hrs");
  });

  it("speaks Welsh and Arabic with Western digits", () => {
    expect(formatDuration(65, "cy")).toMatch(/1.*5/);
    expect(formatDuration(65, "ar")).toMatch(/1.*5/);
    expect(formatDuration(65, "ar")).not.toMatch(/[٠-٩]/);
  });
});

describe("alertState", () => {
  it("flags an alert that has not gone", () => {
    expect(alertState({ status: "sent", sentAt: "2026-03-02T10:00:00Z", attempts: 1, nextAttemptAt: null })).toEqual({
      key: "sentAt",
      needsAttention: false,
    });
    expect(alertState({ status: "pending", sentAt: null, attempts: 0, nextAttemptAt: null })).toEqual({
      key: "pending",
      needsAttention: false,
    });
    expect(alertState({ status: "notSent", sentAt: null, attempts: 2, nextAttemptAt: "2026-03-02T10:05:00Z" })).toEqual({
      key: "retrying",
      needsAttention: true,
    });
    expect(alertState({ status: "notSent", sentAt: null, attempts: 0, nextAttemptAt: null })).toEqual({
      key: "notSent",
      needsAttention: true,
    });
  });
});

describe("queueOrder", () => {
  it("puts unresolved concerns first and keeps newest first within each group", () => {
    const queue = queueOrder([
      { id: "a", status: "resolved" as const },
      { id: "b", status: "new" as const },
      { id: "c", status: "acknowledged" as const },
      { id: "d", status: "resolved" as const },
      { id: "e", status: "new" as const },
    ]);
    expect(queue.map((c) => c.id)).toEqual(["b", "c", "e", "a", "d"]);
  });
});

describe("openFirst", () => {
  it("puts review items nobody has decided about first, and keeps the server's order within each group", () => {
    const list = openFirst([
      { id: "a", status: "cleared" as const },
      { id: "b", status: "new" as const },
      { id: "c", status: "escalated" as const },
      { id: "d", status: "new" as const },
    ]);
    expect(list.map((item) => item.id)).toEqual(["b", "d", "a", "c"]);
  });
});

describe("targetMinutes", () => {
  it("is the time a concern was given, as the organisation's target was when it was raised", () => {
    expect(targetMinutes({ raisedAt: "2026-03-02T10:00:00.000Z", acknowledgeBy: "2026-03-02T11:00:00.000Z" })).toBe(60);
    expect(targetMinutes({ raisedAt: "2026-03-02T10:00:00.000Z", acknowledgeBy: "2026-03-02T10:30:00.000Z" })).toBe(30);
  });
});
