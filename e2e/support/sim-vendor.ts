import { generateKeyPairSync, randomBytes, randomUUID, sign, type KeyObject } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";
import { ALTINN_SCOPES, JWT_BEARER_GRANT } from "../../lib/catalogue";

/**
 * A vendor in a sandbox of its own, set up only through the simulator's public APIs, as a vendor's code
 * would: log in to the simulated self-service portal, get the Altinn scopes granted, create a Maskinporten
 * client, register a key, sign a JWT grant, and call Altinn with the token. For e2e of the simulated Altinn
 * pages where the wizard has no screen yet (change requests, agent requests).
 */
export interface SimVendor {
  /** `/sim/s/<sandbox>`: prefix of every simulated URL of this sandbox. */
  base: string;
  altinn(
    method: "GET" | "POST" | "PUT" | "DELETE",
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: unknown }>;
}

export async function simVendor(request: APIRequestContext, orgno = "314500008"): Promise<SimVendor> {
  const base = `/sim/s/${randomBytes(16).toString("base64url")}`;
  const ok = async (res: Awaited<ReturnType<APIRequestContext["get"]>>, what: string) => {
    expect(res.status(), `${what}: ${await res.text()}`).toBeLessThan(300);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const portal = (await ok(await request.post(`${base}/samarbeid/login`, { data: { orgno } }), "login"))
    .access_token as string;
  const headers = { authorization: `Bearer ${portal}` };
  for (const scope of ALTINN_SCOPES)
    await ok(await request.post(`${base}/samarbeid/scopes/access`, { data: { scope }, headers }), scope);
  const client = await ok(
    await request.post(`${base}/samarbeid/clients/`, {
      headers,
      data: {
        integration_type: "maskinporten",
        client_name: "E2E simulated Altinn pages",
        description: "e2e/support/sim-vendor.ts",
        token_endpoint_auth_method: "private_key_jwt",
        grant_types: [JWT_BEARER_GRANT],
        scopes: [...ALTINN_SCOPES],
      },
    }),
    "client",
  );
  const clientId = client.client_id as string;
  const kid = `e2e-${randomUUID()}`;
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = publicKey.export({ format: "jwk" });
  await ok(
    await request.post(`${base}/samarbeid/clients/${clientId}/jwks`, {
      headers,
      data: { keys: [{ kty: "RSA", n: jwk.n, e: jwk.e, kid, alg: "RS256", use: "sig" }] },
    }),
    "jwks",
  );
  const meta = await ok(
    await request.get(`${base}/maskinporten/.well-known/oauth-authorization-server`),
    "metadata",
  );
  const token = await ok(
    await request.post(`${base}/maskinporten/token`, {
      form: {
        grant_type: JWT_BEARER_GRANT,
        assertion: signGrant(meta.issuer as string, clientId, kid, privateKey),
      },
    }),
    "token",
  );
  const bearer = { authorization: `Bearer ${token.access_token as string}` };
  return {
    base,
    async altinn(method, path, body) {
      const res = await request.fetch(`${base}/altinn/authentication/api/v1/${path}`, {
        method,
        headers: bearer,
        ...(body === undefined ? {} : { data: body }),
      });
      const text = await res.text();
      return { status: res.status(), json: text ? (JSON.parse(text) as unknown) : null };
    },
  };
}

function signGrant(issuer: string, clientId: string, kid: string, key: KeyObject): string {
  const iat = Math.floor(Date.now() / 1000);
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
  const input = `${b64({ alg: "RS256", kid })}.${b64({
    aud: issuer,
    iss: clientId,
    iat,
    exp: iat + 120,
    jti: randomUUID(),
    scope: ALTINN_SCOPES.join(" "),
  })}`;
  return `${input}.${sign("sha256", Buffer.from(input), key).toString("base64url")}`;
}
