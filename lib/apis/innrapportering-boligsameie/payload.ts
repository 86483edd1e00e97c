import { KILDESYSTEM, TEST_PERSONS, testContact, testReference } from "../shared";

/**
 * Innrapportering boligsameie (RF-1140): the wire model and the smallest valid test submission
 * (contracts-more §4.3: the pass og stell envelope plus `sletteoppgave: []`; each task an owner, ownership
 * period, cadastral number and four shares; the summary sums them). Which four `andel*` amounts the model
 * has is read from the boligselskap model without its likningsverdi (inferred; check Swagger). Pure.
 */
export interface BoligsameieOppgave {
  oppgaveeier: { foedselsnummer?: string; organisasjonsnummer?: string; navn: string };
  eiertid: { start: string; slutt: string };
  matrikkelnummer: {
    kommunenummer: string;
    gaardsnummer: number;
    bruksnummer: number;
    seksjonsnummer: number;
  };
  andelSkattepliktigeInntekter: number;
  andelFradragsberettigedeKostnader: number;
  andelFormue: number;
  andelGjeld: number;
}

export const SAMEIE_SUMS = [
  ["sumAndelSkattepliktigeInntekter", "andelSkattepliktigeInntekter"],
  ["sumAndelFradragsberettigedeKostnader", "andelFradragsberettigedeKostnader"],
  ["sumAndelFormue", "andelFormue"],
  ["sumAndelGjeld", "andelGjeld"],
] as const;

export interface BoligsameieKvittering {
  dialogId: string;
  forsendelseId: string;
  oppgavegiversLeveranseReferanse?: string;
  antallSletteoppgaver: number;
  antallOppgaver: number;
}

/** Two synthetic co-owners of one section, each with the same shares. */
export function buildTestSubmission(input: { orgno: string; orgName: string; inntektsaar: number }) {
  const oppgave: BoligsameieOppgave[] = TEST_PERSONS.map((owner, i) => ({
    oppgaveeier: { ...owner },
    eiertid: { start: "0101", slutt: "3112" },
    matrikkelnummer: { kommunenummer: "0301", gaardsnummer: 1, bruksnummer: 1, seksjonsnummer: i + 1 },
    andelSkattepliktigeInntekter: 0,
    andelFradragsberettigedeKostnader: 1_200,
    andelFormue: 15_000,
    andelGjeld: 80_000,
  }));
  const sums = Object.fromEntries(
    SAMEIE_SUMS.map(([sum, field]) => [sum, oppgave.reduce((acc, o) => acc + o[field], 0)]),
  ) as Record<(typeof SAMEIE_SUMS)[number][0], number>;
  return {
    leveranse: {
      kildesystem: KILDESYSTEM,
      inntektsaar: input.inntektsaar,
      leveransetype: "ordinaer",
      oppgavegiversLeveranseReferanse: testReference(input.orgno, input.inntektsaar),
      oppgavegiver: { organisasjonsnummer: input.orgno, kontaktinformasjon: testContact(input.orgName) },
      oppgave,
      oppgaveoppsummering: { antallOppgaver: oppgave.length, ...sums },
      sletteoppgave: [],
    },
  };
}
