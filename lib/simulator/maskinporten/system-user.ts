import type { SimScope } from "../db/scope";
import { customerSystemUsers } from "../db/system-users";
import { vendorSystemsWithClient } from "../db/systems";
import type { SimClient, SimSystem, SimSystemUser } from "../types";
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

export async function resolveSystemUser(
  scope: SimScope,
  client: SimClient,
  details: SystemUserRequestDetails,
): Promise<RuleResult<ResolvedSystemUser>> {
  const systems = await vendorSystemsWithClient(scope, client.orgno, client.client_id);
  if (systems.length === 0) return miss(SYSTEM_USER_MISS.noSystem);

  const users = await customerSystemUsers(
    scope,
    details.orgno,
    systems.map((s) => s.id),
  );
  const candidates = users.flatMap((u) => {
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
