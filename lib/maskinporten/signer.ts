import "server-only";
import { SignJWT } from "jose";
import { privateKeyObject, type StoredKey } from "../keys";
import type { GrantClaims, GrantHeader } from "../payloads/grant";

/** Signs a grant with the vendor's key. The claims come from lib/payloads/grant.ts; nothing is added here. */
export async function signGrant(key: StoredKey, header: GrantHeader, claims: GrantClaims): Promise<string> {
  return new SignJWT({ ...claims }).setProtectedHeader({ ...header }).sign(privateKeyObject(key));
}
