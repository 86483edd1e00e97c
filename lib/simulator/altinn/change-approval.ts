import { findChangeRequest, putChangeRequest } from "../db/change-requests";
import { withSandboxLock } from "../db/sandboxes";
import { getSystemUsers, putSystemUser } from "../db/system-users";
import type { Sim } from "../sim";
import type { Decision, DecisionOutcome } from "./approval";
import { applyChange } from "./change-request-model";
import { isNavigableRedirect } from "./redirect-urls";

/**
 * The customer's decision on a change request (contracts-more §2): approving applies only the difference
 * (unwanted rights and packages removed, missing required ones added) to the system user and sets the
 * change request Accepted; rejecting sets it Rejected. Read again under the sandbox lock, like decideRequest.
 */
export async function decideChangeRequest(sim: Sim, input: Decision): Promise<DecisionOutcome> {
  const id = input.id.toLowerCase();
  return withSandboxLock(sim, async (locked): Promise<DecisionOutcome> => {
    const now = sim.now();
    const c = await findChangeRequest(locked, id);
    if (!c) return { ok: false, state: "not-found" };
    if (c.status === "New" && now >= c.expiresAt) return { ok: false, state: "timedout" };
    if (c.status !== "New")
      return { ok: false, state: c.status === "Timedout" ? "timedout" : lower(c.status) };
    const [user] = await getSystemUsers(locked, [c.systemUserId]);
    // The system user may have been deleted since: nothing to change.
    if (!user || user.isDeleted) return { ok: false, state: "system-gone" };
    const redirectUrl = c.redirectUrl && isNavigableRedirect(c.redirectUrl) ? c.redirectUrl : null;
    const decided = { ...c, decidedAt: new Date(now).toISOString() };
    if (input.decision === "reject") {
      await putChangeRequest(locked, { ...decided, status: "Rejected" });
      return { ok: true, status: "Rejected", redirectUrl };
    }
    await putSystemUser(locked, applyChange(user, c));
    await putChangeRequest(locked, { ...decided, status: "Accepted" });
    return { ok: true, status: "Accepted", redirectUrl, systemUserId: user.id };
  });
}

function lower(s: "Accepted" | "Rejected" | "Denied"): "accepted" | "rejected" | "denied" {
  return s.toLowerCase() as "accepted" | "rejected" | "denied";
}
