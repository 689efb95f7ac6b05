/**
 * Runs the benchmarks and prints one JSON line per result (then a short summary on stderr).
 *
 *   pnpm bench                                       builds the server and apps (turbo), then every benchmark
 *   pnpm --filter @heard/bench bench                 every benchmark, on what is already built
 *   pnpm --filter @heard/bench bench qa-summary      only those named
 *   pnpm --filter @heard/bench bench --list          what there is
 *
 * Add a benchmark by appending it to `benchmarks`. Exits 1 when one fails to run, or, with
 * BENCH_ENFORCE=1, when one is over its budget; a skipped one (PostgreSQL not configured) is
 * neither.
 *
 * Environment:
 *   BENCH_DATABASE_URL, else TEST_DATABASE_URL   PostgreSQL for qa-summary and feedback-submit-load
 *       (e.g. postgres://postgres@127.0.0.1:5432/test): each makes a fresh database beside it
 *       and drops it after. Without one, qa-summary uses PGlite and feedback-submit-load skips.
 *   BENCH_KEEP=1           keep those databases (for EXPLAIN and the like)
 *   BENCH_FAMILY_DIST      another family app build to measure (default apps/family/dist)
 *   BENCH_ENFORCE=1        exit 1 when a benchmark is over its budget
 *   BENCH_SERVER_NODE_ARGS arguments for the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p"
 *
 * The server benchmarks run the built server (apps/server/dist/main.js) in child processes,
 * and autocannon here; timings on a shared machine are noisy, so each result carries the load
 * average. Tests never assert timings: budgets are checked only here.
 */
import { concernsScreenBenchmark } from "./concerns-screen";
import { familyBundleSizeBenchmark } from "./family-bundle-size";
import { feedbackSubmitLoadBenchmark } from "./feedback-submit-load";
import { letterPdfBenchmark } from "./letter-pdf";
import { qaSummaryBenchmark } from "./qa-summary";
import { serverStartBenchmark } from "./server-start";
import type { Benchmark, BenchResult } from "./types";

export const benchmarks: Benchmark[] = [
  concernsScreenBenchmark,
  qaSummaryBenchmark,
  familyBundleSizeBenchmark,
  serverStartBenchmark,
  feedbackSubmitLoadBenchmark,
  letterPdfBenchmark,
];

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

const lines: string[] = [];
let failed = false;
let over = false;
for (const bench of selected) {
  try {
    const result: BenchResult = await bench.run();
    console.log(JSON.stringify(result));
    if (result.skipped) {
      lines.push(`skip ${bench.name}: ${result.skipped}`);
      continue;
    }
    if (result.withinBudget === false) over = true;
    const summary = bench.summarise ? `: ${bench.summarise(result)}` : "";
    lines.push(`${result.withinBudget ? "ok  " : "OVER"} ${bench.name}${summary}`);
  } catch (error) {
    failed = true;
    const message = error instanceof Error ? error.message : String(error);
    console.log(JSON.stringify({ name: bench.name, error: message }));
    lines.push(`FAIL ${bench.name}: ${message.split("\n")[0]}`);
  }
}
for (const line of lines) console.error(line);
process.exit(failed || (over && process.env.BENCH_ENFORCE === "1") ? 1 : 0);
