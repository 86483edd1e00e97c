import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { migrateDb, type DbHandle } from "@/lib/db/client";
import { openTestDb } from "../support/db";

let handle: DbHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

async function tables(h: DbHandle): Promise<string[]> {
  const res = await h.db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
  );
  return (res as unknown as { rows: { table_name: string }[] }).rows.map((r) => r.table_name);
}

describe("migrations", () => {
  it("build the whole schema on an empty database", async () => {
    handle = await openTestDb();
    expect(await tables(handle)).toEqual(
      expect.arrayContaining([
        "wizard_sessions",
        "wizard_state_parts",
        "wizard_keys",
        "sim_sandboxes",
        "sim_used_jtis",
      ]),
    );
  });

  it("are idempotent: applying them again changes nothing", async () => {
    handle = await openTestDb();
    const before = await tables(handle);
    await migrateDb(handle);
    expect(await tables(handle)).toEqual(before);
  });
});
