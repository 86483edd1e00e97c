import { beforeEach, describe, expect, it } from "vitest";
import { ALTINN_SCOPES, JWT_BEARER_GRANT } from "@/lib/catalogue";
import { decideRequest } from "@/lib/simulator/altinn/approval";
import { call, newSandboxId, newSim, PUBLIC_URL, simUrl, type TestSim } from "../support/sim";
import {
  fetchAccessToken,
  generateRsaKey,
  requestToken,
  setupVendor,
  signGrant,
  type Vendor,
} from "../support/vendor";
import { BASE, CUSTOMER, requestBody, systemBody, VENDOR } from "./altinn-helpers";
import { expectMpError } from "./maskinporten-helpers";

/**
 * Two wizard sessions with the same vendor number each get their own simulated world: clients, keys, scope
 * grants, systems, requests, system users and tokens are not shared, and a token from one sandbox is a foreign
 * token in the other. The un-prefixed /sim/… paths are one more sandbox, "shared".
 */
let a: TestSim;
let b: TestSim;
let va: Vendor;
let vb: Vendor;
beforeEach(async () => {
  [a, b] = [await newSim(), await newSim()];
  va = await setupVendor(a, { orgno: VENDOR, scopes: [...ALTINN_SCOPES] });
  vb = await setupVendor(b, { orgno: VENDOR, scopes: [...ALTINN_SCOPES] });
});

async function tokenIn(sim: TestSim, vendor: Vendor): Promise<string> {
  return fetchAccessToken(sim, vendor);
}

describe("two sandboxes with the same vendor", () => {
  it("keep their own clients, portal logins and keys", async () => {
    const list = async (sim: TestSim, v: Vendor) =>
      (
        (await (await call(sim, "GET", "/sim/samarbeid/clients/", { bearer: v.portalToken })).json()) as {
          client_id: string;
        }[]
      ).map((c) => c.client_id);
    expect(await list(a, va)).toEqual([va.clientId]);
    expect(await list(b, vb)).toEqual([vb.clientId]);
    expect((await call(b, "GET", "/sim/samarbeid/clients/", { bearer: va.portalToken })).status).toBe(401);
    expect(
      (await call(b, "GET", `/sim/samarbeid/clients/${va.clientId}`, { bearer: vb.portalToken })).status,
    ).toBe(404);
    // A kid is unique per world: the other sandbox's kid is free here.
    const again = await call(b, "POST", `/sim/samarbeid/clients/${vb.clientId}/jwks`, {
      bearer: vb.portalToken,
      json: { keys: [vb.publicJwk, { ...generateRsaKey(va.kid).publicJwk }] },
    });
    expect(again.status).toBe(201);
  });

  it("issue tokens that only their own Altinn accepts, with their own issuer", async () => {
    const ta = await tokenIn(a, va);
    const tb = await tokenIn(b, vb);
    const systems = `${BASE}/systemregister/vendor`;
    expect((await call(a, "GET", systems, { bearer: ta })).status).toBe(200);
    expect((await call(b, "GET", systems, { bearer: tb })).status).toBe(200);
    const foreign = await call(b, "GET", systems, { bearer: ta });
    expect(foreign.status).toBe(401);
    expect(await foreign.text()).toBe("");
    // And the shared sandbox knows neither.
    const shared = await newSim({ shared: true });
    expect((await call(shared, "GET", systems, { bearer: ta })).status).toBe(401);
    const claims = JSON.parse(Buffer.from(ta.split(".")[1]!, "base64url").toString()) as { iss: string };
    expect(claims.iss).toBe(`${PUBLIC_URL}/sim/s/${a.sandboxId}/maskinporten/`);
  });

  it("refuse a grant meant for the other sandbox (aud) and a client that is not theirs", async () => {
    const forA = signGrant(a, va);
    const res = await call(b, "POST", "/sim/maskinporten/token", {
      form: { grant_type: JWT_BEARER_GRANT, assertion: forA },
    });
    await expectMpError(res, "invalid_grant", "MP-100");
    const audA = signGrant(b, vb, { aud: a.issuer });
    const wrongAud = await call(b, "POST", "/sim/maskinporten/token", {
      form: { grant_type: JWT_BEARER_GRANT, assertion: audA },
    });
    await expectMpError(wrongAud, "invalid_grant", "MP-110");
  });

  it("keep their own used grant ids and scope grants", async () => {
    const jti = `same-jti-${a.sandboxId}`;
    expect((await requestToken(a, signGrant(a, va, { jti }))).status).toBe(200);
    expect((await requestToken(b, signGrant(b, vb, { jti }))).status).toBe(200);
    await expectMpError(await requestToken(a, signGrant(a, va, { jti })), "invalid_grant", "MP-012");

    const withdraw = { orgno: VENDOR, scope: ALTINN_SCOPES[0] };
    expect((await call(b, "DELETE", "/sim/_control/scope-grants", { json: withdraw })).status).toBe(204);
    await expectMpError(await requestToken(b, signGrant(b, vb)), "invalid_scope", "MP-250");
    expect((await requestToken(a, signGrant(a, va))).status).toBe(200);
    // Another organisation holding the scope in the same sandbox does not count either.
    await setupVendor(b, { orgno: "314501373", scopes: [...ALTINN_SCOPES] });
    await expectMpError(await requestToken(b, signGrant(b, vb)), "invalid_scope", "MP-250");
  });

  it("register the same system id and requests independently; approvals stay in their sandbox", async () => {
    const ta = await tokenIn(a, va);
    const tb = await tokenIn(b, vb);
    const register = (sim: TestSim, t: string, v: Vendor) =>
      call(sim, "POST", `${BASE}/systemregister/vendor`, {
        bearer: t,
        json: systemBody({ clientId: [v.clientId] }),
      });
    expect((await register(a, ta, va)).status).toBe(200);
    expect((await register(b, tb, vb)).status).toBe(200);

    const created = await call(a, "POST", `${BASE}/systemuser/request/vendor`, {
      bearer: ta,
      json: requestBody(),
    });
    expect(created.status).toBe(201);
    const request = (await created.json()) as { id: string; confirmUrl: string };
    expect(request.confirmUrl).toBe(
      `${PUBLIC_URL}/sim/s/${a.sandboxId}/altinn-ui/accessmanagement/ui/systemuser/request?id=${request.id}&DONTCHOOSEREPORTEE=true`,
    );
    expect(created.headers.get("location")).toBe(simUrl(a, `${BASE}/systemuser/request/${request.id}`));
    const inB = await call(b, "GET", `${BASE}/systemuser/request/vendor/${request.id}`, { bearer: tb });
    expect(inB.status).toBe(404);

    expect(await decideRequest(b, { id: request.id, decision: "approve" })).toEqual({
      ok: false,
      state: "not-found",
    });
    expect(await decideRequest(a, { id: request.id, decision: "approve" })).toMatchObject({ ok: true });
    const byQuery = `${BASE}/systemuser/vendor/byquery?system-id=${systemBody().id}&orgno=${CUSTOMER}&external-ref=ref-1`;
    expect((await call(a, "GET", byQuery, { bearer: ta })).status).toBe(200);
    expect((await call(b, "GET", byQuery, { bearer: tb })).status).toBe(404);
  });

  it("have their own clock and faults", async () => {
    await call(a, "POST", "/sim/_control/clock", { json: { skewSeconds: 3600 } });
    await call(a, "POST", "/sim/_control/faults", {
      json: { service: "maskinporten", kind: "status", status: 500 },
    });
    const jwkA = await call(a, "GET", "/sim/maskinporten/jwk");
    const jwkB = await call(b, "GET", "/sim/maskinporten/jwk");
    expect(jwkA.status).toBe(500);
    expect(jwkB.status).toBe(200);
    const skew = (res: Response) => (Date.parse(res.headers.get("date")!) - Date.now()) / 1000;
    expect(skew(jwkA)).toBeGreaterThan(3500);
    expect(Math.abs(skew(jwkB))).toBeLessThan(60);
    const state = (await (await call(b, "GET", "/sim/_control/state")).json()) as {
      control: { faults: unknown[] };
    };
    expect(state.control.faults).toEqual([]);
  });
});

describe("sandbox URLs", () => {
  it("publish metadata whose every URL carries the sandbox", async () => {
    const res = await call(a, "GET", "/sim/maskinporten/.well-known/oauth-authorization-server");
    const issuer = `${PUBLIC_URL}/sim/s/${a.sandboxId}/maskinporten/`;
    expect(await res.json()).toMatchObject({
      issuer,
      token_endpoint: `${issuer}token`,
      jwks_uri: `${issuer}jwk`,
    });
    expect(a.issuer).toBe(issuer);
  });

  it("refuse what is not a sandbox id, and never create a sandbox for it", async () => {
    for (const id of [
      "short",
      "shared",
      "x".repeat(65),
      "has.dot-and-16chars",
      "%2e%2e%2fhidden-id-16",
      "",
    ]) {
      const res = await call(a, "GET", `/sim/s/${id}/maskinporten/jwk`);
      expect(res.status, id).toBe(404);
      expect(await res.json()).toEqual({ error: "not_found" });
    }
  });

  it("create a sandbox on first use for any well-formed id", async () => {
    const id = newSandboxId();
    const res = await call(a, "GET", `/sim/s/${id}/maskinporten/.well-known/oauth-authorization-server`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { issuer: string }).issuer).toBe(`${PUBLIC_URL}/sim/s/${id}/maskinporten/`);
  });

  it("leave the un-prefixed paths as the shared sandbox, as before", async () => {
    const shared = await newSim({ shared: true });
    const res = await call(shared, "GET", "/sim/maskinporten/.well-known/oauth-authorization-server");
    expect(((await res.json()) as { issuer: string }).issuer).toBe(`${PUBLIC_URL}/sim/maskinporten/`);
  });
});
