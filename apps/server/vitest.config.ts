import { defineConfig } from "vitest/config";

// The process tests start real servers (PGlite initdb costs seconds of CPU): one file at a time,
// with room for a busy machine.
export default defineConfig({ test: { testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false } });
