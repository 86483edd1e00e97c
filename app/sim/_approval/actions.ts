"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { decideAgentRequest } from "@/lib/simulator/altinn/agent-approval";
import { agentApprovalPath } from "@/lib/simulator/altinn/agent-model";
import { decideRequest, decisionSchema } from "@/lib/simulator/altinn/approval";
import { decideChangeRequest } from "@/lib/simulator/altinn/change-approval";
import { changeApprovalPath } from "@/lib/simulator/altinn/change-request-model";
import { agentDelegationPath } from "@/lib/simulator/altinn/client-delegation-view";
import { approvalPath } from "@/lib/simulator/altinn/request-model";
import { SHARED_SANDBOX } from "@/lib/simulator/db/sandboxes";
import { approvalSandbox } from "./sandbox";

/**
 * Approve or reject, as the simulated customer. Not a wizard action (no wizard session is involved, and
 * it must redirect the customer's browser), so it does not go through defineAction; it parses its input
 * with zod and the domain code re-reads the request by id under the sandbox lock. The sandbox comes from the
 * page's own URL (a capability the browser already holds) and is checked like any input; cross-site posts
 * never get here (proxy.ts). Then, like Altinn, it sends the browser to the request's redirectUrl exactly as
 * stored, or to a "done" page. Pages post `kind`: standard (request), agent (agentrequest, contracts-more
 * §1.5) or change (changerequest, contracts-more §2).
 */
const kindSchema = z.enum(["standard", "agent", "change"]).catch("standard");

export async function decideSystemUserRequest(formData: FormData): Promise<void> {
  // A public endpoint: arguments of any other shape (a hand-made call) must not become a 500.
  if (!(formData instanceof FormData)) redirect(approvalPath(SHARED_SANDBOX));
  const sandbox = formData.get("sandbox");
  const sim = await approvalSandbox(typeof sandbox === "string" ? sandbox : "");
  // Unknown or missing: the standard page, as before agent and change requests existed.
  const kind = kindSchema.parse(formData.get("kind"));
  const base =
    kind === "agent"
      ? agentApprovalPath(sim.sandboxId)
      : kind === "change"
        ? changeApprovalPath(sim.sandboxId)
        : approvalPath(sim.sandboxId);
  const parsed = decisionSchema.safeParse({ id: formData.get("id"), decision: formData.get("decision") });
  if (!parsed.success) redirect(base);
  const back = `${base}?id=${encodeURIComponent(parsed.data.id)}`;
  if (kind === "change") {
    const outcome = await decideChangeRequest(sim, parsed.data);
    // Already decided, expired or gone meanwhile, or no redirect: the page says which.
    redirect(outcome.ok && outcome.redirectUrl ? outcome.redirectUrl : back);
  }
  if (kind === "agent") {
    const outcome = await decideAgentRequest(sim, parsed.data);
    if (!outcome.ok) redirect(back);
    // Approved: the firm adds its clients next (contracts-more §1.6); that page leads on to the redirectUrl.
    if (outcome.status === "Accepted" && outcome.systemUserId) {
      const q = new URLSearchParams({ id: outcome.systemUserId, request: parsed.data.id });
      redirect(`${agentDelegationPath(sim.sandboxId)}?${q.toString()}`);
    }
    redirect(outcome.redirectUrl ?? back);
  }
  const outcome = await decideRequest(sim, parsed.data);
  if (!outcome.ok) redirect(back);
  redirect(outcome.redirectUrl ?? `${base}/done?id=${encodeURIComponent(parsed.data.id)}`);
}
