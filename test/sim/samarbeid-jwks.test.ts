import { generateKeyPairSync } from "node:crypto";
import type { JWK } from "jose";
import { beforeEach, describe, expect, it } from "vitest";
import { ALTINN_SCOPES, JWT_BEARER_GRANT } from "@/lib/catalogue";
import type { TestSim } from "@/test/support/sim";
import { call, newSim } from "../support/sim";
import { generateRsaKey, portalLogin, requestToken, setupVendor, signGrant } from "../support/vendor";
import { clientOf, setClockSkew } from "../support/sim-state";

const ORG = "314500008";

let sim: TestSim;
let token: string;
let clientId: string;
let jwksPath: string;

beforeEach(async () => {
  sim = await newSim();
  token = await portalLogin(sim, ORG);
  for (const scope of ALTINN_SCOPES)
    await call(sim, "POST", "/sim/samarbeid/scopes/access", { json: { scope }, bearer: token });
  const res = await call(sim, "POST", "/sim/samarbeid/clients/", {
    bearer: token,
    json: {
      integration_type: "maskinporten",
      client_name: "c",
      description: "d",
      token_endpoint_auth_method: "private_key_jwt",
      grant_types: [JWT_BEARER_GRANT],
      scopes: [...ALTINN_SCOPES],
    },
  });
  clientId = ((await res.json()) as { client_id: string }).client_id;
  jwksPath = `/sim/samarbeid/clients/${clientId}/jwks`;
});

const post = (json: unknown, bearer = token) => call(sim, "POST", jwksPath, { json, bearer });

async function expectRefused(res: Response, match: RegExp) {
  expect(res.status).toBe(400);
  const body = (await res.json()) as { error: string; error_description: string };
  expect(body.error).toBe("invalid_client_metadata");
  expect(body.error_description).toMatch(match);
}

describe("simulated self-service: client keys (jwks)", () => {
  it("registers a public RSA-2048 RS256 key and lists it with its upload time", async () => {
    const { publicJwk } = generateRsaKey("kid-1");
    const res = await post({ keys: [publicJwk] });
    expect(res.status).toBe(201);
    const got = (await (await call(sim, "GET", jwksPath, { bearer: token })).json()) as {
      keys: Record<string, unknown>[];
    };
    expect(got.keys).toHaveLength(1);
    expect(got.keys[0]).toMatchObject({
      kty: "RSA",
      kid: "kid-1",
      alg: "RS256",
      use: "sig",
      n: publicJwk.n,
      e: publicJwk.e,
    });
    expect(new Date(got.keys[0]!.created as string).getTime()).toBe(
      (await clientOf(sim, clientId)).keys[0]!.created,
    );
    expect(got.keys[0]!.expires).toBeTypeOf("string");
  });

  it("accepts a bare array, replaces the whole set and keeps an unchanged key's upload time", async () => {
    const a = generateRsaKey("kid-a").publicJwk;
    const b = generateRsaKey("kid-b").publicJwk;
    await post([a]);
    const createdA = (await clientOf(sim, clientId)).keys[0]!.created;
    await setClockSkew(sim, 100);
    expect((await post({ keys: [a, b] })).status).toBe(201);
    const keys = (await clientOf(sim, clientId)).keys;
    expect(keys.map((k) => k.jwk.kid)).toEqual(["kid-a", "kid-b"]);
    expect(keys[0]!.created).toBe(createdA);
    expect(keys[1]!.created).toBeGreaterThan(createdA);
    await post({ keys: [b] });
    expect((await clientOf(sim, clientId)).keys.map((k) => k.jwk.kid)).toEqual(["kid-b"]);
  });

  it("refuses private key material", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const priv = { ...(privateKey.export({ format: "jwk" }) as JWK), kid: "p", alg: "RS256" };
    await expectRefused(await post({ keys: [priv] }), /private key material \("d"\)/);
  });

  it("refuses non-RSA keys, other algs and other sizes", async () => {
    const ec = {
      ...(generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ format: "jwk" }) as JWK),
      kid: "ec",
      alg: "ES256",
    };
    await expectRefused(await post({ keys: [ec] }), /only RSA/);
    await expectRefused(
      await post({ keys: [{ ...generateRsaKey("x").publicJwk, alg: "RS512" }] }),
      /alg must be "RS256"/,
    );
    await expectRefused(
      await post({ keys: [{ ...generateRsaKey("x").publicJwk, alg: undefined }] }),
      /alg must be "RS256"/,
    );
    for (const bits of [1024, 3072, 4096]) {
      const jwk = generateKeyPairSync("rsa", { modulusLength: bits }).publicKey.export({
        format: "jwk",
      }) as JWK;
      await expectRefused(
        await post({ keys: [{ ...jwk, kid: `k${bits}`, alg: "RS256" }] }),
        new RegExp(`exactly 2048 bits \\(got ${bits}\\)`),
      );
    }
  });

  it("refuses a missing kid, a duplicate kid in the set, a kid of another client, and more than five keys", async () => {
    await expectRefused(
      await post({ keys: [{ ...generateRsaKey("x").publicJwk, kid: undefined }] }),
      /kid is required/,
    );
    await expectRefused(
      await post({ keys: [generateRsaKey("dup").publicJwk, generateRsaKey("dup").publicJwk] }),
      /more than once/,
    );
    const other = await setupVendor(sim, { orgno: "314501373", scopes: [ALTINN_SCOPES[0]] });
    await expectRefused(await post({ keys: [generateRsaKey(other.kid).publicJwk] }), /already in use/);
    const six = Array.from({ length: 6 }, (_, i) => generateRsaKey(`k${i}`).publicJwk);
    await expectRefused(await post({ keys: six }), /at most 5 keys/);
  });

  it("refuses a body that is not a JWKS, and another org's client", async () => {
    const res = await post({ key: {} });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe("invalid_request");
    const other = await portalLogin(sim, "314501373");
    expect((await post({ keys: [generateRsaKey("o").publicJwk] }, other)).status).toBe(403);
    expect((await call(sim, "GET", jwksPath, { bearer: other })).status).toBe(403);
  });

  it("a key registered here signs grants Maskinporten accepts (the helper's full path)", async () => {
    const vendor = await setupVendor(sim, { orgno: "314501373", scopes: [...ALTINN_SCOPES] });
    expect((await requestToken(sim, signGrant(sim, vendor))).status).toBe(200);
  });
});
