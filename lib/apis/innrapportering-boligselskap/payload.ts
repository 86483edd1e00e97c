/**
 * Innrapportering boligselskap (RF-1139): the wire model of a submission and its receipt (contracts §3.2,
 * SKE:api/innrapportering-boligselskap.md), and a builder for the smallest valid test submission the
 * wizard sends in step 7. Pure: no I/O, no secrets.
 */
import { KILDESYSTEM, TEST_PERSONS, testContact, testReference } from "../shared";

export type BoligselskapFormaal =
  "bolig" | "fritidsbolig" | "fritidsboligNorge" | "fritidsboligUtland" | "ikkeBolig";

export interface BoligselskapOppgave {
  oppgaveeier: { foedselsnummer?: string; organisasjonsnummer?: string; navn: string };
  /** Day and month, `DDMM`. */
  eiertid: { start: string; slutt: string };
  eierandel: { eierandelTeller: number; eierandelNevner: number };
  boenhet: {
    aksjeboenhetsnummer?: number;
    andelsnummer?: number;
    kommunenummer: string;
    bolignummer?: string;
    gatenavnOgHusnummer?: string;
  };
  bruksoverlatt?: boolean;
  boligselskapFormaal?: BoligselskapFormaal;
  andelLikningsverdiBoenhet: number;
  andelSkattepliktigeInntekter: number;
  andelFradragsberettigedeKostnader: number;
  andelFormue: number;
  andelGjeld: number;
}

export interface BoligselskapOppsummering {
  antallOppgaver: number;
  sumAndelLikningsverdiBoenhet: number;
  sumAndelSkattepliktigeInntekter: number;
  sumAndelFradragsberettigedeKostnader: number;
  sumAndelFormue: number;
  sumAndelGjeld: number;
}

export interface BoligselskapLeveranse {
  oppgavegiversLeveranseReferanse?: string;
  inntektsaar: number;
  oppgavegiver: {
    organisasjonsnummer: string;
    kontaktinformasjon: {
      navn: string;
      telefonnummer?: string;
      varselEpostadresse?: string;
      varselSmsMobilnummer?: string;
    };
  };
  boligselskapFormaal?: BoligselskapFormaal;
  leveransetype: string;
  kildesystem: string;
  oppgaveoppsummering: BoligselskapOppsummering;
  oppgave: BoligselskapOppgave[];
  sletteoppgave?: unknown[];
}

export interface BoligselskapMelding {
  leveranse: BoligselskapLeveranse[];
}

export interface BoligselskapKvittering {
  dialogId: string;
  forsendelseId: string;
  leveranseformaal: {
    boligselskapFormaal: string;
    oppgavegiversLeveranseReferanse?: string;
    antallSletteoppgaver: number;
    antallOppgaver: number;
  }[];
}

/** The summary the API checks against the tasks: their count and the sum of each amount. */
export function summarise(oppgave: readonly BoligselskapOppgave[]): BoligselskapOppsummering {
  const sum = (f: (o: BoligselskapOppgave) => number) => oppgave.reduce((acc, o) => acc + f(o), 0);
  return {
    antallOppgaver: oppgave.length,
    sumAndelLikningsverdiBoenhet: sum((o) => o.andelLikningsverdiBoenhet),
    sumAndelSkattepliktigeInntekter: sum((o) => o.andelSkattepliktigeInntekter),
    sumAndelFradragsberettigedeKostnader: sum((o) => o.andelFradragsberettigedeKostnader),
    sumAndelFormue: sum((o) => o.andelFormue),
    sumAndelGjeld: sum((o) => o.andelGjeld),
  };
}

export interface TestSubmissionInput {
  /** The housing company's (the customer's) organisation number: it must be the system user's org. */
  orgno: string;
  orgName: string;
  inntektsaar: number;
  /** Your own reference for the delivery; defaults to one naming the wizard, the org and the year. */
  reference?: string;
}

export function buildTestSubmission(input: TestSubmissionInput): BoligselskapMelding {
  const oppgave: BoligselskapOppgave[] = TEST_PERSONS.map((owner) => ({
    oppgaveeier: { ...owner },
    eiertid: { start: "0101", slutt: "3112" },
    eierandel: { eierandelTeller: 1, eierandelNevner: 2 },
    boenhet: {
      aksjeboenhetsnummer: 1,
      kommunenummer: "0301",
      bolignummer: "H0101",
      gatenavnOgHusnummer: "Testveien 1",
    },
    bruksoverlatt: false,
    andelLikningsverdiBoenhet: 250_000,
    andelSkattepliktigeInntekter: 0,
    andelFradragsberettigedeKostnader: 1_200,
    andelFormue: 15_000,
    andelGjeld: 80_000,
  }));
  return {
    leveranse: [
      {
        oppgavegiversLeveranseReferanse: input.reference ?? testReference(input.orgno, input.inntektsaar),
        inntektsaar: input.inntektsaar,
        oppgavegiver: {
          organisasjonsnummer: input.orgno,
          kontaktinformasjon: testContact(input.orgName),
        },
        boligselskapFormaal: "bolig",
        leveransetype: "ordinaer",
        kildesystem: KILDESYSTEM,
        oppgaveoppsummering: summarise(oppgave),
        oppgave,
        sletteoppgave: [],
      },
    ],
  };
}
