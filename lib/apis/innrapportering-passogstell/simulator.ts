import { z } from "zod";
import {
  envelopeFields,
  envelopeProblems,
  foedselsnummer,
  referenceOf,
  text,
  wholeNumber,
} from "@/lib/simulator/skatteetaten/envelope";
import { innrapporteringCodes } from "@/lib/simulator/skatteetaten/errors";
import {
  handleInnrapportering,
  type InnrapporteringRules,
} from "@/lib/simulator/skatteetaten/innrapportering";
import { checkIncomeYear, uuidV7, yearRoute } from "@/lib/simulator/skatteetaten/innrapportering-parts";
import { parseMelding } from "@/lib/simulator/skatteetaten/validation";
import type { Sim } from "@/lib/simulator/sim";
import { innrapporteringPassogstell as API } from ".";
import type { PassOgStellKvittering } from "./payload";

/**
 * Pass og stell av barn in the simulator: `POST /v1/{inntektsaar}` (contracts-more §4.2–4.3), the shared
 * innrapportering checks, this payload (one `leveranse` object; each task a parent by birth number and the
 * amount paid; the summary's count and sum must match) and the receipt
 * `{ dialogId, forsendelseId, oppgavegiversLeveranseReferanse, antallOppgaver }`. The first income year taken
 * is 2024 (inferred: no test data is published for the service yet, contracts-more §4.5).
 */
const codes = innrapporteringCodes(API.codePrefix);

const melding = z.strictObject({
  leveranse: z.strictObject({
    ...envelopeFields,
    oppgave: z
      .array(
        z.strictObject({
          oppgaveeier: z.strictObject({ foedselsnummer, navn: text(200) }),
          paaloeptBeloep: wholeNumber,
        }),
      )
      .max(100_000),
    oppgaveoppsummering: z.strictObject({ antallOppgaver: wholeNumber, sumBeloep: wholeNumber }),
  }),
});
type Melding = z.infer<typeof melding>;

export const rules: InnrapporteringRules<{ year: string }, Melding> = {
  api: API,
  codes,
  route: yearRoute,
  checkPath: (sim, p) => checkIncomeYear(sim, codes, p.year, 2024),
  documented401: false,
  validate(body, p) {
    const parsed = parseMelding(melding, body, codes.payload.kode);
    if (!parsed.ok) return parsed;
    const l = parsed.value.leveranse;
    const problems = envelopeProblems(
      l,
      Number(p.year),
      { payload: codes.payload.kode, periodMismatch: codes.spec.periodMismatch },
      [["sumBeloep", (o) => o.paaloeptBeloep]],
    );
    if (problems.length > 0) return { ok: false, spesifisering: problems };
    return {
      ok: true,
      melding: parsed.value,
      party: { orgno: l.oppgavegiver.organisasjonsnummer, sti: "leveranse/oppgavegiver/organisasjonsnummer" },
    };
  },
  receipt(sim: Sim, m: Melding): PassOgStellKvittering {
    const reference = referenceOf(m.leveranse);
    return {
      dialogId: uuidV7(sim.now()),
      forsendelseId: uuidV7(sim.now()),
      ...(reference !== undefined ? { oppgavegiversLeveranseReferanse: reference } : {}),
      antallOppgaver: m.leveranse.oppgave.length,
    };
  },
};

export function handle(sim: Sim, req: Request, path: string[]): Promise<Response> {
  return handleInnrapportering(rules, sim, req, path);
}

export const bodyTooLarge = { ...codes.structure, status: 413 };
