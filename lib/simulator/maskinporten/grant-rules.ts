import { grantContext, type GrantContext } from "../db/clients";
import { markJtiUsed } from "../db/jtis";
import type { Sim } from "../sim";
import { fail, ok, type RuleResult } from "./errors";
import type { ParsedGrant } from "./grant-parse";
import { grantSignatureVerifies } from "./grant-signature";

/**
 * Rules 8–17 of the /token table: who signed the grant (client, kid, key age, signature) and whether the
 * grant itself is fresh (aud, iat, exp, lifetime, jti). All times come from sim.now(), so the clock-skew
 * control makes a wizard with a wrong clock fail exactly as it would against the real Maskinporten.
 */
export const KEY_LIFETIME_MS = 365 * 24 * 3600 * 1000;
const MAX_SKEW_SECONDS = 10;
const MAX_GRANT_LIFETIME_SECONDS = 120;

const AUTH_FAILED = "Invalid assertion. Client authentication failed.";

/**
 * The client named by the grant's `iss`, its organisation's scope grants and whether the grant's jti is used,
 * read at once; the rules below answer from it in their own order.
 */
export async function loadGrantContext(sim: Sim, grant: ParsedGrant): Promise<GrantContext | undefined> {
  const iss = grant.payload.iss;
  return typeof iss === "string" ? grantContext(sim, iss, grantJti(grant), sim.now()) : undefined;
}

/** Rules 8–11; the context passed on when they hold. */
export async function authenticateClient(
  sim: Sim,
  grant: ParsedGrant,
  context: GrantContext | undefined,
): Promise<RuleResult<GrantContext>> {
  if (!context) return fail("invalid_grant", `${AUTH_FAILED} Client not found`, "MP-100");
  const { client } = context;

  const key = typeof grant.kid === "string" ? client.keys.find((k) => k.jwk.kid === grant.kid) : undefined;
  if (!key) return fail("invalid_grant", `${AUTH_FAILED} Unknown key identifier (kid) for client`, "MP-120");
  if (key.created + KEY_LIFETIME_MS <= sim.now())
    return fail("invalid_grant", `${AUTH_FAILED} Expired key`, "MP-121");

  if (!(await grantSignatureVerifies(grant, key)))
    return fail("invalid_grant", `${AUTH_FAILED} Invalid signature`, "MP-124");
  return ok(context);
}

export interface GrantTimes {
  iat: number;
  exp: number;
}

/** Rules 12–16. */
export function checkGrantClaims(sim: Sim, grant: ParsedGrant): RuleResult<GrantTimes> {
  const { aud, iat, exp } = grant.payload;
  const audOk = aud === sim.issuer || (Array.isArray(aud) && aud.length === 1 && aud[0] === sim.issuer);
  if (!audOk) return fail("invalid_grant", `${AUTH_FAILED} Invalid JWT claim aud`, "MP-110");

  const now = sim.now() / 1000;
  if (!isNumber(iat) || iat > now + MAX_SKEW_SECONDS) {
    return fail("invalid_grant", "Invalid assertion. Issue time is in the future", "MP-130");
  }
  if (iat < now - MAX_SKEW_SECONDS)
    return fail("invalid_grant", "Invalid assertion. Issue time is too far in the past", "MP-130");
  if (!isNumber(exp) || exp <= now)
    return fail("invalid_grant", "Invalid assertion. JWT is expired", "MP-130");
  if (exp - iat > MAX_GRANT_LIFETIME_SECONDS)
    return fail("invalid_grant", "Invalid assertion. JWT has too long lifetime", "MP-130");
  return ok({ iat, exp });
}

function isNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

/** The jti of a grant as a string key, or null when the grant has none (the claim is only recommended). */
export function grantJti(grant: ParsedGrant): string | null {
  const raw = grant.payload.jti;
  if (raw === undefined) return null;
  return typeof raw === "string" ? raw : JSON.stringify(raw);
}

/** Rule 17 (the check): a jti already used within its lifetime is refused. */
export function checkJtiUnused(context: GrantContext): RuleResult<null> {
  if (context.jtiUsed) return fail("invalid_grant", "Invalid assertion. Grant is used before", "MP-012");
  return ok(null);
}

/**
 * Rule 17 (the use): records the jti once every rule passed, so a rejected grant changes nothing, and before
 * the token is answered, so a replay after a crash or on another instance is refused. Check and set are one
 * insert against the table's primary key: of two concurrent requests with the same grant, one gets the row.
 * The jti is remembered until the grant could no longer pass the exp check anyway (exp + allowed skew).
 */
export async function recordJti(sim: Sim, grant: ParsedGrant, times: GrantTimes): Promise<RuleResult<null>> {
  const jti = grantJti(grant);
  if (jti === null) return ok(null);
  if (!(await markJtiUsed(sim, jti, times.exp * 1000 + MAX_SKEW_SECONDS * 1000, sim.now())))
    return fail("invalid_grant", "Invalid assertion. Grant is used before", "MP-012");
  return ok(null);
}
