import "server-only";
import { pruneSimulator } from "./db/prune";
import type { SimCore } from "./sim";

/**
 * Pruning started from request handling, at most once per `housekeeping.everyMs` per process and never
 * awaited by the request: the first request after start prunes (a demo restarted after weeks finds its idle
 * sandboxes gone), then one every few minutes. Several instances may each prune; the deletes are idempotent.
 */
export function maybePrune(core: SimCore): void {
  const h = core.housekeeping;
  const now = Date.now();
  if (h.everyMs <= 0 || h.running || now - h.lastRunMs < h.everyMs) return;
  h.running = true;
  h.lastRunMs = now;
  pruneSimulator(core.db, { nowMs: now, idleDays: core.defaults.sandboxIdleDays })
    .catch((err: unknown) =>
      console.error("[simulator] pruning failed:", err instanceof Error ? err.message : "unknown"),
    )
    .finally(() => {
      h.running = false;
      // Pruned sandboxes must not be served from memory (their rows, and the world under them, are gone).
      core.sandboxes?.clear();
    });
}
