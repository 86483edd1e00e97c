import { createPublicKey } from "node:crypto";
import { getClient, kidUsedElsewhere, putClient } from "../db/clients";
import { withSandboxLock } from "../db/sandboxes";
import { isPlainObject, json } from "../http";
import { KEY_LIFETIME_MS } from "../maskinporten/grant-rules";
import type { Sim } from "../sim";
import type { SimClientKey } from "../types";
import { ownedClient } from "./clients";
import { dsError, readJsonBody } from "./respond";

/**
 * POST/GET /clients/{client_id}/jwks. POST replaces the whole set, with Digdir's rules (contracts §4):
 * RSA with RS256 and a 2048-bit modulus only, a kid unique across every client, at most five keys, and
 * never private key material. A key re-sent unchanged keeps its upload time, so adding a second key for
 * rotation does not silently extend the first key's one-year life.
 */
export const MAX_KEYS = 5;
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];
const B64URL = /^[A-Za-z0-9_-]+$/;

type KeyCheck = { ok: true; jwk: SimClientKey["jwk"] } | { ok: false; description: string };

function checkKey(value: unknown, index: number): KeyCheck {
  const where = `keys[${index}]`;
  if (!isPlainObject(value)) return { ok: false, description: `${where} must be a JWK object` };
  const privateMember = PRIVATE_MEMBERS.find((m) => value[m] !== undefined);
  if (privateMember) {
    return {
      ok: false,
      description: `${where} contains private key material ("${privateMember}"); upload only the public key`,
    };
  }
  if (value.kty !== "RSA")
    return { ok: false, description: `${where}: only RSA keys (kty "RSA") are accepted` };
  const kid = value.kid;
  if (typeof kid !== "string" || kid.trim() === "" || kid.length > 200) {
    return { ok: false, description: `${where}: kid is required (a non-empty string)` };
  }
  if (value.alg !== "RS256") return { ok: false, description: `${where} (kid ${kid}): alg must be "RS256"` };
  if (value.use !== undefined && value.use !== "sig")
    return { ok: false, description: `${where} (kid ${kid}): use must be "sig"` };
  const { n, e } = value;
  if (typeof n !== "string" || !B64URL.test(n) || typeof e !== "string" || !B64URL.test(e)) {
    return { ok: false, description: `${where} (kid ${kid}): n and e must be base64url strings` };
  }
  if (modulusBits(n) !== 2048) {
    return {
      ok: false,
      description: `${where} (kid ${kid}): the key must be exactly 2048 bits (got ${modulusBits(n)})`,
    };
  }
  try {
    createPublicKey({ key: { kty: "RSA", n, e }, format: "jwk" });
  } catch {
    return { ok: false, description: `${where} (kid ${kid}): not a valid RSA public key` };
  }
  const x5c = value.x5c;
  if (x5c !== undefined && !(Array.isArray(x5c) && x5c.every((c) => typeof c === "string"))) {
    return { ok: false, description: `${where} (kid ${kid}): x5c must be an array of base64 certificates` };
  }
  const jwk: SimClientKey["jwk"] = { kty: "RSA", kid, alg: "RS256", use: "sig", n, e };
  if (x5c !== undefined) jwk.x5c = x5c;
  return { ok: true, jwk };
}

function modulusBits(n: string): number {
  const bytes = Buffer.from(n, "base64url");
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]!));
}

function jwksModel(keys: SimClientKey[]) {
  return {
    keys: keys.map((k) => ({
      ...k.jwk,
      created: new Date(k.created).toISOString(),
      expires: new Date(k.created + KEY_LIFETIME_MS).toISOString(),
    })),
  };
}

export async function getJwks(sim: Sim, clientId: string, orgno: string): Promise<Response> {
  const found = await ownedClient(sim, clientId, orgno);
  return found.ok ? json(jwksModel(found.client.keys)) : found.res;
}

export async function replaceJwks(
  sim: Sim,
  req: Request,
  clientId: string,
  orgno: string,
): Promise<Response> {
  const found = await ownedClient(sim, clientId, orgno);
  if (!found.ok) return found.res;
  const body = await readJsonBody(req);
  if (!body.ok) return body.res;
  const raw = Array.isArray(body.value)
    ? body.value
    : isPlainObject(body.value)
      ? body.value.keys
      : undefined;
  if (!Array.isArray(raw))
    return dsError(400, "invalid_request", 'The body must be a JWKS: { "keys": [ <public JWK>, ... ] }');
  if (raw.length > MAX_KEYS)
    return dsError(
      400,
      "invalid_client_metadata",
      `A client can have at most ${MAX_KEYS} keys (got ${raw.length})`,
    );

  const jwks: SimClientKey["jwk"][] = [];
  for (const [i, value] of raw.entries()) {
    const checked = checkKey(value, i);
    if (!checked.ok) return dsError(400, "invalid_client_metadata", checked.description);
    if (jwks.some((k) => k.kid === checked.jwk.kid)) {
      return dsError(
        400,
        "invalid_client_metadata",
        `kid ${checked.jwk.kid} appears more than once in the set`,
      );
    }
    jwks.push(checked.jwk);
  }
  // Checked and written under the sandbox lock, so two uploads cannot claim the same kid.
  const result = await withSandboxLock(sim, async (locked) => {
    for (const k of jwks) if (await kidUsedElsewhere(locked, k.kid, clientId)) return { taken: k.kid };
    const client = await getClient(locked, clientId);
    if (!client) return null;
    const now = sim.now();
    const keys = jwks.map((jwk) => {
      const same = client.keys.find((k) => k.jwk.kid === jwk.kid && k.jwk.n === jwk.n && k.jwk.e === jwk.e);
      return { jwk, created: same?.created ?? now };
    });
    await putClient(locked, { ...client, keys, last_updated: new Date(now).toISOString() });
    return { keys };
  });
  if (!result) return dsError(404, "not_found", `No client with client_id ${clientId}`);
  if ("taken" in result) {
    return dsError(
      400,
      "invalid_client_metadata",
      `kid ${result.taken} is already in use; a kid must be unique across all clients`,
    );
  }
  return json(jwksModel(result.keys), 201);
}
