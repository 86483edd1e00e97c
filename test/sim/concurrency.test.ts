import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALTINN_SCOPES } from "@/lib/catalogue";
import { openDb, type DbHandle } from "@/lib/db/client";
import { decideRequest } from "@/lib/simulator/altinn/approval";
import { createSimulator, type SimCore } from "@/lib/simulator/sim";
import { usingRealPostgres } from "../support/db";
import { call, newSim, PUBLIC_URL, testCore, testDb, type TestSim } from "../support/sim";
import { fetchAccessToken, requestToken, setupVendor, signGrant, type Vendor } from "../support/vendor";
import { BASE, requestBody, systemBody, VENDOR } from "./altinn-helpers";

/**
 * Identical requests at the same moment, on one instance and on two instances sharing the database: a grant
 * gets one token, a request key one request, a system id one system, a request one decision.
 */
let second: DbHandle | undefined;
let other: SimCore;
beforeAll(async () => {
  const handle = await testDb();
  const url = (handle as DbHandle & { url?: string }).url;
  // With a real server the second instance has its own connection pool; PGlite has one connection to share.
  if (usingRealPostgres() && url) second = await openDb({ url });
  other = await createSimulator({
    db: second?.db ?? handle.db,
    publicUrl: PUBLIC_URL,
    requestTimeoutSeconds: 600,
  });
});
afterAll(async () => {
  await second?.close();
});

async function world(): Promise<{ a: TestSim; b: TestSim; vendor: Vendor; token: string }> {
  const a = await newSim({ core: await testCore() });
  const b = await newSim({ core: other, sandboxId: a.sandboxId });
  const vendor = await setupVendor(a, { orgno: VENDOR, scopes: [...ALTINN_SCOPES] });
  return { a, b, vendor, token: await fetchAccessToken(a, vendor) };
}

describe("identical requests at once", () => {
  it("one grant sent twelve times, to two instances, gets exactly one token", async () => {
    const { a, b, vendor } = await world();
    const grant = signGrant(a, vendor);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => requestToken(i % 2 ? b : a, grant).then((r) => r.status)),
    );
    expect(answers.filter((s) => s === 200)).toHaveLength(1);
    expect(answers.filter((s) => s === 400)).toHaveLength(11);
  });

  it("one system registered six times at once: one is created, the others find the id taken", async () => {
    const { a, b, vendor, token } = await world();
    const body = systemBody({ clientId: [vendor.clientId] });
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call(i % 2 ? b : a, "POST", `${BASE}/systemregister/vendor`, { bearer: token, json: body }).then(
          (r) => r.status,
        ),
      ),
    );
    expect(answers.filter((s) => s === 200)).toHaveLength(1);
    expect(answers.filter((s) => s === 400)).toHaveLength(5);
  });

  it("one request key sent six times at once: one request (201), the others get it back (200)", async () => {
    const { a, b, vendor, token } = await world();
    await call(a, "POST", `${BASE}/systemregister/vendor`, {
      bearer: token,
      json: systemBody({ clientId: [vendor.clientId] }),
    });
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call(i % 2 ? b : a, "POST", `${BASE}/systemuser/request/vendor`, {
          bearer: token,
          json: requestBody(),
        }),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    const ids = await Promise.all(answers.map(async (r) => ((await r.json()) as { id: string }).id));
    expect(new Set(ids).size).toBe(1);

    const decisions = await Promise.all([
      decideRequest(a, { id: ids[0]!, decision: "approve" }),
      decideRequest(b, { id: ids[0]!, decision: "reject" }),
    ]);
    expect(decisions.filter((d) => d.ok)).toHaveLength(1);
  });
});
