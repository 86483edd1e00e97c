import type { Sim } from "../sim";
import { json } from "../http";
import { checkAuthorizationDetails, type SystemUserRequestDetails } from "./authorization-details";
import { mpErrorResponse } from "./errors";
import { checkGrantHeaderAndClaims, readGrantRequest } from "./grant-parse";
import {
  authenticateClient,
  checkGrantClaims,
  checkJtiUnused,
  loadGrantContext,
  recordJti,
} from "./grant-rules";
import { issueAccessToken, resourceClaim } from "./issue";
import { checkScopes } from "./scope-rules";
import { resolveSystemUser, type ResolvedSystemUser } from "./system-user";

/**
 * POST /token: the JWT-bearer grant, checked rule by rule in the order of mp-errors.md (the first failing
 * rule answers), then an access token. Bad input of any kind ends in a 400 with an MP id, never a 5xx.
 */
export async function handleToken(sim: Sim, req: Request): Promise<Response> {
  const read = await readGrantRequest(req); // rules 1–3
  if (!read.ok) return mpErrorResponse(read.error);
  const parsed = checkGrantHeaderAndClaims(read.value); // rules 4–7
  if (!parsed.ok) return mpErrorResponse(parsed.error);
  const grant = parsed.value;

  const auth = await authenticateClient(sim, grant, await loadGrantContext(sim, grant)); // rules 8–11
  if (!auth.ok) return mpErrorResponse(auth.error);
  const context = auth.value;
  const { client } = context;

  const times = checkGrantClaims(sim, grant); // rules 12–16
  if (!times.ok) return mpErrorResponse(times.error);
  const unused = checkJtiUnused(context); // rule 17
  if (!unused.ok) return mpErrorResponse(unused.error);

  const scopes = checkScopes(context.granted, client, grant.payload.scope); // rules 18–20
  if (!scopes.ok) return mpErrorResponse(scopes.error);

  let systemUser: { details: SystemUserRequestDetails; resolved: ResolvedSystemUser } | undefined;
  if (grant.payload.authorization_details !== undefined) {
    const details = checkAuthorizationDetails(grant.payload.authorization_details); // rules 21–23
    if (!details.ok) return mpErrorResponse(details.error);
    const resolved = await resolveSystemUser(sim, client, details.value); // rule 24
    if (!resolved.ok) return mpErrorResponse(resolved.error);
    systemUser = { details: details.value, resolved: resolved.value };
  }

  const used = await recordJti(sim, grant, times.value); // rule 17, recorded only now that every rule passed
  if (!used.ok) return mpErrorResponse(used.error);

  const token = await issueAccessToken(sim, {
    client,
    scopes: scopes.value,
    systemUser,
    resource: resourceClaim(grant.payload.resource),
  });
  return json(token);
}
