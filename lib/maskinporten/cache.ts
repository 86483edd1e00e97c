import "server-only";
import { createHash } from "node:crypto";

/**
 * Maskinporten tokens, kept until shortly before they expire, per (environment, client, key, scopes,
 * customer, externalRef). Process-wide on globalThis because Next bundles pages and actions separately.
 * The key includes the signer (one per wizard session) and the public key it signs with, so a user who types
 * someone else's client id and kid can never be handed that client's cached token: only the session that
 * holds the key can hit its entry.
 */
export const EARLY_EXPIRY_MS = 20_000;
const MAX_ENTRIES = 500;

export interface CacheKeyParts {
  env: string;
  issuer: string;
  clientId: string;
  kid: string;
  /** The signer's id (lib/maskinporten/signer.ts): the session that holds the key. */
  signer: string;
  /** The public modulus: a new key with the same kid in the same session is another entry. */
  modulus: string;
  scopes: readonly string[];
  customer?: string;
  externalRef?: string;
}

interface Entry<T> {
  value: T;
  expiresAt: number;
}

const g = globalThis as typeof globalThis & { __sbwTokenCache?: Map<string, Entry<unknown>> };

function store(): Map<string, Entry<unknown>> {
  g.__sbwTokenCache ??= new Map();
  return g.__sbwTokenCache;
}

export function cacheKey(p: CacheKeyParts): string {
  const keyHash = createHash("sha256").update(`${p.signer}\n${p.modulus}`).digest("base64url");
  return JSON.stringify([
    p.env,
    p.issuer,
    p.clientId,
    p.kid,
    keyHash,
    [...new Set(p.scopes)].sort(),
    p.customer ?? null,
    p.externalRef ?? null,
  ]);
}

export function getCached<T>(key: string, now = Date.now()): T | undefined {
  const entry = store().get(key);
  if (!entry) return undefined;
  if (entry.expiresAt - EARLY_EXPIRY_MS <= now) {
    store().delete(key);
    return undefined;
  }
  return entry.value as T;
}

export function putCached<T>(key: string, value: T, expiresAt: number, now = Date.now()): void {
  const map = store();
  if (map.size >= MAX_ENTRIES) {
    for (const [k, e] of map) if (e.expiresAt - EARLY_EXPIRY_MS <= now) map.delete(k);
    if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value!);
  }
  map.set(key, { value, expiresAt });
}

export function clearTokenCache(): void {
  store().clear();
}
