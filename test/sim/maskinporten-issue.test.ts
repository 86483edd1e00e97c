import { decodeJwt, decodeProtectedHeader, importJWK, jwtVerify } from "jose";
import { beforeEach, describe, expect, it } from "vitest";
import { ALTINN_SCOPES } from "@/lib/catalogue";
import type { TestSim } from "@/test/support/sim";
import { verifyAccessToken } from "@/lib/simulator/maskinporten/access-token";
import { call, newSim } from "../support/sim";
import { requestToken, setupVendor, signGrant, type Vendor } from "../support/vendor";

const VENDOR = "314500008";
const SCOPES = [...ALTINN_SCOPES];

let sim: TestSim;
let vendor: Vendor;

beforeEach(async () => {
  sim = await newSim();
  vendor = await setupVendor(sim, { orgno: VENDOR, scopes: SCOPES });
});

const now = () => Math.floor(sim.now() / 1000);

describe("simulated Maskinporten /token: success", () => {
  it("issues a plain token with every claim of contracts §1.6, verifiable against /jwk", async () => {
    const res = await requestToken(sim, signGrant(sim, vendor));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      access_token: string;
      token_type: string;
      expires_in: number;
      scope: string;
    };
    expect(body.token_type).toBe("Bearer");
    expect(body.expires_in).toBe(120);
    expect(body.scope).toBe(SCOPES.join(" "));

    const jwks = (await (await call(sim, "GET", "/sim/maskinporten/jwk")).json()) as {
      keys: Record<string, unknown>[];
    };
    const header = decodeProtectedHeader(body.access_token);
    expect(header).toEqual({ kid: jwks.keys[0]!.kid, alg: "RS256" });
    const key = await importJWK(jwks.keys[0] as never, "RS256");
    const { payload } = await jwtVerify(body.access_token, key, {
      issuer: sim.issuer,
      currentDate: new Date(sim.now()),
    });
    expect(payload).toMatchObject({
      iss: sim.issuer,
      client_id: vendor.clientId,
      client_amr: "private_key_jwt",
      consumer: { authority: "iso6523-actorid-upis", ID: `0192:${VENDOR}` },
      scope: SCOPES.join(" "),
      token_type: "Bearer",
    });
    expect(payload.exp! - payload.iat!).toBe(120);
    expect(typeof payload.jti).toBe("string");
    expect(payload.authorization_details).toBeUndefined();
    expect(payload.aud).toBeUndefined();
  });

  it("accepts RS384 and RS512 grants, a one-element aud array and a subset of the client's scopes", async () => {
    for (const alg of ["RS384", "RS512"]) {
      expect((await requestToken(sim, signGrant(sim, vendor, {}, { alg }))).status).toBe(200);
    }
    expect((await requestToken(sim, signGrant(sim, vendor, { aud: [sim.issuer] }))).status).toBe(200);
    const res = await requestToken(sim, signGrant(sim, vendor, { scope: SCOPES[0] }));
    expect(decodeJwt(((await res.json()) as { access_token: string }).access_token).scope).toBe(SCOPES[0]);
  });

  it("accepts iat within ±10 s of the simulator's clock", async () => {
    expect(
      (await requestToken(sim, signGrant(sim, vendor, { iat: now() + 9, exp: now() + 100 }))).status,
    ).toBe(200);
    expect(
      (await requestToken(sim, signGrant(sim, vendor, { iat: now() - 9, exp: now() + 100 }))).status,
    ).toBe(200);
  });

  it("issues tokens the simulated Altinn and Skatteetaten accept (verifyAccessToken)", async () => {
    const res = await requestToken(sim, signGrant(sim, vendor));
    const { access_token } = (await res.json()) as { access_token: string };
    const claims = await verifyAccessToken(sim, access_token);
    expect(claims?.client_id).toBe(vendor.clientId);
    expect(claims?.consumer.ID).toBe(`0192:${VENDOR}`);
  });

  it("restricts the audience when the grant names a resource", async () => {
    const res = await requestToken(sim, signGrant(sim, vendor, { resource: ["https://api.example/"] }));
    const { access_token } = (await res.json()) as { access_token: string };
    expect(decodeJwt(access_token).aud).toBe("https://api.example/");
  });
});
