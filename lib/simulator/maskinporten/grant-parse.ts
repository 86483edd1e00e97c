import { isPlainObject, readForm } from "../http";
import { JWT_BEARER_GRANT } from "@/lib/catalogue";
import { fail, ok, type RuleResult } from "./errors";

/**
 * Rules 1–7 of the /token table (mp-errors.md): the form body, grant_type, the assertion's structure, its
 * header and its claim names. Nothing here needs the client; the signature is checked later (grant-rules.ts).
 */
export const GRANT_ALGS = ["RS256", "RS384", "RS512"] as const;
export type GrantAlg = (typeof GRANT_ALGS)[number];

/** Claims Digdir documents for a JWT grant; anything else is "Invalid assertion" (contracts §1.3). */
export const ALLOWED_GRANT_CLAIMS = new Set([
  "aud",
  "iss",
  "iat",
  "exp",
  "jti",
  "scope",
  "resource",
  "pid",
  "consumer_org",
  "authorization_details",
  "nbf",
]);

export interface ParsedGrant {
  /** The compact JWS exactly as sent. */
  compact: string;
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  alg: GrantAlg;
  /** The header's kid as sent (rule 9 compares it with the registered keys). */
  kid: unknown;
}

const FORM_TEXT = "Invalid request. Content-Type must be application/x-www-form-urlencoded";
const ASSERTION_TEXT = "Invalid assertion. Invalid parameter value";

/** Rules 1–3: the body and the assertion's shape. */
export async function readGrantRequest(
  req: Request,
): Promise<
  RuleResult<{ header: Record<string, unknown>; payload: Record<string, unknown>; compact: string }>
> {
  const form = await readForm(req);
  if (!form.ok) {
    const why = form.reason === "too-large" ? `${FORM_TEXT}; the body must be at most 256 KB` : FORM_TEXT;
    return fail("invalid_request", why, "MP-011");
  }
  const params = form.value;
  const grantTypes = params.getAll("grant_type");
  if (grantTypes.length !== 1 || grantTypes[0] !== JWT_BEARER_GRANT) {
    return fail("unsupported_grant_type", "Unsupported grant_type");
  }
  const assertions = params.getAll("assertion");
  if (assertions.length !== 1) return fail("invalid_request", ASSERTION_TEXT, "MP-011");
  const decoded = decodeCompact(assertions[0]!.trim());
  if (!decoded) return fail("invalid_request", ASSERTION_TEXT, "MP-011");
  return ok(decoded);
}

function decodeCompact(
  compact: string,
): { header: Record<string, unknown>; payload: Record<string, unknown>; compact: string } | null {
  const parts = compact.split(".");
  if (parts.length !== 3) return null;
  const [h, p, s] = parts as [string, string, string];
  if (!h || !p || !/^[A-Za-z0-9_-]+$/.test(h) || !/^[A-Za-z0-9_-]+$/.test(p) || !/^[A-Za-z0-9_-]*$/.test(s))
    return null;
  const header = parseJsonSegment(h);
  const payload = parseJsonSegment(p);
  if (!isPlainObject(header) || !isPlainObject(payload)) return null;
  return { header, payload, compact };
}

function parseJsonSegment(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}

/** Rules 4–7: alg, kid / x5c, and only documented claims. */
export function checkGrantHeaderAndClaims(g: {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  compact: string;
}): RuleResult<ParsedGrant> {
  const alg = g.header.alg;
  if (typeof alg !== "string" || !(GRANT_ALGS as readonly string[]).includes(alg)) {
    const shown = typeof alg === "string" ? alg : JSON.stringify(alg ?? null);
    return fail(
      "invalid_grant",
      `Invalid assertion. Client authentication failed. Unsupported alg ${shown}`,
      "MP-124",
    );
  }
  const hasKid = g.header.kid !== undefined;
  const hasX5c = g.header.x5c !== undefined;
  if (!hasKid && !hasX5c) {
    return fail("invalid_grant", "Invalid assertion. Either 'kid' or 'x5c' must be present", "MP-011");
  }
  if (hasX5c) {
    return fail(
      "invalid_grant",
      "Invalid assertion. Client authentication failed. x5c (business certificate) is not supported by the simulator; use kid",
      "MP-123",
    );
  }
  const unknown = Object.keys(g.payload).find((name) => !ALLOWED_GRANT_CLAIMS.has(name));
  if (unknown !== undefined)
    return fail("invalid_request", `Invalid assertion. Unknown claim ${unknown}`, "MP-011");
  return ok({ ...g, alg: alg as GrantAlg, kid: g.header.kid });
}
