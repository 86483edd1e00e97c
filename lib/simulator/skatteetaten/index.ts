import { apiByHostStem } from "@/lib/apis";
import { SIMULATED_APIS } from "@/lib/apis/simulators";
import type { Sim } from "../sim";
import { correlationIdFor, DAS, errorFrom } from "./errors";

/**
 * /sim/skatteetaten/<host stem>/...: one simulated host per API in the registry (lib/apis), as
 * `<stem>.api.skatteetaten-test.no` (lib/environments.ts builds the same base URLs). An unknown host stem
 * gets the gateway's DAS-002.
 */

/** A body over the limit, in the addressed API's error shape at status 413; an unknown host is no endpoint. */
export function skatteetatenBodyTooLarge(req: Request, path: string[]): Response {
  const kid = correlationIdFor(req);
  const api = apiByHostStem(path[0]);
  if (!api) return errorFrom(DAS.notAnEndpoint, kid);
  return errorFrom(SIMULATED_APIS[api.id].bodyTooLarge, kid, "Forespørselen er større enn 256 KB.");
}

export async function handleSkatteetaten(sim: Sim, req: Request, path: string[]): Promise<Response> {
  const [stem, ...rest] = path;
  const api = apiByHostStem(stem);
  if (!api) return errorFrom(DAS.notAnEndpoint, correlationIdFor(req));
  return SIMULATED_APIS[api.id].handle(sim, req, rest);
}
