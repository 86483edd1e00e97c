import { randomUUID } from "node:crypto";
import { decodeJwt, decodeProtectedHeader, importJWK, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { generateKey, privateKeyObject } from "@/lib/keys";
import { signGrant } from "@/lib/maskinporten/signer";
import {
  buildGrantClaims,
  buildGrantHeader,
  buildSystemUserDetails,
  MAX_GRANT_LIFETIME_SECONDS,
} from "@/lib/payloads/grant";

const ISSUER = "https://test.maskinporten.no/";

describe("grant claims builder", () => {
  const base = {
    issuer: ISSUER,
    clientId: "client-1",
    scopes: ["a:b", "c:d"],
    issuedAt: 1_740_737_547,
    jti: "jti-1",
  };

  it("sets exactly aud, iss, iat, exp, jti and scope", () => {
    const claims = buildGrantClaims(base);
    expect(Object.keys(claims).sort()).toEqual(["aud", "exp", "iat", "iss", "jti", "scope"]);
    expect(claims).toEqual({
      aud: ISSUER,
      iss: "client-1",
      iat: 1_740_737_547,
      exp: 1_740_737_667,
      jti: "jti-1",
      scope: "a:b c:d",
    });
    expect(claims).not.toHaveProperty("sub");
  });

  it("uses the issuer exactly as aud (a single string, trailing slash kept)", () => {
    expect(buildGrantClaims(base).aud).toBe("https://test.maskinporten.no/");
    expect(buildGrantClaims({ ...base, issuer: "http://127.0.0.1:3100/sim/maskinporten/" }).aud).toBe(
      "http://127.0.0.1:3100/sim/maskinporten/",
    );
  });

  it("never lives longer than 120 seconds", () => {
    expect(MAX_GRANT_LIFETIME_SECONDS).toBe(120);
    const long = buildGrantClaims({ ...base, lifetimeSeconds: 600 });
    expect(long.exp - long.iat).toBe(120);
    const short = buildGrantClaims({ ...base, lifetimeSeconds: 30 });
    expect(short.exp - short.iat).toBe(30);
    const fractional = buildGrantClaims({ ...base, issuedAt: 1000.9 });
    expect(fractional.iat).toBe(1000);
  });

  it("dedupes scopes and drops empty ones", () => {
    expect(buildGrantClaims({ ...base, scopes: ["a:b", " a:b ", "", "c:d"] }).scope).toBe("a:b c:d");
  });

  it("adds authorization_details only for a system user, with ID and optional externalRef", () => {
    const claims = buildGrantClaims({
      ...base,
      authorizationDetails: buildSystemUserDetails("313367002", "ref-1"),
    });
    expect(Object.keys(claims).sort()).toEqual([
      "aud",
      "authorization_details",
      "exp",
      "iat",
      "iss",
      "jti",
      "scope",
    ]);
    expect(claims.authorization_details).toEqual([
      {
        type: "urn:altinn:systemuser",
        systemuser_org: { authority: "iso6523-actorid-upis", ID: "0192:313367002" },
        externalRef: "ref-1",
      },
    ]);
    expect(buildSystemUserDetails("313367002")[0]).not.toHaveProperty("externalRef");
  });

  it("is signed with RS256 and the kid only, and verifies with the public JWK", async () => {
    const { meta: key, pkcs8 } = await generateKey("grant-test");
    const jtis = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const claims = buildGrantClaims({
        ...base,
        issuedAt: Math.floor(Date.now() / 1000),
        jti: randomUUID(),
      });
      const jwt = await signGrant(privateKeyObject(pkcs8), buildGrantHeader(key.kid), claims);
      expect(decodeProtectedHeader(jwt)).toEqual({ alg: "RS256", kid: "grant-test" });
      expect(decodeJwt(jwt)).toEqual(claims);
      jtis.add(claims.jti);
      const { payload } = await jwtVerify(jwt, await importJWK(key.publicJwk, "RS256"), {
        audience: ISSUER,
        issuer: "client-1",
      });
      expect(payload.scope).toBe("a:b c:d");
    }
    expect(jtis.size).toBe(5);
  });
});
