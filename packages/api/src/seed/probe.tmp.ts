import { planDemoYear } from "./feedback-year";
import { satisfaction } from "./tip-model";
const now = new Date();
const t0 = performance.now();
const year = planDemoYear(now);
console.log("plan ms", (performance.now() - t0).toFixed(1));
const responses = year.meetings.flatMap((m) => m.responses.map((r) => ({ m, r })));
console.log("meetings", year.meetings.length, "responses", responses.length, "concerns", year.concerns.length);
const byMonth = new Map<string, number>();
for (const { r } of responses) { const k = r.submittedAt.toISOString().slice(0, 7); byMonth.set(k, (byMonth.get(k) ?? 0) + 1); }
console.log([...byMonth].sort());
const byTeam = new Map<string, number>(); for (const { m } of responses) byTeam.set(m.team, (byTeam.get(m.team) ?? 0) + 1); console.log(byTeam);
const byType = new Map<string, number>(); for (const { m } of responses) byType.set(m.type, (byType.get(m.type) ?? 0) + 1); console.log(byType);
const mt = new Map<string, number>(); for (const m of year.meetings) mt.set(m.type, (mt.get(m.type) ?? 0) + 1); console.log("meeting types", mt);
const kinds = new Map<string, number>(); for (const { r } of responses) { const k = r.respondentKind + (r.ageBand ? `/${r.ageBand}` : ""); kinds.set(k, (kinds.get(k) ?? 0) + 1); } console.log(kinds);
const langs = new Map<string, number>(); for (const { r } of responses) langs.set(r.language, (langs.get(r.language) ?? 0) + 1); console.log(langs);
console.log("with text", responses.filter(({ r }) => r.freeText).length);
const open = year.meetings.filter((m) => m.codeExpiresAt > now && !m.codeClosedAt).length; console.log("open", open);
// score by tip by month
const months = [...byMonth.keys()].sort();
for (let t = 0; t < 10; t++) {
  const line = months.map((mo) => { const a = responses.filter(({ r }) => r.submittedAt.toISOString().startsWith(mo)).map(({ r }) => r.answers[t]).filter((x) => x !== "skipped"); const s = satisfaction(a as any); return s === null ? "  - " : String(Math.round(s * 100)).padStart(4); });
  console.log(t + 1, line.join(""));
}
for (const c of year.concerns) console.log(c.level, c.reason, c.categories, c.raisedAt.toISOString(), c.acknowledgeBy.toISOString(), c.events.map((e) => e.kind));
