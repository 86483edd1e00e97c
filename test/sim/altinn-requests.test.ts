import { beforeEach, describe, expect, it } from "vitest";
import type { TestSim } from "@/test/support/sim";
import { call, newSim, PUBLIC_URL, simUrl } from "@/test/support/sim";
import {
  BASE,
  boligRight,
  createRequest,
  CUSTOMER,
  kravRight,
  OTHER_VENDOR,
  pendingRequest,
  problem,
  registerSystem,
  requestBody,
  SYSTEM_ID,
  token,
  VENDOR,
} from "./altinn-helpers";
import { patchRequest, patchSystemUser, putSystemUser, systemsOf } from "@/test/support/sim-state";

let sim: TestSim;
beforeEach(async () => {
  sim = await newSim();
});

const REQ = `${BASE}/systemuser/request/vendor`;

async function code(res: Response): Promise<[number, string]> {
  return [res.status, (await problem(res)).code];
}

describe("POST systemuser/request/vendor", () => {
  it("201 with Location and a New request with its confirmUrl", async () => {
    expect((await registerSystem(sim)).status).toBe(200);
    const res = await createRequest(sim);
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, unknown>;
    const id = body.id as string;
    expect(res.headers.get("location")).toBe(
      simUrl(sim, `/sim/altinn/authentication/api/v1/systemuser/request/${id}`),
    );
    expect(body).toEqual({
      id,
      integrationTitle: "Regnskap Klar",
      externalRef: "ref-1",
      systemId: SYSTEM_ID,
      partyOrgNo: CUSTOMER,
      rights: [kravRight],
      accessPackages: [],
      status: "New",
      redirectUrl: "https://vendor.example/altinn/callback?state=abc",
      confirmUrl: simUrl(
        sim,
        `/sim/altinn-ui/accessmanagement/ui/systemuser/request?id=${id}&DONTCHOOSEREPORTEE=true`,
      ),
      escalated: false,
      // Altinn never sets `created` on the object its create returns.
      created: "0001-01-01T00:00:00",
      timedOut: false,
    });
  });

  it("dedup: the same (systemId, partyOrgNo, externalRef) answers 200 with the existing request", async () => {
    const first = await pendingRequest(sim);
    const again = await createRequest(sim, { rights: [boligRight], integrationTitle: "ignored" });
    expect(again.status).toBe(200);
    const body = (await again.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ id: first.id, status: "New", rights: [kravRight] });
    expect(body.created).not.toBe("0001-01-01T00:00:00");
    expect((await createRequest(sim, { externalRef: "ref-2" })).status).toBe(201);
  });

  it("a missing externalRef defaults to partyOrgNo, also for the dedup", async () => {
    const first = await pendingRequest(sim, { externalRef: undefined, redirectUrl: undefined });
    expect(first).toMatchObject({ externalRef: CUSTOMER });
    expect(first).not.toHaveProperty("redirectUrl");
    const again = await createRequest(sim, { externalRef: undefined });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(first.id);
  });

  describe("service validation", () => {
    beforeEach(async () => {
      expect((await registerSystem(sim)).status).toBe(200);
    });

    it("AUTH-00011 (404) for an unknown system and for another vendor's system", async () => {
      expect(await code(await createRequest(sim, { systemId: `${VENDOR}_nope` }))).toEqual([
        404,
        "AUTH-00011",
      ]);
      expect(await code(await createRequest(sim, {}, OTHER_VENDOR))).toEqual([404, "AUTH-00011"]);
    });

    it("AUTH-00000 for a partyOrgNo the register does not know", async () => {
      expect(await code(await createRequest(sim, { partyOrgNo: "999999999" }))).toEqual([400, "AUTH-00000"]);
    });

    it("redirectUrl: scheme, host, port and path must match an allowed URL; the query is ignored", async () => {
      expect(
        (
          await createRequest(sim, {
            externalRef: "q",
            redirectUrl: "https://vendor.example/altinn/callback?x=1#f",
          })
        ).status,
      ).toBe(201);
      expect(
        await code(await createRequest(sim, { redirectUrl: "https://vendor.example/altinn/other" })),
      ).toEqual([400, "AUTH-00021"]);
      expect(
        await code(await createRequest(sim, { redirectUrl: "http://vendor.example/altinn/callback" })),
      ).toEqual([400, "AUTH-00021"]);
      expect(
        await code(await createRequest(sim, { redirectUrl: "https://vendor.example:8443/altinn/callback" })),
      ).toEqual([400, "AUTH-00021"]);
      expect(await code(await createRequest(sim, { redirectUrl: "not a url" }))).toEqual([400, "AUTH-00021"]);
      expect((await createRequest(sim, { externalRef: "empty", redirectUrl: "" })).status).toBe(201);
    });

    it("AUTH-00026 when the system has no allowedRedirectUrls", async () => {
      await registerSystem(sim, { id: `${VENDOR}_noredirect`, clientId: [], allowedRedirectUrls: [] });
      expect(await code(await createRequest(sim, { systemId: `${VENDOR}_noredirect` }))).toEqual([
        400,
        "AUTH-00026",
      ]);
    });

    it("rights and access packages", async () => {
      expect(await code(await createRequest(sim, { rights: undefined, accessPackages: undefined }))).toEqual([
        400,
        "AUTH-00001",
      ]);
      expect(await code(await createRequest(sim, { rights: [], accessPackages: [] }))).toEqual([
        400,
        "AUTH-00059",
      ]);
      const notOnSystem = [
        { resource: [{ id: "urn:altinn:resource", value: "ske-innrapportering-boligsameie" }] },
      ];
      expect(await code(await createRequest(sim, { rights: notOnSystem }))).toEqual([400, "AUTH-00001"]);
      expect(await code(await createRequest(sim, { rights: [{ resource: [] }] }))).toEqual([
        400,
        "AUTH-00001",
      ]);
      const pkg = await createRequest(sim, {
        rights: [],
        accessPackages: [{ urn: "urn:altinn:accesspackage:skattegrunnlag" }],
      });
      expect(await code(pkg)).toEqual([400, "AUTH-00063"]);
    });

    it("AUTH-00064 for a client package requested for a standard system user", async () => {
      const clientPkg = "urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet";
      await registerSystem(sim, {
        id: `${VENDOR}_agent`,
        clientId: [],
        isVisible: false,
        accessPackages: [{ urn: clientPkg }],
      });
      const res = await createRequest(sim, {
        systemId: `${VENDOR}_agent`,
        rights: [],
        accessPackages: [{ urn: clientPkg }],
      });
      expect(res.status).toBe(400);
      expect(await problem(res)).toMatchObject({ code: "AUTH-00064", NotDelegablePackages: clientPkg });
    });
  });

  describe("the external key must be free", () => {
    it("AUTH-00004 once a system user exists for the key (approved request)", async () => {
      const r = await pendingRequest(sim);
      await patchRequest(sim, r.id, (x) => ({ ...x, status: "Accepted" }));
      await putSystemUser(sim, {
        id: "su",
        integrationTitle: "t",
        systemId: SYSTEM_ID,
        systemInternalId: (await systemsOf(sim))[0]!.internalId,
        productName: "",
        reporteeOrgNo: CUSTOMER,
        supplierOrgno: VENDOR,
        supplierName: "",
        externalRef: "ref-1",
        rights: [kravRight],
        accessPackages: [],
        userType: "standard",
        created: new Date().toISOString(),
        isDeleted: false,
      });
      expect(await code(await createRequest(sim))).toEqual([400, "AUTH-00004"]);
      // A system user the customer has deleted leaves the Accepted request: AUTH-00006 for a foreign caller's key check.
      await patchSystemUser(sim, "su", (u) => ({ ...u, isDeleted: true }));
      expect(await code(await createRequest(sim, {}, OTHER_VENDOR))).toEqual([400, "AUTH-00006"]);
    });

    it("AUTH-00007 / 00008 / 00009 when the key belongs to a request the caller cannot reuse", async () => {
      const r = await pendingRequest(sim);
      // Another vendor sending the same key is refused before the system's vendor is checked.
      expect(await code(await createRequest(sim, {}, OTHER_VENDOR))).toEqual([400, "AUTH-00007"]);
      await patchRequest(sim, r.id, (x) => ({ ...x, status: "Denied" }));
      expect(await code(await createRequest(sim, {}, OTHER_VENDOR))).toEqual([400, "AUTH-00008"]);
      await patchRequest(sim, r.id, (x) => ({ ...x, status: "Rejected" }));
      expect(await code(await createRequest(sim, {}, OTHER_VENDOR))).toEqual([400, "AUTH-00009"]);
    });

    it("the owner re-POSTing a Rejected key gets it back (200); after DELETE a new one is created", async () => {
      const r = await pendingRequest(sim);
      await patchRequest(sim, r.id, (x) => ({ ...x, status: "Rejected" }));
      const again = await createRequest(sim);
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ id: r.id, status: "Rejected" });
      const del = await call(sim, "DELETE", `${REQ}/${r.id}`, { bearer: await token(sim) });
      expect(del.status).toBe(202);
      expect(await del.text()).toBe("");
      expect((await createRequest(sim)).status).toBe(201);
    });

    it("a timed-out request frees the key", async () => {
      const r = await pendingRequest(sim);
      const expire = await call(sim, "POST", `/sim/_control/requests/${r.id}/expire`, { json: {} });
      expect(expire.status).toBe(200);
      const bearer = await token(sim);
      const got = await call(sim, "GET", `${REQ}/${r.id}`, { bearer });
      expect(await got.json()).toMatchObject({ status: "Timedout", timedOut: true });
      const fresh = await createRequest(sim);
      expect(fresh.status).toBe(201);
      const freshId = ((await fresh.json()) as { id: string }).id;
      const byRef = await call(sim, "GET", `${REQ}/byexternalref/${SYSTEM_ID}/${CUSTOMER}/ref-1`, { bearer });
      expect(await byRef.json()).toMatchObject({ id: freshId, status: "New" });
    });

    it("a New request times out by itself after the configured timeout", async () => {
      await call(sim, "POST", "/sim/_control/config", { json: { requestTimeoutSeconds: 60 } });
      const r = await pendingRequest(sim);
      await call(sim, "POST", "/sim/_control/clock", { json: { skewSeconds: 61 } });
      const got = await call(sim, "GET", `${REQ}/${r.id}`, { bearer: await token(sim) });
      expect(await got.json()).toMatchObject({ status: "Timedout", timedOut: true });
    });
  });
});

describe("reading and deleting requests", () => {
  it("GET by id: 200 with confirmUrl; AUTH-00010 unknown; 400 for a non-Guid; AUTH-00011 for another vendor", async () => {
    const r = await pendingRequest(sim);
    const bearer = await token(sim);
    const got = await call(sim, "GET", `${REQ}/${r.id.toUpperCase()}`, { bearer });
    expect(got.status).toBe(200);
    expect(await got.json()).toMatchObject({
      id: r.id,
      status: "New",
      confirmUrl: expect.stringContaining(`?id=${r.id}&DONTCHOOSEREPORTEE=true`),
    });
    expect(
      await code(await call(sim, "GET", `${REQ}/00000000-0000-0000-0000-000000000000`, { bearer })),
    ).toEqual([404, "AUTH-00010"]);
    const bad = await call(sim, "GET", `${REQ}/not-a-guid`, { bearer });
    expect(bad.status).toBe(400);
    expect((await problem(bad)).errors).toEqual({ requestId: ["The value 'not-a-guid' is not valid."] });
    expect(
      await code(await call(sim, "GET", `${REQ}/${r.id}`, { bearer: await token(sim, OTHER_VENDOR) })),
    ).toEqual([404, "AUTH-00011"]);
  });

  it("byexternalref: 200 for the key, AUTH-00010 for an unknown key", async () => {
    const r = await pendingRequest(sim);
    const bearer = await token(sim);
    const got = await call(sim, "GET", `${REQ}/byexternalref/${SYSTEM_ID}/${CUSTOMER}/ref-1`, { bearer });
    expect(await got.json()).toMatchObject({ id: r.id });
    expect(
      await code(await call(sim, "GET", `${REQ}/byexternalref/${SYSTEM_ID}/${CUSTOMER}/nope`, { bearer })),
    ).toEqual([404, "AUTH-00010"]);
  });

  it("DELETE: 202 empty, then the request is gone (AUTH-00010)", async () => {
    const r = await pendingRequest(sim);
    const bearer = await token(sim);
    expect(
      (await call(sim, "DELETE", `${REQ}/${r.id}`, { bearer: await token(sim, OTHER_VENDOR) })).status,
    ).toBe(404);
    expect((await call(sim, "DELETE", `${REQ}/${r.id}`, { bearer })).status).toBe(202);
    expect(await code(await call(sim, "GET", `${REQ}/${r.id}`, { bearer }))).toEqual([404, "AUTH-00010"]);
    expect(await code(await call(sim, "DELETE", `${REQ}/${r.id}`, { bearer }))).toEqual([404, "AUTH-00010"]);
  });

  it("bysystem pages 50 at a time with an opaque token, ordered by id", async () => {
    expect((await registerSystem(sim)).status).toBe(200);
    const bearer = await token(sim);
    for (let i = 0; i < 55; i++) {
      const res = await call(sim, "POST", REQ, { bearer, json: requestBody({ externalRef: `ref-${i}` }) });
      expect(res.status).toBe(201);
    }
    const first = await call(sim, "GET", `${REQ}/bysystem/${SYSTEM_ID}`, { bearer });
    const p1 = (await first.json()) as {
      links: { next?: string };
      data: { id: string; confirmUrl?: string }[];
    };
    expect(p1.data).toHaveLength(50);
    expect(p1.data[0]).not.toHaveProperty("confirmUrl");
    const ids = p1.data.map((d) => d.id);
    expect([...ids].sort()).toEqual(ids);
    expect(p1.links.next).toMatch(
      new RegExp(
        `^${simUrl(sim, "/sim/altinn/authentication/api/v1/systemuser/request/vendor/bysystem/")}${SYSTEM_ID}\\?token=`,
      ),
    );
    const second = await call(sim, "GET", p1.links.next!.slice(PUBLIC_URL.length), { bearer });
    const p2 = (await second.json()) as { links: { next?: string }; data: { id: string }[] };
    expect(p2.data).toHaveLength(5);
    expect(p2.links).toEqual({});
    expect(new Set([...ids, ...p2.data.map((d) => d.id)]).size).toBe(55);

    expect((await call(sim, "GET", `${REQ}/bysystem/${SYSTEM_ID}?token=%%%`, { bearer })).status).toBe(400);
    expect(
      await code(
        await call(sim, "GET", `${REQ}/bysystem/${SYSTEM_ID}`, { bearer: await token(sim, OTHER_VENDOR) }),
      ),
    ).toEqual([404, "AUTH-00011"]);
  });
});
