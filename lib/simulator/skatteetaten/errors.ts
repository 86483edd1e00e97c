import { randomUUID } from "node:crypto";
import { json } from "../http";

/**
 * Skatteetaten's answers (contracts §3.1): every response carries a correlation id in the `Korrelasjonsid`
 * header, and errors have the body `{ kode, melding, korrelasjonsid }`, with `spesifisering` on the
 * innrapportering APIs. Texts are Norwegian, as the real service's are.
 */
export const CORRELATION_HEADER = "Korrelasjonsid";

/** What a caller may send as its own correlation id: anything else is replaced, never echoed into a header. */
const SAFE_CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The caller's correlation id (query `Korrelasjonsid` first, then the header) when safe, else a new uuid. */
export function correlationIdFor(req: Request): string {
  const url = new URL(req.url);
  const candidates = [
    url.searchParams.get("Korrelasjonsid"),
    url.searchParams.get("korrelasjonsid"),
    req.headers.get(CORRELATION_HEADER),
  ];
  for (const c of candidates) {
    if (c !== null && SAFE_CORRELATION_ID.test(c)) return c;
  }
  return randomUUID();
}

export interface Spesifisering {
  kode: string;
  melding: string;
  sti?: string;
  angittVerdi?: string;
}

export interface SkeErrorBody {
  kode: string;
  melding: string;
  korrelasjonsid: string;
  spesifisering?: Spesifisering[];
}

export function skeJson(
  body: unknown,
  status: number,
  korrelasjonsid: string,
  headers: Record<string, string> = {},
) {
  return json(body, status, { [CORRELATION_HEADER]: korrelasjonsid, ...headers });
}

export function skeError(
  status: number,
  kode: string,
  melding: string,
  korrelasjonsid: string,
  opts: { spesifisering?: Spesifisering[]; headers?: Record<string, string> } = {},
): Response {
  const body: SkeErrorBody = { kode, melding, korrelasjonsid };
  if (opts.spesifisering) body.spesifisering = opts.spesifisering;
  return skeJson(body, status, korrelasjonsid, opts.headers);
}

/** Gateway-level codes shared by Skatteetaten's APIs (SKE:om/feil.md). */
export const DAS = {
  notAnEndpoint: { status: 404, kode: "DAS-002", melding: "Forespurt URL er ikke et endepunkt i tjenesten." },
  forbidden: {
    status: 403,
    kode: "DAS-008",
    melding: "Du er ikke autorisert for tilgang til den forespurte ressursen.",
  },
} as const;

/** Krav og betalinger's own codes (SKE:api/kravogbetalinger.md, Feilkoder). */
export const KB = {
  unknownUrl: { status: 404, kode: "KB-003", melding: "Ukjent url benyttet." },
  unauthenticated: { status: 401, kode: "KB-004", melding: "Feil i forbindelse med autentisering." },
  invalidInput: { status: 400, kode: "KB-006", melding: "Feil i forbindelse med validering av inputdata." },
  nothingInPeriod: {
    status: 404,
    kode: "KB-007",
    melding: "Fant ingen krav/betalinger på angitt identifikator og periode.",
  },
  format: {
    status: 406,
    kode: "KB-008",
    melding: "Feil tilknyttet dataformat. Kun json eller xml er støttet.",
  },
  unknownParty: { status: 404, kode: "KB-009", melding: "Ingen treff på oppgitt identifikator." },
} as const;

/** Innrapportering's codes (SKE:api/innrapportering-boligselskap.md, Feilkoder and feilspesifiseringskoder). */
export const GLD = {
  forbidden: { status: 403, kode: "GLD_005", melding: "Feil i forbindelse med autorisering." },
  badRequest: { status: 400, kode: "GLD_006", melding: "Feil i request." },
  structure: { status: 400, kode: "GLD_008", melding: "Strukturell feil i tilknyttet dataformat." },
  payload: { status: 400, kode: "GLD_010", melding: "Feil i forbindelse med validering av payload." },
  idempotencyReused: { status: 409, kode: "GLD_019", melding: "Idempotensnøkkel er benyttet tidligere." },
  notFound: { status: 404, kode: "GLD_021", melding: "Finner ikke forespurt ressurs." },
  method: { status: 405, kode: "GLD_022", melding: "HTTP-metode ikke støttet." },
} as const;

export const GLD_SPEC = {
  parameters: "GLD_1022",
  noResource: "GLD_1023",
  incomeYear: "GLD_1027",
  headerMissing: "GLD_1028",
  accept: "GLD_1030",
  contentType: "GLD_1047",
  /** Documented for the sibling innrapportering APIs (e.g. aksjonærregisteroppgave): path and body year differ. */
  incomeYearMismatch: "GLD_1052",
} as const;

export type ErrorDef = { status: number; kode: string; melding: string };

/** The error with a more precise melding appended (the documented text first, so the code still reads right). */
export function errorFrom(
  def: ErrorDef,
  korrelasjonsid: string,
  detail?: string,
  opts: { spesifisering?: Spesifisering[]; headers?: Record<string, string> } = {},
): Response {
  const melding = detail ? `${def.melding} ${detail}` : def.melding;
  return skeError(def.status, def.kode, melding, korrelasjonsid, opts);
}

/**
 * The innrapportering family's codes under the API's prefix. Most APIs answer GLD_xxx; a-melding answers the
 * same numbers as AMLD_xxx, with the same meanings (SKE api/innrapportering-amelding.md, Feilkoder;
 * contracts-more §4.3). Texts of the specifications as Skatteetaten's tables give them.
 */
export type CodePrefix = "GLD" | "AMLD";

export function innrapporteringCodes(prefix: CodePrefix) {
  const k = (def: ErrorDef): ErrorDef => ({ ...def, kode: def.kode.replace(/^GLD/, prefix) });
  const s = (code: string) => code.replace(/^GLD/, prefix);
  return {
    unauthenticated: { status: 401, kode: `${prefix}_004`, melding: "Feil i forbindelse med autentisering." },
    forbidden: k(GLD.forbidden),
    badRequest: k(GLD.badRequest),
    structure: k(GLD.structure),
    payload: k(GLD.payload),
    idempotencyReused: k(GLD.idempotencyReused),
    notFound: k(GLD.notFound),
    method: k(GLD.method),
    spec: {
      invalidToken: s("GLD_1008"),
      parameters: s(GLD_SPEC.parameters),
      noResource: s(GLD_SPEC.noResource),
      incomeYear: s(GLD_SPEC.incomeYear),
      headerMissing: s(GLD_SPEC.headerMissing),
      accept: s(GLD_SPEC.accept),
      contentType: s(GLD_SPEC.contentType),
      /** The organisation in the path differs from the body's (a-melding: opplysningspliktig). */
      partyMismatch: s("GLD_1051"),
      periodMismatch: s(GLD_SPEC.incomeYearMismatch),
      /** Only a-melding documents a code for a token without a system user (AMLD_1063). */
      noSystemUser: prefix === "AMLD" ? "AMLD_1063" : null,
    },
    /** contracts-more §1.8: the system user may not act for the organisation the data is about. */
    notAuthorisedForParty: {
      kode: s("GLD_1015"),
      melding:
        prefix === "AMLD"
          ? "Ikke autorisert for denne dialogen."
          : "Organisasjonen som leverer har ikke rettighet til å levere for denne oppgavegiveren.",
    },
  } as const;
}
export type InnrapporteringCodes = ReturnType<typeof innrapporteringCodes>;
