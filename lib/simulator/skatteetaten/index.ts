import { SKATTEETATEN_APIS } from "@/lib/catalogue";
import type { Sim } from "../sim";
import { correlationIdFor, DAS, errorFrom } from "./errors";
import { handleInnrapportering } from "./innrapportering";
import { handleKravOgBetalinger } from "./krav-og-betalinger";

/**
 * /sim/skatteetaten/<host stem>/...: one simulated host per API, as `<stem>.api.skatteetaten-test.no`
 * (lib/environments.ts builds the same base URLs). An unknown host stem gets the gateway's DAS-002.
 */
export async function handleSkatteetaten(sim: Sim, req: Request, path: string[]): Promise<Response> {
  const [stem, ...rest] = path;
  if (stem === SKATTEETATEN_APIS.kravogbetalinger.hostStem) return handleKravOgBetalinger(sim, req, rest);
  if (stem === SKATTEETATEN_APIS["innrapportering-boligselskap"].hostStem)
    return handleInnrapportering(sim, req, rest);
  return errorFrom(DAS.notAnEndpoint, correlationIdFor(req));
}
