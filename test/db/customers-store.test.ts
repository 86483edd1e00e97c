import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Customer } from "@/lib/customers/model";
import { parseBulkOrgnos } from "@/lib/customers/parse-bulk";
import { customersOf } from "@/lib/customers/session";
import { findCustomer, listCustomers, saveCustomers } from "@/lib/customers/store";
import { openDb, type DbHandle } from "@/lib/db/client";
import { createSession, deleteSession } from "@/lib/session/store";
import { initialState, type WizardState } from "@/lib/session/state";
import { openTestDb } from "../support/db";

/**
 * Step 5's customers in the database: one row per (session, system, orgno), so a paste of duplicates is one
 * customer each, the list survives a restart, two writers adding customers at once both keep theirs, and a
 * saved single request becomes the first customer.
 */
let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
}, 120_000);
afterAll(() => handle.close());

const SYSTEM = "314500008_regnskap_demo";

function customer(orgNo: string, over: Partial<Customer> = {}): Customer {
  return {
    systemId: SYSTEM,
    orgNo,
    kind: "standard",
    externalRef: `ref-${orgNo}`,
    requestId: randomUUID(),
    status: "New",
    confirmUrl: `https://am.ui.example/accessmanagement/ui/systemuser/request?id=${orgNo}`,
    request: {
      rights: [{ resource: [{ id: "urn:altinn:resource", value: "ske-krav-og-betalinger" }] }],
      accessPackages: [],
      redirectUrl: null,
    },
    systemUserId: null,
    held: null,
    change: null,
    errorCode: null,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    checkedAt: null,
    ...over,
  };
}

async function newSession(db: DbHandle["db"]): Promise<string> {
  const id = randomUUID();
  await createSession(db, { id, handleHash: randomUUID(), sandboxId: randomUUID() });
  return id;
}

describe("wizard_customers", () => {
  it("stores a paste with duplicates as one customer each, and updates a customer in place", async () => {
    const session = await newSession(handle.db);
    const parsed = parseBulkOrgnos("313367002\n310702641; 313 367 002\n313.367.002");
    await saveCustomers(
      handle.db,
      session,
      parsed.orgnos.map((o) => customer(o)),
    );
    await saveCustomers(handle.db, session, [
      customer("313367002", { status: "Accepted", systemUserId: "su-1", updatedAt: 1_700_000_001_000 }),
    ]);
    const list = await listCustomers(handle.db, session, SYSTEM);
    expect(list.map((c) => c.orgNo)).toEqual(["313367002", "310702641"]);
    expect(list[0]).toMatchObject({ status: "Accepted", systemUserId: "su-1" });
    expect(list[1]).toEqual(customer("310702641", { requestId: list[1]!.requestId }));
  });

  it("keeps both of two writers adding customers at once, and another session's rows apart", async () => {
    const session = await newSession(handle.db);
    const other = await newSession(handle.db);
    const a = Array.from({ length: 40 }, (_, i) => customer(`3100000${String(i).padStart(2, "0")}`));
    const b = Array.from({ length: 40 }, (_, i) => customer(`3200000${String(i).padStart(2, "0")}`));
    await Promise.all([
      saveCustomers(handle.db, session, a),
      saveCustomers(handle.db, session, b),
      saveCustomers(handle.db, other, [customer("313367002")]),
      // The same customer from two tabs: one row, the last write's status.
      saveCustomers(handle.db, session, [customer("313367002", { status: "New" })]).then(() =>
        saveCustomers(handle.db, session, [customer("313367002", { status: "Withdrawn" })]),
      ),
    ]);
    const list = await listCustomers(handle.db, session, SYSTEM);
    expect(list).toHaveLength(81);
    expect((await findCustomer(handle.db, session, SYSTEM, "313367002"))?.status).toBe("Withdrawn");
    expect((await findCustomer(handle.db, other, SYSTEM, "313367002"))?.status).toBe("New");
    await deleteSession(handle.db, other);
    expect(await listCustomers(handle.db, other, SYSTEM)).toEqual([]);
  });

  it("brings in a saved single request and system user as the first customer, once", async () => {
    const session = await newSession(handle.db);
    const state: WizardState = {
      ...initialState("simulator"),
      system: { systemId: SYSTEM, kind: "standard", registration: {}, savedAt: 1 },
      request: {
        id: "req-1",
        systemId: SYSTEM,
        partyOrgNo: "313367002",
        externalRef: "old-ref",
        rights: [],
        redirectUrl: null,
        status: "Accepted",
        confirmUrl: "",
        createdAt: 1,
        checkedAt: 2,
      },
      systemUser: { id: "su-old", reporteeOrgNo: "313367002", externalRef: "old-ref", systemId: SYSTEM },
    };
    const first = await customersOf(handle.db, session, state);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      orgNo: "313367002",
      requestId: "req-1",
      status: "Accepted",
      systemUserId: "su-old",
    });
    await saveCustomers(handle.db, session, [customer("310702641")]);
    expect(await customersOf(handle.db, session, state)).toHaveLength(2);
  });
});

describe("after a restart", () => {
  it("the embedded database reopened from its data folder has every customer", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sbw-customers-restart-"));
    try {
      let h = await openDb({ dataDir: dir });
      const session = await newSession(h.db);
      const many = Array.from({ length: 250 }, (_, i) => customer(`33${String(i).padStart(7, "0")}`));
      await saveCustomers(h.db, session, many);
      await h.close();
      h = await openDb({ dataDir: dir });
      const list = await listCustomers(h.db, session, SYSTEM);
      expect(list).toHaveLength(250);
      expect(new Set(list.map((c) => c.orgNo))).toEqual(new Set(many.map((c) => c.orgNo)));
      await h.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
