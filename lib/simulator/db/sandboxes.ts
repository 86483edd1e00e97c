import "server-only";
import { count, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { simClients, simRequests, simSandboxes, simSystems, simSystemUsers } from "@/lib/db/schema";
import type { SimControl, SimFault } from "../types";
import { decodeJson, encodeJson } from "./codec";
import { seedOrgs } from "./orgs";
import type { SimScope } from "./scope";

/**
 * Sandboxes: one simulated world each (a wizard session's, or "shared" for the un-prefixed /sim/… paths).
 * The row holds the world's controls (clock skew, request timeout, faults) and is the lock that serialises
 * the world's mutations, on one instance or several sharing a PostgreSQL server.
 */
export const SHARED_SANDBOX = "shared";
/** A wizard session's sandbox id: a 128-bit (or longer) random capability, base64url or hex. */
export const SANDBOX_ID = /^[A-Za-z0-9_-]{16,64}$/;

export type SandboxRow = typeof simSandboxes.$inferSelect;

export function isSandboxId(id: string): boolean {
  return id === SHARED_SANDBOX || SANDBOX_ID.test(id);
}

export async function findSandbox(db: DbOrTx, id: string): Promise<SandboxRow | undefined> {
  const rows = await db.select().from(simSandboxes).where(eq(simSandboxes.id, id));
  return rows[0];
}

/** The sandbox, created (with its organisation register) on first use. */
export async function ensureSandbox(
  db: DbOrTx,
  id: string,
  requestTimeoutSeconds: number,
): Promise<SandboxRow> {
  const found = await findSandbox(db, id);
  if (found) return found;
  await db.transaction(async (tx) => {
    // Two first requests at once (or two instances): the second insert waits for the first and does nothing.
    const created = await tx
      .insert(simSandboxes)
      .values({ id, requestTimeoutSeconds })
      .onConflictDoNothing()
      .returning({ id: simSandboxes.id });
    if (created.length > 0) await seedOrgs(tx, id);
  });
  const row = await findSandbox(db, id);
  if (!row) throw new Error("sandbox vanished right after it was created");
  return row;
}

/** Marks the sandbox as used now, so idle pruning leaves it alone. */
export async function touchSandbox(db: DbOrTx, id: string): Promise<void> {
  await db.update(simSandboxes).set({ lastUsedAt: new Date() }).where(eq(simSandboxes.id, id));
}

/**
 * Runs `fn` in a transaction that first locks the sandbox row, so the world's read-check-write sequences
 * never interleave. `fn` gets the scope with the transaction as its connection and must do nothing but
 * queries: PGlite has one connection, and every other request waits while this runs.
 */
export async function withSandboxLock<S extends SimScope, T>(
  scope: S,
  fn: (locked: S) => Promise<T>,
): Promise<T> {
  return scope.db.transaction(async (tx) => {
    if (!scope.exclusive) {
      await tx
        .select({ id: simSandboxes.id })
        .from(simSandboxes)
        .where(eq(simSandboxes.id, scope.sandboxId))
        .for("update");
    }
    return fn({ ...scope, db: tx });
  });
}

export function controlOf(row: SandboxRow): SimControl {
  return {
    clockSkewSeconds: row.clockSkewSeconds,
    requestTimeoutSeconds: row.requestTimeoutSeconds,
    faults: decodeJson(row.faults),
  };
}

export async function setControl(scope: SimScope, patch: Partial<SimControl>): Promise<void> {
  const stored = patch.faults ? { ...patch, faults: encodeJson(patch.faults) } : patch;
  await scope.db.update(simSandboxes).set(stored).where(eq(simSandboxes.id, scope.sandboxId));
}

/** Forgets the whole world (the cascade takes every row of it) and starts again with defaults. */
export async function resetSandbox(scope: SimScope, requestTimeoutSeconds: number): Promise<void> {
  await withSandboxLock(scope, async ({ db, sandboxId }) => {
    await db.delete(simSandboxes).where(eq(simSandboxes.id, sandboxId));
    await db.insert(simSandboxes).values({ id: sandboxId, requestTimeoutSeconds });
    await seedOrgs(db, sandboxId);
  });
}

/**
 * Takes one use of a fault with a `remaining` count: re-read under the lock, so two requests never both
 * take the last use. Returns the fault as it was before this use, or null when it is used up meanwhile.
 */
export async function claimFault(scope: SimScope, faultId: string): Promise<SimFault | null> {
  return withSandboxLock(scope, async ({ db, sandboxId }) => {
    const row = await findSandbox(db, sandboxId);
    const current = row ? controlOf(row).faults : [];
    const fault = current.find((f) => f.id === faultId);
    if (!fault || (fault.remaining !== undefined && fault.remaining <= 0)) return null;
    const faults = current
      .map((f) => (f.id === faultId && f.remaining !== undefined ? { ...f, remaining: f.remaining - 1 } : f))
      .filter((f) => f.remaining === undefined || f.remaining > 0);
    await setControl({ db, sandboxId }, { faults });
    return fault;
  });
}

/** What GET /sim/_control/state counts. */
export async function countWorld(
  scope: SimScope,
): Promise<{ clients: number; systems: number; requests: number; systemUsers: number }> {
  const n = async (
    table: typeof simClients | typeof simSystems | typeof simRequests | typeof simSystemUsers,
  ) => {
    const [row] = await scope.db
      .select({ n: count() })
      .from(table)
      .where(eq(table.sandboxId, scope.sandboxId));
    return Number(row?.n ?? 0);
  };
  return {
    clients: await n(simClients),
    systems: await n(simSystems),
    requests: await n(simRequests),
    systemUsers: await n(simSystemUsers),
  };
}
