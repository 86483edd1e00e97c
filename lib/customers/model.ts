import { compareRights, type ChangeNeeded } from "../altinn/rights-compare";
import type { AccessPackage, Right, SystemUser, SystemUserRequest } from "../altinn/types";
import { effectiveStatus, registeredSystemSchema } from "../altinn/types";
import type { SystemKind, WizardState } from "../session/state";

/**
 * Step 5's list of a system's customers (issue 9, part 5), as plain data: each customer has its own request,
 * status, confirmUrl and system user. Pure: the database rows (lib/customers/store.ts) and Altinn's listings
 * (lib/altinn/lists.ts) are turned into and out of this shape here, so the rules are unit-tested without I/O.
 */

/**
 * Altinn's request statuses (contracts §2.8), plus the wizard's own: the request was withdrawn here, it is
 * gone in Altinn (deleted or archived), or sending it failed (errorCode says why).
 */
export const LOCAL_STATUSES = ["Withdrawn", "NotFound", "Failed"] as const;

export interface CustomerRequestBody {
  rights: Right[];
  accessPackages: AccessPackage[];
  redirectUrl: string | null;
}

/** What a system user holds (rights and packages), for comparing with what its system now offers. */
export interface Holdings {
  rights: Right[];
  accessPackages: AccessPackage[];
}

/** The latest change request sent for a customer's system user (contracts-more §2), tracked by its id. */
export interface CustomerChange {
  id: string;
  status: string;
  confirmUrl: string;
  requiredRights: Right[];
  unwantedRights: Right[];
  requiredAccessPackages: AccessPackage[];
  unwantedAccessPackages: AccessPackage[];
  createdAt: number;
}

export interface Customer {
  systemId: string;
  orgNo: string;
  kind: SystemKind;
  externalRef: string;
  /** "" until Altinn answered with a request id (a failed send, or a system user found without a request). */
  requestId: string;
  status: string;
  confirmUrl: string;
  request: CustomerRequestBody;
  systemUserId: string | null;
  /** Null: not known (the system user existed already, AUTH-00004, and no approved request says what it holds). */
  held: Holdings | null;
  change: CustomerChange | null;
  errorCode: string | null;
  createdAt: number;
  updatedAt: number;
  checkedAt: number | null;
}

/** Still waiting for the customer: the list poller keeps going while any customer is here. */
export function isWaiting(c: Pick<Customer, "status">): boolean {
  return c.status === "New";
}

/** A change request the customer has not answered yet. */
export function changeWaiting(c: Pick<Customer, "change">): boolean {
  return c.change?.status === "New";
}

/** The holdings after an accepted change: required added, unwanted removed (by resource id / urn). */
export function applyChange(held: Holdings | null, ch: CustomerChange): Holdings {
  const key = (r: Right) => JSON.stringify(r.resource);
  const drop = new Set(ch.unwantedRights.map(key));
  const rights = [...(held?.rights ?? []).filter((r) => !drop.has(key(r)))];
  for (const r of ch.requiredRights) if (!rights.some((x) => key(x) === key(r))) rights.push(r);
  const dropP = new Set(ch.unwantedAccessPackages.map((p) => p.urn));
  const accessPackages = (held?.accessPackages ?? []).filter((p) => !dropP.has(p.urn));
  for (const p of ch.requiredAccessPackages)
    if (!accessPackages.some((x) => x.urn === p.urn)) accessPackages.push(p);
  return { rights, accessPackages };
}

/** Approved, and the system user is known: steps 6–7 can act for this customer. */
export function isApproved(c: Pick<Customer, "status" | "systemUserId">): boolean {
  return c.status === "Accepted" && Boolean(c.systemUserId);
}

/**
 * What an approved standard customer's system user must gain or lose to hold what the system now offers
 * (lib/altinn/rights-compare.ts), or null. Unknown holdings (an existing system user found through AUTH-00004)
 * count as holding nothing, so such a customer is never taken as up to date without a comparison.
 */
export function rightsChange(c: Customer, system: Holdings): ChangeNeeded | null {
  if (c.kind !== "standard" || !isApproved(c)) return null;
  const cmp = compareRights(system, c.held ?? { rights: [], accessPackages: [] }, "standard");
  return cmp?.kind === "change-request" ? cmp : null;
}

/** Worth asking Altinn about: waiting, or approved without the system user seen yet. */
export function needsRefresh(c: Customer): boolean {
  return isWaiting(c) || (c.status === "Accepted" && !c.systemUserId);
}

/** Nothing more will happen to the request by itself: the vendor may send it again. */
export function canRenew(c: Pick<Customer, "status">): boolean {
  return ["Rejected", "Denied", "Timedout", "NotFound", "Withdrawn", "Failed"].includes(c.status);
}

/** Approved customers, the most recently approved (or checked) first: the default for steps 6–7. */
export function approvedCustomers(list: readonly Customer[]): Customer[] {
  return list.filter(isApproved).sort((a, b) => b.updatedAt - a.updatedAt || a.orgNo.localeCompare(b.orgNo));
}

/**
 * What one refresh learned from Altinn's listings: each customer's request by id and system user by
 * (orgno, externalRef). A customer whose request is not in the listing keeps its status; the caller may
 * look it up by id (Altinn's request list can skip an item at a page boundary, contracts-more §3.1).
 */
export function applyListings(
  list: readonly Customer[],
  requests: readonly SystemUserRequest[],
  users: readonly SystemUser[],
  now: number,
): { changed: Customer[]; unseen: Customer[] } {
  const byId = new Map(requests.map((r) => [r.id, r]));
  const userKey = (org: string, ref: string) => `${org}\u0000${ref}`;
  const byKey = new Map(
    users
      .filter((u) => !u.isDeleted)
      .map((u) => [userKey(u.reporteeOrgNo, u.externalRef || u.reporteeOrgNo), u]),
  );
  const changed: Customer[] = [];
  const unseen: Customer[] = [];
  for (const c of list) {
    if (!needsRefresh(c)) continue;
    const user = byKey.get(userKey(c.orgNo, c.externalRef));
    const req = c.requestId ? byId.get(c.requestId) : undefined;
    const status = user ? "Accepted" : req ? effectiveStatus(req) : null;
    if (status === null) {
      unseen.push(c);
      continue;
    }
    const systemUserId = user?.id ?? c.systemUserId;
    if (status !== c.status || systemUserId !== c.systemUserId)
      changed.push({
        ...c,
        status,
        systemUserId,
        // Approved: the system user holds what the request asked for (the request is Altinn's record of it).
        held:
          status === "Accepted" && req ? { rights: req.rights, accessPackages: req.accessPackages } : c.held,
        updatedAt: now,
        checkedAt: now,
      });
  }
  return { changed, unseen };
}

/** The customer a saved single request (before the list existed) stands for, so it is never lost. */
export function customerFromLegacy(state: WizardState): Customer | null {
  const r = state.request;
  if (!r || !state.system || r.systemId !== state.system.systemId) return null;
  const su = state.systemUser;
  const suMatches =
    su && su.systemId === r.systemId && su.reporteeOrgNo === r.partyOrgNo && su.externalRef === r.externalRef;
  return {
    systemId: r.systemId,
    orgNo: r.partyOrgNo,
    kind: su?.userType === "agent" ? "agent" : "standard",
    externalRef: r.externalRef,
    requestId: r.id,
    status: r.status,
    confirmUrl: r.confirmUrl,
    request: { rights: r.rights, accessPackages: r.accessPackages ?? [], redirectUrl: r.redirectUrl },
    systemUserId: suMatches ? su.id : null,
    held: suMatches ? { rights: r.rights, accessPackages: r.accessPackages ?? [] } : null,
    change: null,
    errorCode: null,
    createdAt: r.createdAt,
    updatedAt: r.checkedAt,
    checkedAt: r.checkedAt,
  };
}

/**
 * The customer steps 6–7 act for, written into the state's single `request`/`systemUser` (which the token,
 * call, snippets and summary read). Only an approved customer can be chosen.
 */
export function withActiveCustomer(state: WizardState, c: Customer | null): WizardState {
  if (!c || !isApproved(c)) {
    const { request: _r, systemUser: _s, ...rest } = state;
    return rest;
  }
  return {
    ...state,
    request: {
      id: c.requestId,
      systemId: c.systemId,
      partyOrgNo: c.orgNo,
      externalRef: c.externalRef,
      rights: c.request.rights,
      accessPackages: c.request.accessPackages,
      redirectUrl: c.request.redirectUrl,
      status: c.status,
      confirmUrl: c.confirmUrl,
      createdAt: c.createdAt,
      checkedAt: c.checkedAt ?? c.updatedAt,
    },
    systemUser: {
      id: c.systemUserId!,
      reporteeOrgNo: c.orgNo,
      externalRef: c.externalRef,
      systemId: c.systemId,
      userType: c.kind,
    },
  };
}

/** Whether the state's active customer is this one. */
export function isActive(
  state: WizardState,
  c: Pick<Customer, "orgNo" | "systemId" | "externalRef">,
): boolean {
  const r = state.request;
  return Boolean(
    r && r.partyOrgNo === c.orgNo && r.systemId === c.systemId && r.externalRef === c.externalRef,
  );
}

/** Followed by the poller: a request or a change request waits for the customer. */
export function isFollowed(c: Customer): boolean {
  return isWaiting(c) || changeWaiting(c);
}

/** What the saved system offers, as holdings to compare a system user's with. */
export function systemHoldings(state: WizardState): Holdings | null {
  const parsed = registeredSystemSchema.safeParse(state.system?.registration);
  return parsed.success ? { rights: parsed.data.rights, accessPackages: parsed.data.accessPackages } : null;
}
