import "server-only";
import { notFound } from "next/navigation";
import { getConfig } from "@/lib/config";
import { isSandboxId } from "@/lib/simulator/db/sandboxes";
import { getSimulator } from "@/lib/simulator/instance";
import { openSandbox, type Sim } from "@/lib/simulator/sim";

/**
 * The sandbox an approval page or decision acts on: "shared" under /sim/altinn-ui/…, the session's own under
 * /sim/s/<sandbox>/altinn-ui/…. Not found when the simulator is off or the id is no sandbox id.
 */
export async function approvalSandbox(sandboxId: string): Promise<Sim> {
  if (!getConfig().simulatorOn || !isSandboxId(sandboxId)) notFound();
  return openSandbox(await getSimulator(), sandboxId);
}
