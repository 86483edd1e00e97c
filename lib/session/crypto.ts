import { compactDecrypt, CompactEncrypt } from "jose";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { createHash } from "node:crypto";

/**
 * Sealing the wizard state: deflate, then JWE compact with `dir` + A256GCM (authenticated encryption, so a
 * modified cookie fails to open). The key is SHA-256 of SESSION_SECRET.
 */
export function sessionKey(secret: string): Uint8Array {
  return new Uint8Array(createHash("sha256").update(`systembruker-wizard/session/v1:${secret}`).digest());
}

export async function seal(value: unknown, key: Uint8Array): Promise<string> {
  const plain = deflateRawSync(Buffer.from(JSON.stringify(value), "utf8"));
  return new CompactEncrypt(plain).setProtectedHeader({ alg: "dir", enc: "A256GCM" }).encrypt(key);
}

/** Returns null for anything that is not a token sealed with this key. */
export async function unseal(token: string, key: Uint8Array): Promise<unknown> {
  try {
    const { plaintext } = await compactDecrypt(token, key, {
      keyManagementAlgorithms: ["dir"],
      contentEncryptionAlgorithms: ["A256GCM"],
    });
    return JSON.parse(inflateRawSync(plaintext, { maxOutputLength: 256 * 1024 }).toString("utf8"));
  } catch {
    return null;
  }
}

/** Cookies hold at most ~4 KB each; the sealed state is split over numbered cookies. */
export const CHUNK_SIZE = 3800;
export const MAX_CHUNKS = 6;

export function splitChunks(token: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < token.length; i += CHUNK_SIZE) out.push(token.slice(i, i + CHUNK_SIZE));
  return out;
}
