/**
 * The demo's pseudo-random numbers: a small seeded generator (mulberry32), so two seeds of an
 * empty database on the same day make the same year of feedback. Not for anything secret:
 * codes, keys and ids come from node:crypto.
 */
export type DemoRandom = {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One of the items, each equally likely. */
  pick<T>(items: readonly T[]): T;
  /** One of the items, in proportion to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A copy of the items in a random order (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[];
  /** Roughly normal, mean 0 and standard deviation 1 (the sum of four uniforms, rescaled). */
  gaussian(): number;
};

export function demoRandom(seed: number): DemoRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: DemoRandom = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error("nothing to pick from");
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (items) => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let left = next() * total;
      for (const [item, weight] of items) {
        left -= weight;
        if (left < 0) return item;
      }
      const last = items[items.length - 1];
      if (!last) throw new Error("nothing to pick from");
      return last[0];
    },
    shuffled: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy;
    },
    // Sum of four uniforms: mean 2, variance 4/12; rescaled to mean 0, deviation 1.
    gaussian: () => (next() + next() + next() + next() - 2) / Math.sqrt(4 / 12),
  };
  return random;
}
