import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/** One built server for the whole run, on its own port and a fresh PGlite folder. */
const port = Number(process.env.E2E_PORT ?? 3199);
const baseURL = `http://127.0.0.1:${port}`;
const dataDir = path.join(tmpdir(), `heard-e2e-${port}`);

// This file is also loaded by each worker: nothing here may touch the data folder.
// The server's command removes it just before starting.
const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

export default defineConfig({
  testDir: "tests",
  // One server and one database shared by every test: run tests one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    viewport: { width: 360, height: 800 },
    locale: "en-GB",
    timezoneId: "Europe/London",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 360, height: 800 },
        launchOptions: {
          // Browsers cannot be downloaded here: Debian's Chromium.
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `rm -rf ${quote(dataDir)} && exec node ../../apps/server/dist/main.js`,
    url: `${baseURL}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 12_000 },
    env: {
      NODE_ENV: "test",
      PORT: String(port),
      HOST: "127.0.0.1",
      HEARD_DATA_DIR: dataDir,
      // Never a developer's own database: always the fresh PGlite folder above.
      DATABASE_URL: "",
      // The address the browser uses, so the Origin of its requests is Heard's own.
      PUBLIC_URL: baseURL,
      // Each test comes from an address of its own (see fixtures.ts), as phones in different
      // places would: one test's tries never count against another's limits.
      HEARD_TRUSTED_PROXIES: "1",
      HEARD_DEMO_SEED: "true",
      LOG_LEVEL: process.env.E2E_SERVER_LOG_LEVEL ?? "warn",
    },
  },
});
