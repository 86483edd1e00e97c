import { bearerToken } from "../http";
import {
  consumerOrgno,
  tokenScopes,
  verifyAccessToken,
  type MaskinportenClaims,
} from "../maskinporten/access-token";
import type { Sim } from "../sim";
import { forbidden, unauthorized } from "./problems";

/**
 * The vendor endpoints take the raw Maskinporten access token (contracts §2.1). No or a bad token gives
 * 401 with an empty body; a valid token without the endpoint's scope gives 403 with an empty body, as
 * ASP.NET's authorization middleware answers before the controller runs.
 */
export const SCOPES = {
  systemRegisterWrite: "altinn:authentication/systemregister.write",
  systemRegisterAdmin: "altinn:authentication/systemregister.admin",
  requestWrite: "altinn:authentication/systemuser.request.write",
  requestRead: "altinn:authentication/systemuser.request.read",
} as const;

/** The scope policies of AuthenticationHost.cs: any one of the listed scopes satisfies it. */
export const POLICIES = {
  systemRegisterWrite: [SCOPES.systemRegisterWrite, SCOPES.systemRegisterAdmin],
  requestWrite: [SCOPES.requestWrite],
  requestRead: [SCOPES.requestRead],
} as const;
export type Policy = keyof typeof POLICIES;

export interface Caller {
  claims: MaskinportenClaims;
  scopes: string[];
  /** The vendor's orgno from the token's `consumer` claim; null when it is not a `0192:` identifier. */
  vendorOrgNo: string | null;
  /** systemregister.admin may manage every vendor's systems (AuthenticationHelper.HasAdminAccess). */
  isAdmin: boolean;
}

export async function authorize(sim: Sim, req: Request, policy: Policy): Promise<Caller | Response> {
  const claims = await verifyAccessToken(sim, bearerToken(req));
  if (!claims) return unauthorized();
  const scopes = tokenScopes(claims);
  if (!POLICIES[policy].some((s) => scopes.includes(s))) return forbidden();
  const authority = claims.consumer.authority;
  const vendorOrgNo = authority === "iso6523-actorid-upis" ? consumerOrgno(claims) : null;
  return { claims, scopes, vendorOrgNo, isAdmin: scopes.includes(SCOPES.systemRegisterAdmin) };
}

/** AuthenticationHelper.HasWriteAccess: the caller owns the system, or holds the admin scope. */
export function hasWriteAccess(caller: Caller, systemVendorOrgNo: string): boolean {
  return caller.isAdmin || (caller.vendorOrgNo !== null && caller.vendorOrgNo === systemVendorOrgNo);
}
