import "server-only";
import { randomUUID } from "node:crypto";
import type { Environment } from "../environments";
import { isServiceError } from "../http/service-error";
import type { GrantSigner } from "../maskinporten/signer";
import type { WizardState } from "../session/state";
import { markDone, markUndone } from "../steps";
import type { AltinnClient } from "./client";
import { vendorAltinnClient } from "./session";
import { effectiveStatus, FINAL_STATUSES, type AccessRequest, type SystemUserRequest } from "./types";

/**
 * Step 5's lifecycle of a system-user request: send it, recover from the answers that mean "it already
 * exists" instead of failing (contracts §2.7, field notes §3.17), follow its status, and record the system
 * user once the customer has approved.
 */
export type SendOutcome = "created" | "reused" | "pending" | "alreadyApproved" | "rejected";

/** Not an Altinn status: the request is gone (deleted, or archived after 28 days). */
export const NOT_FOUND = "NotFound";

export function isFinalStatus(status: string): boolean {
  return FINAL_STATUSES.includes(status) || status === NOT_FOUND;
}

function withRequest(
  state: WizardState,
  body: AccessRequest,
  req: SystemUserRequest | null,
  now: number,
): WizardState {
  const current = state.request;
  const same = current && req && current.id === req.id;
  const next: WizardState = {
    ...state,
    request: {
      id: req?.id ?? "",
      systemId: body.systemId,
      partyOrgNo: body.partyOrgNo,
      externalRef: req?.externalRef || body.externalRef,
      rights: req?.rights.length ? req.rights : body.rights,
      accessPackages: req?.accessPackages.length ? req.accessPackages : body.accessPackages,
      redirectUrl: req?.redirectUrl ?? body.redirectUrl ?? null,
      status: req ? effectiveStatus(req) : "Accepted",
      confirmUrl: req?.confirmUrl ?? "",
      createdAt: same ? current.createdAt : now,
      checkedAt: now,
    },
  };
  // A different request: the system user found for the previous one no longer answers for this step.
  if (same) return next;
  const { systemUser: _previous, ...rest } = next;
  return markUndone(rest, "customer");
}

/** Looks up the approved request's system user (byquery) and, when found, marks step 5 done. */
async function withSystemUser(state: WizardState, altinn: AltinnClient): Promise<WizardState> {
  const r = state.request;
  if (!r) return state;
  const su = await altinn.findSystemUser({
    systemId: r.systemId,
    orgNo: r.partyOrgNo,
    externalRef: r.externalRef,
  });
  if (!su || su.isDeleted) return state;
  const next: WizardState = {
    ...state,
    systemUser: {
      id: su.id,
      reporteeOrgNo: su.reporteeOrgNo,
      externalRef: su.externalRef || r.externalRef,
      systemId: su.systemId,
    },
  };
  return markDone(next, "customer");
}

const RECOVERABLE: Record<string, SendOutcome> = {
  "AUTH-00004": "alreadyApproved",
  "AUTH-00006": "alreadyApproved",
  "AUTH-00007": "pending",
  "AUTH-00008": "rejected",
  "AUTH-00009": "rejected",
};

/**
 * POSTs the request; an answer that means "it already exists" becomes the existing request (looked up by
 * externalRef) instead of an error. `req` is null only for AUTH-00004/00006 with no request left to read.
 */
export async function createOrRecover(
  altinn: AltinnClient,
  body: AccessRequest,
): Promise<{ req: SystemUserRequest | null; outcome: SendOutcome }> {
  try {
    const res = await altinn.createRequest(body);
    return { req: res.request, outcome: res.created ? "created" : "reused" };
  } catch (e) {
    const known = isServiceError(e) && e.service === "altinn" && e.code ? RECOVERABLE[e.code] : undefined;
    if (!known) throw e;
    const req = await altinn.getRequestByExternalRef(body.systemId, body.partyOrgNo, body.externalRef);
    // Without the request there is nothing to show, unless the system user itself exists.
    if (!req && known !== "alreadyApproved") throw e;
    return { req, outcome: known };
  }
}

export async function sendAccessRequest(
  state: WizardState,
  env: Environment,
  signer: GrantSigner,
  body: AccessRequest,
  now = Date.now(),
): Promise<{ state: WizardState; outcome: SendOutcome; status: string }> {
  const altinn = await vendorAltinnClient(state, env, signer);
  const { req, outcome } = await createOrRecover(altinn, body);
  let next = withRequest(state, body, req, now);
  if (next.request?.status === "Accepted") next = await withSystemUser(next, altinn);
  return { state: next, outcome, status: next.request?.status ?? "Accepted" };
}

/** Asks Altinn for the current request's status; `changed` says whether the state needs saving. */
export async function refreshRequestStatus(
  state: WizardState,
  env: Environment,
  signer: GrantSigner,
  now = Date.now(),
): Promise<{ state: WizardState; status: string; changed: boolean }> {
  const current = state.request;
  if (!current) return { state, status: NOT_FOUND, changed: false };
  const needsUser = current.status === "Accepted" && !hasSystemUserFor(state);
  if (isFinalStatus(current.status) && !needsUser) return { state, status: current.status, changed: false };
  const altinn = await vendorAltinnClient(state, env, signer);
  const req = current.id ? await altinn.getRequest(current.id) : null;
  const status = req ? effectiveStatus(req) : current.id ? NOT_FOUND : current.status;
  let next: WizardState = { ...state, request: { ...current, status, checkedAt: now } };
  if (status === "Accepted") next = await withSystemUser(next, altinn);
  const changed = status !== current.status || next.systemUser !== state.systemUser;
  return { state: next, status, changed };
}

export function hasSystemUserFor(state: WizardState): boolean {
  const r = state.request;
  const su = state.systemUser;
  return Boolean(
    r &&
    su &&
    su.systemId === r.systemId &&
    su.reporteeOrgNo === r.partyOrgNo &&
    su.externalRef === r.externalRef,
  );
}

/** Deletes the request in Altinn (a 404 means it is already gone) and forgets it. */
export async function deleteCurrentRequest(
  state: WizardState,
  env: Environment,
  signer: GrantSigner,
): Promise<WizardState> {
  const current = state.request;
  if (!current) return state;
  if (current.id) {
    const altinn = await vendorAltinnClient(state, env, signer);
    try {
      await altinn.deleteRequest(current.id);
    } catch (e) {
      if (!(isServiceError(e) && e.status === 404)) throw e;
    }
  }
  const { request: _gone, ...rest } = state;
  return markUndone(rest, "customer");
}

/**
 * After a rejection or a timeout: delete the old request and send the same one again, with the same
 * externalRef or a new one.
 */
export async function renewAccessRequest(
  state: WizardState,
  env: Environment,
  signer: GrantSigner,
  mode: "same" | "new",
): Promise<{ state: WizardState; outcome: SendOutcome; status: string }> {
  const current = state.request;
  if (!current) throw new Error("no request to renew");
  const body: AccessRequest = {
    systemId: current.systemId,
    partyOrgNo: current.partyOrgNo,
    externalRef: mode === "new" ? randomUUID() : current.externalRef,
    rights: current.rights,
    accessPackages: current.accessPackages ?? [],
    ...(current.redirectUrl ? { redirectUrl: current.redirectUrl } : {}),
  };
  const cleared = await deleteCurrentRequest(state, env, signer);
  return sendAccessRequest(cleared, env, signer, body);
}
