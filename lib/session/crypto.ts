import { compactDecrypt, CompactEncrypt } from "jose";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { createHash } from "node:crypto";

/**
 * The first release's sealed state cookies: deflate, then JWE compact with `dir` + A256GCM (authenticated
 * encryption, so a modified cookie fails to open), under SHA-256 of SESSION_SECRET. The state no longer
 * lives in cookies; this is kept to open those cookies once and import them (lib/session/legacy.ts).
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

/** How the first release split the sealed state over numbered cookies (~4 KB each). */
export const CHUNK_SIZE = 3800;
export const MAX_CHUNKS = 6;

export function splitChunks(token: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < token.length; i += CHUNK_SIZE) out.push(token.slice(i, i + CHUNK_SIZE));
  return out;
}
