/** What every benchmark prints: one JSON line each. */
export type BenchResult = {
  name: string;
  /**
   * Within its budget? (Budgets are in DESIGN.md; only benchmarks check them, never tests.)
   * Null when the benchmark was skipped (see `skipped`).
   */
  withinBudget: boolean | null;
  /** Why it did not run (something it needs is missing here); the runner still exits 0. */
  skipped?: string;
  [figure: string]: unknown;
};

export type Benchmark = {
  name: string;
  /** One line on what it measures, for `bench --list`. */
  description: string;
  run(): Promise<BenchResult>;
  /** A short line for people, printed on stderr after the JSON lines. */
  summarise?(result: BenchResult): string;
};

/** The result of a benchmark that could not run here, with the reason. */
export function skippedResult(name: string, reason: string): BenchResult {
  return { name, skipped: reason, withinBudget: null };
}

/** Median and 95th percentile (nearest rank) of timings in milliseconds, to 0.1 ms. */
export function percentiles(timings: readonly number[]): { medianMs: number; p95Ms: number } {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? at(0.5) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { medianMs: round(median), p95Ms: round(at(0.95)) };
}
