import { describe, expect, it } from "vitest";
import { type CountedStatement, statementFigures, worryBandOf } from "./figures";
import { isEmptyStatement, type StatementContent, statementScreenText, statementTexts } from "./kinds";
import { isStatementLate, routeStatement, statementAnswerBy } from "./routing";
import { sendStatementInput } from "./schemas";

const getReady = (over: Partial<Extract<StatementContent, { kind: "getReady" }>> = {}): StatementContent => ({
  kind: "getReady",
  meetingId: null,
  goingWell: "",
  worried: "",
  change: "",
  whoThere: "",
  speaking: null,
  ...over,
});

describe("what a message says", () => {
  it("lists the text answers in the order asked, leaving out empty ones", () => {
    expect(statementTexts(getReady({ worried: " school ", whoThere: "my nan" }))).toEqual([
      { field: "worried", text: "school" },
      { field: "whoThere", text: "my nan" },
    ]);
  });

  it("screens every answer on its own line, so a phrase never runs across two answers", () => {
    expect(statementScreenText({ kind: "problem", what: "my brother", who: "keeps", help: "hitting the wall" })).toBe(
      "my brother\nkeeps\nhitting the wall",
    );
  });

  it("is empty with no words, except a feeling, which always has its face", () => {
    expect(isEmptyStatement(getReady({ speaking: "myself" }))).toBe(true);
    expect(isEmptyStatement({ kind: "other", text: "   " })).toBe(true);
    expect(isEmptyStatement({ kind: "goodNews", what: "I got a merit" })).toBe(false);
    expect(isEmptyStatement({ kind: "feeling", face: 2, worry: null, why: "" })).toBe(false);
  });
});

describe("who a message goes to", () => {
  it("goes to the allocated worker when they are here", () => {
    expect(routeStatement({ workerId: "w", away: false, active: true }, ["m"])).toEqual({ to: "worker", workerId: "w" });
  });

  it("goes to the team's managers when nobody is allocated, the worker is away, or has left", () => {
    expect(routeStatement(null, ["m1", "m2", "m1"])).toEqual({ to: "managers", managerIds: ["m1", "m2"] });
    expect(routeStatement({ workerId: "w", away: true, active: true }, ["m1"])).toEqual({ to: "managers", managerIds: ["m1"] });
    expect(routeStatement({ workerId: "w", away: false, active: false }, ["m1"])).toEqual({ to: "managers", managerIds: ["m1"] });
  });

  it("says so when there is nobody at all", () => {
    expect(routeStatement(null, [])).toEqual({ to: "nobody" });
    expect(routeStatement({ workerId: "w", away: true, active: true }, [])).toEqual({ to: "nobody" });
  });
});

describe("the answer clock", () => {
  // Friday 29 August 2025, 15:00 UK time; Monday 1 September is a working day.
  const friday = new Date("2025-08-29T14:00:00Z");

  it("is due a working day later, across a weekend", () => {
    expect(statementAnswerBy(friday).toISOString()).toBe("2025-09-01T14:00:00.000Z");
  });

  it("skips a bank holiday weekend (Friday 22 August 2025: Monday 25th is a bank holiday)", () => {
    expect(statementAnswerBy(new Date("2025-08-22T09:00:00Z")).toISOString()).toBe("2025-08-26T09:00:00.000Z");
  });

  it("counts the organisation's target in working days, and its own holidays", () => {
    expect(statementAnswerBy(friday, 2).toISOString()).toBe("2025-09-02T14:00:00.000Z");
    expect(statementAnswerBy(friday, 1, ["2025-09-01"]).toISOString()).toBe("2025-09-02T14:00:00.000Z");
  });

  it("is late when answered after its time, or still unanswered past it", () => {
    const answerBy = new Date("2025-09-01T14:00:00Z");
    expect(isStatementLate({ answerBy, answeredAt: new Date("2025-09-01T13:59:00Z") }, new Date("2025-09-09T00:00:00Z"))).toBe(false);
    expect(isStatementLate({ answerBy, answeredAt: new Date("2025-09-01T14:01:00Z") }, new Date("2025-09-09T00:00:00Z"))).toBe(true);
    expect(isStatementLate({ answerBy, answeredAt: null }, new Date("2025-09-01T13:00:00Z"))).toBe(false);
    expect(isStatementLate({ answerBy, answeredAt: null }, new Date("2025-09-01T15:00:00Z"))).toBe(true);
  });
});

describe("a message as the family app sends it", () => {
  const key = "0196d0a8-7c1e-7000-8000-000000000001";

  it("fills unanswered questions with empty answers", () => {
    const parsed = sendStatementInput.parse({ idempotencyKey: key, language: "cy", content: { kind: "goodNews" } });
    expect(parsed.content).toEqual({ kind: "goodNews", what: "" });
  });

  it("refuses over-long answers, a missing face and a worry off the scale, with message keys", () => {
    const long = sendStatementInput.safeParse({ idempotencyKey: key, language: "en", content: { kind: "other", text: "x".repeat(2001) } });
    expect(long.error?.issues[0]?.message).toBe("tooLong");
    const noFace = sendStatementInput.safeParse({ idempotencyKey: key, language: "en", content: { kind: "feeling", why: "" } });
    expect(noFace.error?.issues[0]?.message).toBe("statementFaceRequired");
    const worry = sendStatementInput.safeParse({ idempotencyKey: key, language: "en", content: { kind: "feeling", face: 3, worry: 11 } });
    expect(worry.error?.issues[0]?.message).toBe("invalidChoice");
  });
});

describe("messages in the QA picture", () => {
  const counted = (teamId: string, n: number, over: Partial<CountedStatement> = {}): CountedStatement[] =>
    Array.from({ length: n }, () => ({ teamId, month: "2026-11-01", kind: "feeling", worry: 8, answered: "onTime", ...over }));

  it("counts kinds, answers against the clock and worry bands per team and month", () => {
    const figures = statementFigures(
      [
        ...counted("a", 5),
        ...counted("a", 1, { kind: "goodNews", worry: null, answered: "late" }),
        ...counted("b", 6, { worry: 2, answered: "overdue" }),
      ],
      ["2026-11-01"],
      ["a", "b"],
    );
    expect(figures.byTeam[0]?.months[0]?.cell).toMatchObject({
      suppressed: false,
      responses: 6,
      byKind: { feeling: 5, goodNews: 1 },
      answeredOnTime: 5,
      answeredLate: 1,
      worry: { low: 0, middle: 0, high: 5 },
    });
    expect(figures.total[0]?.cell).toMatchObject({ responses: 12, overdue: 6, worry: { low: 6, middle: 0, high: 5 } });
  });

  it("hides a small team's month, and the next smallest so it cannot be worked out from the total", () => {
    const figures = statementFigures([...counted("a", 2), ...counted("b", 9), ...counted("c", 20)], ["2026-11-01"], ["a", "b", "c"]);
    expect(figures.byTeam.map((team) => team.months[0]?.cell.suppressed)).toEqual([true, true, false]);
    expect(figures.total[0]?.cell).toMatchObject({ suppressed: false, responses: 31 });
  });

  it("puts worry answers into low (0–3), middle (4–6) and high (7–10)", () => {
    expect([0, 3, 4, 6, 7, 10].map(worryBandOf)).toEqual(["low", "low", "middle", "middle", "high", "high"]);
  });
});
