import { ALTINN_SCOPES, SKATTEETATEN_APIS } from "@/lib/catalogue";
import { isPlainObject, json } from "../http";
import { grantScope as storeGrant, grantedScopes } from "../db/grants";
import type { Sim } from "../sim";
import { dsError, readJsonBody } from "./respond";

/**
 * POST/GET /scopes/access: stands in for the scope owners (Digdir, Altinn, Skatteetaten) approving an
 * organisation's order for a scope. Only scopes the simulated services know can be granted.
 */
export const DIALOGPORTEN_SCOPE = "digdir:dialogporten";

export function knownScopes(): string[] {
  return [...ALTINN_SCOPES, DIALOGPORTEN_SCOPE, ...Object.values(SKATTEETATEN_APIS).map((a) => a.scope)];
}

function accessModel(orgno: string, scope: string) {
  return { scope, consumer_orgno: orgno, state: "APPROVED" };
}

export async function grantScope(sim: Sim, req: Request, orgno: string): Promise<Response> {
  const body = await readJsonBody(req);
  if (!body.ok) return body.res;
  const scope = isPlainObject(body.value) ? body.value.scope : undefined;
  if (typeof scope !== "string" || scope.trim() === "") {
    return dsError(400, "invalid_request", 'The body must be { "scope": "<prefix:name>" }');
  }
  if (!knownScopes().includes(scope)) {
    return dsError(400, "invalid_scope", `Unknown scope ${scope}. Known scopes: ${knownScopes().join(", ")}`);
  }
  const added = await storeGrant(sim, orgno, scope);
  return json(accessModel(orgno, scope), added ? 201 : 200);
}

export async function listScopeGrants(sim: Sim, orgno: string): Promise<Response> {
  const grants = await grantedScopes(sim, orgno);
  return json(grants.map((scope) => accessModel(orgno, scope)));
}
