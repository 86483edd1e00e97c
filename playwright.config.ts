import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * e2e runs against the production build (`npm run build` first) with the embedded simulator, on 127.0.0.1,
 * with a fresh data folder per run. Debian's Chromium is used (no browser download); CHROMIUM_PATH overrides.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
// The server's output goes to this file (fresh each run) so that tests can read it (reliability-secrets).
const serverLog = (process.env.E2E_SERVER_LOG ??= path.resolve("reports/e2e-server.log"));
const baseURL = `http://127.0.0.1:${port}`;
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "./e2e",
  // Tests share one simulator (clock skew and faults are global), so they run one at a time.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "reports/playwright.json" }],
  ],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `node scripts/serve-e2e.mjs`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { E2E_PORT: String(port), E2E_SERVER_LOG: serverLog },
  },
});
