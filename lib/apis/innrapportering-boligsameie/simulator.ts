import { z } from "zod";
import { ddmm, envelopeMelding, oppgaveeier, wholeNumber } from "@/lib/simulator/skatteetaten/envelope";
import { envelopeRules } from "@/lib/simulator/skatteetaten/envelope-rules";
import { simulatedInnrapportering } from "@/lib/simulator/skatteetaten/innrapportering";
import { innrapporteringBoligsameie as API } from ".";
import { SAMEIE_SUMS } from "./payload";

/**
 * Boligsameie (RF-1140) in the simulator: `POST /v1/{inntektsaar}` (contracts-more §4.2–4.3), the shared
 * innrapportering checks, this payload and the receipt
 * `{ dialogId, forsendelseId, oppgavegiversLeveranseReferanse, antallSletteoppgaver, antallOppgaver }`.
 */
const matrikkelnummer = z.strictObject({
  kommunenummer: z.string().regex(/^\d{4}$/, "Kommunenummer må være 4 siffer."),
  gaardsnummer: wholeNumber,
  bruksnummer: wholeNumber,
  seksjonsnummer: wholeNumber.optional(),
});

const melding = envelopeMelding({
  oppgave: {
    oppgaveeier,
    eiertid: z.strictObject({ start: ddmm, slutt: ddmm }),
    matrikkelnummer,
    andelSkattepliktigeInntekter: wholeNumber,
    andelFradragsberettigedeKostnader: wholeNumber,
    andelFormue: wholeNumber,
    andelGjeld: wholeNumber,
  },
  sums: Object.fromEntries(SAMEIE_SUMS.map(([sum]) => [sum, wholeNumber])) as Record<
    (typeof SAMEIE_SUMS)[number][0],
    typeof wholeNumber
  >,
  extra: {
    sletteoppgave: z.array(z.strictObject({ oppgaveeier, matrikkelnummer })).max(100_000).optional(),
  },
});
type Oppgave = z.infer<typeof melding>["leveranse"]["oppgave"][number];

export const rules = envelopeRules(API, melding, {
  firstYear: 2023,
  sums: SAMEIE_SUMS.map(([sum, field]) => [sum, (o: Oppgave) => o[field]] as const),
  receipt: (m) => ({ antallSletteoppgaver: m.leveranse.sletteoppgave?.length ?? 0 }),
});

export const { handle, bodyTooLarge } = simulatedInnrapportering(rules);
