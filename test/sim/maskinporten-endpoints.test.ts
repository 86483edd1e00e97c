import { beforeAll, describe, expect, it } from "vitest";
import { JWT_BEARER_GRANT } from "@/lib/catalogue";
import type { TestSim } from "@/test/support/sim";
import { call, newSim, simUrl } from "../support/sim";

let sim: TestSim;
beforeAll(async () => {
  sim = await newSim();
});

describe("simulated Maskinporten: metadata, keys and methods", () => {
  it("publishes RFC 8414 metadata derived from the issuer", async () => {
    const res = await call(sim, "GET", "/sim/maskinporten/.well-known/oauth-authorization-server");
    expect(res.status).toBe(200);
    const issuer = simUrl(sim, "/sim/maskinporten/");
    expect(await res.json()).toEqual({
      issuer,
      token_endpoint: `${issuer}token`,
      jwks_uri: `${issuer}jwk`,
      token_endpoint_auth_methods_supported: ["private_key_jwt"],
      grant_types_supported: [JWT_BEARER_GRANT],
      token_endpoint_auth_signing_alg_values_supported: ["RS256", "RS384", "RS512"],
      authorization_details_types_supported: ["urn:altinn:systemuser"],
    });
    expect(sim.issuer).toBe(issuer);
  });

  it("publishes the signing key at /jwk without private parts", async () => {
    const body = (await (await call(sim, "GET", "/sim/maskinporten/jwk")).json()) as {
      keys: Record<string, unknown>[];
    };
    expect(body.keys).toHaveLength(1);
    expect(body.keys[0]).toMatchObject({ kty: "RSA", kid: sim.signing.kid, alg: "RS256", use: "sig" });
    expect(body.keys[0]!.d).toBeUndefined();
  });

  it("answers a wrong method with 405 invalid_request", async () => {
    for (const [method, path] of [
      ["GET", "token"],
      ["POST", "jwk"],
      ["DELETE", ".well-known/oauth-authorization-server"],
    ] as const) {
      const res = await call(sim, method, `/sim/maskinporten/${path}`);
      expect(res.status).toBe(405);
      expect(((await res.json()) as { error: string }).error).toBe("invalid_request");
    }
  });

  it("answers an unknown path with 404", async () => {
    expect((await call(sim, "GET", "/sim/maskinporten/authorize")).status).toBe(404);
  });

  it("never answers garbage with a 5xx", async () => {
    const bodies = [
      "",
      "%%%",
      "grant_type=%E0%A4%A&assertion=..",
      "assertion=a.b.c&grant_type=" + encodeURIComponent(JWT_BEARER_GRANT),
      "\u0000\u0001",
    ];
    const types = ["application/x-www-form-urlencoded", "text/plain", "application/json"];
    for (const body of bodies) {
      for (const type of types) {
        const res = await call(sim, "POST", "/sim/maskinporten/token", {
          body,
          headers: { "content-type": type },
        });
        expect(res.status).toBe(400);
      }
    }
    const weird = [{ alg: "RS256", kid: { a: 1 } }, { alg: "RS256", kid: 5 }, { alg: ["RS256"] }];
    for (const header of weird) {
      const assertion = `${Buffer.from(JSON.stringify(header)).toString("base64url")}.${Buffer.from(JSON.stringify({ iss: 1, aud: {} })).toString("base64url")}.AAAA`;
      const res = await call(sim, "POST", "/sim/maskinporten/token", {
        form: { grant_type: JWT_BEARER_GRANT, assertion },
      });
      expect(res.status).toBe(400);
    }
  });
});
