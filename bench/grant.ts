import { randomUUID, sign, type KeyObject } from "node:crypto";

/**
 * Signs Maskinporten JWT grants with node:crypto directly (no jose round trips), so the benchmark client
 * spends as little of the shared CPU as a grant can cost: one RS256 signature.
 */
export interface GrantSigner {
  clientId: string;
  kid: string;
  privateKey: KeyObject;
  /** The issuer, `<origin>/sim/maskinporten/`: the only valid `aud`. */
  audience: string;
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

export function signGrant(
  s: GrantSigner,
  opts: { scope: string; iat?: number; lifetime?: number; authorizationDetails?: unknown[] },
): string {
  const iat = opts.iat ?? Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    aud: s.audience,
    iss: s.clientId,
    scope: opts.scope,
    iat,
    exp: iat + (opts.lifetime ?? 60),
    jti: randomUUID(),
  };
  if (opts.authorizationDetails) claims.authorization_details = opts.authorizationDetails;
  const input = `${b64({ alg: "RS256", kid: s.kid })}.${b64(claims)}`;
  return `${input}.${sign("sha256", Buffer.from(input), s.privateKey).toString("base64url")}`;
}

export function tokenRequestBody(assertion: string): string {
  return new URLSearchParams({
    grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer",
    assertion,
  }).toString();
}
