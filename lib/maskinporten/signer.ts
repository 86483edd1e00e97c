import "server-only";
import type { KeyObject } from "node:crypto";
import { SignJWT } from "jose";
import type { GrantClaims, GrantHeader } from "../payloads/grant";

/**
 * Who signs the vendor's grants. The wizard's signer reads the session's key from the encrypted key store
 * for each signature (lib/keys/store.ts, `sessionSigner`), so the private key is never in the state, a page,
 * or a cache; tests and the benchmark sign with a key they hold (`keyObjectSigner`).
 */
export interface GrantSigner {
  /** Tells keys apart in the token cache: a token fetched with one signer's key is never handed to another. */
  readonly id: string;
  /** Signs with the key whose kid is `header.kid`; throws MissingKeyError when that key is not there. */
  sign(header: GrantHeader, claims: GrantClaims): Promise<string>;
}

export class MissingKeyError extends Error {
  constructor() {
    super("the session has no private key with that kid");
    this.name = "MissingKeyError";
  }
}

/** Signs a grant with the vendor's key. The claims come from lib/payloads/grant.ts; nothing is added here. */
export async function signGrant(key: KeyObject, header: GrantHeader, claims: GrantClaims): Promise<string> {
  return new SignJWT({ ...claims }).setProtectedHeader({ ...header }).sign(key);
}

/** A signer over a key held in memory, whatever its kid is asked for (tests, the benchmark). */
export function keyObjectSigner(key: KeyObject, id: string): GrantSigner {
  return { id, sign: (header, claims) => signGrant(key, header, claims) };
}
