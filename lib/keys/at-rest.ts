import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Encryption of the vendor's private key at rest: AES-256-GCM under a key derived with HKDF-SHA256 from
 * SESSION_SECRET, with the session id as additional authenticated data. A database dump without the secret
 * reveals nothing, and a row copied onto another session's id fails to open instead of lending that session
 * the key. Layout (the wizard_keys column): iv (12) | tag (16) | ciphertext.
 */
const IV_BYTES = 12;
const TAG_BYTES = 16;
// Changing either string makes every stored key unreadable: they name this use and its version, not a secret.
const SALT = "systembruker-wizard";
const INFO = "wizard_keys/private-key/aes-256-gcm/v1";

const derived = new Map<string, Buffer>();

/** The data key for a master secret (cached: HKDF is cheap, but this runs on every signature). */
export function keyEncryptionKey(secret: string): Buffer {
  let key = derived.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, SALT, INFO, 32));
    derived.set(secret, key);
  }
  return key;
}

function aad(sessionId: string): Buffer {
  return Buffer.from(`wizard_keys:${sessionId}`, "utf8");
}

export function encryptPrivateKey(pkcs8: Buffer, sessionId: string, secret: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyEncryptionKey(secret), iv);
  cipher.setAAD(aad(sessionId));
  const ciphertext = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

/** Throws when the blob was made for another session, under another secret, or was altered. */
export function decryptPrivateKey(blob: Buffer, sessionId: string, secret: string): Buffer {
  if (blob.length <= IV_BYTES + TAG_BYTES) throw new Error("stored key is truncated");
  const iv = blob.subarray(0, IV_BYTES);
  const tag = blob.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", keyEncryptionKey(secret), iv);
  decipher.setAAD(aad(sessionId));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(blob.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}
