import { jwtVerify, type JWTPayload } from "jose";
import type { Sim } from "../sim";

/**
 * How the simulated Altinn and Skatteetaten check a bearer: a Maskinporten access token signed by the
 * simulator's key, issued by its issuer and not expired by the simulator's clock.
 */
export interface MaskinportenClaims extends JWTPayload {
  client_id: string;
  scope: string;
  consumer: { authority: string; ID: string };
  authorization_details?: Array<Record<string, unknown>>;
}

export async function verifyAccessToken(sim: Sim, token: string | null): Promise<MaskinportenClaims | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, sim.signing.publicKey, {
      issuer: sim.issuer,
      algorithms: ["RS256"],
      currentDate: new Date(sim.now()),
    });
    const p = payload as Partial<MaskinportenClaims>;
    if (typeof p.client_id !== "string" || typeof p.scope !== "string") return null;
    if (!p.consumer || typeof p.consumer.ID !== "string") return null;
    return p as MaskinportenClaims;
  } catch {
    return null;
  }
}

export function tokenScopes(claims: MaskinportenClaims): string[] {
  return claims.scope.split(" ").filter(Boolean);
}

/** The organisation number in an iso6523 `0192:<orgno>` identifier, or null. */
export function orgnoFromIso6523(id: unknown): string | null {
  if (typeof id !== "string") return null;
  const m = /^0192:(\d{9})$/.exec(id);
  return m ? m[1]! : null;
}

export function consumerOrgno(claims: MaskinportenClaims): string | null {
  return orgnoFromIso6523(claims.consumer.ID);
}
