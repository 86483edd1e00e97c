"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { delegateClient } from "@/lib/simulator/altinn/client-delegation";
import { agentDelegationPath, findAgentSystemUser } from "@/lib/simulator/altinn/client-delegation-view";
import { approvalSandbox } from "./sandbox";

/**
 * "Legg til" / "Fjern" on the simulated client-delegation page (contracts-more §1.6), as the agent
 * organisation's daglig leder. Like decideSystemUserRequest: zod-parsed input, the sandbox from the page's
 * URL, the domain code under the sandbox lock, cross-site posts refused before (proxy.ts). The outcome goes
 * back to the page in its query (`ok`/`error` with the client's orgno), which shows it as a message.
 */
const delegationSchema = z.object({
  id: z.guid(),
  request: z.union([z.guid(), z.literal("")]),
  client: z.guid(),
  op: z.enum(["add", "remove"]),
});

export async function changeClientDelegation(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) redirect("/");
  const sandbox = formData.get("sandbox");
  const sim = await approvalSandbox(typeof sandbox === "string" ? sandbox : "");
  const page = agentDelegationPath(sim.sandboxId);
  const field = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const parsed = delegationSchema.safeParse({
    id: field("id"),
    request: field("request") ?? "",
    client: field("client"),
    op: field("op"),
  });
  const q = new URLSearchParams();
  const id = field("id");
  if (id) q.set("id", id);
  const request = field("request");
  if (request) q.set("request", request);
  if (!parsed.success) {
    q.set("error", "invalid");
    redirect(`${page}?${q.toString()}`);
  }
  const user = await findAgentSystemUser(sim, parsed.data.id);
  // Gone meanwhile, or not an agent system user: the page says so.
  if (!user) redirect(`${page}?${q.toString()}`);
  const outcome = await delegateClient(sim, user, parsed.data.client.toLowerCase(), parsed.data.op === "add");
  q.set("client", parsed.data.client.toLowerCase());
  q.set(outcome.ok ? "ok" : "error", outcome.ok ? parsed.data.op : outcome.code);
  redirect(`${page}?${q.toString()}#result`);
}
