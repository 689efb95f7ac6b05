import { defineConfig } from "vitest/config";

// Generous: a test world migrates a fresh PGlite (and a PostgreSQL database), which on a busy
// two-core machine can take a minute. Timings are never asserted; these only bound a hang.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 180_000 } });
