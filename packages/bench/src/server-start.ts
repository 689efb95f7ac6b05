/**
 * Server start to ready on existing PGlite data. Budget (DESIGN.md): 2 s, for the median of
 * 5 starts (the slowest is reported too).
 *
 * The built server (apps/server/dist/main.js) starts once with a new HEARD_DATA_DIR (a temporary
 * folder) and NODE_ENV=test, which creates the data, migrates and seeds the demo; it is stopped,
 * then started 5 times on that data. Each time: wall time from spawn to the first 200 from
 * /readyz, asked every 20 ms. The server's own `readyMs` (process start to listening, from its
 * "ready" log line, LOG_LEVEL=info) is reported beside it, with its CPU time.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { freePort, requireBuiltServer, startHeardServer, waitFor200 } from "./processes";
import { type Benchmark, type BenchResult, percentiles } from "./types";

const name = "server-start";
const budgetMs = 2_000;
const starts = 5;

type ReadyLine = { readyMs?: number; cpuMs?: number; loadedMs?: number; databaseMs?: number };

/** The figures of the server's "ready" log line (pino JSON), or its banner's "Heard is ready (N ms". */
function readyFigures(output: string): ReadyLine {
  for (const line of output.split("\n")) {
    if (!line.startsWith("{") || !line.includes('"ready"')) continue;
    try {
      const entry = JSON.parse(line) as ReadyLine & { msg?: string };
      if (entry.msg === "ready")
        return { readyMs: entry.readyMs, cpuMs: entry.cpuMs, loadedMs: entry.loadedMs, databaseMs: entry.databaseMs };
    } catch {
      // not a log line
    }
  }
  const banner = /Heard is ready \((\d+) ms/.exec(output);
  return banner ? { readyMs: Number(banner[1]) } : {};
}

async function runServerStart(): Promise<BenchResult> {
  requireBuiltServer();
  const loadAverageBefore = Math.round((loadavg()[0] ?? 0) * 10) / 10;
  const folder = mkdtempSync(path.join(tmpdir(), "heard-bench-start-"));
  const dataDir = path.join(folder, "data");
  try {
    // First start: initdb, migrations, demo seed. Not measured.
    const firstStarted = performance.now();
    const first = startHeardServer({ port: await freePort(), nodeEnv: "test", logLevel: "info", dataDir });
    try {
      await waitFor200(first, "/readyz", 20, 180_000);
    } finally {
      await first.stop();
    }
    const firstStartMs = Math.round(performance.now() - firstStarted);

    const wallMs: number[] = [];
    const readyMs: (number | null)[] = [];
    const cpuMs: (number | null)[] = [];
    const databaseMs: (number | null)[] = [];
    const loadedMs: (number | null)[] = [];
    for (let i = 0; i < starts; i++) {
      const port = await freePort();
      const spawned = performance.now();
      const server = startHeardServer({ port, nodeEnv: "test", logLevel: "info", dataDir });
      try {
        const answered = await waitFor200(server, "/readyz");
        wallMs.push(Math.round(answered - spawned));
      } finally {
        const stopped = await server.stop();
        if (stopped.code !== 0) console.error(`${name}: start ${i + 1} ended with ${stopped.signal ?? `code ${stopped.code}`}`);
      }
      const figures = readyFigures(server.output());
      readyMs.push(figures.readyMs ?? null);
      cpuMs.push(figures.cpuMs ?? null);
      databaseMs.push(figures.databaseMs ?? null);
      loadedMs.push(figures.loadedMs ?? null);
    }
    const { medianMs } = percentiles(wallMs);
    const maxMs = Math.max(...wallMs);
    const logged = readyMs.filter((ms): ms is number => ms !== null);
    return {
      name,
      database: "pglite",
      starts,
      medianMs,
      maxMs,
      budgetMs,
      withinBudget: medianMs <= budgetMs,
      wallMs,
      /** The server's own figure: from its process start to listening. */
      serverReadyMs: readyMs,
      serverReadyMedianMs: logged.length ? percentiles(logged).medianMs : null,
      serverCpuMs: cpuMs,
      /** Of which: loading the bundle, and opening + migrating the database. */
      serverLoadedMs: loadedMs,
      serverDatabaseMs: databaseMs,
      firstStartMs,
      loadAverageBefore,
      loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export const serverStartBenchmark: Benchmark = {
  name,
  description: "built server, spawn to first 200 from /readyz on existing PGlite data, 5 starts (budget median 2 s)",
  run: runServerStart,
  summarise: (r) =>
    `spawn → /readyz 200: median ${r.medianMs} ms, max ${r.maxMs} ms (≤ ${budgetMs}) over ${(r.wallMs as number[]).join(", ")} ms; ` +
    `server's readyMs ${(r.serverReadyMs as (number | null)[]).join(", ")}; CPU ${(r.serverCpuMs as (number | null)[]).join(", ")} ms; load ${r.loadAverageBefore} → ${r.loadAverage}`,
};
