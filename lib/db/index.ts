import "server-only";
import path from "node:path";
import { getConfig } from "../config";
import { openDb, type Db, type DbHandle } from "./client";

export type { Db, DbOrTx, Tx } from "./client";

/**
 * The process's database, opened (and migrated) on first use. Kept on globalThis because Next bundles route
 * handlers, pages and actions separately: a module-level variable could exist once per bundle.
 */
const g = globalThis as typeof globalThis & { __sbwDb?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  g.__sbwDb ??= (() => {
    const c = getConfig();
    const opened = openDb(
      c.DATABASE_URL ? { url: c.DATABASE_URL } : { dataDir: path.join(c.dataDir, "pgdata") },
    );
    // A failed open is retried by the next caller instead of being cached forever.
    opened.catch(() => {
      g.__sbwDb = undefined;
    });
    return opened;
  })();
  return g.__sbwDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
