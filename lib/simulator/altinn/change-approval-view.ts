import { z } from "zod";
import { findChangeRequest } from "../db/change-requests";
import { findOrgs } from "../db/orgs";
import { getSystemUsers } from "../db/system-users";
import { findSystemById } from "../db/systems";
import type { Sim } from "../sim";
import { packagesView, rightsView, type ApprovalView } from "./approval";
import { changeDifference } from "./change-request-model";
import { isNavigableRedirect } from "./redirect-urls";

/**
 * What the simulated Altinn page at a change request's confirmUrl shows (contracts-more §2): the customer's
 * daglig leder sees only the difference approval would make to the existing system user. `rights` and
 * `accessPackages` are what is added, `removed` what is taken away. "user-gone": the system user was deleted
 * since the change request was sent.
 */
export type ChangeApprovalState = ApprovalView["state"] | "user-gone";

export interface ChangeApprovalView extends Omit<ApprovalView, "state"> {
  state: ChangeApprovalState;
  removed: Pick<ApprovalView, "rights" | "accessPackages">;
}

export async function loadChangeApprovalView(
  sim: Sim,
  rawId: string | undefined,
): Promise<ChangeApprovalView> {
  const parsed = z.guid().safeParse(rawId);
  const c = parsed.success ? await findChangeRequest(sim, parsed.data.toLowerCase()) : undefined;
  const empty: ChangeApprovalView = {
    state: "not-found",
    requestId: null,
    rights: [],
    accessPackages: [],
    removed: { rights: [], accessPackages: [] },
  };
  if (!c) return empty;
  const [[user], system, orgs] = await Promise.all([
    getSystemUsers(sim, [c.systemUserId]),
    findSystemById(sim, c.systemId),
    findOrgs(sim, [c.vendorOrgNo, c.partyOrgNo]),
  ]);
  const party = orgs.get(c.partyOrgNo);
  const now = sim.now();
  const state: ChangeApprovalState =
    c.status === "New"
      ? now >= c.expiresAt
        ? "timedout"
        : !user || user.isDeleted
          ? "user-gone"
          : "pending"
      : c.status === "Timedout"
        ? "timedout"
        : (c.status.toLowerCase() as "accepted" | "rejected" | "denied");
  // Once decided, the difference against today's system user says little: show what was asked for.
  const diff =
    user && state === "pending"
      ? changeDifference(user, c)
      : {
          added: { rights: c.requiredRights, accessPackages: c.requiredAccessPackages },
          removed: { rights: c.unwantedRights, accessPackages: c.unwantedAccessPackages },
        };
  return {
    state,
    requestId: c.id,
    integrationTitle: user?.integrationTitle || undefined,
    created: c.created,
    vendor: { orgno: c.vendorOrgNo, name: orgs.get(c.vendorOrgNo)?.name ?? c.vendorOrgNo },
    system: system ? { id: system.id, name: system.name, description: system.description } : undefined,
    party: { orgno: c.partyOrgNo, name: party?.name ?? c.partyOrgNo },
    approver: party ? { name: party.dagligLeder.name, role: "dagligLeder" } : undefined,
    rights: rightsView(diff.added.rights),
    accessPackages: packagesView(diff.added.accessPackages),
    removed: {
      rights: rightsView(diff.removed.rights),
      accessPackages: packagesView(diff.removed.accessPackages),
    },
    redirectUrl: c.redirectUrl && isNavigableRedirect(c.redirectUrl) ? c.redirectUrl : undefined,
  };
}
