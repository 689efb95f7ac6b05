import { createTestDatabase } from "@heard/db/testing";
import { seedDemo } from "./demo";
const h = await createTestDatabase("pglite");
const t0 = performance.now();
console.log(await seedDemo(h.db));
console.log("seed ms", (performance.now() - t0).toFixed(0));
for (const t of ["meetings","meeting_workers","feedback_responses","feedback_answers","concerns","concern_events","mail_outbox","jobs","users","teams","user_teams","tips"]) {
  const r = await h.db.execute(`select count(*)::int as n from ${t}` as any);
  console.log(t, (r as any).rows[0].n);
}
const t1 = performance.now();
console.log(await seedDemo(h.db), (performance.now() - t1).toFixed(0));
await h.close();
