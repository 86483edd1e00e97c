import "server-only";
import type { AltinnClient } from "../altinn/client";
import type { altinnLists } from "../altinn/lists";
import { NOT_FOUND } from "../altinn/request-flow";
import { effectiveStatus } from "../altinn/types";
import { isServiceError } from "../http/service-error";
import { buildChangeRequest, changeValuesFrom } from "../payloads/change-request";
import {
  applyChange,
  applyListings,
  changeWaiting,
  isWaiting,
  needsRefresh,
  rightsChange,
  type Customer,
  type Holdings,
} from "./model";

/**
 * Following many customers: all statuses with Altinn's two paged listings, the few requests a listing left
 * out by id, change requests by their id (contracts-more §3.1: track by correlation-id); withdrawing one;
 * sending a change request when a system user lacks what its system now offers. Works on Customer values
 * and the Altinn client; the caller saves the result (lib/customers/store.ts).
 */
type Lists = ReturnType<typeof altinnLists>;

/** Requests missing from a listing that are looked up one by one in a refresh, at most. */
export const MAX_SINGLE_LOOKUPS = 10;

/**
 * One status refresh of the list: nothing when no customer waits; else both listings, paged (about
 * 2·ceil(N/50) calls), a look-up by id for the few waiting requests the request listing left out (agent
 * requests are never in it), and each waiting change request by id. Returns only the customers that changed.
 */
export async function refreshCustomers(
  altinn: AltinnClient,
  lists: Lists,
  list: readonly Customer[],
  systemId: string,
  now = Date.now(),
): Promise<Customer[]> {
  const changed: Customer[] = [];
  if (list.some(needsRefresh)) {
    const [requests, users] = await Promise.all([
      lists.requestsBySystem(systemId),
      lists.systemUsersBySystem(systemId),
    ]);
    const listed = applyListings(list, requests, users, now);
    changed.push(...listed.changed);
    const lookups = listed.unseen.filter((u) => u.requestId && isWaiting(u)).slice(0, MAX_SINGLE_LOOKUPS);
    for (const c of lookups) {
      const req =
        c.kind === "agent"
          ? await altinn.getAgentRequest(c.requestId).then((r) => r && { ...r, rights: [] })
          : await altinn.getRequest(c.requestId);
      const status = req ? effectiveStatus(req) : NOT_FOUND;
      if (status === c.status) continue;
      const held =
        status === "Accepted" && req ? { rights: req.rights, accessPackages: req.accessPackages } : c.held;
      changed.push({ ...c, status, held, updatedAt: now, checkedAt: now });
    }
  }
  const byOrg = new Map(changed.map((c) => [c.orgNo, c]));
  for (const c of list.filter(changeWaiting).slice(0, MAX_SINGLE_LOOKUPS)) {
    const current = byOrg.get(c.orgNo) ?? c;
    const next = await refreshChange(altinn, current, now);
    if (next !== current) byOrg.set(c.orgNo, next);
  }
  return [...byOrg.values()];
}

/** A waiting change request's status; once accepted, the system user holds what it asked for. */
async function refreshChange(altinn: AltinnClient, c: Customer, now: number): Promise<Customer> {
  const ch = c.change!;
  const found = await altinn.getChangeRequest(ch.id);
  const status = found ? effectiveStatus(found) : NOT_FOUND;
  if (status === ch.status) return c;
  const change = { ...ch, status };
  const held = status === "Accepted" ? applyChange(c.held, change) : c.held;
  return { ...c, change, held, updatedAt: now, checkedAt: now };
}

/** Deletes the customer's request in Altinn (a 404 means it is already gone); the row stays, as withdrawn. */
export async function withdrawCustomer(
  altinn: AltinnClient,
  c: Customer,
  now = Date.now(),
): Promise<Customer> {
  if (c.requestId) {
    try {
      await altinn.deleteRequest(c.requestId);
    } catch (e) {
      if (!(isServiceError(e) && e.status === 404)) throw e;
    }
  }
  return { ...c, status: "Withdrawn", confirmUrl: "", updatedAt: now, checkedAt: now };
}

/**
 * Sends a change request (contracts-more §2) for what the customer's system user lacks or should lose, with
 * a new correlation-id. Null when there is nothing to change. `NoChangeNeeded` is kept as the status.
 */
export async function sendChangeRequest(
  altinn: AltinnClient,
  c: Customer,
  system: Holdings,
  redirectUrl: string | null,
  now = Date.now(),
): Promise<Customer | null> {
  const change = rightsChange(c, system);
  if (!change || !c.systemUserId) return null;
  const body = buildChangeRequest(changeValuesFrom(change, redirectUrl ?? undefined));
  const { changeRequest: cr } = await altinn.createChangeRequest(c.systemUserId, body);
  return {
    ...c,
    change: {
      id: cr.id,
      status: cr.status,
      confirmUrl: cr.confirmUrl,
      requiredRights: body.requiredRights,
      unwantedRights: body.unwantedRights,
      requiredAccessPackages: body.requiredAccessPackages,
      unwantedAccessPackages: body.unwantedAccessPackages,
      createdAt: now,
    },
    updatedAt: now,
  };
}
