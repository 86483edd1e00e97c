import { z } from "zod";
import { isValidOrgno } from "@/lib/mod11";
import { GLD, GLD_SPEC, type Spesifisering } from "./errors";

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

const orgno = z
  .string()
  .regex(/^\d{9}$/, "Organisasjonsnummer må være 9 siffer.")
  .refine(isValidOrgno, "Organisasjonsnummeret har feil kontrollsiffer.");
const amount = z.number().int("Beløp oppgis i hele kroner.").min(0, "Beløpet kan ikke være negativt.");
const ddmm = z.string().regex(/^(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])$/, "Dato oppgis som DDMM.");
const text = (max: number) =>
  z.string().trim().min(1, "Feltet kan ikke være tomt.").max(max, `Maks ${max} tegn.`);

const oppgaveeier = z
  .strictObject({
    foedselsnummer: z
      .string()
      .regex(/^\d{11}$/, "Fødselsnummer må være 11 siffer.")
      .optional(),
    organisasjonsnummer: orgno.optional(),
    navn: text(200),
  })
  .refine((o) => (o.foedselsnummer === undefined) !== (o.organisasjonsnummer === undefined), {
    message: "Oppgi enten fødselsnummer eller organisasjonsnummer, ikke begge.",
  });

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
  oppgavegiver: z.strictObject({
    organisasjonsnummer: orgno,
    organisasjonsnavn: text(200).optional(),
    kontaktinformasjon: z.strictObject({
      navn: text(200),
      telefonnummer: z.string().max(20).optional(),
      varselEpostadresse: z.email("Ugyldig e-postadresse.").optional(),
      varselSmsMobilnummer: z.string().max(20).optional(),
    }),
  }),
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

const MAX_SPECIFICATIONS = 50;
/** The model is six levels deep; anything far deeper is refused before any recursive walk over it. */
export const MAX_JSON_DEPTH = 32;

/** Whether a parsed JSON value nests deeper than `limit` (checked without recursion). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}
const SUMS = [
  ["sumAndelLikningsverdiBoenhet", "andelLikningsverdiBoenhet"],
  ["sumAndelSkattepliktigeInntekter", "andelSkattepliktigeInntekter"],
  ["sumAndelFradragsberettigedeKostnader", "andelFradragsberettigedeKostnader"],
  ["sumAndelFormue", "andelFormue"],
  ["sumAndelGjeld", "andelGjeld"],
] as const;

export type Validation = { ok: true; melding: ValidMelding } | { ok: false; spesifisering: Spesifisering[] };

export function validateMelding(body: unknown, pathYear: number): Validation {
  const parsed = boligselskapMelding.safeParse(body, { reportInput: true, error: norwegian });
  if (!parsed.success) {
    return { ok: false, spesifisering: parsed.error.issues.slice(0, MAX_SPECIFICATIONS).flatMap(fromIssue) };
  }
  const problems: Spesifisering[] = [];
  const add = (kode: string, melding: string, sti: (string | number)[], value?: unknown) =>
    problems.push(spec(kode, melding, sti, value));
  const giver = parsed.data.leveranse[0]!.oppgavegiver.organisasjonsnummer;

  parsed.data.leveranse.forEach((l, i) => {
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
    : { ok: true, melding: parsed.data };
}

function spec(kode: string, melding: string, sti: PropertyKey[], value?: unknown): Spesifisering {
  const out: Spesifisering = { kode, melding, sti: sti.map(String).join("/") };
  const shown = showValue(value);
  if (shown !== undefined) out.angittVerdi = shown;
  return out;
}

function showValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const s = typeof value === "string" ? value : JSON.stringify(value);
  return s.length > 100 ? `${s.slice(0, 97)}...` : s;
}

function fromIssue(issue: z.core.$ZodIssue): Spesifisering[] {
  // Unknown fields are reported one by one, each with its own path.
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((k) => spec(GLD.payload.kode, `Ukjent felt «${k}».`, [...issue.path, k]));
  }
  return [spec(GLD.payload.kode, issue.message, issue.path, issue.input)];
}

const TYPE_NAMES: Record<string, string> = {
  string: "tekst",
  number: "tall",
  int: "heltall",
  boolean: "sann/usann",
  object: "objekt",
  array: "liste",
};

/** Norwegian texts for zod's own issues; the schema's custom messages take precedence over these. */
function norwegian(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "Feltet mangler."
        : `Feil datatype: forventet ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case "too_small":
      if (issue.origin === "array") return `Må ha minst ${String(issue.minimum)} element.`;
      if (issue.origin === "string") return `Må ha minst ${String(issue.minimum)} tegn.`;
      return `Må være minst ${String(issue.minimum)}.`;
    case "too_big":
      if (issue.origin === "array") return `Kan ha maks ${String(issue.maximum)} elementer.`;
      if (issue.origin === "string") return `Kan ha maks ${String(issue.maximum)} tegn.`;
      return `Kan være maks ${String(issue.maximum)}.`;
    case "invalid_value":
      return `Ugyldig verdi. Gyldige verdier: ${issue.values.map(String).join(", ")}.`;
    case "invalid_format":
      return "Ugyldig format.";
    default:
      return "Ugyldig verdi.";
  }
}
