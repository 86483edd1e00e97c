import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { JWT_BEARER_GRANT, SYSTEMUSER_RAR_TYPE } from "@/lib/catalogue";
import { requestToken, signGrant } from "../support/vendor";
import {
  expectClean,
  expectPrototypeIntact,
  formContentType,
  nastyJson,
  nastyString,
  RUNS,
} from "./fuzz-support";
import { buildWorld, CUSTOMER_ORGNO, type World } from "./fuzz-world";
import { jtiUsed, snapshot } from "../support/sim-state";

/**
 * The Maskinporten /token endpoint with grants that are signed with the client's real key, so hostile
 * claims reach every rule of mp-errors.md (not just the signature check): always a 200 or a 400 with
 * the OAuth error shape, and a rejected grant changes nothing.
 */
let w: World;
afterEach(expectPrototypeIntact);
beforeAll(async () => {
  w = await buildWorld();
}, 30_000);

const CLAIMS = [
  "aud",
  "iss",
  "iat",
  "exp",
  "jti",
  "scope",
  "resource",
  "pid",
  "consumer_org",
  "authorization_details",
  "nbf",
  "sub",
  "client_id",
];

const authorizationDetails: fc.Arbitrary<unknown> = fc.oneof(
  nastyJson,
  fc.array(
    fc.record(
      {
        type: fc.oneof(fc.constant(SYSTEMUSER_RAR_TYPE), nastyJson),
        systemuser_org: fc.oneof(
          fc.record(
            {
              authority: fc.oneof(fc.constant("iso6523-actorid-upis"), nastyJson),
              ID: fc.oneof(fc.constant(`0192:${CUSTOMER_ORGNO}`), nastyString, nastyJson),
              id: nastyString,
            },
            { requiredKeys: [] },
          ),
          nastyJson,
        ),
        externalRef: fc.oneof(nastyString, nastyJson),
        extra: nastyJson,
      },
      { requiredKeys: [] },
    ),
    { maxLength: 3 },
  ),
);

function claimValue(name: string): fc.Arbitrary<unknown> {
  const now = () => Math.floor(w.sim.now() / 1000);
  switch (name) {
    case "aud":
      return fc.oneof(
        fc.constant(w.sim.issuer),
        fc.constant([w.sim.issuer, w.sim.issuer]),
        fc.constant(`${w.sim.issuer}token`),
        nastyJson,
      );
    case "iss":
      return fc.oneof(
        fc.constant(w.vendor.clientId),
        fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty"),
        nastyString,
        nastyJson,
      );
    case "iat":
    case "exp":
    case "nbf":
      return fc.oneof(
        fc.integer({ min: -200, max: 200 }).map((d) => now() + d),
        fc.double(),
        nastyJson,
      );
    case "scope":
      return fc.oneof(
        fc.subarray(w.vendor.scopes).map((s) => s.join(" ")),
        nastyString,
        nastyJson,
      );
    case "authorization_details":
      return authorizationDetails;
    default:
      return fc.oneof(nastyString, nastyJson);
  }
}

/** Claim overrides: some claims changed, some removed (undefined), sometimes an unknown one added. */
const manyClaimOverrides: fc.Arbitrary<Record<string, unknown>> = fc
  .subarray(CLAIMS, { maxLength: 4 })
  .chain((names) =>
    fc.tuple(
      ...names.map((n) => fc.option(claimValue(n), { nil: undefined, freq: 5 }).map((v) => [n, v] as const)),
    ),
  )
  .map((pairs) => Object.fromEntries(pairs));

/** Exactly one claim wrong: the grant then reaches the rule that checks that claim. */
const oneClaimOverride: fc.Arbitrary<Record<string, unknown>> = fc
  .constantFrom(...CLAIMS)
  .chain((n) => fc.option(claimValue(n), { nil: undefined, freq: 6 }).map((v) => ({ [n]: v })));

const claimOverrides = fc.oneof(oneClaimOverride, manyClaimOverrides);

const anyHeaderOverrides: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    alg: fc.constantFrom("RS256", "RS384", "RS512", "none", "HS256", "ES256", "rs256", undefined),
    kid: fc.oneof(fc.constantFrom(undefined, "__proto__", "constructor"), nastyString, nastyJson),
    x5c: fc.oneof(fc.array(fc.base64String()), nastyJson),
    typ: nastyJson,
  },
  { requiredKeys: [] },
);
const headerOverrides = fc.oneof(
  { weight: 3, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: anyHeaderOverrides },
);

/** Ways to damage a signed compact JWS. */
const intact = (s: string) => s;
const mangle = fc.oneof(
  { weight: 4, arbitrary: fc.constant(intact) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<(s: string) => string>(
      (s) => s.slice(0, -5),
      (s) => `${s}.extra`,
      (s) => s.split(".").slice(0, 2).join("."),
      (s) => s.replace(/^[^.]+/, "e30"),
      (s) => s.replace(/\.[^.]+\./, ".bm90IGpzb24."),
      (s) => ` ${s} `,
      (s) => s.split(".").reverse().join("."),
    ),
  },
);

/**
 * Tolerates a change to the used grant ids only, so the fuzz keeps looking for other faults; the separate
 * test below holds the strict rule that a rejected grant uses nothing.
 */
function onlyJtiConsumed(o: { before: string; after: string }): boolean {
  const strip = (s: string) => JSON.stringify({ ...(JSON.parse(s) as Record<string, unknown>), jtis: null });
  return strip(o.before) === strip(o.after);
}

describe("Maskinporten /token with signed hostile grants", () => {
  it("answers 200, 400 or 413, and a rejected grant leaves the state unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(
        claimOverrides,
        headerOverrides,
        mangle,
        fc.option(
          fc.dictionary(
            fc.constantFrom("grant_type", "assertion", "client_id", "scope"),
            nastyString.filter((s) => s.length < 1000),
            { maxKeys: 2 },
          ),
          { nil: {}, freq: 4 },
        ),
        fc.oneof(
          { weight: 4, arbitrary: fc.constant("application/x-www-form-urlencoded") },
          { weight: 1, arbitrary: formContentType },
        ),
        async (claims, header, damage, extra, contentType) => {
          const assertion = damage(signGrant(w.sim, w.vendor, claims, header));
          const form = new URLSearchParams({ grant_type: JWT_BEARER_GRANT, assertion });
          for (const [k, v] of Object.entries(extra)) form.append(k, v);
          const o = await expectClean(
            w.sim,
            { method: "POST", path: "/sim/maskinporten/token", body: form.toString(), contentType },
            onlyJtiConsumed,
          );
          // 413: the hostile grant made the body larger than the simulator reads (256 KB).
          expect([200, 400, 413]).toContain(o.status);
          const body = JSON.parse(o.text) as Record<string, unknown>;
          if (o.status >= 400) {
            expect(typeof body.error).toBe("string");
            expect(typeof body.error_description).toBe("string");
          } else {
            expect(typeof body.access_token).toBe("string");
          }
        },
      ),
      { numRuns: RUNS * 8 },
    );
  });

  it("accepts any string jti once and refuses its reuse (MP-012)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"),
          fc.string({ minLength: 1, maxLength: 60 }),
        ),
        async (prefix) => {
          const jti = `${prefix}`;
          // A unique jti per run unless the prefix is one of the special names under test.
          const unique = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"].includes(
            prefix,
          )
            ? jti
            : `${jti}-${randomUUID()}`;
          if (await jtiUsed(w.sim, unique)) return;
          const grant = signGrant(w.sim, w.vendor, { jti: unique, scope: w.vendor.scopes[0] });
          const first = await requestToken(w.sim, grant);
          expect(
            first.status,
            `first use of jti ${JSON.stringify(unique)}: ${await first.clone().text()}`,
          ).toBe(200);
          const again = await requestToken(w.sim, grant);
          expect(again.status).toBe(400);
          expect(((await again.json()) as { error_description: string }).error_description).toContain(
            "MP-012",
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("does not use up the jti of a grant it rejects for scope or authorization_details", async () => {
    for (const claims of [{ scope: undefined }, { scope: "not:granted" }, { authorization_details: [] }]) {
      const grant = signGrant(w.sim, w.vendor, claims);
      const before = await snapshot(w.sim);
      const res = await requestToken(w.sim, grant);
      expect(res.status).toBe(400);
      expect(await snapshot(w.sim), `${JSON.stringify(claims)} → ${await res.text()}`).toBe(before);
    }
  });
});
