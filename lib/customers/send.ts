import "server-only";
import { randomUUID } from "node:crypto";
import type { AltinnClient } from "../altinn/client";
import { createOrRecover, type SendOutcome } from "../altinn/request-flow";
import { effectiveStatus, type AccessPackage, type Right } from "../altinn/types";
import { isServiceError } from "../http/service-error";
import { buildAgentRequest } from "../payloads/agent-request";
import { accessPackageNames } from "../payloads/system-registration";
import type { SystemKind } from "../session/state";
import { isApproved, isWaiting, type Customer, type CustomerRequestBody } from "./model";

/**
 * Sending customers' requests: standard requests (contracts §2.7) or, for an agent system, agent requests
 * (contracts-more §1.4, the "customer" being the accounting firm), a few at a time, each customer's failure
 * recorded on its own row. "Already exists" answers become the existing request or system user.
 */

/** How many requests are in flight at once when many customers are added: quick, and kind to Altinn. */
export const SEND_CONCURRENCY = 8;

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
    const base: Customer = {
      systemId: opts.systemId,
      orgNo: item.orgNo,
      kind: opts.kind,
      externalRef: item.externalRef ?? known?.externalRef ?? randomUUID(),
      requestId: "",
      status: "Failed",
      confirmUrl: "",
      request: opts.body,
      systemUserId: null,
      held: null,
      change: null,
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

/** The request as Altinn holds it, with what it asks for (an agent request asks for packages only). */
interface Sent {
  req: {
    id: string;
    externalRef: string;
    status: string;
    timedOut: boolean;
    confirmUrl: string;
    rights: Right[];
    accessPackages: AccessPackage[];
  } | null;
  outcome: SendOutcome;
}

async function sendOne(
  altinn: AltinnClient,
  c: Customer,
): Promise<{ customer: Customer; outcome: CustomerOutcome }> {
  const { req, outcome } = c.kind === "agent" ? await sendAgent(altinn, c) : await sendStandard(altinn, c);
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
    // An existing system user holds what its approved request asked for; with no request left to read
    // (AUTH-00004) that is unknown, and step 5 compares the system's rights against nothing held.
    const held = req ? { rights: req.rights, accessPackages: req.accessPackages } : null;
    if (su && !su.isDeleted) next = { ...next, systemUserId: su.id, held };
  }
  return { customer: next, outcome };
}

async function sendStandard(altinn: AltinnClient, c: Customer): Promise<Sent> {
  return createOrRecover(altinn, {
    systemId: c.systemId,
    partyOrgNo: c.orgNo,
    externalRef: c.externalRef,
    rights: c.request.rights,
    accessPackages: c.request.accessPackages,
    ...(c.request.redirectUrl ? { redirectUrl: c.request.redirectUrl } : {}),
  });
}

/**
 * An agent request: packages only, no rights (contracts-more §1.2). A system user for the key already
 * (AUTH-00004) is looked up instead of failing; the other "already exists" codes concern standard requests
 * only (§1.4 step 5) and go to the doctor.
 */
async function sendAgent(altinn: AltinnClient, c: Customer): Promise<Sent> {
  const body = buildAgentRequest({
    systemId: c.systemId,
    partyOrgNo: c.orgNo,
    accessPackages: accessPackageNames(c.request.accessPackages),
    externalRef: c.externalRef,
    redirectUrl: c.request.redirectUrl ?? undefined,
  });
  try {
    const res = await altinn.createAgentRequest(body);
    return { req: { ...res.request, rights: [] }, outcome: res.created ? "created" : "reused" };
  } catch (e) {
    if (!(isServiceError(e) && e.code === "AUTH-00004")) throw e;
    const req = await altinn.getAgentRequestByExternalRef(c.systemId, c.orgNo, c.externalRef);
    return { req: req && { ...req, rights: [] }, outcome: "alreadyApproved" };
  }
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
