import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Pool } from "pg";
import * as schema from "./schema";

/**
 * The database connection, made once per process: PGlite (PostgreSQL compiled to WASM) persisted in the data
 * folder by default, so `npm run demo` needs nothing else; a real PostgreSQL server when DATABASE_URL is set
 * (several instances behind a load balancer). Same schema, same queries, same migrations for both.
 */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export interface DbHandle {
  db: Db;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… — a real server. */
  url?: string;
  /** Folder of the embedded database; omitted: in memory (tests). */
  dataDir?: string;
  migrate?: boolean;
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "lib", "db", "migrations");

/** Opens a connection and applies the migrations that are not applied yet. */
export async function openDb(opts: OpenOptions): Promise<DbHandle> {
  const handle = opts.url ? await openPostgres(opts.url) : await openPglite(opts.dataDir);
  if (opts.migrate !== false) await migrateDb(handle);
  return handle;
}

async function openPglite(dataDir: string | undefined): Promise<DbHandle> {
  // Most of PGlite's memory is its compiled WebAssembly, and V8's optimising tier keeps a second copy of the code.
  // Baseline (Liftoff) code only, measured here: RSS after 4,000 queries 404–459 → 329–331 MB, and a point select
  // no slower (0.51–0.64 → 0.44–0.64 ms). Set before the module is compiled; nothing else in the process runs WASM.
  setFlagsFromString("--liftoff-only");
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? new PGlite(dataDir) : new PGlite();
  await client.waitReady;
  const db = drizzle(client, { schema }) as unknown as Db;
  return { db, kind: "pglite", close: () => client.close() };
}

async function openPostgres(url: string): Promise<DbHandle> {
  const { Pool } = (await import("pg")).default;
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // An idle client that loses its connection must not take the process down.
  pool.on("error", (err) => console.error("[db] idle client error:", err.message));
  const db = drizzle(pool, { schema }) as unknown as Db;
  return { db, kind: "postgres", close: () => pool.end() };
}

/**
 * Applies pending migrations. On a shared server several instances may start at once: an advisory lock makes
 * them take turns, and the second finds nothing left to do.
 */
export async function migrateDb(handle: DbHandle, folder = MIGRATIONS_FOLDER): Promise<void> {
  if (handle.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, { migrationsFolder: folder });
    return;
  }
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const pool = (handle.db as unknown as { $client: Pool }).$client;
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock(727274001)");
    await migrate(drizzle(client), { migrationsFolder: folder });
  } finally {
    await client.query("select pg_advisory_unlock(727274001)").catch(() => undefined);
    client.release();
  }
}
