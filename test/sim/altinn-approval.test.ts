import { beforeEach, describe, expect, it } from "vitest";
import { decideRequest, decisionSchema, loadApprovalView } from "@/lib/simulator/altinn/approval";
import { resolveSystemUser } from "@/lib/simulator/maskinporten/system-user";
import type { TestSim } from "@/test/support/sim";
import type { SimClient } from "@/lib/simulator/types";
import { call, newSim } from "@/test/support/sim";
import {
  BASE,
  CUSTOMER,
  kravRight,
  OTHER_VENDOR,
  pendingRequest,
  problem,
  registerSystem,
  SYSTEM_ID,
  systemBody,
  token,
  VENDOR,
} from "./altinn-helpers";
import { systemsOf, systemUsersOf } from "@/test/support/sim-state";

let sim: TestSim;
beforeEach(async () => {
  sim = await newSim();
});

const byQuery = (q: string) => `${BASE}/systemuser/vendor/byquery?${q}`;

describe("the approval page's view of a request", () => {
  it("shows who asks, for which system and rights, for which organisation, logged in as whom", async () => {
    const r = await pendingRequest(sim);
    const view = await loadApprovalView(sim, r.id);
    expect(view).toMatchObject({
      state: "pending",
      requestId: r.id,
      integrationTitle: "Regnskap Klar",
      vendor: { orgno: VENDOR, name: "REGNSKAPSKLAR LEVERANDØR AS" },
      system: { id: SYSTEM_ID, name: systemBody().name },
      party: { orgno: CUSTOMER, name: "RASK KREATIV TIGER AS" },
      approver: { name: "Kari Tigersen", role: "dagligLeder" },
      rights: [
        {
          resourceId: "ske-krav-og-betalinger",
          title: { nb: "Krav og betalinger", en: "Claims and payments" },
        },
      ],
      accessPackages: [],
      redirectUrl: "https://vendor.example/altinn/callback?state=abc",
    });
  });

  it("reads unknown, malformed and deleted ids as not found", async () => {
    expect((await loadApprovalView(sim, undefined)).state).toBe("not-found");
    expect((await loadApprovalView(sim, "<script>")).state).toBe("not-found");
    expect((await loadApprovalView(sim, "00000000-0000-4000-8000-000000000000")).state).toBe("not-found");
    const r = await pendingRequest(sim);
    await call(sim, "DELETE", `${BASE}/systemuser/request/vendor/${r.id}`, { bearer: await token(sim) });
    expect((await loadApprovalView(sim, r.id)).state).toBe("not-found");
  });

  it("says timed out, and refuses a decision, once the request has expired", async () => {
    const r = await pendingRequest(sim);
    await call(sim, "POST", `/sim/_control/requests/${r.id}/expire`, { json: {} });
    expect((await loadApprovalView(sim, r.id)).state).toBe("timedout");
    expect(await decideRequest(sim, { id: r.id, decision: "approve" })).toEqual({
      ok: false,
      state: "timedout",
    });
    expect(await systemUsersOf(sim)).toHaveLength(0);
  });

  it("says the system is gone when the vendor deleted it meanwhile", async () => {
    const r = await pendingRequest(sim);
    await call(sim, "DELETE", `${BASE}/systemregister/vendor/${SYSTEM_ID}`, { bearer: await token(sim) });
    expect((await loadApprovalView(sim, r.id)).state).toBe("system-gone");
    expect(await decideRequest(sim, { id: r.id, decision: "approve" })).toEqual({
      ok: false,
      state: "system-gone",
    });
  });

  it("validates the decision with zod", () => {
    expect(decisionSchema.safeParse({ id: "x", decision: "approve" }).success).toBe(false);
    expect(
      decisionSchema.safeParse({ id: "00000000-0000-4000-8000-000000000000", decision: "maybe" }).success,
    ).toBe(false);
    expect(
      decisionSchema.safeParse({ id: "00000000-0000-4000-8000-000000000000", decision: "reject" }).success,
    ).toBe(true);
  });
});

describe("approve", () => {
  it("creates the standard system user, sets Accepted and returns the stored redirectUrl verbatim", async () => {
    const r = await pendingRequest(sim);
    const outcome = await decideRequest(sim, { id: r.id, decision: "approve" });
    expect(outcome).toMatchObject({
      ok: true,
      status: "Accepted",
      redirectUrl: "https://vendor.example/altinn/callback?state=abc",
    });
    const users = await systemUsersOf(sim);
    expect(users).toHaveLength(1);
    const system = (await systemsOf(sim))[0]!;
    expect(users[0]).toMatchObject({
      systemId: SYSTEM_ID,
      systemInternalId: system.internalId,
      reporteeOrgNo: CUSTOMER,
      supplierOrgno: VENDOR,
      supplierName: "REGNSKAPSKLAR LEVERANDØR AS",
      externalRef: "ref-1",
      integrationTitle: "Regnskap Klar",
      rights: [kravRight],
      accessPackages: [],
      userType: "standard",
      isDeleted: false,
    });

    const bearer = await token(sim);
    const status = await call(sim, "GET", `${BASE}/systemuser/request/vendor/${r.id}`, { bearer });
    expect(await status.json()).toMatchObject({ status: "Accepted" });
    // A second click changes nothing.
    expect(await decideRequest(sim, { id: r.id, decision: "reject" })).toEqual({
      ok: false,
      state: "accepted",
    });
    expect((await loadApprovalView(sim, r.id)).state).toBe("accepted");
  });

  it("makes the system user visible through byquery, and to Maskinporten's system-user resolution", async () => {
    const r = await pendingRequest(sim);
    const outcome = await decideRequest(sim, { id: r.id, decision: "approve" });
    const bearer = await token(sim);
    const res = await call(
      sim,
      "GET",
      byQuery(`system-id=${SYSTEM_ID}&orgno=${CUSTOMER}&external-ref=ref-1`),
      { bearer },
    );
    expect(res.status).toBe(200);
    const dto = (await res.json()) as Record<string, unknown>;
    expect(dto).toEqual({
      id: outcome.ok ? outcome.systemUserId : "",
      integrationTitle: "Regnskap Klar",
      systemId: SYSTEM_ID,
      productName: "",
      reporteeOrgNo: CUSTOMER,
      created: expect.any(String),
      isDeleted: false,
      supplierName: "REGNSKAPSKLAR LEVERANDØR AS",
      supplierOrgno: VENDOR,
      externalRef: "ref-1",
      userType: "standard",
    });
    // external-ref defaults to orgno: this system user has another ref, so none is found.
    expect(
      (await call(sim, "GET", byQuery(`system-id=${SYSTEM_ID}&orgno=${CUSTOMER}`), { bearer })).status,
    ).toBe(404);
    // Another vendor asking for it: 404.
    const foreign = await call(
      sim,
      "GET",
      byQuery(`system-id=${SYSTEM_ID}&orgno=${CUSTOMER}&external-ref=ref-1`),
      {
        bearer: await token(sim, OTHER_VENDOR),
      },
    );
    expect(foreign.status).toBe(404);

    const client = { client_id: systemBody().clientId[0], orgno: VENDOR } as SimClient;
    const resolved = await resolveSystemUser(sim, client, { orgno: CUSTOMER, externalRef: "ref-1" });
    expect(resolved.ok).toBe(true);
  });

  it("byquery needs system-id and orgno, and the request.write scope", async () => {
    const bearer = await token(sim);
    const missing = await call(sim, "GET", byQuery(""), { bearer });
    expect(missing.status).toBe(400);
    expect((await problem(missing)).errors).toEqual({
      "system-id": ["The systemId field is required."],
      orgno: ["The orgno field is required."],
    });
    const readOnly = await token(sim, VENDOR, "altinn:authentication/systemuser.request.read");
    const res = await call(sim, "GET", byQuery(`system-id=${SYSTEM_ID}&orgno=${CUSTOMER}`), {
      bearer: readOnly,
    });
    expect(res.status).toBe(403);
  });

  it("a request without externalRef gives a system user found by orgno alone", async () => {
    const r = await pendingRequest(sim, { externalRef: undefined });
    await decideRequest(sim, { id: r.id, decision: "approve" });
    const res = await call(sim, "GET", byQuery(`system-id=${SYSTEM_ID}&orgno=${CUSTOMER}`), {
      bearer: await token(sim),
    });
    expect(await res.json()).toMatchObject({ externalRef: CUSTOMER });
  });

  it("systemuser/vendor/bysystem lists the vendor's system users for the system", async () => {
    const r = await pendingRequest(sim);
    await decideRequest(sim, { id: r.id, decision: "approve" });
    const res = await call(sim, "GET", `${BASE}/systemuser/vendor/bysystem/${SYSTEM_ID}`, {
      bearer: await token(sim),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { links: object; data: { reporteeOrgNo: string }[] };
    expect(body.links).toEqual({});
    expect(body.data.map((d) => d.reporteeOrgNo)).toEqual([CUSTOMER]);
    const foreign = await call(sim, "GET", `${BASE}/systemuser/vendor/bysystem/${SYSTEM_ID}`, {
      bearer: await token(sim, OTHER_VENDOR),
    });
    expect((await problem(foreign)).code).toBe("AUTH-00011");
  });
});

describe("reject", () => {
  it("sets Rejected, creates no system user, and redirects to the stored URL", async () => {
    const r = await pendingRequest(sim);
    expect(await decideRequest(sim, { id: r.id, decision: "reject" })).toEqual({
      ok: true,
      status: "Rejected",
      redirectUrl: "https://vendor.example/altinn/callback?state=abc",
    });
    expect(await systemUsersOf(sim)).toHaveLength(0);
    expect((await loadApprovalView(sim, r.id)).state).toBe("rejected");
  });

  it("without a redirectUrl there is nowhere to go (the page says done instead)", async () => {
    const r = await pendingRequest(sim, { redirectUrl: undefined });
    expect(await decideRequest(sim, { id: r.id, decision: "reject" })).toMatchObject({
      ok: true,
      redirectUrl: null,
    });
  });

  it("never sends the browser to a non-web URL, even one a PUT let through", async () => {
    expect((await registerSystem(sim)).status).toBe(200);
    const bearer = await token(sim);
    // Like Altinn, PUT does not re-check the redirect URL format.
    const put = await call(sim, "PUT", `${BASE}/systemregister/vendor/${SYSTEM_ID}`, {
      bearer,
      json: systemBody({ allowedRedirectUrls: ["javascript:alert(1)"] }),
    });
    expect(put.status).toBe(200);
    const res = await call(sim, "POST", `${BASE}/systemuser/request/vendor`, {
      bearer,
      json: {
        systemId: SYSTEM_ID,
        partyOrgNo: CUSTOMER,
        rights: [kravRight],
        redirectUrl: "javascript:alert(1)",
      },
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect((await loadApprovalView(sim, id)).redirectUrl).toBeUndefined();
    expect(await decideRequest(sim, { id, decision: "approve" })).toMatchObject({
      ok: true,
      redirectUrl: null,
    });
  });
});
