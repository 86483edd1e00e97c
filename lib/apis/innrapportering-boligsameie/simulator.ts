import { z } from "zod";
import { ddmm, envelopeFields, oppgaveeier, wholeNumber } from "@/lib/simulator/skatteetaten/envelope";
import { envelopeRules } from "@/lib/simulator/skatteetaten/envelope-rules";
import { simulatedInnrapportering } from "@/lib/simulator/skatteetaten/innrapportering";
import { innrapporteringBoligsameie as API } from ".";
import { SAMEIE_SUMS } from "./payload";

/**
 * Boligsameie (RF-1140) in the simulator: `POST /v1/{inntektsaar}` (contracts-more §4.2–4.3), the shared
 * innrapportering checks, this payload and the receipt
 * `{ dialogId, forsendelseId, oppgavegiversLeveranseReferanse, antallSletteoppgaver, antallOppgaver }`.
 */
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
type Oppgave = z.infer<typeof melding>["leveranse"]["oppgave"][number];

export const rules = envelopeRules(API, melding, {
  firstYear: 2023,
  sums: SAMEIE_SUMS.map(([sum, field]) => [sum, (o: Oppgave) => o[field]] as const),
  receipt: (m) => ({ antallSletteoppgaver: m.leveranse.sletteoppgave?.length ?? 0 }),
});

export const { handle, bodyTooLarge } = simulatedInnrapportering(rules);
