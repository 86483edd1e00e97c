import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Starts the production build (`next start`) on a free loopback port with a fresh simulator data folder, the
 * way a deployment runs it, so every figure is measured against the real server and not a dev build.
 */
export interface BenchServer {
  origin: string;
  pid: number;
  dataDir: string;
  /** Last lines the server printed, for the report when something fails. */
  log: () => string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface StartOptions {
  port?: number;
  cwd?: string;
  /** Origin browsers use (a balancer's in the multi-instance run); default the server's own. */
  publicUrl?: string;
  /** Extra environment, e.g. DATABASE_URL and SESSION_SECRET. */
  env?: Record<string, string>;
}

export async function startServer(opts: StartOptions = {}): Promise<BenchServer> {
  const actualPort = opts.port || Number(process.env.BENCH_PORT) || (await freePort());
  const cwd = opts.cwd ?? process.cwd();
  const origin = `http://127.0.0.1:${actualPort}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "sbw-bench-"));
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(actualPort)],
    {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(actualPort),
        PUBLIC_URL: opts.publicUrl ?? origin,
        SIM_DATA_DIR: dataDir,
        SIMULATOR: "on",
        ...opts.env,
      },
    },
  );
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const server: BenchServer = {
    origin,
    pid: child.pid ?? -1,
    dataDir,
    log: () => lines.join("\n"),
    stop: () => stopChild(child, exited, dataDir),
  };
  try {
    await waitForHealth(origin, child, 60_000);
  } catch (e) {
    await server.stop();
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n--- server output ---\n${server.log()}`);
  }
  return server;
}

async function waitForHealth(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer /api/health within ${timeoutMs} ms`);
}

async function stopChild(child: ChildProcess, exited: Promise<void>, dataDir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill("SIGTERM");
    const killed = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
    if (!killed) {
      child.kill("SIGKILL");
      await exited;
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
