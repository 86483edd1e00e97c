import { z } from "zod";
import { isValidOrgno } from "@/lib/mod11";
import type { Spesifisering } from "./errors";
import { spec } from "./validation";

/**
 * The `leveranse` envelope the newer innrapportering APIs share (contracts-more §4.3: pass og stell,
 * boligsameie): one object per melding with kildesystem, inntektsaar, leveransetype, the vendor's reference,
 * the oppgavegiver and its contact, the tasks and their summary. Objects are strict, so a misspelt field is
 * reported rather than dropped. SKE's examples write numbers as strings ("7500") while the information model
 * has numbers, so either is taken (contracts-more §4.3, sources disagree).
 */
export const orgno = z
  .string()
  .regex(/^\d{9}$/, "Organisasjonsnummer må være 9 siffer.")
  .refine(isValidOrgno, "Organisasjonsnummeret har feil kontrollsiffer.");
export const foedselsnummer = z.string().regex(/^\d{11}$/, "Fødselsnummer må være 11 siffer.");
export const text = (max: number) =>
  z.string().trim().min(1, "Feltet kan ikke være tomt.").max(max, `Maks ${max} tegn.`);
/** Day and month, `DDMM` (ownership periods). */
export const ddmm = z.string().regex(/^(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])$/, "Dato oppgis som DDMM.");
/** An owner: a person by birth number or an organisation by number, never both (boligselskap, boligsameie). */
export const oppgaveeier = z
  .strictObject({
    foedselsnummer: foedselsnummer.optional(),
    organisasjonsnummer: orgno.optional(),
    navn: text(200),
  })
  .refine((o) => (o.foedselsnummer === undefined) !== (o.organisasjonsnummer === undefined), {
    message: "Oppgi enten fødselsnummer eller organisasjonsnummer, ikke begge.",
  });
/** The reporting entity and whom Skatteetaten notifies. */
export const oppgavegiver = z.strictObject({
  organisasjonsnummer: orgno,
  organisasjonsnavn: text(200).optional(),
  kontaktinformasjon: z.strictObject({
    navn: text(200),
    telefonnummer: z.string().max(20).optional(),
    varselEpostadresse: z.email("Ugyldig e-postadresse.").optional(),
    varselSmsMobilnummer: z.string().max(20).optional(),
  }),
});
/** A whole, non-negative number of kroner (or a count), as a number or a string of digits. */
export const wholeNumber = z
  .union([
    z.number().int("Oppgis som heltall.").min(0, "Kan ikke være negativt."),
    z.string().regex(/^\d{1,15}$/, "Oppgis som heltall."),
  ])
  .transform(Number);

const envelopeFields = {
  kildesystem: text(100),
  inntektsaar: wholeNumber,
  leveransetype: text(50),
  /** The information model's spelling; SKE's pass og stell example writes `…Leveransereferanse` (sources disagree). */
  oppgavegiversLeveranseReferanse: text(100).optional(),
  oppgavegiversLeveransereferanse: text(100).optional(),
  oppgavegiver,
};

interface Envelope {
  inntektsaar: number;
  oppgavegiversLeveranseReferanse?: string;
  oppgavegiversLeveransereferanse?: string;
  oppgave: readonly unknown[];
  oppgaveoppsummering: { antallOppgaver: number };
}

/** The vendor's reference under either spelling. */
export function referenceOf(l: Envelope): string | undefined {
  return l.oppgavegiversLeveranseReferanse ?? l.oppgavegiversLeveransereferanse;
}

/**
 * The rules every envelope has beyond its schema: the year matches the path (x_1052), the count and each sum
 * in the summary match the tasks (x_010). `sums` pairs a summary field with the task field it adds up.
 */
export function envelopeProblems<T extends Envelope>(
  l: T,
  pathYear: number,
  codes: { payload: string; periodMismatch: string },
  sums: readonly (readonly [string, (o: T["oppgave"][number]) => number])[],
): Spesifisering[] {
  const out: Spesifisering[] = [];
  if (l.inntektsaar !== pathYear) {
    out.push(
      spec(
        codes.periodMismatch,
        `Inntektsår i path (${pathYear}) og i innsending er ulike.`,
        ["leveranse", "inntektsaar"],
        l.inntektsaar,
      ),
    );
  }
  const summary = l.oppgaveoppsummering as unknown as Record<string, number>;
  if (summary.antallOppgaver !== l.oppgave.length) {
    out.push(
      spec(
        codes.payload,
        `antallOppgaver stemmer ikke med antall oppgaver (${l.oppgave.length}).`,
        ["leveranse", "oppgaveoppsummering", "antallOppgaver"],
        summary.antallOppgaver,
      ),
    );
  }
  for (const [field, of] of sums) {
    const actual = l.oppgave.reduce<number>((acc, o) => acc + of(o), 0);
    if (summary[field] !== actual) {
      out.push(
        spec(
          codes.payload,
          `${field} stemmer ikke med summen i oppgavene (${actual}).`,
          ["leveranse", "oppgaveoppsummering", field],
          summary[field],
        ),
      );
    }
  }
  return out;
}

/**
 * A melding of one `leveranse` envelope: the shared fields, the API's task (`oppgave`, strict), its summary
 * (`antallOppgaver` and the API's sums) and whatever else the API's leveranse has (boligsameie: sletteoppgave).
 */
export function envelopeMelding<
  O extends z.ZodRawShape,
  S extends z.ZodRawShape,
  X extends z.ZodRawShape,
>(parts: { oppgave: O; sums: S; extra: X }) {
  return z.strictObject({
    leveranse: z.strictObject({
      ...envelopeFields,
      ...parts.extra,
      oppgave: z.array(z.strictObject(parts.oppgave)).max(100_000),
      oppgaveoppsummering: z.strictObject({ antallOppgaver: wholeNumber, ...parts.sums }),
    }),
  });
}
