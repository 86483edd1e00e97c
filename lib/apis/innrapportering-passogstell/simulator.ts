import { z } from "zod";
import { envelopeMelding, foedselsnummer, text, wholeNumber } from "@/lib/simulator/skatteetaten/envelope";
import { envelopeRules } from "@/lib/simulator/skatteetaten/envelope-rules";
import { simulatedInnrapportering } from "@/lib/simulator/skatteetaten/innrapportering";
import { innrapporteringPassogstell as API } from ".";

/**
 * Pass og stell av barn in the simulator: `POST /v1/{inntektsaar}` (contracts-more §4.2–4.3), the shared
 * innrapportering checks, this payload (one `leveranse` object; each task a parent by birth number and the
 * amount paid; the summary's count and sum must match) and the receipt
 * `{ dialogId, forsendelseId, oppgavegiversLeveranseReferanse, antallOppgaver }`. The first income year taken
 * is 2024 (inferred: no test data is published for the service yet, contracts-more §4.5).
 */
const melding = envelopeMelding({
  oppgave: { oppgaveeier: z.strictObject({ foedselsnummer, navn: text(200) }), paaloeptBeloep: wholeNumber },
  sums: { sumBeloep: wholeNumber },
  extra: {},
});

export const rules = envelopeRules(API, melding, {
  firstYear: 2024,
  sums: [["sumBeloep", (o) => o.paaloeptBeloep]],
});

export const { handle, bodyTooLarge } = simulatedInnrapportering(rules);
