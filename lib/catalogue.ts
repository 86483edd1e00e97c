/**
 * What the wizard knows about the services it onboards to: the Altinn scopes a vendor needs, and (from the
 * registry in lib/apis) Skatteetaten's APIs that take a system-user token. Pure data, shared by pages, payload builders and the simulator.
 * Sources: contracts §3.2, §3.4 and Skatteetaten's api-dokumentasjon (om/systembruker.md).
 */
import { SKATTEETATEN_APIS, type ApiId } from "./apis";

export const ALTINN_SCOPES = [
  "altinn:authentication/systemregister.write",
  "altinn:authentication/systemuser.request.read",
  "altinn:authentication/systemuser.request.write",
] as const;
export type AltinnScope = (typeof ALTINN_SCOPES)[number];

/**
 * The Skatteetaten APIs live in the registry, one folder each (lib/apis); these names are kept so the pages,
 * tests and scripts that read the catalogue keep working.
 */
export { API_IDS, SKATTEETATEN_APIS, apiById, type ApiId, type SkatteetatenApi } from "./apis";

/** Scopes the client needs for a set of chosen APIs: the three Altinn scopes plus one per API. */
export function requiredScopes(apis: readonly ApiId[]): string[] {
  return [...ALTINN_SCOPES, ...apis.map((id) => SKATTEETATEN_APIS[id].scope)];
}

export const ALTINN_RESOURCE_ATTRIBUTE = "urn:altinn:resource";
export const ACCESS_PACKAGE_PREFIX = "urn:altinn:accesspackage:";
export const ORG_AUTHORITY = "iso6523-actorid-upis";
export const SYSTEMUSER_RAR_TYPE = "urn:altinn:systemuser";
export const JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
