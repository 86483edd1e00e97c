import { randomUUID } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { isValidOrgno } from "@/lib/mod11";
import { bearerToken, isPlainObject, json } from "../http";
import type { Sim } from "../sim";
import { dsError, readJsonBody } from "./respond";

/**
 * POST /login stands in for logging in to Samarbeidsportalen as an organisation (any valid MOD11 orgno may
 * log in, as a synthetic org can in the test portal). The token is a JWT signed with the simulator's key but
 * with its own issuer and audience, so it is never mistaken for a Maskinporten access token.
 */
export const PORTAL_TOKEN_LIFETIME_SECONDS = 3600;
const AUDIENCE = "samarbeid-selvbetjening";

/** Per sandbox, so a portal login in one sandbox is no login in another. */
function portalIssuer(sim: Sim): string {
  return `${sim.base}/samarbeid/`;
}

export async function handleLogin(sim: Sim, req: Request): Promise<Response> {
  const body = await readJsonBody(req);
  if (!body.ok) return body.res;
  const orgno = isPlainObject(body.value) ? body.value.orgno : undefined;
  if (typeof orgno !== "string" || !/^\d{9}$/.test(orgno)) {
    return dsError(400, "invalid_request", "orgno must be an organisation number of 9 digits");
  }
  if (!isValidOrgno(orgno))
    return dsError(400, "invalid_request", `orgno ${orgno} fails the MOD11 check digit`);
  const iat = Math.floor(sim.now() / 1000);
  const token = await new SignJWT({ orgno })
    .setProtectedHeader({ alg: "RS256", kid: sim.signing.kid, typ: "JWT" })
    .setIssuer(portalIssuer(sim))
    .setAudience(AUDIENCE)
    .setSubject(orgno)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setExpirationTime(iat + PORTAL_TOKEN_LIFETIME_SECONDS)
    .sign(sim.signing.privateKey);
  return json({ access_token: token, token_type: "Bearer", expires_in: PORTAL_TOKEN_LIFETIME_SECONDS });
}

/** The logged-in organisation, or a 401 response. */
export async function authenticate(
  sim: Sim,
  req: Request,
): Promise<{ ok: true; orgno: string } | { ok: false; res: Response }> {
  const token = bearerToken(req);
  if (!token)
    return { ok: false, res: dsError(401, "invalid_token", "Missing bearer token: log in with POST /login") };
  try {
    const { payload } = await jwtVerify(token, sim.signing.publicKey, {
      issuer: portalIssuer(sim),
      audience: AUDIENCE,
      algorithms: ["RS256"],
      currentDate: new Date(sim.now()),
    });
    if (typeof payload.orgno === "string" && isValidOrgno(payload.orgno))
      return { ok: true, orgno: payload.orgno };
  } catch {
    // falls through to 401
  }
  return {
    ok: false,
    res: dsError(401, "invalid_token", "The bearer token is invalid or expired: log in again"),
  };
}
