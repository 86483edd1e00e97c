import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  defaultKid,
  generateKey,
  importPrivateKey,
  jwksOf,
  KeyImportError,
  KID_PATTERN,
  privateKeyObject,
  privateKeyPem,
} from "@/lib/keys";

const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi"];

function rsa(bits: number) {
  return generateKeyPairSync("rsa", { modulusLength: bits }).privateKey;
}

function refused(fn: () => unknown): KeyImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof KeyImportError) return e;
    throw e;
  }
  throw new Error("expected the key to be refused");
}

describe("key tooling", () => {
  const rsa2048 = rsa(2048);

  it("generates an RSA-2048 key whose public metadata has no private parts", async () => {
    const { meta: key, pkcs8 } = await generateKey("sbw-test-1");
    expect(key.kid).toBe("sbw-test-1");
    expect(key.source).toBe("generated");
    expect(Object.keys(key).sort()).toEqual(["createdAt", "kid", "publicJwk", "source"]);
    expect(privateKeyObject(pkcs8).asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(privateKeyObject(pkcs8).export({ format: "jwk" }).n).toBe(key.publicJwk.n);
    expect(Object.keys(key.publicJwk).sort()).toEqual(["alg", "e", "kid", "kty", "n", "use"]);
    expect(key.publicJwk).toMatchObject({
      kty: "RSA",
      alg: "RS256",
      use: "sig",
      kid: "sbw-test-1",
      e: "AQAB",
    });
    for (const m of PRIVATE_MEMBERS) expect(key.publicJwk).not.toHaveProperty(m);
    expect(JSON.stringify(jwksOf(key.publicJwk))).not.toMatch(/"d"|"p"|"q"/);
  });

  it("makes default kids that match the allowed pattern and differ", () => {
    const a = defaultKid(new Date("2026-03-01T12:00:00Z"));
    expect(a).toMatch(/^sbw-20260301-[a-z0-9]{6}$/);
    expect(a).toMatch(KID_PATTERN);
    expect(defaultKid()).not.toBe(defaultKid());
  });

  it("imports PKCS#8 PEM and exports the same key as PKCS#8 PEM", () => {
    const pem = rsa2048.export({ format: "pem", type: "pkcs8" }).toString();
    const key = importPrivateKey(pem, "pem", "imported-pkcs8");
    expect(key.meta.source).toBe("pem");
    expect(key.meta.publicJwk.n).toBe(rsa2048.export({ format: "jwk" }).n);
    expect(privateKeyPem(key.pkcs8)).toBe(pem);
    expect(privateKeyPem(key.pkcs8)).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it("imports PKCS#1 PEM (BEGIN RSA PRIVATE KEY)", () => {
    const pem = rsa2048.export({ format: "pem", type: "pkcs1" }).toString();
    expect(pem).toMatch(/BEGIN RSA PRIVATE KEY/);
    const key = importPrivateKey(`\n  ${pem}  \n`, "pem", "imported-pkcs1");
    expect(key.meta.publicJwk.n).toBe(rsa2048.export({ format: "jwk" }).n);
    expect(privateKeyPem(key.pkcs8)).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it("imports a private JWK and a JWKS with one key, taking the JWK's kid when none is given", () => {
    const jwk = { ...rsa2048.export({ format: "jwk" }), kid: "from-jwk" };
    expect(importPrivateKey(JSON.stringify(jwk), "jwk", undefined).meta.kid).toBe("from-jwk");
    expect(importPrivateKey(JSON.stringify({ keys: [jwk] }), "jwk", "override").meta.kid).toBe("override");
  });

  it("refuses keys that are not exactly 2048 bits, naming the size", () => {
    const small = refused(() =>
      importPrivateKey(rsa(1024).export({ format: "pem", type: "pkcs8" }).toString(), "pem", "k"),
    );
    expect(small.code).toBe("wrongSize");
    expect(small.bits).toBe(1024);
    const big = refused(() =>
      importPrivateKey(JSON.stringify(rsa(3072).export({ format: "jwk" })), "jwk", "k"),
    );
    expect(big).toMatchObject({ code: "wrongSize", bits: 3072 });
  });

  it("refuses non-RSA, public-only, encrypted and unreadable input with a reason", () => {
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
    expect(
      refused(() =>
        importPrivateKey(ec.privateKey.export({ format: "pem", type: "pkcs8" }).toString(), "pem", "k"),
      ).code,
    ).toBe("notRsa");
    expect(
      refused(() => importPrivateKey(JSON.stringify(ec.privateKey.export({ format: "jwk" })), "jwk", "k"))
        .code,
    ).toBe("notRsa");
    const pub = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey;
    expect(
      refused(() => importPrivateKey(pub.export({ format: "pem", type: "spki" }).toString(), "pem", "k"))
        .code,
    ).toBe("publicOnly");
    expect(
      refused(() => importPrivateKey(JSON.stringify(pub.export({ format: "jwk" })), "jwk", "k")).code,
    ).toBe("publicOnly");
    const encrypted = rsa2048
      .export({ format: "pem", type: "pkcs8", cipher: "aes-256-cbc", passphrase: "secret" })
      .toString();
    expect(refused(() => importPrivateKey(encrypted, "pem", "k")).code).toBe("encrypted");
    expect(refused(() => importPrivateKey("not a key", "pem", "k")).code).toBe("unreadable");
    expect(refused(() => importPrivateKey("{not json", "jwk", "k")).code).toBe("unreadable");
    expect(
      refused(() =>
        importPrivateKey("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", "pem", "k"),
      ).code,
    ).toBe("unreadable");
  });

  it("needs a kid for PEM and a valid one from a JWK", () => {
    const pem = rsa2048.export({ format: "pem", type: "pkcs8" }).toString();
    expect(refused(() => importPrivateKey(pem, "pem", undefined)).code).toBe("kidMissing");
    const jwk = { ...rsa2048.export({ format: "jwk" }), kid: "has spaces" };
    expect(refused(() => importPrivateKey(JSON.stringify(jwk), "jwk", undefined)).code).toBe("kidInvalid");
  });

  it("generates keys off the event loop: a timer keeps ticking during 8 parallel generations", async () => {
    let ticks = 0;
    let last = performance.now();
    let longestGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks++;
    }, 5);
    const started = performance.now();
    try {
      const keys = await Promise.all(Array.from({ length: 8 }, (_, i) => generateKey(`parallel-${i}`)));
      expect(new Set(keys.map((k) => k.meta.publicJwk.n)).size).toBe(8);
    } finally {
      clearInterval(timer);
    }
    const elapsed = performance.now() - started;
    // Synchronous generation would block once for all eight (the longest gap ≈ the whole time); on the
    // thread pool the timer keeps firing throughout, allowing for a busy machine's scheduling.
    expect(longestGap).toBeLessThan(Math.max(150, elapsed / 3));
    expect(ticks).toBeGreaterThan(elapsed / 5 / 10);
  });
});
