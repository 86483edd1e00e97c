import "server-only";
import { z } from "zod";
import type { Environment } from "../environments";
import { parseJsonBody, serviceFetch, type ServiceResponse } from "../http/service-fetch";
import { ServiceError } from "../http/service-error";
import type { PublicJwk } from "../session/state";

/**
 * Digdir's self-service API (`/clients`, contracts §4), zod-parsed. In the simulator the same base URL also
 * has `POST /login` (standing in for the portal login) and `POST /scopes/access` (standing in for the scope
 * owner's approval); the real API has neither, so those two are only called when `selfService.simulated`.
 */
export const selfServiceClientSchema = z.object({
  client_id: z.string().min(1),
  client_name: z.string().optional(),
  description: z.string().optional(),
  integration_type: z.string().optional(),
  scopes: z.array(z.string()).default([]),
  client_orgno: z.string().optional(),
  created: z.string().optional(),
  last_updated: z.string().optional(),
});
export type SelfServiceClient = z.infer<typeof selfServiceClientSchema>;

const jwksResponseSchema = z.object({
  keys: z.array(
    z
      .object({
        kid: z.string(),
        kty: z.string(),
        created: z.string().optional(),
        expires: z.string().optional(),
      })
      .loose(),
  ),
});
export type RegisteredJwks = z.infer<typeof jwksResponseSchema>;

const loginSchema = z.object({ access_token: z.string().min(1) });
const scopeAccessSchema = z.object({ scope: z.string(), state: z.string().optional() });
const errorSchema = z.object({ error: z.string(), error_description: z.string().optional() });

export interface NewClient {
  client_name: string;
  description: string;
  scopes: string[];
}

export function selfServiceClient(env: Environment, bearer: string) {
  const base = env.selfService.apiUrl.replace(/\/+$/, "");
  const auth = { authorization: `Bearer ${bearer}` };
  const jsonHeaders = { ...auth, "content-type": "application/json" };
  return {
    async listClients(): Promise<SelfServiceClient[]> {
      const res = await serviceFetch("samarbeid", `${base}/clients/`, { headers: auth });
      return parse(res, 200, z.array(selfServiceClientSchema));
    },
    /** null when the client does not exist (404). */
    async getClient(clientId: string): Promise<SelfServiceClient | null> {
      const res = await serviceFetch("samarbeid", `${base}/clients/${encodeURIComponent(clientId)}`, {
        headers: auth,
      });
      if (res.status === 404) return null;
      return parse(res, 200, selfServiceClientSchema);
    },
    async createClient(body: NewClient): Promise<SelfServiceClient> {
      const res = await serviceFetch("samarbeid", `${base}/clients/`, {
        method: "POST",
        headers: jsonHeaders,
        body: JSON.stringify({
          integration_type: "maskinporten",
          client_name: body.client_name,
          description: body.description,
          token_endpoint_auth_method: "private_key_jwt",
          grant_types: ["urn:ietf:params:oauth:grant-type:jwt-bearer"],
          scopes: body.scopes,
        }),
      });
      return parse(res, [200, 201], selfServiceClientSchema);
    },
    async updateScopes(clientId: string, scopes: string[]): Promise<SelfServiceClient> {
      const res = await serviceFetch("samarbeid", `${base}/clients/${encodeURIComponent(clientId)}`, {
        method: "PUT",
        headers: jsonHeaders,
        body: JSON.stringify({ scopes }),
      });
      return parse(res, 200, selfServiceClientSchema);
    },
    async getJwks(clientId: string): Promise<RegisteredJwks> {
      const res = await serviceFetch("samarbeid", `${base}/clients/${encodeURIComponent(clientId)}/jwks`, {
        headers: auth,
      });
      return parse(res, 200, jwksResponseSchema);
    },
    /** Replaces the client's whole key set (the API's rule for POST). */
    async replaceJwks(clientId: string, keys: PublicJwk[]): Promise<RegisteredJwks> {
      const res = await serviceFetch("samarbeid", `${base}/clients/${encodeURIComponent(clientId)}/jwks`, {
        method: "POST",
        headers: jsonHeaders,
        body: JSON.stringify({ keys }),
      });
      return parse(res, [200, 201], jwksResponseSchema);
    },
    /** Simulator only: the scope owner approves the organisation's order for a scope. */
    async grantScope(scope: string): Promise<{ scope: string }> {
      assertSimulated(env);
      const res = await serviceFetch("samarbeid", `${base}/scopes/access`, {
        method: "POST",
        headers: jsonHeaders,
        body: JSON.stringify({ scope }),
      });
      return parse(res, [200, 201], scopeAccessSchema);
    },
  };
}

/** Simulator only: logs in to the (simulated) portal as the organisation; returns the bearer token. */
export async function selfServiceLogin(env: Environment, orgno: string): Promise<string> {
  assertSimulated(env);
  const base = env.selfService.apiUrl.replace(/\/+$/, "");
  const res = await serviceFetch("samarbeid", `${base}/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ orgno }),
  });
  return (await parse(res, 200, loginSchema)).access_token;
}

function assertSimulated(env: Environment): void {
  // Outbound URLs come from configuration only; the real portal has no login or grant API to call.
  if (!env.selfService.simulated) throw new Error("Only the simulated self-service API has this endpoint");
}

function parse<T>(res: ServiceResponse, expected: number | number[], schema: z.ZodType<T>): T {
  const ok = Array.isArray(expected) ? expected.includes(res.status) : res.status === expected;
  if (!ok) throw selfServiceError(res);
  const parsed = schema.safeParse(parseJsonBody("samarbeid", res));
  if (!parsed.success) {
    throw new ServiceError({
      service: "samarbeid",
      kind: "malformed",
      method: res.method,
      url: res.url,
      status: res.status,
      body: res.text.slice(0, 500),
      description: "The self-service API answered with an unexpected shape",
    });
  }
  return parsed.data;
}

/**
 * The API's `{error, error_description}`, filed for the error doctor under a DS-* code
 * (lib/errors/catalog/maskinporten.ts): the self-service API is part of Maskinporten's onboarding.
 */
export function selfServiceErrorCode(
  status: number,
  error: string | undefined,
  description: string | undefined,
): string | undefined {
  if (error === "invalid_scope") return "DS-SCOPE-NOT-GRANTED";
  if (description && /kid .* already in use/i.test(description)) return "DS-KID-IN-USE";
  if (error === "invalid_client_metadata") return "DS-INVALID-CLIENT";
  if (status === 401) return "DS-UNAUTHORIZED";
  if (status === 403) return "DS-FORBIDDEN";
  if (status === 404) return "DS-NOT-FOUND";
  return undefined;
}

function selfServiceError(res: ServiceResponse): ServiceError {
  let json: unknown = null;
  try {
    json = JSON.parse(res.text);
  } catch {
    // not JSON
  }
  const parsed = errorSchema.safeParse(json);
  const error = parsed.success ? parsed.data.error : undefined;
  const description = parsed.success ? parsed.data.error_description : undefined;
  return new ServiceError({
    service: "samarbeid",
    kind: "http",
    method: res.method,
    url: res.url,
    status: res.status,
    error,
    description,
    code: res.status >= 500 ? undefined : selfServiceErrorCode(res.status, error, description),
    body: res.text.slice(0, 2000),
  });
}
