import { sandboxPath, type Sim } from "../sim";
import type { SimRequest, SimRequestStatus } from "../types";

/**
 * System-user requests as stored and as answered (contracts §2.6–2.8): status computation, the confirmUrl,
 * and the RequestSystemResponse shape. Every URL carries the sandbox (`sim.base`).
 */
const API_PATH = "/altinn/authentication/api/v1";
const APPROVAL_SUBPATH = "/altinn-ui/accessmanagement/ui/systemuser/request";

/** The Altinn platform API's base in the sandbox: `<base>/altinn/authentication/api/v1`. */
export function apiBase(sim: Sim): string {
  return `${sim.base}${API_PATH}`;
}

/** The approval page's path (no origin) in the sandbox, for the page's own links and redirects. */
export function approvalPath(sandboxId: string): string {
  return `${sandboxPath(sandboxId)}${APPROVAL_SUBPATH}`;
}

/** A New request whose time is up reads as Timedout; every other status is as stored. */
export function effectiveStatus(r: SimRequest, now: number): SimRequestStatus {
  return r.status === "New" && now >= r.expiresAt ? "Timedout" : r.status;
}

/** The Altinn UI page where the customer approves: `…/systemuser/request?id=<id>&DONTCHOOSEREPORTEE=true`. */
export function confirmUrl(sim: Sim, id: string): string {
  return `${sim.base}${APPROVAL_SUBPATH}?id=${id}&DONTCHOOSEREPORTEE=true`;
}

export function requestLocation(sim: Sim, id: string): string {
  return `${apiBase(sim)}/systemuser/request/${id}`;
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
