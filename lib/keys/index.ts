import "server-only";
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  randomBytes,
  type JsonWebKey,
  type KeyObject,
} from "node:crypto";
import { promisify } from "node:util";
import { KID_PATTERN } from "../schemas/client";
import type { KeyMeta, PublicJwk, WizardState } from "../session/state";

export { KID_PATTERN };
export type { KeyMeta };

/**
 * The vendor's signing key: generated here or imported, always RSA-2048 because Digdir accepts only RS256
 * with 2048-bit keys on a client (contracts §4). The wizard state holds only its public metadata; the private
 * part (PKCS#8 DER) goes encrypted into wizard_keys (lib/keys/store.ts) and leaves the server only through the
 * one-time download (app/api/key/route.ts).
 */
export type PublicKeyView = NonNullable<WizardState["key"]>;
export type KeySource = KeyMeta["source"];

/** A key just made or imported: the public metadata for the state and the private part for the key store. */
export interface NewKey {
  meta: KeyMeta;
  /** PKCS#8 DER. Handed to the session layer, which encrypts it into wizard_keys; never put in the state. */
  pkcs8: Buffer;
}

export const REQUIRED_MODULUS_BITS = 2048;

/** Why an imported key was refused; the form shows `keys.<code>` as the field message. */
export type KeyImportErrorCode =
  "unreadable" | "encrypted" | "publicOnly" | "notRsa" | "wrongSize" | "kidMissing" | "kidInvalid";

export class KeyImportError extends Error {
  constructor(
    readonly code: KeyImportErrorCode,
    readonly bits?: number,
  ) {
    super(`key import refused: ${code}`);
    this.name = "KeyImportError";
  }
}

/** A kid like `sbw-20260301-k3f9x2`: dated so a rotation is easy to see in the portal's key list. */
export function defaultKid(now: Date = new Date()): string {
  const date = now.toISOString().slice(0, 10).replaceAll("-", "");
  const random = randomBytes(6)
    .toString("base64url")
    .replace(/[^A-Za-z0-9]/g, "")
    .toLowerCase()
    .slice(0, 6)
    .padEnd(6, "0");
  return `sbw-${date}-${random}`;
}

const generateKeyPairAsync = promisify(generateKeyPair);

/**
 * RSA-2048 generation takes 50–500 ms of CPU. The async form runs it on libuv's thread pool, so sixteen
 * people setting up keys at once do not stall every other request (the sync form did, for seconds).
 */
export async function generateKey(kid: string, now = Date.now()): Promise<NewKey> {
  assertKid(kid);
  const { privateKey } = await generateKeyPairAsync("rsa", {
    modulusLength: REQUIRED_MODULUS_BITS,
    publicExponent: 0x10001,
  });
  return toNewKey(privateKey, kid, "generated", now);
}

/**
 * Imports a private key given as PEM (PKCS#8 "PRIVATE KEY" or PKCS#1 "RSA PRIVATE KEY") or as a JWK
 * (a single key, or a JWKS with exactly one key). A JWK's own kid is used when `kid` is not given.
 */
export function importPrivateKey(
  text: string,
  format: "pem" | "jwk",
  kid: string | undefined,
  now = Date.now(),
): NewKey {
  const trimmed = text.trim();
  let key: KeyObject;
  let jwkKid: string | undefined;
  if (format === "pem") {
    if (/-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(trimmed)) throw new KeyImportError("encrypted");
    if (/-----BEGIN (RSA )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----/.test(trimmed))
      throw new KeyImportError("publicOnly");
    if (!/-----BEGIN (RSA |EC )?PRIVATE KEY-----/.test(trimmed)) throw new KeyImportError("unreadable");
    try {
      key = createPrivateKey({ key: trimmed, format: "pem" });
    } catch {
      throw new KeyImportError("unreadable");
    }
  } else {
    const jwk = parseJwk(trimmed);
    if (jwk.kty !== "RSA") throw new KeyImportError("notRsa");
    if (typeof jwk.d !== "string") throw new KeyImportError("publicOnly");
    jwkKid = typeof jwk.kid === "string" ? jwk.kid : undefined;
    try {
      key = createPrivateKey({ key: jwk as JsonWebKey, format: "jwk" });
    } catch {
      throw new KeyImportError("unreadable");
    }
  }
  if (key.asymmetricKeyType !== "rsa") throw new KeyImportError("notRsa");
  const bits = key.asymmetricKeyDetails?.modulusLength;
  if (bits !== REQUIRED_MODULUS_BITS) throw new KeyImportError("wrongSize", bits);
  const finalKid = kid || jwkKid;
  if (!finalKid) throw new KeyImportError("kidMissing");
  assertKid(finalKid);
  return toNewKey(key, finalKid, format, now);
}

function parseJwk(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new KeyImportError("unreadable");
  }
  if (isObject(value) && Array.isArray(value.keys)) {
    if (value.keys.length !== 1) throw new KeyImportError("unreadable");
    value = value.keys[0];
  }
  if (!isObject(value)) throw new KeyImportError("unreadable");
  return value;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function assertKid(kid: string): void {
  if (!KID_PATTERN.test(kid)) throw new KeyImportError("kidInvalid");
}

function toNewKey(privateKey: KeyObject, kid: string, source: KeySource, now: number): NewKey {
  return {
    meta: { kid, publicJwk: publicJwkOf(privateKey, kid), source, createdAt: now },
    pkcs8: privateKey.export({ format: "der", type: "pkcs8" }),
  };
}

/** The public half as Digdir wants it: only kty, n, e plus kid, alg and use. */
export function publicJwkOf(key: KeyObject, kid: string): PublicJwk {
  const jwk = createPublicKey(key).export({ format: "jwk" });
  if (typeof jwk.n !== "string" || typeof jwk.e !== "string") throw new KeyImportError("notRsa");
  return { kty: "RSA", n: jwk.n, e: jwk.e, kid, alg: "RS256", use: "sig" };
}

/** A JWKS with the one public key, as the self-service API's `POST /clients/{id}/jwks` takes it. */
export function jwksOf(jwk: PublicJwk): { keys: PublicJwk[] } {
  return { keys: [jwk] };
}

export function privateKeyObject(pkcs8: Buffer): KeyObject {
  return createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" });
}

/** The private key as PKCS#8 PEM: for the one-time download only. */
export function privateKeyPem(pkcs8: Buffer): string {
  return privateKeyObject(pkcs8).export({ format: "pem", type: "pkcs8" }).toString();
}

/** What a page may see of the key: everything but the private part (which the state no longer has). */
export function publicView(key: PublicKeyView): PublicKeyView {
  return {
    kid: key.kid,
    publicJwk: key.publicJwk,
    source: key.source,
    createdAt: key.createdAt,
    downloaded: key.downloaded,
  };
}
