import type { SkatteetatenApi } from "@/lib/apis/types";
import { ACCESS_PACKAGE_PREFIX, ALTINN_RESOURCE_ATTRIBUTE, SYSTEMUSER_RAR_TYPE } from "@/lib/catalogue";
import { mayActFor } from "../altinn/acting-for";
import { delegationsOf } from "../db/client-delegations";
import { getSystemUsersWithSystemState } from "../db/system-users";
import { bearerToken, isPlainObject } from "../http";
import {
  orgnoFromIso6523,
  tokenScopes,
  verifyAccessToken,
  type MaskinportenClaims,
} from "../maskinporten/access-token";
import type { Sim } from "../sim";
import type { SimSystemUser } from "../types";

/**
 * How Skatteetaten authorises a system-user call (contracts §3.1, §3.5 item 3), in the order the checks
 * run: a valid Maskinporten token (else 401); then, each a 403, the API's scope, a system user in the
 * token, that system user existing with the API's Altinn resource (or an access package that gives it),
 * and finally whether the system user may act for the party the request is about (checked by the handler,
 * which knows where the party is: the path for Krav og betalinger, the body for innrapportering), asked of
 * Altinn Authorization as Skatteetaten does (contracts-more §1.8): a standard system user only for its own
 * organisation, an agent system user only for a client delegated to it.
 */
export type Authorised = {
  ok: true;
  claims: MaskinportenClaims;
  systemUser: SimSystemUser;
  customerOrgno: string;
};
export type Refused = {
  ok: false;
  detail: string;
  /** Why, where an API has a specification code for it (a-melding: AMLD_1063 for "no-system-user"). */
  reason?: "no-system-user";
};

export function authenticate(sim: Sim, req: Request): Promise<MaskinportenClaims | null> {
  return verifyAccessToken(sim, bearerToken(req));
}

/** The system user the token speaks for: `authorization_details[0]` of type `urn:altinn:systemuser`. */
export function systemUserInToken(claims: MaskinportenClaims): { ids: string[]; orgno: string } | null {
  const details: unknown = claims.authorization_details;
  if (!Array.isArray(details) || details.length === 0) return null;
  const first: unknown = details[0];
  if (!isPlainObject(first) || first.type !== SYSTEMUSER_RAR_TYPE) return null;
  const ids = Array.isArray(first.systemuser_id)
    ? first.systemuser_id.filter((x): x is string => typeof x === "string" && x.length > 0)
    : [];
  const org = first.systemuser_org;
  if (ids.length === 0 || !isPlainObject(org)) return null;
  // Altinn's docs write `id`, real tokens `ID` (contracts §1.6): accept either spelling.
  const idKey = Object.keys(org).find((k) => k.toLowerCase() === "id");
  const orgno = idKey ? orgnoFromIso6523(org[idKey]) : null;
  return orgno ? { ids, orgno } : null;
}

export async function authorise(
  sim: Sim,
  claims: MaskinportenClaims,
  api: SkatteetatenApi,
): Promise<Authorised | Refused> {
  if (!tokenScopes(claims).includes(api.scope)) {
    return { ok: false, detail: `Tokenet mangler scope «${api.scope}».` };
  }
  const claim = systemUserInToken(claims);
  if (!claim) {
    return {
      ok: false,
      reason: "no-system-user",
      detail:
        "Tokenet inneholder ingen systembruker (authorization_details av typen urn:altinn:systemuser med systemuser_id og systemuser_org).",
    };
  }
  // The first id in the token's list that names a live system user of a live system.
  const found = new Map((await getSystemUsersWithSystemState(sim, claim.ids)).map((x) => [x.user.id, x]));
  const systemUser = claim.ids
    .map((id) => found.get(id))
    .find((x) => x !== undefined && !x.user.isDeleted && !x.systemDeleted)?.user;
  if (!systemUser) {
    return { ok: false, detail: `Systembrukeren ${claim.ids.join(", ")} finnes ikke eller er slettet.` };
  }
  if (systemUser.reporteeOrgNo !== claim.orgno) {
    return {
      ok: false,
      detail: `Systembrukeren tilhører ikke organisasjonen ${claim.orgno} i tokenets systemuser_org.`,
    };
  }
  if (!holdsApiRight(systemUser, api)) {
    const packages = api.accessPackages.length > 0 ? " eller en tilgangspakke som gir den" : "";
    return { ok: false, detail: `Systembrukeren har ikke rettigheten «${api.resource}»${packages}.` };
  }
  return { ok: true, claims, systemUser, customerOrgno: claim.orgno };
}

/**
 * The last check: may the token's system user act for `orgno` on the API's resource? Refused with what
 * Altinn answered (contracts-more §1.7–1.8; lib/simulator/altinn/acting-for.ts).
 */
export async function checkActingFor(
  sim: Sim,
  auth: Authorised,
  orgno: string,
  api: SkatteetatenApi,
): Promise<Refused | null> {
  const user = auth.systemUser;
  const clients =
    user.userType === "agent" ? (await delegationsOf(sim, user.id)).map((d) => d.clientOrgNo) : [];
  const answer = mayActFor(user, orgno, api.resource, clients);
  if (answer.ok) return null;
  const detail =
    answer.reason === "not-reportee"
      ? `Organisasjonsnummeret ${orgno} er ikke systembrukerens organisasjon (${auth.customerOrgno}).`
      : answer.reason === "not-a-client"
        ? `Organisasjonen ${orgno} er ikke delegert som klient til klientsystembrukeren.`
        : `Systembrukeren har ikke rettigheten «${api.resource}» for organisasjonen ${orgno}.`;
  return { ok: false, detail };
}

function holdsApiRight(user: SimSystemUser, api: SkatteetatenApi): boolean {
  const byResource = (user.rights ?? []).some((r) =>
    (r.resource ?? []).some(
      (res) => res.value === api.resource && (!res.id || res.id === ALTINN_RESOURCE_ATTRIBUTE),
    ),
  );
  if (byResource) return true;
  const packages = new Set(api.accessPackages.map((p) => `${ACCESS_PACKAGE_PREFIX}${p}`));
  return (user.accessPackages ?? []).some((p) => packages.has(p.urn));
}
