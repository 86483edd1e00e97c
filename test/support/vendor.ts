import { generateKeyPairSync, randomUUID, sign, type KeyObject } from "node:crypto";
import type { JWK } from "jose";
import { JWT_BEARER_GRANT } from "@/lib/catalogue";
import { call, type TestSim } from "./sim";
import { putSystem, putSystemUser, withdrawGrants } from "./sim-state";

/**
 * A vendor set up through the simulated self-service API, as the wizard's steps 1–3 would: log in, get the
 * scopes granted, create a Maskinporten client and register a fresh RSA-2048 key. Reused by the Altinn and
 * Skatteetaten tests to get real tokens from /sim/maskinporten/token.
 */
export interface Vendor {
  orgno: string;
  clientId: string;
  kid: string;
  privateKey: KeyObject;
  publicJwk: JWK;
  scopes: string[];
  /** Bearer for /sim/samarbeid as this organisation. */
  portalToken: string;
}

export interface SetupVendorOptions {
  orgno: string;
  scopes: string[];
  /**
   * false: the scopes are on the client but the organisation's grants are withdrawn afterwards (the portal
   * refuses a client with ungranted scopes, so they are granted, used, then removed), for MP-250. Default true.
   */
  grant?: boolean;
}

export async function portalLogin(sim: TestSim, orgno: string): Promise<string> {
  const res = await call(sim, "POST", "/sim/samarbeid/login", { json: { orgno } });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

export function generateRsaKey(kid: string): { privateKey: KeyObject; publicJwk: JWK } {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = publicKey.export({ format: "jwk" }) as JWK;
  return { privateKey, publicJwk: { kty: "RSA", n: jwk.n, e: jwk.e, kid, alg: "RS256", use: "sig" } };
}

export async function setupVendor(sim: TestSim, opts: SetupVendorOptions): Promise<Vendor> {
  const portalToken = await portalLogin(sim, opts.orgno);
  for (const scope of opts.scopes) {
    const res = await call(sim, "POST", "/sim/samarbeid/scopes/access", {
      json: { scope },
      bearer: portalToken,
    });
    if (res.status >= 300) throw new Error(`grant ${scope} failed: ${res.status} ${await res.text()}`);
  }
  const created = await call(sim, "POST", "/sim/samarbeid/clients/", {
    bearer: portalToken,
    json: {
      integration_type: "maskinporten",
      client_name: `Test client ${opts.orgno}`,
      description: "Created by test/support/vendor.ts",
      token_endpoint_auth_method: "private_key_jwt",
      grant_types: [JWT_BEARER_GRANT],
      scopes: opts.scopes,
    },
  });
  if (created.status !== 201)
    throw new Error(`create client failed: ${created.status} ${await created.text()}`);
  const clientId = ((await created.json()) as { client_id: string }).client_id;

  const kid = `test-${randomUUID()}`;
  const { privateKey, publicJwk } = generateRsaKey(kid);
  const jwks = await call(sim, "POST", `/sim/samarbeid/clients/${clientId}/jwks`, {
    bearer: portalToken,
    json: { keys: [publicJwk] },
  });
  if (jwks.status >= 300) throw new Error(`register key failed: ${jwks.status} ${await jwks.text()}`);

  if (opts.grant === false) await withdrawGrants(sim, opts.orgno, opts.scopes);
  return { orgno: opts.orgno, clientId, kid, privateKey, publicJwk, scopes: opts.scopes, portalToken };
}

const HASHES: Record<string, string> = { RS256: "sha256", RS384: "sha384", RS512: "sha512" };

/**
 * A JWT grant signed with the vendor's key. Defaults: aud = issuer, iss = client id, iat = now (simulator
 * clock), exp = iat + 120, a fresh jti, scope = all the vendor's scopes. An override of `undefined` removes
 * the claim or header field. For an alg other than RS256/384/512 the signature is a dummy (the simulator
 * rejects the alg before looking at it).
 */
export function signGrant(
  sim: TestSim,
  vendor: Pick<Vendor, "clientId" | "kid" | "privateKey" | "scopes">,
  claimsOverrides: Record<string, unknown> = {},
  headerOverrides: Record<string, unknown> = {},
): string {
  const iat = Math.floor(sim.now() / 1000);
  const claims = withoutUndefined({
    aud: sim.issuer,
    iss: vendor.clientId,
    iat,
    exp: iat + 120,
    jti: randomUUID(),
    scope: vendor.scopes.join(" "),
    ...claimsOverrides,
  });
  const header = withoutUndefined({ alg: "RS256", kid: vendor.kid, ...headerOverrides });
  const input = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(claims))}`;
  const hash = typeof header.alg === "string" ? HASHES[header.alg] : undefined;
  const signature = hash ? sign(hash, Buffer.from(input), vendor.privateKey) : Buffer.from("not-a-signature");
  return `${input}.${signature.toString("base64url")}`;
}

/** POST /sim/maskinporten/token with a JWT-bearer grant, as the wizard sends it. */
export function requestToken(sim: TestSim, assertion: string): Promise<Response> {
  return call(sim, "POST", "/sim/maskinporten/token", {
    form: { grant_type: JWT_BEARER_GRANT, assertion },
  });
}

function b64(s: string): string {
  return Buffer.from(s, "utf8").toString("base64url");
}

function withoutUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/**
 * Puts a registered system (listing the vendor's client id) and an approved system user for the customer
 * straight into the state, as the simulated Altinn would after registration and approval.
 */
export async function seedSystemUser(
  sim: TestSim,
  vendor: Vendor,
  opts: { customer: string; externalRef?: string; clientIds?: string[]; vendorOrgNo?: string },
): Promise<{ systemId: string; systemUserId: string; internalId: string }> {
  const internalId = randomUUID();
  const systemUserId = randomUUID();
  const systemId = `${vendor.orgno}_testsystem_${internalId.slice(0, 6)}`;
  const now = new Date(sim.now()).toISOString();
  await putSystem(sim, {
    internalId,
    id: systemId,
    vendorOrgNo: opts.vendorOrgNo ?? vendor.orgno,
    name: { nb: "Testsystem" },
    description: { nb: "Testsystem" },
    rights: [{ resource: [{ id: "urn:altinn:resource", value: "ske-krav-og-betalinger" }] }],
    accessPackages: [],
    clientId: opts.clientIds ?? [vendor.clientId],
    isVisible: true,
    allowedRedirectUrls: [],
    isDeleted: false,
    created: now,
    lastChanged: now,
  });
  await putSystemUser(sim, {
    id: systemUserId,
    integrationTitle: "Testsystem",
    systemId,
    systemInternalId: internalId,
    productName: "Testsystem",
    reporteeOrgNo: opts.customer,
    supplierOrgno: vendor.orgno,
    supplierName: "Vendor",
    externalRef: opts.externalRef ?? opts.customer,
    rights: [{ resource: [{ id: "urn:altinn:resource", value: "ske-krav-og-betalinger" }] }],
    accessPackages: [],
    userType: "standard",
    created: now,
    isDeleted: false,
  });
  return { systemId, systemUserId, internalId };
}

export function systemUserDetails(
  customer: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown>[] {
  return [
    {
      type: "urn:altinn:systemuser",
      systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${customer}` },
      ...extra,
    },
  ];
}

/** An access token for the vendor through the real /token path; throws with the error body otherwise. */
export async function fetchAccessToken(
  sim: TestSim,
  vendor: Vendor,
  claimsOverrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await requestToken(sim, signGrant(sim, vendor, claimsOverrides));
  const body = (await res.json()) as { access_token?: string };
  if (res.status !== 200 || !body.access_token)
    throw new Error(`token failed: ${res.status} ${JSON.stringify(body)}`);
  return body.access_token;
}

/** A system-user token for `customer` (the vendor's client must be on a system with an approved system user). */
export function fetchSystemUserToken(
  sim: TestSim,
  vendor: Vendor,
  opts: { customer: string; scope: string; externalRef?: string },
): Promise<string> {
  const extra = opts.externalRef === undefined ? {} : { externalRef: opts.externalRef };
  return fetchAccessToken(sim, vendor, {
    scope: opts.scope,
    authorization_details: systemUserDetails(opts.customer, extra),
  });
}
