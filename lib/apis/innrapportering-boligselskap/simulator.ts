import { innrapporteringCodes } from "@/lib/simulator/skatteetaten/errors";
import {
  simulatedInnrapportering,
  type InnrapporteringRules,
} from "@/lib/simulator/skatteetaten/innrapportering";
import { checkIncomeYear, uuidV7, yearRoute } from "@/lib/simulator/skatteetaten/innrapportering-parts";
import type { Sim } from "@/lib/simulator/sim";
import { innrapporteringBoligselskap as API } from ".";
import type { BoligselskapKvittering } from "./payload";
import { validateMelding, type ValidMelding } from "./schema";

/**
 * Innrapportering boligselskap (RF-1139) in the simulator: `POST /v1/{inntektsaar}` with header
 * `idempotencyKey` (contracts §3.2), checked as every innrapportering API is
 * (lib/simulator/skatteetaten/innrapportering.ts), with this API's payload rules (./schema.ts) and receipt.
 */
const codes = innrapporteringCodes(API.codePrefix);

export const rules: InnrapporteringRules<{ year: string }, ValidMelding> = {
  api: API,
  codes,
  route: yearRoute,
  checkPath: (sim, p) => checkIncomeYear(sim, codes, p.year, 2023),
  documented401: false,
  validate(body, p) {
    const valid = validateMelding(body, Number(p.year));
    if (!valid.ok) return valid;
    const orgno = valid.melding.leveranse[0]!.oppgavegiver.organisasjonsnummer;
    return {
      ok: true,
      melding: valid.melding,
      party: { orgno, sti: "leveranse/0/oppgavegiver/organisasjonsnummer" },
    };
  },
  receipt: receiptFor,
};

export const { handle, bodyTooLarge } = simulatedInnrapportering(rules);

/** The receipt: a Dialogporten dialog and shipment, and per delivery and purpose what was received. */
function receiptFor(sim: Sim, melding: ValidMelding): BoligselskapKvittering {
  const leveranseformaal: BoligselskapKvittering["leveranseformaal"] = [];
  for (const l of melding.leveranse) {
    const counts = new Map<string, { antallOppgaver: number; antallSletteoppgaver: number }>();
    const bump = (formaal: string, field: "antallOppgaver" | "antallSletteoppgaver") => {
      const c = counts.get(formaal) ?? { antallOppgaver: 0, antallSletteoppgaver: 0 };
      c[field] += 1;
      counts.set(formaal, c);
    };
    for (const o of l.oppgave)
      bump(o.boligselskapFormaal ?? l.boligselskapFormaal ?? "bolig", "antallOppgaver");
    const fallback = l.boligselskapFormaal ?? counts.keys().next().value ?? "bolig";
    for (const s of l.sletteoppgave ?? []) bump(s.boligselskapFormaal ?? fallback, "antallSletteoppgaver");
    if (counts.size === 0) counts.set(fallback, { antallOppgaver: 0, antallSletteoppgaver: 0 });
    for (const [boligselskapFormaal, c] of counts) {
      leveranseformaal.push({
        boligselskapFormaal,
        ...(l.oppgavegiversLeveranseReferanse !== undefined
          ? { oppgavegiversLeveranseReferanse: l.oppgavegiversLeveranseReferanse }
          : {}),
        antallSletteoppgaver: c.antallSletteoppgaver,
        antallOppgaver: c.antallOppgaver,
      });
    }
  }
  return { dialogId: uuidV7(sim.now()), forsendelseId: uuidV7(sim.now()), leveranseformaal };
}
