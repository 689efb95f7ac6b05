/**
 * Runs the benchmarks and prints one JSON line per result (then a short table on stderr).
 *
 *   pnpm --filter @heard/bench bench                 every benchmark
 *   pnpm --filter @heard/bench bench qa-summary      only those named
 *   pnpm --filter @heard/bench bench --list          what there is
 *
 * Add a benchmark by appending it to `benchmarks`. Exits 1 when one fails to run, or, with
 * BENCH_ENFORCE=1, when one is over its budget.
 */
import { qaSummaryBenchmark } from "./qa-summary";
import type { Benchmark, BenchResult } from "./types";

export const benchmarks: Benchmark[] = [qaSummaryBenchmark];

const args = process.argv.slice(2);
if (args.includes("--list")) {
  for (const bench of benchmarks) console.log(`${bench.name}\t${bench.description}`);
  process.exit(0);
}
const wanted = args.filter((arg) => !arg.startsWith("-"));
const unknown = wanted.filter((name) => !benchmarks.some((bench) => bench.name === name));
if (unknown.length) {
  console.error(`unknown benchmark: ${unknown.join(", ")} (try --list)`);
  process.exit(2);
}
const selected = wanted.length ? benchmarks.filter((bench) => wanted.includes(bench.name)) : benchmarks;

const results: BenchResult[] = [];
let failed = false;
for (const bench of selected) {
  try {
    const result = await bench.run();
    results.push(result);
    console.log(JSON.stringify(result));
  } catch (error) {
    failed = true;
    console.log(JSON.stringify({ name: bench.name, error: error instanceof Error ? error.message : String(error) }));
  }
}
for (const result of results) {
  console.error(`${result.withinBudget ? "ok  " : "OVER"} ${result.name}`);
}
const over = results.some((result) => !result.withinBudget);
process.exit(failed || (over && process.env.BENCH_ENFORCE === "1") ? 1 : 0);
