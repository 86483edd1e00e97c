"use server";

import { notFound, redirect } from "next/navigation";
import { getConfig } from "@/lib/config";
import { decideRequest, decisionSchema } from "@/lib/simulator/altinn/approval";
import { APPROVAL_PATH } from "@/lib/simulator/altinn/request-model";
import { getSimulator } from "@/lib/simulator/instance";

/**
 * Approve or reject, as the simulated customer. Not a wizard action (no wizard session is involved, and
 * it must redirect the customer's browser), so it does not go through defineAction; it parses its input
 * with zod and the domain code re-reads the request by id inside the store mutation. Then, like Altinn,
 * it sends the browser to the request's redirectUrl exactly as stored, or to a "done" page.
 */
export async function decideSystemUserRequest(formData: FormData): Promise<void> {
  if (!getConfig().simulatorOn) notFound();
  const parsed = decisionSchema.safeParse({ id: formData.get("id"), decision: formData.get("decision") });
  if (!parsed.success) redirect(APPROVAL_PATH);
  const outcome = await decideRequest(await getSimulator(), parsed.data);
  const back = `${APPROVAL_PATH}?id=${encodeURIComponent(parsed.data.id)}`;
  // Already decided, expired or gone meanwhile: the request page says which.
  if (!outcome.ok) redirect(back);
  redirect(outcome.redirectUrl ?? `${APPROVAL_PATH}/done?id=${encodeURIComponent(parsed.data.id)}`);
}
