import { randomUUID } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { findOrg } from "../db/orgs";
import { bearerToken, isPlainObject, json, readBodyLimited } from "../http";
import type { Sim } from "../sim";
import { aspNetValidationProblem, forbidden, unauthorized } from "./problems";

/**
 * SIMULATOR ONLY: `POST …/authentication/api/v1/enduser/login { orgno, scope? }` stands in for a person at the
 * organisation (its daglig leder) logging in with ID-porten and exchanging that token at
 * `exchange/id-porten` (contracts-more §1.6). Real Altinn has no such endpoint. The token is signed with the
 * simulator's key under its own issuer and audience, so it is never mistaken for a Maskinporten token, and
 * carries the client-delegation scopes (all of them unless `scope` narrows them, to test a 403).
 */
export const ENDUSER_SCOPES = {
  read: "altinn:clientdelegations.read",
  write: "altinn:clientdelegations.write",
} as const;
const AUDIENCE = "altinn-enduser";
const LIFETIME_SECONDS = 3600;

function issuer(sim: Sim): string {
  return `${sim.base}/altinn/enduser/`;
}

export async function enduserLogin(sim: Sim, req: Request): Promise<Response> {
  // Bounded like every other body the simulator reads; anything unreadable is "no orgno".
  const buf = await readBodyLimited(req);
  let body: unknown = null;
  try {
    body = buf ? JSON.parse(new TextDecoder().decode(buf)) : null;
  } catch {
    body = null;
  }
  const orgno = isPlainObject(body) ? body.orgno : undefined;
  const scope = isPlainObject(body) && typeof body.scope === "string" ? body.scope : undefined;
  if (typeof orgno !== "string" || !/^\d{9}$/.test(orgno))
    return aspNetValidationProblem({ orgno: ["An organisation number of 9 digits is required."] });
  const org = await findOrg(sim, orgno);
  if (!org) return aspNetValidationProblem({ orgno: [`${orgno} is not in the sandbox's register.`] });
  const iat = Math.floor(sim.now() / 1000);
  const token = await new SignJWT({
    orgno,
    name: org.dagligLeder.name,
    scope: scope ?? `${ENDUSER_SCOPES.read} ${ENDUSER_SCOPES.write}`,
  })
    .setProtectedHeader({ alg: "RS256", kid: sim.signing.kid, typ: "JWT" })
    .setIssuer(issuer(sim))
    .setAudience(AUDIENCE)
    .setSubject(randomUUID())
    .setIssuedAt(iat)
    .setExpirationTime(iat + LIFETIME_SECONDS)
    .sign(sim.signing.privateKey);
  return json({ access_token: token, token_type: "Bearer", expires_in: LIFETIME_SECONDS });
}

/** The person's organisation, or 401 (no or bad token) / 403 (scope missing), both with empty bodies. */
export async function authenticateEnduser(
  sim: Sim,
  req: Request,
  need: keyof typeof ENDUSER_SCOPES,
): Promise<{ orgno: string } | Response> {
  const token = bearerToken(req);
  if (!token) return unauthorized();
  try {
    const { payload } = await jwtVerify(token, sim.signing.publicKey, {
      issuer: issuer(sim),
      audience: AUDIENCE,
      algorithms: ["RS256"],
      currentDate: new Date(sim.now()),
    });
    if (typeof payload.orgno !== "string" || typeof payload.scope !== "string") return unauthorized();
    if (!payload.scope.split(" ").includes(ENDUSER_SCOPES[need])) return forbidden();
    return { orgno: payload.orgno };
  } catch {
    return unauthorized();
  }
}
