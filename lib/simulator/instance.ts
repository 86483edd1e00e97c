import "server-only";
import { getConfig } from "../config";
import { getDbHandle } from "../db";
import { createSimulator, type SimCore } from "./sim";

/**
 * The one simulator of this process, on the process's database. Kept on globalThis because Next bundles route
 * handlers and pages separately: a module-level variable could exist once per bundle.
 */
const g = globalThis as typeof globalThis & { __sbwSimulator?: Promise<SimCore> };

/** Request handling starts a prune of idle sandboxes and expired records at most this often. */
const PRUNE_EVERY_MS = 5 * 60_000;

export function getSimulator(): Promise<SimCore> {
  if (!g.__sbwSimulator) {
    const c = getConfig();
    const started = (async () => {
      const handle = await getDbHandle();
      return createSimulator({
        db: handle.db,
        publicUrl: c.publicUrl,
        requestTimeoutSeconds: c.SIM_REQUEST_TIMEOUT_SECONDS,
        sandboxIdleDays: c.SIM_SANDBOX_IDLE_DAYS,
        pruneEveryMs: PRUNE_EVERY_MS,
        // PGlite is this process's alone; on a shared PostgreSQL server another instance may change a sandbox.
        singleWriter: handle.kind === "pglite",
      });
    })();
    // A failed start (database not reachable) is retried by the next request instead of being cached forever.
    started.catch(() => {
      if (g.__sbwSimulator === started) g.__sbwSimulator = undefined;
    });
    g.__sbwSimulator = started;
  }
  return g.__sbwSimulator;
}
