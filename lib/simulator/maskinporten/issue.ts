import { randomFillSync, sign, type KeyObject } from "node:crypto";
import { ORG_AUTHORITY, SYSTEMUSER_RAR_TYPE } from "@/lib/catalogue";
import type { Sim, SimSigning } from "../sim";
import type { SimClient } from "../types";
import type { SystemUserRequestDetails } from "./authorization-details";
import type { ResolvedSystemUser } from "./system-user";

/**
 * The access token Maskinporten issues (contracts §1.6): an RS256 JWT signed with the key published at /jwk.
 * System-user tokens carry the enriched authorization_details exactly like the real TT02 token (systemuser_id
 * an array, system_id the system-register id, externalRef echoed only when the grant had one).
 */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 120;

export interface TokenResponse {
  access_token: string;
  token_type: "Bearer";
  expires_in: number;
  scope: string;
}

export interface IssueInput {
  client: SimClient;
  scopes: string[];
  systemUser?: { details: SystemUserRequestDetails; resolved: ResolvedSystemUser };
  /** The grant's `resource` (audience restriction); becomes the token's `aud`. */
  resource?: string | string[];
}

export async function issueAccessToken(sim: Sim, input: IssueInput): Promise<TokenResponse> {
  const iat = Math.floor(sim.now() / 1000);
  const exp = iat + ACCESS_TOKEN_LIFETIME_SECONDS;
  const scope = input.scopes.join(" ");
  const claims: Record<string, unknown> = {};
  if (input.systemUser) claims.authorization_details = [systemUserDetail(input.systemUser)];
  if (input.resource !== undefined) claims.aud = input.resource;
  Object.assign(claims, {
    scope,
    iss: sim.issuer,
    client_amr: "private_key_jwt",
    token_type: "Bearer",
    exp,
    iat,
    client_id: input.client.client_id,
    jti: randomJti(),
    consumer: { authority: ORG_AUTHORITY, ID: `0192:${input.client.orgno}` },
  });
  const accessToken = await signRs256Jwt(sim.signing, claims);
  return { access_token: accessToken, token_type: "Bearer", expires_in: exp - iat, scope };
}

/**
 * The compact RS256 JWS, byte for byte what jose's SignJWT produces for the same header and claims (PKCS#1 v1.5
 * signatures are deterministic), but signed by node:crypto with the simulator's KeyObject and off the event
 * loop (libuv's thread pool): the signature is most of a token's cost, and the event loop is what every other
 * request waits for.
 */
const headerSegments = new WeakMap<SimSigning, string>();

export async function signRs256Jwt(signing: SimSigning, claims: Record<string, unknown>): Promise<string> {
  let header = headerSegments.get(signing);
  if (header === undefined) {
    header = b64url(JSON.stringify({ kid: signing.kid, alg: "RS256" }));
    headerSegments.set(signing, header);
  }
  const input = `${header}.${b64url(JSON.stringify(claims))}`;
  const signature = await signAsync(Buffer.from(input), signing.privateKey);
  return `${input}.${signature.toString("base64url")}`;
}

/** 32 random bytes, base64url, from a pool refilled every 128 tokens (one OpenSSL call instead of 128). */
const JTI_BYTES = 32;
const entropy = Buffer.alloc(JTI_BYTES * 128);
let entropyOffset = entropy.length;

function randomJti(): string {
  if (entropyOffset === entropy.length) {
    randomFillSync(entropy);
    entropyOffset = 0;
  }
  const jti = entropy.toString("base64url", entropyOffset, entropyOffset + JTI_BYTES);
  entropyOffset += JTI_BYTES;
  return jti;
}

function b64url(text: string): string {
  return Buffer.from(text).toString("base64url");
}

function signAsync(data: Buffer, key: KeyObject): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    sign("sha256", data, key, (err, signature) => (err ? reject(err) : resolve(signature))),
  );
}

function systemUserDetail(su: NonNullable<IssueInput["systemUser"]>): Record<string, unknown> {
  const detail: Record<string, unknown> = {
    type: SYSTEMUSER_RAR_TYPE,
    systemuser_org: { authority: ORG_AUTHORITY, ID: `0192:${su.details.orgno}` },
    systemuser_id: [su.resolved.systemUser.id],
    system_id: su.resolved.system.id,
  };
  if (su.details.externalRef !== undefined) detail.externalRef = su.details.externalRef;
  return detail;
}

/** The grant's `resource` claim when it is a string or a list of strings; anything else is ignored. */
export function resourceClaim(value: unknown): string | string[] | undefined {
  if (typeof value === "string" && value) return value;
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string" && v)) {
    return value.length === 1 ? (value[0] as string) : (value as string[]);
  }
  return undefined;
}
