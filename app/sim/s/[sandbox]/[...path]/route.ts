import { getConfig } from "@/lib/config";
import { getSimulator } from "@/lib/simulator/instance";
import { handleSimRequest } from "@/lib/simulator/router";

export const dynamic = "force-dynamic";

/**
 * /sim/s/<sandbox>/<service>/…: a wizard session's own simulated world. The router reads the sandbox from the
 * path, as for the shared /sim/<service>/… paths; only the approval pages beside this folder are pages.
 */
async function handle(req: Request): Promise<Response> {
  if (!getConfig().simulatorOn) return new Response("Not Found", { status: 404 });
  return handleSimRequest(await getSimulator(), req);
}

export { handle as GET, handle as POST, handle as PUT, handle as DELETE, handle as PATCH };
