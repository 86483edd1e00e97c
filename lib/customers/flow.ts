import "server-only";
import { randomUUID } from "node:crypto";
import type { AltinnClient } from "../altinn/client";
import type { altinnLists } from "../altinn/lists";
import { createOrRecover, NOT_FOUND, type SendOutcome } from "../altinn/request-flow";
import { effectiveStatus, type AccessRequest } from "../altinn/types";
import { isServiceError } from "../http/service-error";
import type { SystemKind } from "../session/state";
import {
  applyListings,
  isApproved,
  isWaiting,
  needsRefresh,
  type Customer,
  type CustomerRequestBody,
} from "./model";

/**
 * Step 5's lifecycle for many customers: send each one's request (recovering from "already exists" as the
 * single request did), follow all statuses with Altinn's two listings, withdraw one. Works on Customer values
 * and the Altinn client; the caller saves the result (lib/customers/store.ts).
 */
type Lists = ReturnType<typeof altinnLists>;

/** How many requests are in flight at once when many customers are added: quick, and kind to Altinn. */
export const SEND_CONCURRENCY = 8;
/** Requests missing from a listing that are looked up one by one in a refresh, at most. */
export const MAX_SINGLE_LOOKUPS = 10;

export interface SendItem {
  orgNo: string;
  externalRef?: string;
}

export type CustomerOutcome = SendOutcome | "unchanged" | "failed";

export interface SendOptions {
  systemId: string;
  kind: SystemKind;
  body: CustomerRequestBody;
  /** The customers the session has already: one still waiting or approved is not sent again. */
  existing: ReadonlyMap<string, Customer>;
  /** A single add: an upstream error is thrown (for the doctor) instead of recorded on the row. */
  throwOnError?: boolean;
  now?: number;
}

/** Sends the requests of `items`; each customer comes back with its outcome, a failure recorded on its row. */
export async function sendCustomerRequests(
  altinn: AltinnClient,
  items: readonly SendItem[],
  opts: SendOptions,
): Promise<{ customer: Customer; outcome: CustomerOutcome }[]> {
  const now = opts.now ?? Date.now();
  return mapLimit(items, SEND_CONCURRENCY, async (item) => {
    const known = opts.existing.get(item.orgNo);
    if (known && (isWaiting(known) || isApproved(known)) && !item.externalRef)
      return { customer: known, outcome: "unchanged" as const };
    const externalRef = item.externalRef ?? known?.externalRef ?? randomUUID();
    const base: Customer = {
      systemId: opts.systemId,
      orgNo: item.orgNo,
      kind: opts.kind,
      externalRef,
      requestId: "",
      status: "Failed",
      confirmUrl: "",
      request: opts.body,
      systemUserId: null,
      errorCode: null,
      createdAt: known?.createdAt ?? now,
      updatedAt: now,
      checkedAt: now,
    };
    try {
      return await sendOne(altinn, base);
    } catch (e) {
      if (opts.throwOnError || !isServiceError(e)) throw e;
      return { customer: { ...base, errorCode: e.code ?? `HTTP ${e.status ?? e.kind}` }, outcome: "failed" };
    }
  });
}

async function sendOne(
  altinn: AltinnClient,
  c: Customer,
): Promise<{ customer: Customer; outcome: CustomerOutcome }> {
  const body: AccessRequest = {
    systemId: c.systemId,
    partyOrgNo: c.orgNo,
    externalRef: c.externalRef,
    rights: c.request.rights,
    accessPackages: c.request.accessPackages,
    ...(c.request.redirectUrl ? { redirectUrl: c.request.redirectUrl } : {}),
  };
  const { req, outcome } = await createOrRecover(altinn, body);
  let next: Customer = {
    ...c,
    requestId: req?.id ?? "",
    externalRef: req?.externalRef || c.externalRef,
    status: req ? effectiveStatus(req) : "Accepted",
    confirmUrl: req?.confirmUrl ?? "",
  };
  if (next.status === "Accepted") {
    const su = await altinn.findSystemUser({
      systemId: c.systemId,
      orgNo: c.orgNo,
      externalRef: next.externalRef,
    });
    if (su && !su.isDeleted) next = { ...next, systemUserId: su.id };
  }
  return { customer: next, outcome };
}

/**
 * One status refresh of the list: nothing when no customer waits; else both listings, paged (about
 * 2·ceil(N/50) calls), and a look-up by id for the few waiting requests the request listing left out.
 * Returns only the customers whose status or system user changed.
 */
export async function refreshCustomers(
  altinn: AltinnClient,
  lists: Lists,
  list: readonly Customer[],
  systemId: string,
  now = Date.now(),
): Promise<Customer[]> {
  if (!list.some(needsRefresh)) return [];
  const [requests, users] = await Promise.all([
    lists.requestsBySystem(systemId),
    lists.systemUsersBySystem(systemId),
  ]);
  const { changed, unseen } = applyListings(list, requests, users, now);
  for (const c of unseen.filter((u) => u.requestId && isWaiting(u)).slice(0, MAX_SINGLE_LOOKUPS)) {
    const req = await altinn.getRequest(c.requestId);
    const status = req ? effectiveStatus(req) : NOT_FOUND;
    if (status !== c.status) changed.push({ ...c, status, updatedAt: now, checkedAt: now });
  }
  return changed;
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

/** Runs `fn` over `items` with at most `limit` at a time, results in input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
