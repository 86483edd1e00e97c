import { z } from "zod";
import {
  envelopeFields,
  envelopeProblems,
  foedselsnummer,
  orgno,
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
import { innrapporteringBoligsameie as API } from ".";
import { SAMEIE_SUMS, type BoligsameieKvittering } from "./payload";

/**
 * Boligsameie (RF-1140) in the simulator: `POST /v1/{inntektsaar}` (contracts-more §4.2–4.3), the shared
 * innrapportering checks, this payload and the receipt
 * `{ dialogId, forsendelseId, oppgavegiversLeveranseReferanse, antallSletteoppgaver, antallOppgaver }`.
 */
const codes = innrapporteringCodes(API.codePrefix);
const ddmm = z.string().regex(/^(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])$/, "Dato oppgis som DDMM.");
const oppgaveeier = z
  .strictObject({
    foedselsnummer: foedselsnummer.optional(),
    organisasjonsnummer: orgno.optional(),
    navn: text(200),
  })
  .refine((o) => (o.foedselsnummer === undefined) !== (o.organisasjonsnummer === undefined), {
    message: "Oppgi enten fødselsnummer eller organisasjonsnummer, ikke begge.",
  });

const melding = z.strictObject({
  leveranse: z.strictObject({
    ...envelopeFields,
    oppgave: z
      .array(
        z.strictObject({
          oppgaveeier,
          eiertid: z.strictObject({ start: ddmm, slutt: ddmm }),
          matrikkelnummer: z.strictObject({
            kommunenummer: z.string().regex(/^\d{4}$/, "Kommunenummer må være 4 siffer."),
            gaardsnummer: wholeNumber,
            bruksnummer: wholeNumber,
            seksjonsnummer: wholeNumber.optional(),
          }),
          andelSkattepliktigeInntekter: wholeNumber,
          andelFradragsberettigedeKostnader: wholeNumber,
          andelFormue: wholeNumber,
          andelGjeld: wholeNumber,
        }),
      )
      .max(100_000),
    sletteoppgave: z
      .array(z.strictObject({ oppgaveeier, matrikkelnummer: z.unknown() }))
      .max(100_000)
      .optional(),
    oppgaveoppsummering: z.strictObject({
      antallOppgaver: wholeNumber,
      ...Object.fromEntries(SAMEIE_SUMS.map(([sum]) => [sum, wholeNumber])),
    }),
  }),
});
type Melding = z.infer<typeof melding>;

export const rules: InnrapporteringRules<{ year: string }, Melding> = {
  api: API,
  codes,
  route: yearRoute,
  checkPath: (sim, p) => checkIncomeYear(sim, codes, p.year, 2023),
  documented401: false,
  validate(body, p) {
    const parsed = parseMelding(melding, body, codes.payload.kode);
    if (!parsed.ok) return parsed;
    const l = parsed.value.leveranse;
    const problems = envelopeProblems(
      l,
      Number(p.year),
      { payload: codes.payload.kode, periodMismatch: codes.spec.periodMismatch },
      SAMEIE_SUMS.map(([sum, field]) => [sum, (o: (typeof l.oppgave)[number]) => o[field]] as const),
    );
    if (problems.length > 0) return { ok: false, spesifisering: problems };
    return {
      ok: true,
      melding: parsed.value,
      party: { orgno: l.oppgavegiver.organisasjonsnummer, sti: "leveranse/oppgavegiver/organisasjonsnummer" },
    };
  },
  receipt(sim: Sim, m: Melding): BoligsameieKvittering {
    const reference = referenceOf(m.leveranse);
    return {
      dialogId: uuidV7(sim.now()),
      forsendelseId: uuidV7(sim.now()),
      ...(reference !== undefined ? { oppgavegiversLeveranseReferanse: reference } : {}),
      antallSletteoppgaver: m.leveranse.sletteoppgave?.length ?? 0,
      antallOppgaver: m.leveranse.oppgave.length,
    };
  },
};

export function handle(sim: Sim, req: Request, path: string[]): Promise<Response> {
  return handleInnrapportering(rules, sim, req, path);
}

export const bodyTooLarge = { ...codes.structure, status: 413 };
