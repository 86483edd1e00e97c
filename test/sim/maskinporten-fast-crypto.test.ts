import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import fc from "fast-check";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import type { GrantAlg, ParsedGrant } from "@/lib/simulator/maskinporten/grant-parse";
import { grantSignatureVerifies, joseVerifies } from "@/lib/simulator/maskinporten/grant-signature";
import { signRs256Jwt } from "@/lib/simulator/maskinporten/issue";
import type { SimClientKey } from "@/lib/simulator/types";

/**
 * The token endpoint checks grant signatures and signs access tokens with node:crypto directly instead of jose,
 * for speed. These tests pin that the answers are jose's: the same verdict for every grant (hostile ones
 * included) and the same token bytes.
 */
function rsa(bits: number): { privateKey: KeyObject; registered: SimClientKey } {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: bits });
  const jwk = publicKey.export({ format: "jwk" });
  return {
    privateKey,
    registered: { jwk: { kty: "RSA", kid: `k${bits}`, n: jwk.n!, e: jwk.e! }, created: 0 },
  };
}
const main = rsa(2048);
const other = rsa(2048);
const small = rsa(1024);
const HASH: Record<GrantAlg, string> = { RS256: "sha256", RS384: "sha384", RS512: "sha512" };

const b64 = (v: string | Buffer) => Buffer.from(v).toString("base64url");

/** A ParsedGrant as grant-parse.ts makes it (lenient UTF-8, JSON object header), or null when it would not get here. */
function parsed(compact: string, alg: GrantAlg): ParsedGrant | null {
  const [h] = compact.split(".");
  try {
    const header = JSON.parse(Buffer.from(h!, "base64url").toString("utf8")) as unknown;
    if (typeof header !== "object" || header === null || Array.isArray(header)) return null;
    const record = header as Record<string, unknown>;
    return { compact, header: record, payload: {}, alg, kid: record.kid };
  } catch {
    return null;
  }
}

/** Signs `${header}.${payload}` as given (segments may be deliberately malformed before signing). */
function signedSegments(h: string, p: string, signer: KeyObject, hash: string): string {
  const input = `${h}.${p}`;
  return `${input}.${sign(hash, Buffer.from(input), signer).toString("base64url")}`;
}

const headerArb = fc.record({
  alg: fc.constantFrom<GrantAlg>("RS256", "RS384", "RS512"),
  crit: fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom([], ["b64"], ["exp"], "b64", [""]) },
  ),
  b64: fc.constantFrom(undefined, true, false, "false"),
});

/** Before signing: segments a strict base64url decoder refuses (length 4k+1) or a header that is not UTF-8. */
const beforeSigning = fc.oneof(
  { weight: 4, arbitrary: fc.constant("none") },
  {
    weight: 1,
    arbitrary: fc.constantFrom("header+1", "payload+1", "payload+2", "payload+3", "header-not-utf8"),
  },
);
/** After signing: a broken or padded signature, or a changed payload. */
const afterSigning = fc.oneof(
  { weight: 4, arbitrary: fc.constant("none") },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "flip-signature",
      "append-1",
      "append-2",
      "append-3",
      "truncate",
      "empty",
      "flip-payload",
    ),
  },
);

function segments(header: Record<string, unknown>, payload: string, how: string): [string, string] {
  const json = JSON.stringify(header);
  // Bytes that are not UTF-8 inside a JSON string: Buffer reads U+FFFD, jose's strict decoder refuses them.
  const h =
    how === "header-not-utf8"
      ? b64(
          Buffer.concat([
            Buffer.from(`${json.slice(0, -1)},"x":"`),
            Buffer.from([0xff, 0xfe]),
            Buffer.from('"}'),
          ]),
        )
      : b64(json);
  const p = b64(payload);
  const pad = (x: string, n: number) => x + "A".repeat(n);
  const len1 = (x: string) => pad(x, (5 - (x.length % 4)) % 4); // makes the length 4k+1
  if (how === "header+1") return [len1(h), p];
  if (how === "payload+1") return [h, len1(p)];
  if (how === "payload+2") return [h, pad(p, 2)];
  if (how === "payload+3") return [h, pad(p, 3)];
  return [h, p];
}

function afterSign(compact: string, how: string): string {
  const [h, p, s] = compact.split(".") as [string, string, string];
  const flip = (x: string) => (x.length ? (x[0] === "A" ? "B" : "A") + x.slice(1) : "A");
  switch (how) {
    case "flip-signature":
      return `${h}.${p}.${flip(s)}`;
    case "append-1":
    case "append-2":
    case "append-3":
      return compact + "A".repeat(Number(how.slice(-1)));
    case "truncate":
      return `${h}.${p}.${s.slice(0, -4)}`;
    case "empty":
      return `${h}.${p}.`;
    case "flip-payload":
      return `${h}.${flip(p)}.${s}`;
    default:
      return compact;
  }
}

const keys = { main, other, small };
type KeyName = keyof typeof keys;

async function sameVerdict(o: {
  header: { alg: GrantAlg; crit?: unknown; b64?: unknown };
  payload: string;
  signer: KeyName;
  registered: KeyName;
  hashMatches: boolean;
  before: string;
  after: string;
}): Promise<boolean | null> {
  const alg = o.header.alg;
  const hash = o.hashMatches ? HASH[alg] : HASH[alg === "RS256" ? "RS512" : "RS256"];
  const header = Object.fromEntries(
    Object.entries({ ...o.header, kid: "k" }).filter(([, v]) => v !== undefined),
  );
  const [h, p] = segments(header, o.payload, o.before);
  const g = parsed(afterSign(signedSegments(h, p, keys[o.signer].privateKey, hash), o.after), alg);
  if (!g) return null; // grant-parse.ts would have refused it (rule 3)
  const registered = keys[o.registered].registered;
  const reference = await joseVerifies(g, registered);
  expect(await grantSignatureVerifies(g, registered)).toBe(reference);
  return reference;
}

describe("grant signature check: node:crypto fast path answers as jose does", () => {
  it("accepts a plain RS256/RS384/RS512 grant signed with the registered key", async () => {
    for (const alg of ["RS256", "RS384", "RS512"] as const) {
      const compact = signedSegments(
        b64(JSON.stringify({ alg, kid: "k2048" })),
        b64('{"iss":"x"}'),
        main.privateKey,
        HASH[alg],
      );
      const g = parsed(compact, alg)!;
      expect(await grantSignatureVerifies(g, main.registered)).toBe(true);
      expect(await joseVerifies(g, main.registered)).toBe(true);
    }
  });

  it("agrees on each edge: crit/b64 headers, 4k+1 segments, a non-UTF-8 header, a 1024-bit key", async () => {
    const base = {
      header: { alg: "RS256" as const },
      payload: '{"a":1}',
      signer: "main" as KeyName,
      registered: "main" as KeyName,
      hashMatches: true,
      before: "none",
      after: "none",
    };
    const cases = [
      base,
      { ...base, header: { alg: "RS256" as const, crit: ["b64"], b64: false } },
      { ...base, header: { alg: "RS256" as const, crit: ["b64"], b64: true } },
      { ...base, header: { alg: "RS256" as const, crit: ["exp"] } },
      { ...base, header: { alg: "RS256" as const, b64: false } },
      { ...base, before: "header+1" },
      { ...base, before: "payload+1" },
      { ...base, before: "payload+2" },
      { ...base, before: "header-not-utf8" },
      { ...base, signer: "small" as KeyName, registered: "small" as KeyName },
      { ...base, signer: "other" as KeyName },
      { ...base, hashMatches: false },
      ...["append-1", "append-2", "append-3", "truncate", "empty", "flip-signature", "flip-payload"].map(
        (after) => ({ ...base, after }),
      ),
    ];
    const verdicts = [];
    for (const c of cases) verdicts.push(await sameVerdict(c));
    // The plain grant and the b64:true / b64-without-crit / payload+2 variants are valid for both.
    expect(verdicts.filter((v) => v === true).length).toBeGreaterThanOrEqual(4);
  });

  it("gives jose's verdict for any header, payload, signer, registered key and tampering", async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          header: headerArb,
          payload: fc.string({ maxLength: 40 }),
          signer: fc.constantFrom<KeyName>("main", "main", "other", "small"),
          registered: fc.constantFrom<KeyName>("main", "main", "other", "small"),
          hashMatches: fc.boolean(),
          before: beforeSigning,
          after: afterSigning,
        }),
        async (o) => {
          if ((await sameVerdict(o)) === true) accepted++;
        },
      ),
      { numRuns: 500 },
    );
    expect(accepted).toBeGreaterThan(10);
  });

  it("refuses key material jose cannot import, as jose does", async () => {
    const compact = signedSegments(b64('{"alg":"RS256","kid":"k"}'), b64("{}"), main.privateKey, "sha256");
    const g = parsed(compact, "RS256")!;
    const bad: SimClientKey["jwk"][] = [
      { ...main.registered.jwk, n: "!!!" },
      { ...main.registered.jwk, e: "" },
      { ...main.registered.jwk, n: 42 as unknown as string },
      { ...main.registered.jwk, e: "AAEAAQ" },
    ];
    for (const jwk of bad) {
      const key = { jwk, created: 0 };
      expect(await grantSignatureVerifies(g, key)).toBe(await joseVerifies(g, key));
    }
  });
});

describe("access token signing: node:crypto gives jose's bytes", () => {
  it("signs exactly what SignJWT signs for the same header and claims", async () => {
    const signing = { kid: "sim-mp-test", privateKey: main.privateKey } as Parameters<typeof signRs256Jwt>[0];
    const claims = {
      authorization_details: [
        { type: "urn:altinn:systemuser", systemuser_id: ["a"], externalRef: "æøå \u2028" },
      ],
      aud: ["https://a", "https://b"],
      scope: "altinn:a altinn:b",
      iss: "http://sim.test/sim/maskinporten/",
      exp: 1_700_000_120,
      iat: 1_700_000_000,
      jti: "x",
    };
    const jose = await new SignJWT(claims)
      .setProtectedHeader({ kid: signing.kid, alg: "RS256" })
      .sign(signing.privateKey);
    expect(await signRs256Jwt(signing, claims)).toBe(jose);
  });
});
