import { randomUUID } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { ALTINN_SCOPES, SKATTEETATEN_APIS } from "@/lib/catalogue";
import type { Db, DbHandle } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import { simRequests } from "@/lib/db/schema";
import { decideRequest } from "@/lib/simulator/altinn/approval";
import { createSimulator } from "@/lib/simulator/sim";
import type { SimRequest } from "@/lib/simulator/types";
import { call, newSim, PUBLIC_URL, testDb, type TestSim } from "../support/sim";
import { fetchAccessToken, fetchSystemUserToken, setupVendor, type Vendor } from "../support/vendor";
import { BASE, CUSTOMER, requestBody, systemBody, VENDOR } from "./altinn-helpers";

/**
 * A sandbox with 10,000 stored requests still answers every endpoint as it did when nearly empty, and every
 * query the handlers send that reads sim_requests is planned on an index: none scans the table. (The bench
 * measures the time; this holds the cause.) The queries are captured from the simulator's own connection and
 * each is run again under EXPLAIN.
 */
const KRAV = SKATTEETATEN_APIS.kravogbetalinger;
const STORED = 10_000;
const captured: { sql: string; params: unknown[] }[] = [];
let handle: DbHandle;
let sim: TestSim;
let vendor: Vendor;
let token: string;

/** The driver's client under the test file's database (drizzle keeps it as `$client`). */
function driverClient(): unknown {
  return (handle.db as unknown as { $client: unknown }).$client;
}

/** The test file's database, with a drizzle instance over the same connection that records every query. */
async function recordingDb(): Promise<Db> {
  const logger = { logQuery: (sql: string, params: unknown[]) => void captured.push({ sql, params }) };
  if (handle.kind === "pglite") {
    const { drizzle } = await import("drizzle-orm/pglite");
    return drizzle(driverClient() as PGlite, { schema, logger }) as unknown as Db;
  }
  const { drizzle } = await import("drizzle-orm/node-postgres");
  return drizzle(driverClient() as Pool, { schema, logger }) as unknown as Db;
}

async function explain(sql: string, params: unknown[]): Promise<unknown> {
  const client = driverClient() as {
    query: (q: string, p: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
  };
  const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  return rows[0]!["QUERY PLAN"];
}

function seqScans(plan: unknown, table: string): number {
  if (Array.isArray(plan)) return plan.reduce((n: number, p) => n + seqScans(p, table), 0);
  if (plan === null || typeof plan !== "object") return 0;
  const node = plan as Record<string, unknown>;
  const here = node["Node Type"] === "Seq Scan" && node["Relation Name"] === table ? 1 : 0;
  return here + Object.values(node).reduce((n: number, v) => n + seqScans(v, table), 0);
}

function storedRequest(i: number, system: string, now: number): SimRequest {
  return {
    id: randomUUID(),
    externalRef: `bulk-${i}`,
    systemId: system,
    partyOrgNo: CUSTOMER,
    vendorOrgNo: VENDOR,
    integrationTitle: "Bulk",
    rights: [{ resource: [{ id: "urn:altinn:resource", value: KRAV.resource }] }],
    accessPackages: [],
    status: "New",
    escalated: false,
    created: new Date(now - i).toISOString(),
    expiresAt: now + 3_600_000,
    isDeleted: false,
  };
}

beforeAll(async () => {
  handle = await testDb();
  const core = await createSimulator({
    db: await recordingDb(),
    publicUrl: PUBLIC_URL,
    requestTimeoutSeconds: 864000,
  });
  sim = await newSim({ core });
  vendor = await setupVendor(sim, { orgno: VENDOR, scopes: [...ALTINN_SCOPES, KRAV.scope] });
  token = await fetchAccessToken(sim, vendor, { scope: ALTINN_SCOPES.join(" ") });
  const reg = await call(sim, "POST", `${BASE}/systemregister/vendor`, {
    bearer: token,
    json: systemBody({ clientId: [vendor.clientId] }),
  });
  expect(reg.status).toBe(200);
  const now = Date.now();
  for (let start = 0; start < STORED; start += 500) {
    const batch = Array.from({ length: 500 }, (_, k) => storedRequest(start + k, systemBody().id, now));
    await handle.db.insert(simRequests).values(
      batch.map((r) => ({
        sandboxId: sim.sandboxId,
        id: r.id,
        systemId: r.systemId,
        partyOrgNo: r.partyOrgNo,
        externalRef: r.externalRef,
        data: r,
      })),
    );
  }
}, 120_000);

describe(`a sandbox with ${STORED.toLocaleString("en")} stored requests`, () => {
  it("answers the whole request flow as before, with every sim_requests query on an index", async () => {
    captured.length = 0;
    const created = await call(sim, "POST", `${BASE}/systemuser/request/vendor`, {
      bearer: token,
      json: requestBody(),
    });
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { id: string }).id;
    expect(
      (await call(sim, "POST", `${BASE}/systemuser/request/vendor`, { bearer: token, json: requestBody() }))
        .status,
    ).toBe(200);
    expect(
      (await call(sim, "GET", `${BASE}/systemuser/request/vendor/${id}`, { bearer: token })).status,
    ).toBe(200);
    const byRef = await call(
      sim,
      "GET",
      `${BASE}/systemuser/request/vendor/byexternalref/${systemBody().id}/${CUSTOMER}/bulk-4711`,
      {
        bearer: token,
      },
    );
    expect(((await byRef.json()) as { externalRef: string }).externalRef).toBe("bulk-4711");

    const first = (await (
      await call(sim, "GET", `${BASE}/systemuser/request/vendor/bysystem/${systemBody().id}`, {
        bearer: token,
      })
    ).json()) as {
      data: { id: string }[];
      links: { next?: string };
    };
    expect(first.data).toHaveLength(50);
    const second = (await (
      await call(sim, "GET", first.links.next!.slice(PUBLIC_URL.length), { bearer: token })
    ).json()) as {
      data: { id: string }[];
    };
    expect(second.data).toHaveLength(50);
    expect(second.data[0]!.id > first.data[49]!.id).toBe(true);

    expect(await decideRequest(sim, { id, decision: "approve" })).toMatchObject({
      ok: true,
      status: "Accepted",
    });
    const suToken = await fetchSystemUserToken(sim, vendor, {
      customer: CUSTOMER,
      scope: KRAV.scope,
      externalRef: "ref-1",
    });
    const krav = await call(
      sim,
      "GET",
      `/sim/skatteetaten/${KRAV.hostStem}/${KRAV.version}/regnskapssystem/${CUSTOMER}/aapnekrav`,
      {
        bearer: suToken,
        headers: { accept: "application/json" },
      },
    );
    expect(krav.status).toBe(200);
    expect(
      (await call(sim, "DELETE", `${BASE}/systemuser/request/vendor/${id}`, { bearer: token })).status,
    ).toBe(202);

    const onRequests = captured.filter((q) => q.sql.includes('"sim_requests"'));
    expect(onRequests.length).toBeGreaterThan(8);
    const scanning: string[] = [];
    for (const q of onRequests) {
      if (!/^\s*(select|update|delete)/i.test(q.sql)) continue;
      if (seqScans(await explain(q.sql, q.params), "sim_requests") > 0) scanning.push(q.sql);
    }
    expect(scanning).toEqual([]);
  }, 120_000);
});
