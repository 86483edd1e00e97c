import "server-only";
import { randomUUID } from "node:crypto";
import { UserError } from "../user-error";
import { ALTINN_SCOPES } from "../catalogue";
import type { Environment } from "../environments";
import { getLocale } from "../i18n/server";
import type { Locale } from "../i18n/types";
import {
  buildGrantClaims,
  buildGrantHeader,
  buildSystemUserDetails,
  type SystemUserAuthorizationDetail,
} from "../payloads/grant";
import type { WizardState } from "../session/state";
import { cacheKey, getCached, putCached } from "./cache";
import { requestToken, tokenRequestsSent } from "./client";
import { clockOffsetSeconds, decodeTokenParts } from "./decode";
import { MissingKeyError, type GrantSigner } from "./signer";

/**
 * Maskinporten tokens for the wizard. Each call builds a fresh grant
 * (new jti, iat now, 120 s lifetime), has the session's signer sign it with the vendor's key and posts it,
 * unless a cached token for the same client, key, scopes and customer is still good for 20 s or more.
 */
export interface TokenResult {
  accessToken: string;
  /** Epoch ms. */
  expiresAt: number;
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  fetchedAt: number;
  durationMs: number;
  /** Maskinporten's Date header minus local time, in seconds (null when served from the cache). */
  clockOffsetSeconds: number | null;
  fromCache: boolean;
  /** What was signed (no signature). */
  grant: { header: Record<string, unknown>; claims: Record<string, unknown> };
}

/** Vendor token with the three Altinn scopes, for the system register and system-user requests. */
export function getVendorToken(
  state: WizardState,
  env: Environment,
  signer: GrantSigner,
  opts: { fresh?: boolean } = {},
): Promise<TokenResult> {
  return getToken(state, env, signer, { scopes: [...ALTINN_SCOPES], fresh: opts.fresh });
}

/**
 * Step 3's preflight for the chosen Skatteetaten scopes: a plain token request (no authorization_details) for
 * those scopes. Maskinporten checks the scopes (on the client: MP-200; granted to the organisation: MP-250)
 * before it looks at any system user (rules 18–20 before the RAR rules 21–24 in lib/simulator/maskinporten/
 * token.ts), and a plain request for an API scope is itself legitimate, so this finds in step 3 exactly the
 * scope errors step 6 would otherwise meet after the customer approved. Always fresh: a cached token would
 * hide a grant withdrawn since. One request per press of "fetch test token", next to the Altinn one.
 */
export function getScopePreflightToken(
  state: WizardState,
  env: Environment,
  signer: GrantSigner,
  scopes: string[],
): Promise<TokenResult> {
  return getToken(state, env, signer, { scopes, fresh: true });
}

/** Token for a customer's system user: the grant carries authorization_details for that customer. */
export function getSystemUserToken(
  state: WizardState,
  env: Environment,
  signer: GrantSigner,
  opts: { partyOrgNo: string; externalRef?: string; scopes: string[]; fresh?: boolean },
): Promise<TokenResult> {
  return getToken(state, env, signer, {
    scopes: opts.scopes,
    fresh: opts.fresh,
    customer: opts.partyOrgNo,
    externalRef: opts.externalRef,
    details: buildSystemUserDetails(opts.partyOrgNo, opts.externalRef),
  });
}

/** Token requests actually sent since the process started (cache hits are not counted). */
export function tokenRequestCount(): number {
  return tokenRequestsSent();
}

interface TokenRequestSpec {
  scopes: string[];
  fresh?: boolean;
  customer?: string;
  externalRef?: string;
  details?: SystemUserAuthorizationDetail[];
}

async function getToken(
  state: WizardState,
  env: Environment,
  signer: GrantSigner,
  spec: TokenRequestSpec,
): Promise<TokenResult> {
  const { key, client } = state;
  if (!key) throw new UserError(MISSING[await locale()].key);
  if (!client) throw new UserError(MISSING[await locale()].client);
  if (spec.scopes.length === 0) throw new UserError(MISSING[await locale()].scopes);

  const ck = cacheKey({
    env: env.id,
    issuer: env.maskinporten.issuer,
    clientId: client.clientId,
    kid: key.kid,
    signer: signer.id,
    modulus: key.publicJwk.n,
    scopes: spec.scopes,
    customer: spec.customer,
    externalRef: spec.externalRef,
  });
  if (!spec.fresh) {
    const cached = getCached<TokenResult>(ck);
    if (cached) return { ...cached, fromCache: true, clockOffsetSeconds: null };
  }

  const header = buildGrantHeader(key.kid);
  const claims = buildGrantClaims({
    issuer: env.maskinporten.issuer,
    clientId: client.clientId,
    scopes: spec.scopes,
    issuedAt: Math.floor(Date.now() / 1000),
    jti: randomUUID(),
    authorizationDetails: spec.details,
  });
  let assertion: string;
  try {
    assertion = await signer.sign(header, claims);
  } catch (e) {
    // The key was forgotten (another tab) or expired between reading the state and signing.
    if (e instanceof MissingKeyError) throw new UserError(MISSING[await locale()].key);
    throw e;
  }
  const res = await requestToken(env, assertion);
  const decoded = decodeTokenParts(res.accessToken);
  const result: TokenResult = {
    accessToken: res.accessToken,
    expiresAt: res.receivedAt + res.expiresIn * 1000,
    header: decoded.header,
    claims: decoded.claims,
    fetchedAt: res.receivedAt,
    durationMs: Math.round(res.durationMs),
    clockOffsetSeconds: clockOffsetSeconds(res.date, res.sentAt, res.receivedAt),
    fromCache: false,
    grant: { header: { ...header }, claims: { ...claims } },
  };
  putCached(ck, result, result.expiresAt);
  return result;
}

async function locale(): Promise<Locale> {
  try {
    return await getLocale();
  } catch {
    return "nb"; // outside a request (tests, benchmark)
  }
}

export const MISSING: Record<Locale, { key: string; client: string; scopes: string }> = {
  nb: {
    key: "Du har ingen nøkkel ennå. Lag eller importer en nøkkel i steg 3.",
    client: "Du har ingen Maskinporten-klient ennå. Opprett eller oppgi klienten i steg 3.",
    scopes: "Ingen scopes å be om. Velg minst ett API i steg 2.",
  },
  nn: {
    key: "Du har ingen nøkkel enno. Lag eller importer ein nøkkel i steg 3.",
    client: "Du har ingen Maskinporten-klient enno. Opprett eller oppgi klienten i steg 3.",
    scopes: "Ingen scopes å be om. Vel minst eitt API i steg 2.",
  },
  en: {
    key: "You have no key yet. Create or import a key in step 3.",
    client: "You have no Maskinporten client yet. Create or enter the client in step 3.",
    scopes: "No scopes to ask for. Choose at least one API in step 2.",
  },
};
