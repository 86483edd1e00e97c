import { z } from "zod";
import { ddmm, oppgaveeier, oppgavegiver, text } from "@/lib/simulator/skatteetaten/envelope";
import { GLD, GLD_SPEC, type Spesifisering } from "@/lib/simulator/skatteetaten/errors";
import { MAX_SPECIFICATIONS, parseMelding, spec } from "@/lib/simulator/skatteetaten/validation";

/**
 * The RF-1139 submission as the simulator checks it (contracts §3.2; the information model in
 * SKE:api/innrapportering-boligselskap.md). Objects are strict: an unknown or misspelt field (a common
 * slip is `oppgavegiversLeveransereferanse`) is reported instead of silently dropped. Then the rules the
 * schema cannot express: the year matches the path, the summary matches the tasks, a purpose is given.
 *
 * Each problem becomes a `spesifisering` entry `{kode, melding, sti, angittVerdi}` with `sti` a path
 * separated by "/" (as a third-party client models it). Skatteetaten documents no specification code for
 * field errors, so those carry the main code GLD_010; a year differing from the path carries GLD_1052,
 * the code the sibling innrapportering APIs document for it.
 */
const FORMAAL = ["bolig", "fritidsbolig", "fritidsboligNorge", "fritidsboligUtland", "ikkeBolig"] as const;

const amount = z.number().int("Beløp oppgis i hele kroner.").min(0, "Beløpet kan ikke være negativt.");
const boenhetsnummer = {
  aksjeboenhetsnummer: z.number().int().min(0).optional(),
  andelsnummer: z.number().int().min(0).optional(),
};
const oneUnitNumber = (b: { aksjeboenhetsnummer?: number; andelsnummer?: number }) =>
  (b.aksjeboenhetsnummer === undefined) !== (b.andelsnummer === undefined);
const oneUnitNumberMessage = { message: "Oppgi enten aksjeboenhetsnummer eller andelsnummer, ikke begge." };

const oppgave = z.strictObject({
  oppgaveeier,
  eiertid: z.strictObject({ start: ddmm, slutt: ddmm }),
  eierandel: z
    .strictObject({ eierandelTeller: z.number().int().min(1), eierandelNevner: z.number().int().min(1) })
    .refine((e) => e.eierandelTeller <= e.eierandelNevner, {
      message: "Telleren kan ikke være større enn nevneren.",
    }),
  boenhet: z
    .strictObject({
      ...boenhetsnummer,
      kommunenummer: z.string().regex(/^\d{4}$/, "Kommunenummer må være 4 siffer."),
      bolignummer: z
        .string()
        .regex(/^[HUKL]\d{4}$/, "Bolignummer er en bokstav (H, U, K, L) og fire siffer.")
        .optional(),
      gatenavnOgHusnummer: text(200).optional(),
    })
    .refine(oneUnitNumber, oneUnitNumberMessage),
  bruksoverlatt: z.boolean().optional(),
  boligselskapFormaal: z.enum(FORMAAL).optional(),
  andelLikningsverdiBoenhet: amount,
  andelSkattepliktigeInntekter: amount,
  andelFradragsberettigedeKostnader: amount,
  andelFormue: amount,
  andelGjeld: amount,
});

const sletteoppgave = z
  .strictObject({ oppgaveeier, ...boenhetsnummer, boligselskapFormaal: z.enum(FORMAAL).optional() })
  .refine(oneUnitNumber, oneUnitNumberMessage);

const leveranse = z.strictObject({
  oppgavegiversLeveranseReferanse: text(100).optional(),
  inntektsaar: z.number().int(),
  oppgavegiver,
  boligselskapFormaal: z.enum(FORMAAL).optional(),
  leveransetype: text(50),
  kildesystem: text(100),
  oppgaveoppsummering: z.strictObject({
    antallOppgaver: z.number().int().min(0),
    sumAndelLikningsverdiBoenhet: amount,
    sumAndelSkattepliktigeInntekter: amount,
    sumAndelFradragsberettigedeKostnader: amount,
    sumAndelFormue: amount,
    sumAndelGjeld: amount,
  }),
  oppgave: z.array(oppgave).max(100_000),
  sletteoppgave: z.array(sletteoppgave).max(100_000).optional(),
});

export const boligselskapMelding = z.strictObject({
  leveranse: z.array(leveranse).min(1, "Meldingen må ha minst én leveranse.").max(100),
});
export type ValidMelding = z.infer<typeof boligselskapMelding>;

const SUMS = [
  ["sumAndelLikningsverdiBoenhet", "andelLikningsverdiBoenhet"],
  ["sumAndelSkattepliktigeInntekter", "andelSkattepliktigeInntekter"],
  ["sumAndelFradragsberettigedeKostnader", "andelFradragsberettigedeKostnader"],
  ["sumAndelFormue", "andelFormue"],
  ["sumAndelGjeld", "andelGjeld"],
] as const;

export type Validation = { ok: true; melding: ValidMelding } | { ok: false; spesifisering: Spesifisering[] };

export function validateMelding(body: unknown, pathYear: number): Validation {
  const parsed = parseMelding(boligselskapMelding, body, GLD.payload.kode);
  if (!parsed.ok) return parsed;
  const problems: Spesifisering[] = [];
  const add = (kode: string, melding: string, sti: (string | number)[], value?: unknown) =>
    problems.push(spec(kode, melding, sti, value));
  const giver = parsed.value.leveranse[0]!.oppgavegiver.organisasjonsnummer;

  parsed.value.leveranse.forEach((l, i) => {
    const at = (...rest: (string | number)[]) => ["leveranse", i, ...rest];
    if (l.inntektsaar !== pathYear) {
      add(
        GLD_SPEC.incomeYearMismatch,
        `Inntektsår i path (${pathYear}) og i innsending er ulike.`,
        at("inntektsaar"),
        l.inntektsaar,
      );
    }
    if (l.oppgavegiver.organisasjonsnummer !== giver) {
      add(
        GLD.payload.kode,
        "Alle leveranser på en melding må ha samme oppgavegiver.",
        at("oppgavegiver", "organisasjonsnummer"),
        l.oppgavegiver.organisasjonsnummer,
      );
    }
    const sum = l.oppgaveoppsummering;
    if (sum.antallOppgaver !== l.oppgave.length) {
      add(
        GLD.payload.kode,
        `antallOppgaver stemmer ikke med antall oppgaver (${l.oppgave.length}).`,
        at("oppgaveoppsummering", "antallOppgaver"),
        sum.antallOppgaver,
      );
    }
    for (const [sumField, field] of SUMS) {
      const actual = l.oppgave.reduce((acc, o) => acc + o[field], 0);
      if (sum[sumField] !== actual) {
        add(
          GLD.payload.kode,
          `${sumField} stemmer ikke med summen av ${field} i oppgavene (${actual}).`,
          at("oppgaveoppsummering", sumField),
          sum[sumField],
        );
      }
    }
    l.oppgave.forEach((o, j) => {
      if (!o.boligselskapFormaal && !l.boligselskapFormaal) {
        add(
          GLD.payload.kode,
          "boligselskapFormaal må oppgis på leveransen eller på oppgaven.",
          at("oppgave", j, "boligselskapFormaal"),
        );
      }
    });
  });
  return problems.length > 0
    ? { ok: false, spesifisering: problems.slice(0, MAX_SPECIFICATIONS) }
    : { ok: true, melding: parsed.value };
}
