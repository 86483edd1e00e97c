import { z } from "zod";
import { findOrg, findOrgs } from "../db/orgs";
import { findRequestWithSystem, putRequest, type RequestKind } from "../db/requests";
import { withSandboxLock } from "../db/sandboxes";
import type { SimScope } from "../db/scope";
import { findSystemUserByKey, putSystemUser } from "../db/system-users";
import type { Sim } from "../sim";
import type { SimRequest, SimRight, SimSystem } from "../types";
import { isNavigableRedirect } from "./redirect-urls";
import { effectiveStatus } from "./request-model";
import type { Localised } from "../../i18n/types";
import { findAccessPackage, findResource } from "./resources";
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
  rights: { resourceId: string; action?: string; title?: Localised }[];
  accessPackages: { urn: string; title?: Localised }[];
  /** Where the browser goes after the decision, when that is a web address. */
  redirectUrl?: string;
  /** An accepted agent request's system user, to which the firm adds clients (contracts-more §1.6). */
  agentSystemUserId?: string;
}

async function stateOf(
  scope: SimScope,
  r: SimRequest | undefined,
  system: SimSystem | undefined,
  now: number,
): Promise<ApprovalState> {
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
  if (!system || system.isDeleted) return "system-gone";
  if (await findSystemUserByKey(scope, r.systemId, r.partyOrgNo, r.externalRef)) return "already-exists";
  return "pending";
}

function redirectOf(r: SimRequest): string | undefined {
  return r.redirectUrl && isNavigableRedirect(r.redirectUrl) ? r.redirectUrl : undefined;
}

/**
 * Everything the approval page shows for `?id=…`; an absent or malformed id reads as not found. The persona
 * (the customer's daglig leder) and the names come from the sandbox's organisation register.
 */
export async function loadApprovalView(
  sim: Sim,
  rawId: string | undefined,
  /** The agentrequest page shows agent requests only, the request page standard ones (contracts-more §1.3). */
  kind: RequestKind = "standard",
): Promise<ApprovalView> {
  const parsed = z.guid().safeParse(rawId);
  const found = parsed.success
    ? await findRequestWithSystem(sim, parsed.data.toLowerCase(), kind)
    : undefined;
  const r = found?.request;
  const system = found?.system;
  const view: ApprovalView = {
    state: await stateOf(sim, r, system, sim.now()),
    requestId: r?.id ?? null,
    rights: [],
    accessPackages: [],
  };
  if (!r) return view;
  const orgs = await findOrgs(sim, [r.vendorOrgNo, r.partyOrgNo]);
  const agentUser =
    kind === "agent" && view.state === "accepted"
      ? await findSystemUserByKey(sim, r.systemId, r.partyOrgNo, r.externalRef)
      : undefined;
  const vendorOrg = orgs.get(r.vendorOrgNo);
  const party = orgs.get(r.partyOrgNo);
  return {
    ...view,
    integrationTitle: r.integrationTitle || undefined,
    created: r.created,
    vendor: { orgno: r.vendorOrgNo, name: vendorOrg?.name ?? r.vendorOrgNo },
    system: system ? { id: system.id, name: system.name, description: system.description } : undefined,
    party: { orgno: r.partyOrgNo, name: party?.name ?? r.partyOrgNo },
    approver: party ? { name: party.dagligLeder.name, role: "dagligLeder" } : undefined,
    rights: rightsView(r.rights),
    accessPackages: packagesView(r.accessPackages),
    redirectUrl: redirectOf(r),
    ...(agentUser?.userType === "agent" && !agentUser.isDeleted ? { agentSystemUserId: agentUser.id } : {}),
  };
}

/** Rights as the approval pages list them: resource id, action, and the title when the resource is known. */
export function rightsView(rights: readonly SimRight[]): ApprovalView["rights"] {
  return rights.flatMap((right) =>
    right.resource
      .filter((p) => p.id === RESOURCE_ATTRIBUTE)
      .map((p) => ({
        resourceId: p.value,
        ...(right.action ? { action: right.action } : {}),
        ...(findResource(p.value) ? { title: findResource(p.value)!.title } : {}),
      })),
  );
}

export function packagesView(packages: readonly { urn: string }[]): ApprovalView["accessPackages"] {
  return packages.map((p) => ({
    urn: p.urn,
    ...(findAccessPackage(p.urn) ? { title: findAccessPackage(p.urn)!.title } : {}),
  }));
}

export type DecisionOutcome =
  | { ok: true; status: "Accepted" | "Rejected"; redirectUrl: string | null; systemUserId?: string }
  | { ok: false; state: ApprovalState };

/**
 * Approves or rejects a pending request. The request is read again under the sandbox lock, so a second
 * click, an expiry or a deleted system in the meantime is seen and nothing changes.
 */
export async function decideRequest(sim: Sim, input: Decision): Promise<DecisionOutcome> {
  const id = input.id.toLowerCase();
  return withSandboxLock(sim, async (locked): Promise<DecisionOutcome> => {
    const now = sim.now();
    const found = await findRequestWithSystem(locked, id);
    const r = found?.request;
    const system = found?.system;
    const current = await stateOf(locked, r, system, now);
    if (!r || !system || current !== "pending") return { ok: false, state: current };
    const decided: SimRequest = { ...r, decidedAt: new Date(now).toISOString() };
    const redirectUrl = redirectOf(r) ?? null;
    if (input.decision === "reject") {
      await putRequest(locked, { ...decided, status: "Rejected" });
      return { ok: true, status: "Rejected", redirectUrl };
    }
    const user = systemUserFromRequest(r, system, await findOrg(locked, system.vendorOrgNo), now);
    await putSystemUser(locked, user);
    await putRequest(locked, { ...decided, status: "Accepted" });
    return { ok: true, status: "Accepted", redirectUrl, systemUserId: user.id };
  });
}
