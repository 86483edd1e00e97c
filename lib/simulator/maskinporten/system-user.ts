import type { SimClient, SimState, SimSystem, SimSystemUser } from "../types";
import type { SystemUserRequestDetails } from "./authorization-details";
import { fail, ok, type RuleResult } from "./errors";

/**
 * Rule 24: how Maskinporten finds the system user behind a grant (contracts §1.7, Altinn's
 * `CheckIfPartyHasIntegration`): a non-deleted system of the client's organisation lists the client id,
 * and a non-deleted system user of that system belongs to the customer with the same externalRef (which
 * defaults to the customer's orgno). The short reason names the first part that failed; the wizard's
 * error doctor explains MP-303 from it, so keep these three phrases stable.
 */
export const SYSTEM_USER_MISS = {
  noSystem: "no system has this client id",
  noSystemUser: "no approved system user for the org",
  externalRef: "externalRef does not match",
} as const;

export interface ResolvedSystemUser {
  system: SimSystem;
  systemUser: SimSystemUser;
}

export function resolveSystemUser(
  state: SimState,
  client: SimClient,
  details: SystemUserRequestDetails,
): RuleResult<ResolvedSystemUser> {
  const systems = Object.values(state.systems).filter(
    (s) => !s.isDeleted && s.clientId.includes(client.client_id) && s.vendorOrgNo === client.orgno,
  );
  if (systems.length === 0) return miss(SYSTEM_USER_MISS.noSystem);

  const candidates = Object.values(state.systemUsers).flatMap((u) => {
    if (u.isDeleted || u.reporteeOrgNo !== details.orgno) return [];
    const system = systems.find((s) => s.internalId === u.systemInternalId && s.id === u.systemId);
    return system ? [{ system, systemUser: u }] : [];
  });
  if (candidates.length === 0) return miss(SYSTEM_USER_MISS.noSystemUser);

  const externalRef = details.externalRef ?? details.orgno;
  const match = candidates.find((c) => c.systemUser.externalRef === externalRef);
  if (!match) return miss(SYSTEM_USER_MISS.externalRef);
  return ok(match);
}

function miss(reason: string) {
  return fail(
    "invalid_altinn_customer_configuration",
    `Could not find a system user for the given authorization_details: ${reason}`,
    "MP-303",
  );
}
