import "server-only";
import { lt } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { simIdempotency, simSandboxes, simUsedJtis } from "@/lib/db/schema";
import { affected } from "./scope";

/**
 * Removes what the simulator no longer needs: sandboxes idle for `idleDays` (the foreign keys' cascade takes
 * their whole world), used grant ids that can no longer be replayed, and idempotency records older than a day.
 *
 * A jti row's expiry is on its sandbox's clock, which may run up to a day (the clock control's limit) behind
 * the real one; it is kept that much longer, so no skew can bring a used grant back to life.
 */
export const MAX_CLOCK_SKEW_MS = 86_400 * 1000;
export const IDEMPOTENCY_KEEP_MS = 24 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

export interface PruneResult {
  sandboxes: number;
  jtis: number;
  idempotency: number;
}

export async function pruneSimulator(
  db: DbOrTx,
  opts: { nowMs: number; idleDays: number },
): Promise<PruneResult> {
  const idleBefore = new Date(opts.nowMs - opts.idleDays * DAY_MS);
  const sandboxes = affected(await db.delete(simSandboxes).where(lt(simSandboxes.lastUsedAt, idleBefore)));
  const jtis = affected(
    await db.delete(simUsedJtis).where(lt(simUsedJtis.expiresAt, new Date(opts.nowMs - MAX_CLOCK_SKEW_MS))),
  );
  const idempotency = affected(
    await db
      .delete(simIdempotency)
      .where(lt(simIdempotency.createdAt, new Date(opts.nowMs - IDEMPOTENCY_KEEP_MS))),
  );
  return { sandboxes, jtis, idempotency };
}
