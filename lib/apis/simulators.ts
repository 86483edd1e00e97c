import type { Sim } from "../simulator/sim";
import type { ErrorDef } from "../simulator/skatteetaten/errors";
import type { ApiId } from ".";
import * as amelding from "./innrapportering-amelding/simulator";
import * as boligsameie from "./innrapportering-boligsameie/simulator";
import * as boligselskap from "./innrapportering-boligselskap/simulator";
import * as passogstell from "./innrapportering-passogstell/simulator";
import * as krav from "./kravogbetalinger/simulator";

/**
 * The simulator's side of each API in the registry: its handler below the host stem and its answer to a body
 * over the size limit. Only lib/simulator/skatteetaten imports this, so no product page pulls simulator code.
 */
export interface SimulatedApi {
  handle(sim: Sim, req: Request, path: string[]): Promise<Response>;
  bodyTooLarge: ErrorDef;
}

export const SIMULATED_APIS: Readonly<Record<ApiId, SimulatedApi>> = {
  kravogbetalinger: krav,
  "innrapportering-boligselskap": boligselskap,
  "innrapportering-amelding": amelding,
  "innrapportering-boligsameie": boligsameie,
  "innrapportering-passogstell": passogstell,
};
