import { describe, expect, it } from "vitest";
import { acknowledgeConcernInput, resolveConcernInput } from "./schemas";
import { concernAcknowledgeBy, concernAlertStatus, concernStatusOf, isConcernOverdue, levelOfCategories } from "./workflow";

describe("concern workflow", () => {
  it("reads status from events", () => {
    expect(concernStatusOf([])).toBe("new");
    expect(concernStatusOf(["noted"])).toBe("new");
    expect(concernStatusOf(["acknowledged", "noted"])).toBe("acknowledged");
    expect(concernStatusOf(["acknowledged", "resolved"])).toBe("resolved");
    expect(concernStatusOf(["cleared"])).toBe("cleared");
    expect(concernStatusOf(["noted", "escalated"])).toBe("escalated");
  });

  it("gives an urgent concern the organisation's minutes, the others one working day", () => {
    const friday = new Date("2026-03-06T15:00:00Z");
    expect(concernAcknowledgeBy(friday, "urgent", 60).toISOString()).toBe("2026-03-06T16:00:00.000Z");
    expect(concernAcknowledgeBy(friday, "concern", 60).toISOString()).toBe("2026-03-09T15:00:00.000Z");
    expect(concernAcknowledgeBy(friday, "review", 60).toISOString()).toBe("2026-03-09T15:00:00.000Z");
  });

  it("makes danger now and self-harm urgent", () => {
    expect(levelOfCategories(["abuse", "selfHarm"])).toBe("urgent");
    expect(levelOfCategories(["immediateDanger"])).toBe("urgent");
    expect(levelOfCategories(["neglect"])).toBe("concern");
    expect(levelOfCategories([])).toBe("concern");
  });

  it("is overdue only while new and past its target", () => {
    const raised = new Date("2026-03-02T10:00:00Z");
    const by = concernAcknowledgeBy(raised, "urgent", 60);
    expect(by.toISOString()).toBe("2026-03-02T11:00:00.000Z");
    expect(isConcernOverdue("new", by, new Date("2026-03-02T10:59:00Z"))).toBe(false);
    expect(isConcernOverdue("new", by, new Date("2026-03-02T11:01:00Z"))).toBe(true);
    expect(isConcernOverdue("acknowledged", by, new Date("2026-03-02T11:01:00Z"))).toBe(false);
  });

  it("says the alert was not sent unless mail went or is about to go", () => {
    expect(concernAlertStatus({ sentAt: new Date(), attempts: 1 }, true)).toBe("sent");
    expect(concernAlertStatus({ sentAt: null, attempts: 0 }, true)).toBe("pending");
    expect(concernAlertStatus({ sentAt: null, attempts: 2 }, true)).toBe("notSent");
    expect(concernAlertStatus({ sentAt: null, attempts: 0 }, false)).toBe("notSent");
    expect(concernAlertStatus(null, true)).toBe("notSent");
  });

  it("needs a note to resolve", () => {
    const id = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
    expect(resolveConcernInput.safeParse({ id, note: "  " }).error?.issues[0]?.message).toBe("required");
    expect(acknowledgeConcernInput.parse({ id })).toEqual({ id });
  });
});
