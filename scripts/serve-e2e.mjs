// Starts the production build for the e2e tests: loopback only, a fresh simulator data folder each run.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const port = process.env.E2E_PORT ?? "3100";
const dataDir = process.env.SIM_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), "sbw-e2e-"));
const logFile = process.env.E2E_SERVER_LOG;
const child = spawn(
  process.execPath,
  ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", port],
  {
    stdio: ["ignore", logFile ? "pipe" : "inherit", logFile ? "pipe" : "inherit"],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: port,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      SIM_DATA_DIR: dataDir,
      SIMULATOR: "on",
      OUTBOUND_TIMEOUT_MS: process.env.OUTBOUND_TIMEOUT_MS ?? "4000",
    },
  },
);
if (logFile) {
  const { createWriteStream, mkdirSync } = await import("node:fs");
  mkdirSync(path.dirname(logFile), { recursive: true });
  const out = createWriteStream(logFile, { flags: "w" });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
}
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
