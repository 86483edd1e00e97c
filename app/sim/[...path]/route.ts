import { getConfig } from "@/lib/config";
import { getSimulator } from "@/lib/simulator/instance";
import { handleSimRequest } from "@/lib/simulator/router";

export const dynamic = "force-dynamic";

async function handle(req: Request): Promise<Response> {
  if (!getConfig().simulatorOn) return new Response("Not Found", { status: 404 });
  return handleSimRequest(await getSimulator(), req);
}

export { handle as GET, handle as POST, handle as PUT, handle as DELETE, handle as PATCH };
