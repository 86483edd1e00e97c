import { generateKeyPairSync } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { ALTINN_SCOPES, JWT_BEARER_GRANT } from "@/lib/catalogue";
import type { TestSim } from "@/test/support/sim";
import { call, newSim } from "../support/sim";
import { requestToken, setupVendor, signGrant, type Vendor } from "../support/vendor";
import { expectMpError } from "./maskinporten-helpers";
import { jtiUsed, patchClient, setClockSkew } from "../support/sim-state";

const VENDOR = "314500008";
const SCOPES = [...ALTINN_SCOPES];

let sim: TestSim;
let vendor: Vendor;

beforeEach(async () => {
  sim = await newSim();
  vendor = await setupVendor(sim, { orgno: VENDOR, scopes: SCOPES });
});

const now = () => Math.floor(sim.now() / 1000);
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");

describe("simulated Maskinporten /token: the rules of mp-errors.md, in order", () => {
  it("1: a body that is not form-urlencoded is MP-011", async () => {
    const res = await call(sim, "POST", "/sim/maskinporten/token", {
      json: { grant_type: JWT_BEARER_GRANT, assertion: signGrant(sim, vendor) },
    });
    await expectMpError(
      res,
      "invalid_request",
      "MP-011",
      "Invalid request. Content-Type must be application/x-www-form-urlencoded",
    );
  });

  it("1: a body over 256 KB is refused with 413 and MP-011 before it is read to the end", async () => {
    const res = await call(sim, "POST", "/sim/maskinporten/token", {
      form: { grant_type: JWT_BEARER_GRANT, assertion: "x".repeat(300 * 1024) },
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { error: string; error_description: string };
    expect(body.error).toBe("invalid_request");
    expect(body.error_description).toMatch(/^Invalid request\..*\(MP-011\)$/);
  });

  it("2: a missing or other grant_type is unsupported_grant_type without an MP id", async () => {
    const assertion = signGrant(sim, vendor);
    for (const form of [{ assertion }, { grant_type: "client_credentials", assertion }] as Record<
      string,
      string
    >[]) {
      const res = await call(sim, "POST", "/sim/maskinporten/token", { form });
      await expectMpError(res, "unsupported_grant_type", null, "Unsupported grant_type");
    }
  });

  it("3: a missing assertion, a non-JWS or a non-JSON header/payload is MP-011", async () => {
    const bad = [
      undefined,
      "not-a-jwt",
      "a.b",
      `${b64("x")}.${b64({})}.sig`,
      `${b64({ alg: "RS256" })}.${b64([1])}.sig`,
      "e30.e30.e30.e30",
    ];
    for (const assertion of bad) {
      const form: Record<string, string> = { grant_type: JWT_BEARER_GRANT };
      if (assertion !== undefined) form.assertion = assertion;
      const res = await call(sim, "POST", "/sim/maskinporten/token", { form });
      await expectMpError(res, "invalid_request", "MP-011", "Invalid assertion. Invalid parameter value");
    }
  });

  it("4: an alg other than RS256/384/512 is MP-124", async () => {
    for (const alg of ["HS256", "none", "ES256"]) {
      const text = await expectMpError(
        await requestToken(sim, signGrant(sim, vendor, {}, { alg })),
        "invalid_grant",
        "MP-124",
      );
      expect(text).toBe(`Invalid assertion. Client authentication failed. Unsupported alg ${alg} (MP-124)`);
    }
  });

  it("5: neither kid nor x5c is MP-011", async () => {
    const res = await requestToken(sim, signGrant(sim, vendor, {}, { kid: undefined }));
    await expectMpError(
      res,
      "invalid_grant",
      "MP-011",
      "Invalid assertion. Either 'kid' or 'x5c' must be present",
    );
  });

  it("6: x5c (business certificate) is MP-123", async () => {
    const res = await requestToken(sim, signGrant(sim, vendor, {}, { kid: undefined, x5c: ["MIIB..."] }));
    await expectMpError(
      res,
      "invalid_grant",
      "MP-123",
      "Invalid assertion. Client authentication failed. x5c",
    );
  });

  it("7: an undocumented claim such as sub is MP-011", async () => {
    const res = await requestToken(sim, signGrant(sim, vendor, { sub: vendor.clientId }));
    const text = await expectMpError(res, "invalid_request", "MP-011");
    expect(text).toBe("Invalid assertion. Unknown claim sub (MP-011)");
  });

  it("8: an unknown iss (client id) is MP-100", async () => {
    for (const iss of ["00000000-0000-0000-0000-000000000000", undefined]) {
      const res = await requestToken(sim, signGrant(sim, vendor, { iss }));
      await expectMpError(
        res,
        "invalid_grant",
        "MP-100",
        "Invalid assertion. Client authentication failed. Client not found",
      );
    }
  });

  it("9: a kid not registered on the client is MP-120", async () => {
    const res = await requestToken(sim, signGrant(sim, vendor, {}, { kid: "some-other-kid" }));
    await expectMpError(
      res,
      "invalid_grant",
      "MP-120",
      "Invalid assertion. Client authentication failed. Unknown key identifier (kid) for client",
    );
  });

  it("10: a key uploaded more than a year ago is MP-121", async () => {
    await patchClient(sim, vendor.clientId, (c) => ({
      ...c,
      keys: c.keys.map((k, i) => (i === 0 ? { ...k, created: sim.now() - 366 * 24 * 3600 * 1000 } : k)),
    }));
    const res = await requestToken(sim, signGrant(sim, vendor));
    await expectMpError(
      res,
      "invalid_grant",
      "MP-121",
      "Invalid assertion. Client authentication failed. Expired key",
    );
  });

  it("11: a signature by another key is MP-124", async () => {
    const other = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
    const res = await requestToken(sim, signGrant(sim, { ...vendor, privateKey: other }));
    await expectMpError(
      res,
      "invalid_grant",
      "MP-124",
      "Invalid assertion. Client authentication failed. Invalid signature",
    );
  });

  it("12: aud other than the issuer exactly is MP-110", async () => {
    const wrong = [
      `${sim.issuer}token`,
      sim.issuer.replace(/\/$/, ""),
      [sim.issuer, "https://other/"],
      "https://test.maskinporten.no/",
      undefined,
    ];
    for (const aud of wrong) {
      const res = await requestToken(sim, signGrant(sim, vendor, { aud }));
      await expectMpError(
        res,
        "invalid_grant",
        "MP-110",
        "Invalid assertion. Client authentication failed. Invalid JWT claim aud",
      );
    }
  });

  it("13: iat more than 10 s ahead of the simulator's clock is MP-130", async () => {
    const res = await requestToken(sim, signGrant(sim, vendor, { iat: now() + 30, exp: now() + 60 }));
    await expectMpError(res, "invalid_grant", "MP-130", "Invalid assertion. Issue time is in the future");
    const missing = await requestToken(sim, signGrant(sim, vendor, { iat: undefined }));
    await expectMpError(missing, "invalid_grant", "MP-130", "Invalid assertion. Issue time is in the future");
  });

  it("13: a simulator clock running behind makes a correct grant come from the future (clock skew)", async () => {
    const assertion = signGrant(sim, vendor);
    await setClockSkew(sim, -60);
    await expectMpError(
      await requestToken(sim, assertion),
      "invalid_grant",
      "MP-130",
      "Invalid assertion. Issue time is in the future",
    );
  });

  it("14: iat more than 10 s in the past is MP-130", async () => {
    const res = await requestToken(sim, signGrant(sim, vendor, { iat: now() - 30, exp: now() + 60 }));
    await expectMpError(
      res,
      "invalid_grant",
      "MP-130",
      "Invalid assertion. Issue time is too far in the past",
    );
  });

  it("15: a missing or passed exp is MP-130", async () => {
    for (const claims of [{ exp: undefined }, { iat: now() - 5, exp: now() - 1 }]) {
      const res = await requestToken(sim, signGrant(sim, vendor, claims));
      await expectMpError(res, "invalid_grant", "MP-130", "Invalid assertion. JWT is expired");
    }
  });

  it("16: exp - iat over 120 s is MP-130", async () => {
    const res = await requestToken(sim, signGrant(sim, vendor, { exp: now() + 121 }));
    await expectMpError(res, "invalid_grant", "MP-130", "Invalid assertion. JWT has too long lifetime");
  });

  it("17: a jti used before is MP-012", async () => {
    const assertion = signGrant(sim, vendor);
    expect((await requestToken(sim, assertion)).status).toBe(200);
    await expectMpError(
      await requestToken(sim, assertion),
      "invalid_grant",
      "MP-012",
      "Invalid assertion. Grant is used before",
    );
  });

  it("17: used jtis are forgotten once their grant has expired", async () => {
    expect((await requestToken(sim, signGrant(sim, vendor, { jti: "once-only" }))).status).toBe(200);
    expect(await jtiUsed(sim, "once-only")).toBe(true);
    await setClockSkew(sim, 600);
    expect(await jtiUsed(sim, "once-only")).toBe(false);
    // A new grant may carry the old id again once the old grant could no longer be used.
    expect((await requestToken(sim, signGrant(sim, vendor, { jti: "once-only" }))).status).toBe(200);
  });

  it("18: no scope is MP-200", async () => {
    for (const scope of [undefined, "", "   "]) {
      const res = await requestToken(sim, signGrant(sim, vendor, { scope }));
      await expectMpError(res, "invalid_scope", "MP-200", "Token request contains no scopes");
    }
  });

  it("19: a scope not on the client is MP-200 and names it", async () => {
    const res = await requestToken(
      sim,
      signGrant(sim, vendor, { scope: `${SCOPES[0]} skatteetaten:kravogbetalinger` }),
    );
    const text = await expectMpError(res, "invalid_scope", "MP-200");
    expect(text).toBe(
      "Token request contains invalid scopes for client: skatteetaten:kravogbetalinger (MP-200)",
    );
  });

  it("20: a scope on the client but not granted to the organisation is MP-250", async () => {
    const ungranted = await setupVendor(sim, {
      orgno: "314501373",
      scopes: ["skatteetaten:kravogbetalinger"],
      grant: false,
    });
    const text = await expectMpError(
      await requestToken(sim, signGrant(sim, ungranted)),
      "invalid_scope",
      "MP-250",
    );
    expect(text).toBe(
      "Consumer has not been granted access to the scope skatteetaten:kravogbetalinger (MP-250)",
    );
  });

  it("an earlier rule wins over a later one (unknown claim before unknown client and bad aud)", async () => {
    const res = await requestToken(sim, signGrant(sim, vendor, { iss: "nobody", aud: "x", extra: 1 }));
    await expectMpError(res, "invalid_request", "MP-011", "Invalid assertion. Unknown claim extra");
  });
});
