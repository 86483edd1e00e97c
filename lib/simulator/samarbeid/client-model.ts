import { JWT_BEARER_GRANT } from "@/lib/catalogue";
import { isPlainObject } from "../http";
import type { SimClient } from "../types";

/**
 * The self-service client model (Digdir's /clients API, contracts §4) and the validation of a POST / PUT
 * body. Strict where the real portal is: a Maskinporten client authenticates with private_key_jwt, uses
 * the JWT-bearer grant, and may only hold scopes its organisation has been granted.
 */
export function clientModel(c: SimClient): Record<string, unknown> {
  return {
    client_id: c.client_id,
    client_name: c.client_name,
    description: c.description,
    integration_type: c.integration_type,
    application_type: "web",
    token_endpoint_auth_method: c.token_endpoint_auth_method,
    grant_types: c.grant_types,
    scopes: c.scopes,
    client_orgno: c.orgno,
    created: c.created,
    last_updated: c.last_updated,
    active: true,
  };
}

export type ClientFields = Pick<
  SimClient,
  "client_name" | "description" | "integration_type" | "token_endpoint_auth_method" | "grant_types" | "scopes"
>;

export type FieldsResult =
  | { ok: true; value: Partial<ClientFields> }
  | {
      ok: false;
      error: "invalid_request" | "invalid_client_metadata" | "invalid_scope";
      description: string;
    };

/**
 * Validates the fields present in `body`. `required` lists the fields that must be there (all on POST);
 * `granted` is the organisation's scope grants.
 */
export function validateClientFields(
  body: unknown,
  orgno: string,
  granted: readonly string[],
  required: readonly (keyof ClientFields)[],
): FieldsResult {
  if (!isPlainObject(body))
    return bad("invalid_request", "The body must be a JSON object with the client's metadata");
  const missing = required.find((f) => body[f] === undefined || body[f] === null);
  if (missing) return bad("invalid_client_metadata", `${missing} is required`);
  const out: Partial<ClientFields> = {};

  for (const field of ["client_name", "description"] as const) {
    const v = body[field];
    if (v === undefined) continue;
    if (typeof v !== "string" || v.trim() === "")
      return bad("invalid_client_metadata", `${field} must be a non-empty string`);
    if (v.length > 1000) return bad("invalid_client_metadata", `${field} must be at most 1000 characters`);
    out[field] = v.trim();
  }
  if (body.integration_type !== undefined) {
    if (body.integration_type !== "maskinporten") {
      return bad(
        "invalid_client_metadata",
        'integration_type must be "maskinporten" (the simulator has only Maskinporten clients)',
      );
    }
    out.integration_type = "maskinporten";
  }
  if (body.token_endpoint_auth_method !== undefined) {
    if (body.token_endpoint_auth_method !== "private_key_jwt") {
      return bad(
        "invalid_client_metadata",
        'token_endpoint_auth_method must be "private_key_jwt" for a Maskinporten client',
      );
    }
    out.token_endpoint_auth_method = "private_key_jwt";
  }
  if (body.grant_types !== undefined) {
    const g = body.grant_types;
    if (!isStringArray(g) || !g.includes(JWT_BEARER_GRANT)) {
      return bad("invalid_client_metadata", `grant_types must be an array containing "${JWT_BEARER_GRANT}"`);
    }
    out.grant_types = [...new Set(g)];
  }
  if (body.scopes !== undefined) {
    const s = body.scopes;
    if (!isStringArray(s) || s.some((x) => x.trim() === "")) {
      return bad("invalid_client_metadata", "scopes must be an array of scope names (strings)");
    }
    const notGranted = s.filter((x) => !granted.includes(x));
    if (notGranted.length > 0) {
      return bad(
        "invalid_scope",
        `Organisation ${orgno} has not been granted access to the scope(s) ${notGranted.join(", ")}. ` +
          "Order access from the scope owner (Digdir, Altinn or Skatteetaten) and wait for approval before adding the scope to a client.",
      );
    }
    out.scopes = [...new Set(s)];
  }
  if (body.client_orgno !== undefined && body.client_orgno !== orgno) {
    return bad(
      "invalid_client_metadata",
      `client_orgno must be the logged-in organisation ${orgno}; supplier clients are not simulated`,
    );
  }
  return { ok: true, value: out };
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

function bad(
  error: "invalid_request" | "invalid_client_metadata" | "invalid_scope",
  description: string,
): FieldsResult {
  return { ok: false, error, description };
}
