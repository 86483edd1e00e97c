import type { z } from "zod";
import type { SkatteetatenApi } from "@/lib/apis/types";
import type { Sim } from "../sim";
import { envelopeProblems, referenceOf } from "./envelope";
import { innrapporteringCodes } from "./errors";
import type { InnrapporteringRules } from "./innrapportering";
import { checkIncomeYear, uuidV7, yearRoute } from "./innrapportering-parts";
import { parseMelding } from "./validation";

/**
 * The rules of an innrapportering API whose melding is one `leveranse` envelope (contracts-more §4.3: pass og
 * stell, boligsameie): `POST /v1/{inntektsaar}`, the API's schema, the envelope's year and sums, the
 * oppgavegiver as the party, and the receipt `{ dialogId, forsendelseId, oppgavegiversLeveranseReferanse,
 * antallOppgaver }` plus what the API adds (boligsameie: antallSletteoppgaver).
 */
interface EnvelopeMelding {
  leveranse: {
    inntektsaar: number;
    oppgavegiversLeveranseReferanse?: string;
    oppgavegiversLeveransereferanse?: string;
    oppgavegiver: { organisasjonsnummer: string };
    oppgave: readonly unknown[];
    oppgaveoppsummering: { antallOppgaver: number };
  };
}

export function envelopeRules<S extends z.ZodType<EnvelopeMelding>>(
  api: SkatteetatenApi,
  melding: S,
  opts: {
    /** The first income year the API takes (to last year). */
    firstYear: number;
    sums: readonly (readonly [string, (o: z.infer<S>["leveranse"]["oppgave"][number]) => number])[];
    receipt?: (m: z.infer<S>) => Record<string, number>;
  },
): InnrapporteringRules<{ year: string }, z.infer<S>> {
  const codes = innrapporteringCodes(api.codePrefix ?? "GLD");
  return {
    api,
    codes,
    route: yearRoute,
    checkPath: (sim, p) => checkIncomeYear(sim, codes, p.year, opts.firstYear),
    documented401: false,
    validate(body, p) {
      const parsed = parseMelding(melding, body, codes.payload.kode);
      if (!parsed.ok) return parsed;
      const l = parsed.value.leveranse;
      const problems = envelopeProblems(
        l,
        Number(p.year),
        { payload: codes.payload.kode, periodMismatch: codes.spec.periodMismatch },
        opts.sums,
      );
      if (problems.length > 0) return { ok: false, spesifisering: problems };
      const orgno = l.oppgavegiver.organisasjonsnummer;
      return {
        ok: true,
        melding: parsed.value,
        party: { orgno, sti: "leveranse/oppgavegiver/organisasjonsnummer" },
      };
    },
    receipt(sim: Sim, m) {
      const reference = referenceOf(m.leveranse);
      return {
        dialogId: uuidV7(sim.now()),
        forsendelseId: uuidV7(sim.now()),
        ...(reference !== undefined ? { oppgavegiversLeveranseReferanse: reference } : {}),
        ...opts.receipt?.(m),
        antallOppgaver: m.leveranse.oppgave.length,
      };
    },
  };
}
