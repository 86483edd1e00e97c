import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, migrateDb, type DbHandle } from "@/lib/db/client";
import { listSystemUsersBySystem } from "@/lib/simulator/db/system-users";
import { grantedScopes } from "@/lib/simulator/db/grants";
import { openTestDb } from "../support/db";

/**
 * Migration 0001 (sim_orgs, the grant order, the system-user sequence and the paging indexes) applied to a
 * database that holds simulator rows written under 0000: the rows stay and get their new columns.
 */
let h: DbHandle | undefined;
const dirs: string[] = [];
afterAll(async () => {
  await h?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A copy of the migrations folder that stops after the first `n` migrations. */
function firstMigrations(n: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sbw-migrations-"));
  dirs.push(dir);
  cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalFile = path.join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, n);
  writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

describe("migration 0001 on a 0000 database with simulator rows", () => {
  it("keeps the rows and fills the new columns", async () => {
    h = await openTestDb({ migrate: false });
    await migrateDb(h, firstMigrations(1));
    await h.db.execute(sql`insert into sim_sandboxes (id, request_timeout_seconds) values ('shared', 600)`);
    await h.db.execute(
      sql`insert into sim_scope_grants (sandbox_id, orgno, scope) values ('shared', '314500008', 'a:b')`,
    );
    for (const id of ["u1", "u2"]) {
      await h.db.execute(
        sql`insert into sim_system_users (sandbox_id, id, system_id, reportee_orgno, external_ref, data)
            values ('shared', ${id}, 'sys', '313367002', ${id}, ${JSON.stringify({ id, isDeleted: false })}::jsonb)`,
      );
    }
    await migrateDb(h);
    const scope = { db: h.db, sandboxId: "shared" };
    expect(await grantedScopes(scope, "314500008")).toEqual(["a:b"]);
    const users = await listSystemUsersBySystem(scope, "sys", -1, 10);
    expect(users.map((u) => u.user.id)).toEqual(["u1", "u2"]);
    expect(users[0]!.seq).toBeLessThan(users[1]!.seq);
  });
});
