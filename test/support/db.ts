import { randomBytes } from "node:crypto";
import { openDb, type DbHandle } from "@/lib/db/client";

/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or — when TEST_DATABASE_URL
 * points at a real PostgreSQL server (CI does this) — a new database created on that server for this file
 * and dropped by `close()`.
 */
export async function openTestDb(opts: { migrate?: boolean } = {}): Promise<DbHandle & { url?: string }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openDb({ migrate: opts.migrate });
  const name = `sbw_test_${randomBytes(6).toString("hex")}`;
  const { Client } = (await import("pg")).default;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDb({ url: url.toString(), migrate: opts.migrate });
  return {
    ...handle,
    /** The new database's own URL, for a second connection (a second app instance) to it. */
    url: url.toString(),
    async close() {
      await handle.close();
      const drop = new Client({ connectionString: serverUrl });
      await drop.connect();
      await drop.query(`drop database if exists ${name} with (force)`);
      await drop.end();
    },
  };
}

export const usingRealPostgres = (): boolean => Boolean(process.env.TEST_DATABASE_URL);
