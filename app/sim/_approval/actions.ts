"use server";

import { redirect } from "next/navigation";
import { decideAgentRequest } from "@/lib/simulator/altinn/agent-approval";
import { agentApprovalPath } from "@/lib/simulator/altinn/agent-model";
import { decideRequest, decisionSchema } from "@/lib/simulator/altinn/approval";
import { approvalPath } from "@/lib/simulator/altinn/request-model";
import { SHARED_SANDBOX } from "@/lib/simulator/db/sandboxes";
import { approvalSandbox } from "./sandbox";

/**
 * Approve or reject, as the simulated customer. Not a wizard action (no wizard session is involved, and
 * it must redirect the customer's browser), so it does not go through defineAction; it parses its input
 * with zod and the domain code re-reads the request by id under the sandbox lock. The sandbox comes from the
 * page's own URL (a capability the browser already holds) and is checked like any input. Then, like Altinn,
 * it sends the browser to the request's redirectUrl exactly as stored, or to a "done" page.
 */
export async function decideSystemUserRequest(formData: FormData): Promise<void> {
  // A public endpoint: arguments of any other shape (a hand-made call) must not become a 500.
  if (!(formData instanceof FormData)) redirect(approvalPath(SHARED_SANDBOX));
  const sandbox = formData.get("sandbox");
  const sim = await approvalSandbox(typeof sandbox === "string" ? sandbox : "");
  // The agentrequest page posts kind=agent (contracts-more §1.5): the approver is the agent organisation's.
  const agent = formData.get("kind") === "agent";
  const base = agent ? agentApprovalPath(sim.sandboxId) : approvalPath(sim.sandboxId);
  const parsed = decisionSchema.safeParse({ id: formData.get("id"), decision: formData.get("decision") });
  if (!parsed.success) redirect(base);
  const outcome = agent ? await decideAgentRequest(sim, parsed.data) : await decideRequest(sim, parsed.data);
  const back = `${base}?id=${encodeURIComponent(parsed.data.id)}`;
  // Already decided, expired or gone meanwhile: the request page says which.
  if (!outcome.ok) redirect(back);
  // An agent request without a redirectUrl goes back to its page, which then shows the decision.
  redirect(outcome.redirectUrl ?? (agent ? back : `${base}/done?id=${encodeURIComponent(parsed.data.id)}`));
}
