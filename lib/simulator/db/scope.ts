import "server-only";
import type { DbOrTx } from "@/lib/db/client";

/**
 * What every query of the simulator's data layer needs: a connection (or the transaction it runs in) and the
 * sandbox it reads and writes. A request's Sim is one; inside `withSandboxLock` the same Sim with the
 * transaction as `db`, so a query never reaches past the transaction to the connection (PGlite has one).
 */
export interface SimScope {
  readonly db: DbOrTx;
  readonly sandboxId: string;
  /**
   * The connection is the database's only one (the embedded PGlite): a transaction then already keeps every
   * other query out until it ends, so withSandboxLock needs no row lock. False or absent: lock the row.
   */
  readonly exclusive?: boolean;
}

/** Rows affected by a drizzle write: node-postgres reports `rowCount`, PGlite `affectedRows`. */
export function affected(result: unknown): number {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
}
