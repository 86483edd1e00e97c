import { findOrg } from "../db/orgs";
import { findRequestWithSystem, putRequest } from "../db/requests";
import { withSandboxLock } from "../db/sandboxes";
import { findSystemUserByKey, putSystemUser } from "../db/system-users";
import type { Sim } from "../sim";
import type { SimRequest } from "../types";
import type { Decision, DecisionOutcome } from "./approval";
import { isNavigableRedirect } from "./redirect-urls";
import { effectiveStatus } from "./request-model";
import { systemUserFromRequest } from "./system-users";

/**
 * Approving an agent request (contracts-more §1.5): someone at the agent organisation (the accounting firm,
 * the request's partyOrgNo) approves, and Altinn creates a system user with `userType: "agent"`, the
 * request's packages, no single rights and **no clients**; clients are delegated afterwards (§1.6).
 * Like decideRequest, the request is read again under the sandbox lock so a second click changes nothing.
 */
export async function decideAgentRequest(sim: Sim, input: Decision): Promise<DecisionOutcome> {
  const id = input.id.toLowerCase();
  return withSandboxLock(sim, async (locked): Promise<DecisionOutcome> => {
    const now = sim.now();
    const found = await findRequestWithSystem(locked, id, "agent");
    const r = found?.request;
    const system = found?.system;
    if (!r) return { ok: false, state: "not-found" };
    const status = effectiveStatus(r, now);
    if (status !== "New") return { ok: false, state: status === "Timedout" ? "timedout" : lower(status) };
    if (!system || system.isDeleted) return { ok: false, state: "system-gone" };
    if (await findSystemUserByKey(locked, r.systemId, r.partyOrgNo, r.externalRef))
      return { ok: false, state: "already-exists" };
    const decided: SimRequest = { ...r, decidedAt: new Date(now).toISOString() };
    // As for standard requests: only a web address is followed (approval.ts redirectOf).
    const redirectUrl = r.redirectUrl && isNavigableRedirect(r.redirectUrl) ? r.redirectUrl : null;
    if (input.decision === "reject") {
      await putRequest(locked, { ...decided, status: "Rejected" });
      return { ok: true, status: "Rejected", redirectUrl };
    }
    const standard = systemUserFromRequest(r, system, await findOrg(locked, system.vendorOrgNo), now);
    const user = { ...standard, rights: [], userType: "agent" as const };
    await putSystemUser(locked, user);
    await putRequest(locked, { ...decided, status: "Accepted" });
    return { ok: true, status: "Accepted", redirectUrl, systemUserId: user.id };
  });
}

function lower(s: "Accepted" | "Rejected" | "Denied"): "accepted" | "rejected" | "denied" {
  return s.toLowerCase() as "accepted" | "rejected" | "denied";
}
