import { own } from "../http";
import type { Sim } from "../sim";
import type { SimRequest, SimRequestStatus, SimState, SimSystemUser } from "../types";

/**
 * System-user requests as stored and as answered (contracts §2.6–2.8): status computation, the confirmUrl,
 * the RequestSystemResponse shape, and the lookups by id and by the external key
 * (systemId, partyOrgNo, externalRef).
 */
export const API_BASE = "/sim/altinn/authentication/api/v1";
export const APPROVAL_PATH = "/sim/altinn-ui/accessmanagement/ui/systemuser/request";

/** A New request whose time is up reads as Timedout; every other status is as stored. */
export function effectiveStatus(r: SimRequest, now: number): SimRequestStatus {
  return r.status === "New" && now >= r.expiresAt ? "Timedout" : r.status;
}

/** The Altinn UI page where the customer approves: `…/systemuser/request?id=<id>&DONTCHOOSEREPORTEE=true`. */
export function confirmUrl(sim: Sim, id: string): string {
  return `${sim.publicUrl}${APPROVAL_PATH}?id=${id}&DONTCHOOSEREPORTEE=true`;
}

export function requestLocation(sim: Sim, id: string): string {
  return `${sim.publicUrl}${API_BASE}/systemuser/request/${id}`;
}

/** What Altinn's create returns for `created`: the property is never set on that object. */
export const UNSET_DATETIME = "0001-01-01T00:00:00";

/**
 * RequestSystemResponse. `confirmUrl` is set by the single-request endpoints and left out of list items;
 * `redirectUrl` is left out when there is none. `timedOut` is true once the request is older than the
 * timeout, whatever its status (as Altinn's repository computes it).
 */
export function requestResponse(
  sim: Sim,
  r: SimRequest,
  opts: { withConfirmUrl: boolean; created?: string },
) {
  const now = sim.now();
  return {
    id: r.id,
    ...(r.integrationTitle !== "" ? { integrationTitle: r.integrationTitle } : {}),
    externalRef: r.externalRef,
    systemId: r.systemId,
    partyOrgNo: r.partyOrgNo,
    rights: r.rights,
    accessPackages: r.accessPackages,
    status: effectiveStatus(r, now),
    ...(r.redirectUrl !== undefined ? { redirectUrl: r.redirectUrl } : {}),
    ...(opts.withConfirmUrl ? { confirmUrl: confirmUrl(sim, r.id) } : {}),
    escalated: r.escalated,
    created: opts.created ?? r.created,
    timedOut: now >= r.expiresAt,
  };
}

export function findRequest(state: SimState, id: string): SimRequest | undefined {
  const r = own(state.requests, id);
  return r && !r.isDeleted ? r : undefined;
}

/** The newest request (not deleted) for the external key. */
export function findRequestByKey(
  state: SimState,
  systemId: string,
  orgNo: string,
  externalRef: string,
): SimRequest | undefined {
  return Object.values(state.requests)
    .filter(
      (r) =>
        !r.isDeleted && r.systemId === systemId && r.partyOrgNo === orgNo && r.externalRef === externalRef,
    )
    .sort((a, b) => a.created.localeCompare(b.created))
    .at(-1);
}

/** A system user (not deleted) for the external key; like Altinn's query it does not look at the vendor. */
export function findSystemUserByKey(
  state: SimState,
  systemId: string,
  orgNo: string,
  externalRef: string,
): SimSystemUser | undefined {
  return Object.values(state.systemUsers).find(
    (u) =>
      !u.isDeleted && u.systemId === systemId && u.reporteeOrgNo === orgNo && u.externalRef === externalRef,
  );
}
