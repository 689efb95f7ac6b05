// The held-out evaluation: the screen against sentences never used to write or tune it
// (./held-out/index.ts says how they were written). Failures report counts only, never the
// sentences, so that reading a failure cannot turn into tuning on them.
//
// The targets are what the screen must reach: every sentence of danger now and of self-harm
// flagged, 97% of harmful sentences flagged at some level, 90% of ordinary comments raising
// nothing. It does not reach them yet, so this test holds it to what it does reach (`floor`),
// which may only ever rise while the set stays the same (when the set grows, the floors are set
// again from the bench's figures, never from reading the sentences); `pnpm --filter @heard/bench bench concerns-screen` prints the
// figures per category and level.
import { describe, expect, it } from "vitest";
import { heldOutSet } from "./held-out";
import { measureScreen } from "./measure";

const measure = measureScreen(heldOutSet);

const targets = { immediateDanger: 1, selfHarm: 1, recall: 0.97, ordinaryQuiet: 0.9 };
const floor = { immediateDanger: 0.94, selfHarm: 0.76, recall: 0.8, ordinaryQuiet: 0.82 };

const counted = (share: number, whole: number) => `${Math.round(share * whole)} of ${whole}`;

describe("the screen on the held-out set", () => {
  it("flags sentences of danger now and of self-harm", () => {
    const { immediateDanger, selfHarm } = measure.byCategory;
    expect(immediateDanger.recall, counted(immediateDanger.recall, immediateDanger.expected)).toBeGreaterThanOrEqual(floor.immediateDanger);
    expect(selfHarm.recall, counted(selfHarm.recall, selfHarm.expected)).toBeGreaterThanOrEqual(floor.selfHarm);
  });

  it("flags harmful sentences at some level", () => {
    expect(measure.recall, counted(measure.recall, measure.harmful)).toBeGreaterThanOrEqual(floor.recall);
  });

  it("leaves ordinary comments raising nothing", () => {
    expect(measure.ordinaryQuiet, counted(measure.ordinaryQuiet, measure.ordinary)).toBeGreaterThanOrEqual(floor.ordinaryQuiet);
  });

  it("holds floors no higher than the targets", () => {
    for (const key of Object.keys(targets) as (keyof typeof targets)[]) expect(floor[key]).toBeLessThanOrEqual(targets[key]);
  });
});
