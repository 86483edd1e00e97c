import { KILDESYSTEM, TEST_PERSONS, testContact, testReference } from "../shared";

/**
 * Pass og stell av barn (RF-1241): the wire model of a submission and its receipt, and the smallest valid test
 * submission (contracts-more §4.3: `leveranse` is one object; SKE's example writes the numbers as strings).
 * Pure.
 */
export interface PassOgStellMelding {
  leveranse: {
    kildesystem: string;
    inntektsaar: string;
    leveransetype: string;
    oppgavegiversLeveranseReferanse: string;
    oppgavegiver: { organisasjonsnummer: string; kontaktinformasjon: ReturnType<typeof testContact> };
    oppgave: { oppgaveeier: { foedselsnummer: string; navn: string }; paaloeptBeloep: string }[];
    oppgaveoppsummering: { antallOppgaver: string; sumBeloep: string };
  };
}

export interface PassOgStellKvittering {
  dialogId: string;
  forsendelseId: string;
  oppgavegiversLeveranseReferanse?: string;
  antallOppgaver: number;
}

/** One synthetic parent who paid 7 500 kr to the organisation (a kindergarten or SFO) for the year. */
export function buildTestSubmission(input: {
  orgno: string;
  orgName: string;
  inntektsaar: number;
}): PassOgStellMelding {
  const parent = TEST_PERSONS[0];
  return {
    leveranse: {
      kildesystem: KILDESYSTEM,
      inntektsaar: String(input.inntektsaar),
      leveransetype: "ordinaer",
      oppgavegiversLeveranseReferanse: testReference(input.orgno, input.inntektsaar),
      oppgavegiver: { organisasjonsnummer: input.orgno, kontaktinformasjon: testContact(input.orgName) },
      oppgave: [{ oppgaveeier: { ...parent }, paaloeptBeloep: "7500" }],
      oppgaveoppsummering: { antallOppgaver: "1", sumBeloep: "7500" },
    },
  };
}
