import { KILDESYSTEM } from "../shared";

/**
 * A-melding: the smallest melding the wizard sends, cut down from SKE's filopplasting example
 * (contracts-more §4.3; that it is minimal is inferred): one virksomhet (underenhet) with no income
 * recipients and nothing to pay, and the receipt `{ dialogId, forsendelseId, meldingsId }` (§4.2). Pure.
 */
export interface AmeldingKvittering {
  dialogId: string;
  forsendelseId: string;
  meldingsId: string;
}

export interface AmeldingInput {
  /** The opplysningspliktig (hovedenhet): the organisation the call is about. */
  orgno: string;
  /** The virksomhet (underenhet) the employees belong to. */
  virksomhet: string;
  kalendermaaned: string;
  meldingsId: string;
  now: number;
}

export function buildTestMelding(input: AmeldingInput) {
  return {
    leveranse: {
      kildesystem: KILDESYSTEM,
      meldingsId: input.meldingsId,
      kalendermaaned: input.kalendermaaned,
      leveringstidspunkt: new Date(input.now).toISOString(),
      spraakForTilbakemelding: "bokmaal",
      opplysningspliktig: { norskIdentifikator: input.orgno },
      oppgave: {
        betalingsinformasjon: { sumArbeidsgiveravgift: 0, sumForskuddstrekkPerLoennsutbetalingsdato: [] },
        virksomhet: [{ norskIdentifikator: input.virksomhet, inntektsmottaker: [] }],
      },
    },
  };
}

/** The month before `now` (UTC), `YYYY-MM`: the period an a-melding is usually sent for. */
export function lastMonth(now: number): string {
  const d = new Date(now);
  const y = d.getUTCMonth() === 0 ? d.getUTCFullYear() - 1 : d.getUTCFullYear();
  const m = d.getUTCMonth() === 0 ? 12 : d.getUTCMonth();
  return `${y}-${String(m).padStart(2, "0")}`;
}
