import { SKATTEETATEN_APIS } from "@/lib/catalogue";
import type { Sim } from "../sim";
import { correlationIdFor, DAS, errorFrom, GLD, KB } from "./errors";
import { handleInnrapportering } from "./innrapportering";
import { handleKravOgBetalinger } from "./krav-og-betalinger";

/**
 * /sim/skatteetaten/<host stem>/...: one simulated host per API, as `<stem>.api.skatteetaten-test.no`
 * (lib/environments.ts builds the same base URLs). An unknown host stem gets the gateway's DAS-002.
 */
/**
 * A body over the limit, in the addressed API's error shape at status 413: innrapportering's structure error
 * (GLD_008), Krav og betalinger's input error (KB-006); an unknown host is no endpoint whatever its body.
 */
export function skatteetatenBodyTooLarge(req: Request, path: string[]): Response {
  const kid = correlationIdFor(req);
  const detail = "Forespørselen er større enn 256 KB.";
  if (path[0] === SKATTEETATEN_APIS["innrapportering-boligselskap"].hostStem)
    return errorFrom({ ...GLD.structure, status: 413 }, kid, detail);
  if (path[0] === SKATTEETATEN_APIS.kravogbetalinger.hostStem)
    return errorFrom({ ...KB.invalidInput, status: 413 }, kid, detail);
  return errorFrom(DAS.notAnEndpoint, kid);
}

export async function handleSkatteetaten(sim: Sim, req: Request, path: string[]): Promise<Response> {
  const [stem, ...rest] = path;
  if (stem === SKATTEETATEN_APIS.kravogbetalinger.hostStem) return handleKravOgBetalinger(sim, req, rest);
  if (stem === SKATTEETATEN_APIS["innrapportering-boligselskap"].hostStem)
    return handleInnrapportering(sim, req, rest);
  return errorFrom(DAS.notAnEndpoint, correlationIdFor(req));
}
