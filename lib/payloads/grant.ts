import { ORG_AUTHORITY, SYSTEMUSER_RAR_TYPE } from "../catalogue";

/**
 * The JWT grant a client signs to get a Maskinporten token (contracts §1.2–1.4). Pure: no clock, no I/O.
 * Only documented claims are set — Maskinporten answers "Invalid assertion" to anything else, which is
 * why there is no `sub` here even though some Altinn examples have one (contracts §6.3).
 */
export const MAX_GRANT_LIFETIME_SECONDS = 120;

export interface SystemUserAuthorizationDetail {
  type: typeof SYSTEMUSER_RAR_TYPE;
  systemuser_org: { authority: typeof ORG_AUTHORITY; ID: string };
  externalRef?: string;
}

export interface GrantClaims {
  aud: string;
  iss: string;
  iat: number;
  exp: number;
  jti: string;
  scope: string;
  authorization_details?: SystemUserAuthorizationDetail[];
}

export interface GrantHeader {
  alg: "RS256";
  kid: string;
}

export interface GrantInput {
  /** Maskinporten's issuer identifier, exactly as in its metadata (with the trailing slash). */
  issuer: string;
  clientId: string;
  scopes: readonly string[];
  /** Epoch seconds. */
  issuedAt: number;
  /** Seconds; capped at 120 (Maskinporten refuses longer). */
  lifetimeSeconds?: number;
  jti: string;
  authorizationDetails?: SystemUserAuthorizationDetail[];
}

export function buildGrantHeader(kid: string): GrantHeader {
  return { alg: "RS256", kid };
}

export function buildGrantClaims(input: GrantInput): GrantClaims {
  const lifetime = Math.min(
    Math.max(1, Math.floor(input.lifetimeSeconds ?? MAX_GRANT_LIFETIME_SECONDS)),
    MAX_GRANT_LIFETIME_SECONDS,
  );
  const iat = Math.floor(input.issuedAt);
  const scopes = [...new Set(input.scopes.map((s) => s.trim()).filter(Boolean))];
  const claims: GrantClaims = {
    aud: input.issuer,
    iss: input.clientId,
    iat,
    exp: iat + lifetime,
    jti: input.jti,
    scope: scopes.join(" "),
  };
  if (input.authorizationDetails) claims.authorization_details = input.authorizationDetails;
  return claims;
}

/** One system user per grant: the customer that owns it, and the externalRef its request was made with. */
export function buildSystemUserDetails(
  partyOrgNo: string,
  externalRef?: string,
): SystemUserAuthorizationDetail[] {
  const detail: SystemUserAuthorizationDetail = {
    type: SYSTEMUSER_RAR_TYPE,
    systemuser_org: { authority: ORG_AUTHORITY, ID: `0192:${partyOrgNo}` },
  };
  if (externalRef) detail.externalRef = externalRef;
  return [detail];
}
