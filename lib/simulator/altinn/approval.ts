import { z } from "zod";
import { findOrg } from "../orgs";
import type { Sim } from "../sim";
import type { SimRequest, SimState, SimSystem } from "../types";
import { isNavigableRedirect } from "./redirect-urls";
import { effectiveStatus, findRequest, findSystemUserByKey } from "./request-model";
import { findAccessPackage, findResource, type Bilingual } from "./resources";
import { RESOURCE_ATTRIBUTE } from "./system-register-rules";
import { systemUserFromRequest } from "./system-users";

/**
 * The simulated Altinn UI's approval of a system-user request (field notes §1.4): what the customer's
 * daglig leder sees, and what Approve / Reject do. Approving creates the standard system user and sets the
 * request Accepted; rejecting sets it Rejected. Either way the browser then goes to the request's
 * redirectUrl exactly as stored, with nothing appended (the vendor must poll for the status).
 */
export const decisionSchema = z.object({
  id: z.guid(),
  decision: z.enum(["approve", "reject"]),
});
export type Decision = z.infer<typeof decisionSchema>;

/** What the page can say about a request. Only "pending" offers the buttons. */
export type ApprovalState =
  | "pending"
  | "accepted"
  | "rejected"
  | "denied"
  | "timedout"
  | "not-found"
  | "system-gone"
  | "already-exists";

export interface ApprovalView {
  state: ApprovalState;
  requestId: string | null;
  integrationTitle?: string;
  created?: string;
  vendor?: { orgno: string; name: string };
  system?: { id: string; name: Record<string, string>; description: Record<string, string> };
  party?: { orgno: string; name: string };
  /** The persona the simulator logs in as: the customer's daglig leder. */
  approver?: { name: string; role: "dagligLeder" };
  rights: { resourceId: string; action?: string; title?: Bilingual }[];
  accessPackages: { urn: string; title?: Bilingual }[];
  /** Where the browser goes after the decision, when that is a web address. */
  redirectUrl?: string;
}

function stateOf(state: SimState, r: SimRequest | undefined, now: number): ApprovalState {
  if (!r) return "not-found";
  switch (effectiveStatus(r, now)) {
    case "Accepted":
      return "accepted";
    case "Rejected":
      return "rejected";
    case "Denied":
      return "denied";
    case "Timedout":
      return "timedout";
    case "New":
      break;
  }
  const system = systemOf(state, r);
  if (!system || system.isDeleted) return "system-gone";
  if (findSystemUserByKey(state, r.systemId, r.partyOrgNo, r.externalRef)) return "already-exists";
  return "pending";
}

function systemOf(state: SimState, r: SimRequest): SimSystem | undefined {
  return Object.values(state.systems).find((s) => s.id === r.systemId);
}

function redirectOf(r: SimRequest): string | undefined {
  return r.redirectUrl && isNavigableRedirect(r.redirectUrl) ? r.redirectUrl : undefined;
}

/** Everything the approval page shows for `?id=…`; an absent or malformed id reads as not found. */
export function loadApprovalView(sim: Sim, rawId: string | undefined): ApprovalView {
  const parsed = z.guid().safeParse(rawId);
  const state = sim.store.get();
  const r = parsed.success ? findRequest(state, parsed.data.toLowerCase()) : undefined;
  const view: ApprovalView = {
    state: stateOf(state, r, sim.now()),
    requestId: r?.id ?? null,
    rights: [],
    accessPackages: [],
  };
  if (!r) return view;
  const system = systemOf(state, r);
  const vendorOrg = findOrg(r.vendorOrgNo);
  const party = findOrg(r.partyOrgNo);
  return {
    ...view,
    integrationTitle: r.integrationTitle || undefined,
    created: r.created,
    vendor: { orgno: r.vendorOrgNo, name: vendorOrg?.name ?? r.vendorOrgNo },
    system: system ? { id: system.id, name: system.name, description: system.description } : undefined,
    party: { orgno: r.partyOrgNo, name: party?.name ?? r.partyOrgNo },
    approver: party ? { name: party.dagligLeder.name, role: "dagligLeder" } : undefined,
    rights: r.rights.flatMap((right) =>
      right.resource
        .filter((p) => p.id === RESOURCE_ATTRIBUTE)
        .map((p) => ({
          resourceId: p.value,
          ...(right.action ? { action: right.action } : {}),
          ...(findResource(p.value) ? { title: findResource(p.value)!.title } : {}),
        })),
    ),
    accessPackages: r.accessPackages.map((p) => ({
      urn: p.urn,
      ...(findAccessPackage(p.urn) ? { title: findAccessPackage(p.urn)!.title } : {}),
    })),
    redirectUrl: redirectOf(r),
  };
}

export type DecisionOutcome =
  | { ok: true; status: "Accepted" | "Rejected"; redirectUrl: string | null; systemUserId?: string }
  | { ok: false; state: ApprovalState };

/**
 * Approves or rejects a pending request. The request is read again inside the store mutation, so a
 * second click, an expiry or a deleted system in the meantime is seen and nothing changes.
 */
export async function decideRequest(sim: Sim, input: Decision): Promise<DecisionOutcome> {
  const id = input.id.toLowerCase();
  return sim.store.mutate((s): DecisionOutcome => {
    const now = sim.now();
    const r = findRequest(s, id);
    const current = stateOf(s, r, now);
    if (!r || current !== "pending") return { ok: false, state: current };
    r.decidedAt = new Date(now).toISOString();
    const redirectUrl = redirectOf(r) ?? null;
    if (input.decision === "reject") {
      r.status = "Rejected";
      return { ok: true, status: "Rejected", redirectUrl };
    }
    const user = systemUserFromRequest(r, systemOf(s, r)!, now);
    s.systemUsers[user.id] = user;
    r.status = "Accepted";
    return { ok: true, status: "Accepted", redirectUrl, systemUserId: user.id };
  });
}
