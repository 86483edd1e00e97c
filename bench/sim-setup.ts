import { generateKeyPairSync, randomUUID, type KeyObject } from "node:crypto";
import { ALTINN_SCOPES } from "../lib/catalogue";
import type { GrantSigner } from "./grant";

/**
 * Sets up a vendor in the running simulator over HTTP, as a user of the self-service API would (contracts
 * §4): log in as the organisation, have the scopes granted, create a Maskinporten client, upload a key.
 */
export const BENCH_VENDOR_ORGNO = "314500008";

export interface BenchVendor extends GrantSigner {
  orgno: string;
  portalToken: string;
  scopes: string[];
  publicJwk: Record<string, unknown>;
  privatePkcs8: string;
}

export class SetupError extends Error {}

async function post(origin: string, path: string, body: unknown, bearer?: string): Promise<unknown> {
  const res = await fetch(`${origin}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new SetupError(`POST ${path} → ${res.status} ${text.slice(0, 300)}`);
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    throw new SetupError(`POST ${path} → ${res.status}, body is not JSON: ${text.slice(0, 200)}`);
  }
}

function field(v: unknown, name: string, where: string): string {
  const x = typeof v === "object" && v !== null ? (v as Record<string, unknown>)[name] : undefined;
  if (typeof x !== "string") throw new SetupError(`${where}: response has no string "${name}"`);
  return x;
}

export function newRsaKey(): {
  privateKey: KeyObject;
  publicJwk: Record<string, unknown>;
  kid: string;
  privatePkcs8: string;
} {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = `bench-${randomUUID()}`;
  const jwk = publicKey.export({ format: "jwk" });
  return {
    privateKey,
    kid,
    publicJwk: { kty: "RSA", n: jwk.n, e: jwk.e, kid, alg: "RS256", use: "sig" },
    privatePkcs8: privateKey.export({ format: "der", type: "pkcs8" }).toString("base64"),
  };
}

/** A vendor with a client holding `extraScopes` besides the three Altinn scopes, all granted to the org. */
export async function setupVendor(
  origin: string,
  opts: { orgno?: string; extraScopes?: string[]; portalToken?: string } = {},
): Promise<BenchVendor> {
  const orgno = opts.orgno ?? BENCH_VENDOR_ORGNO;
  const scopes = [...ALTINN_SCOPES, ...(opts.extraScopes ?? [])];
  const portalToken =
    opts.portalToken ?? field(await post(origin, "/sim/samarbeid/login", { orgno }), "access_token", "login");
  if (!opts.portalToken) {
    for (const scope of scopes) await post(origin, "/sim/samarbeid/scopes/access", { scope }, portalToken);
  }
  const created = await post(
    origin,
    "/sim/samarbeid/clients/",
    {
      integration_type: "maskinporten",
      client_name: `bench-${randomUUID().slice(0, 8)}`,
      description: "Benchmark client",
      token_endpoint_auth_method: "private_key_jwt",
      grant_types: ["urn:ietf:params:oauth:grant-type:jwt-bearer"],
      scopes,
    },
    portalToken,
  );
  const clientId = field(created, "client_id", "POST /clients/");
  const key = newRsaKey();
  await post(
    origin,
    `/sim/samarbeid/clients/${encodeURIComponent(clientId)}/jwks`,
    { keys: [key.publicJwk] },
    portalToken,
  );
  return {
    orgno,
    portalToken,
    scopes,
    clientId,
    kid: key.kid,
    privateKey: key.privateKey,
    publicJwk: key.publicJwk,
    privatePkcs8: key.privatePkcs8,
    audience: `${origin}/sim/maskinporten/`,
  };
}
