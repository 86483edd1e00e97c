/**
 * What the wizard knows about the services it onboards to: Skatteetaten's APIs that take a system-user token,
 * and the Altinn scopes a vendor needs. Pure data, shared by pages, payload builders and the simulator.
 * Sources: contracts §3.2, §3.4 and Skatteetaten's api-dokumentasjon (om/systembruker.md).
 */
export const ALTINN_SCOPES = [
  "altinn:authentication/systemregister.write",
  "altinn:authentication/systemuser.request.read",
  "altinn:authentication/systemuser.request.write",
] as const;
export type AltinnScope = (typeof ALTINN_SCOPES)[number];

export const API_IDS = ["kravogbetalinger", "innrapportering-boligselskap"] as const;
export type ApiId = (typeof API_IDS)[number];

export interface SkatteetatenApi {
  id: ApiId;
  name: { nb: string; en: string };
  description: { nb: string; en: string };
  scope: string;
  /** The Altinn resource a system must list in `rights` and a system user must hold. */
  resource: string;
  /** Access packages that also give the right (contracts §3.2); empty when only the single right works. */
  accessPackages: readonly string[];
  /** Host name stem: `<stem>.api.skatteetaten-test.no` / `<stem>.api.skatteetaten.no`. */
  hostStem: string;
  version: "v1";
  testCall: { nb: string; en: string };
  docs: string;
}

export const SKATTEETATEN_APIS: Record<ApiId, SkatteetatenApi> = {
  kravogbetalinger: {
    id: "kravogbetalinger",
    name: { nb: "Krav og betalinger", en: "Claims and payments (Krav og betalinger)" },
    description: {
      nb: "Åpne krav, innbetalinger og utbetalinger for en virksomhet, lest av regnskapssystemet.",
      en: "Open claims, payments and disbursements for an organisation, read by the accounting system.",
    },
    scope: "skatteetaten:kravogbetalinger",
    resource: "ske-krav-og-betalinger",
    accessPackages: [],
    hostStem: "kravogbetalinger",
    version: "v1",
    testCall: {
      nb: "GET /v1/regnskapssystem/{orgnr}/aapnekrav – åpne krav for kunden",
      en: "GET /v1/regnskapssystem/{orgnr}/aapnekrav – the customer's open claims",
    },
    docs: "https://skatteetaten.github.io/api-dokumentasjon/api/kravogbetalinger",
  },
  "innrapportering-boligselskap": {
    id: "innrapportering-boligselskap",
    name: {
      nb: "Innrapportering boligselskap",
      en: "Housing company reporting (Innrapportering boligselskap)",
    },
    description: {
      nb: "Innsending av tredjepartsopplysninger for boligselskap (RF-1139).",
      en: "Submission of third-party information for housing companies (RF-1139).",
    },
    scope: "skatteetaten:innrapporteringboligselskap",
    resource: "ske-innrapportering-boligselskap",
    accessPackages: [
      "regnskapsforer-med-signeringsrettighet",
      "regnskapsforer-uten-signeringsrettighet",
      "ansvarlig-revisor",
      "revisormedarbeider",
      "forretningsforer-eiendom",
      "skattegrunnlag",
    ],
    hostStem: "innrapporteringboligselskap",
    version: "v1",
    testCall: {
      nb: "POST /v1/{inntektsaar} – en minimal testinnsending med ny idempotencyKey",
      en: "POST /v1/{inntektsaar} – a minimal test submission with a fresh idempotencyKey",
    },
    docs: "https://skatteetaten.github.io/api-dokumentasjon/api/innrapportering-boligselskap",
  },
};

export function apiById(id: ApiId): SkatteetatenApi {
  return SKATTEETATEN_APIS[id];
}

/** Scopes the client needs for a set of chosen APIs: the three Altinn scopes plus one per API. */
export function requiredScopes(apis: readonly ApiId[]): string[] {
  return [...ALTINN_SCOPES, ...apis.map((id) => SKATTEETATEN_APIS[id].scope)];
}

export const ALTINN_RESOURCE_ATTRIBUTE = "urn:altinn:resource";
export const ACCESS_PACKAGE_PREFIX = "urn:altinn:accesspackage:";
export const ORG_AUTHORITY = "iso6523-actorid-upis";
export const SYSTEMUSER_RAR_TYPE = "urn:altinn:systemuser";
export const JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
