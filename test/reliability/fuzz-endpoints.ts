import fc from "fast-check";
import { ALTINN_SCOPES, SKATTEETATEN_APIS } from "@/lib/catalogue";
import { CUSTOMER_ORGNO, VENDOR_ORGNO, type World } from "./fuzz-world";
import { agentEndpoints } from "./fuzz-endpoints-agents";
import { apiEndpoints } from "./fuzz-endpoints-apis";
import { segment } from "./fuzz-support";

/**
 * Every endpoint of the simulated services (contracts §1, §2.3, §2.6, §2.10, §3, §4), each with a valid body
 * to mutate and the bearer tokens that are real for it. Paths are arbitraries because ids are fuzzed too.
 */
export type BodyKind = "json" | "form" | "none";

export interface EndpointSpec {
  name: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: (w: World) => fc.Arbitrary<string>;
  body: BodyKind;
  /** A valid body the fuzz mutates. */
  base?: (w: World) => unknown;
  tokens: (w: World) => string[];
  headers?: fc.Arbitrary<Record<string, string>>;
}

const A = "/sim/altinn/authentication/api/v1";
const KRAV = SKATTEETATEN_APIS.kravogbetalinger;
const rights = [{ resource: [{ id: "urn:altinn:resource", value: KRAV.resource }] }];
const fixed = (p: string) => () => fc.constant(p);
const sys = (w: World) => segment(w.ids.systems);
const req = (w: World) => segment(w.ids.requests);
const org = () => segment([CUSTOMER_ORGNO, VENDOR_ORGNO]);
const ref = (w: World) => segment(w.ids.externalRefs);
const client = (w: World) => segment(w.ids.clients);
const altinn = (w: World) => w.altinnTokens;
const portal = (w: World) => w.portalTokens;
const ske = (w: World) => w.skatteetatenTokens;
const none = () => [];

const systemBody = (w: World) => ({
  id: w.ids.systems[0] ?? `${VENDOR_ORGNO}_fuzz_new`,
  vendor: { ID: `0192:${VENDOR_ORGNO}` },
  name: { nb: "Fuzz", nn: "Fuzz", en: "Fuzz" },
  description: { nb: "Fuzz", nn: "Fuzz", en: "Fuzz" },
  rights,
  accessPackages: [],
  clientId: [w.vendor.clientId],
  isVisible: true,
  allowedRedirectUrls: ["https://vendor.example/callback"],
});

const requestBody = (w: World) => ({
  externalRef: "fuzz-ref",
  systemId: w.ids.systems[0] ?? `${VENDOR_ORGNO}_fuzz_system`,
  partyOrgNo: CUSTOMER_ORGNO,
  rights,
  accessPackages: [],
  redirectUrl: "https://vendor.example/callback",
});

const clientBody = () => ({
  integration_type: "maskinporten",
  client_name: "Fuzz client",
  description: "Fuzz",
  token_endpoint_auth_method: "private_key_jwt",
  grant_types: ["urn:ietf:params:oauth:grant-type:jwt-bearer"],
  scopes: [...ALTINN_SCOPES],
});

const boligselskapBody = () => ({
  leveranse: [
    {
      oppgavegiversLeveranseReferanse: "Leveranse-1",
      inntektsaar: 2025,
      oppgavegiver: {
        organisasjonsnummer: CUSTOMER_ORGNO,
        kontaktinformasjon: { navn: "Fuzz", telefonnummer: "00000000" },
      },
      boligselskapFormaal: "bolig",
      leveransetype: "ordinaer",
      kildesystem: "SBS-1",
      oppgaveoppsummering: { antallOppgaver: 0 },
      oppgave: [],
      sletteoppgave: [],
    },
  ],
});

const skeHeaders = fc.record(
  {
    idempotencyKey: fc.oneof(
      fc.uuid(),
      fc.constantFrom("", "not-a-uuid", "00000000-0000-0000-0000-000000000000"),
    ),
    accept: fc.constantFrom("application/json", "application/xml", "*/*", "text/html", ""),
    "x-correlation-id": fc.string({ maxLength: 50 }),
  },
  { requiredKeys: [] },
);

const date = fc.oneof(
  fc
    .date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("", "2025-02-30", "2025-13-01", "01.01.2025", "2025-1-1", "9999-99-99"),
);
const kravQuery = fc
  .record(
    { fraOgMed: date, tilOgMed: date, Korrelasjonsid: fc.string({ maxLength: 40 }) },
    { requiredKeys: [] },
  )
  .map((q) => `?${new URLSearchParams(q as Record<string, string>).toString()}`);

const byQuery = (w: World) =>
  fc
    .record(
      {
        "system-id": fc.oneof(
          fc.constantFrom(...(w.ids.systems.length ? w.ids.systems : ["x"])),
          fc.string(),
        ),
        orgno: fc.oneof(fc.constantFrom(CUSTOMER_ORGNO, VENDOR_ORGNO), fc.string()),
        "external-ref": fc.oneof(
          fc.constantFrom(...(w.ids.externalRefs.length ? w.ids.externalRefs : ["x"])),
          fc.string(),
        ),
      },
      { requiredKeys: [] },
    )
    .map(
      (q) => `${A}/systemuser/vendor/byquery?${new URLSearchParams(q as Record<string, string>).toString()}`,
    );

export const ENDPOINTS: EndpointSpec[] = [
  // Maskinporten (the token endpoint has its own grant fuzz too)
  {
    name: "mp metadata",
    method: "GET",
    path: fixed("/sim/maskinporten/.well-known/oauth-authorization-server"),
    body: "none",
    tokens: none,
  },
  { name: "mp jwk", method: "GET", path: fixed("/sim/maskinporten/jwk"), body: "none", tokens: none },
  { name: "mp token", method: "POST", path: fixed("/sim/maskinporten/token"), body: "form", tokens: none },
  // Digdir self-service (§4)
  {
    name: "ds login",
    method: "POST",
    path: fixed("/sim/samarbeid/login"),
    body: "json",
    base: () => ({ orgno: VENDOR_ORGNO }),
    tokens: none,
  },
  {
    name: "ds grant scope",
    method: "POST",
    path: fixed("/sim/samarbeid/scopes/access"),
    body: "json",
    base: () => ({ scope: KRAV.scope }),
    tokens: portal,
  },
  {
    name: "ds list grants",
    method: "GET",
    path: fixed("/sim/samarbeid/scopes/access"),
    body: "none",
    tokens: portal,
  },
  {
    name: "ds create client",
    method: "POST",
    path: fixed("/sim/samarbeid/clients/"),
    body: "json",
    base: clientBody,
    tokens: portal,
  },
  {
    name: "ds list clients",
    method: "GET",
    path: fixed("/sim/samarbeid/clients/"),
    body: "none",
    tokens: portal,
  },
  {
    name: "ds get client",
    method: "GET",
    path: (w) => client(w).map((c) => `/sim/samarbeid/clients/${c}`),
    body: "none",
    tokens: portal,
  },
  {
    name: "ds put client",
    method: "PUT",
    path: (w) => client(w).map((c) => `/sim/samarbeid/clients/${c}`),
    body: "json",
    base: clientBody,
    tokens: portal,
  },
  {
    name: "ds get jwks",
    method: "GET",
    path: (w) => client(w).map((c) => `/sim/samarbeid/clients/${c}/jwks`),
    body: "none",
    tokens: portal,
  },
  {
    name: "ds post jwks",
    method: "POST",
    path: (w) => client(w).map((c) => `/sim/samarbeid/clients/${c}/jwks`),
    body: "json",
    base: (w) => ({ keys: [{ ...w.vendor.publicJwk, kid: "fuzz-kid" }] }),
    tokens: portal,
  },
  // Altinn system register (§2.3)
  {
    name: "sr create",
    method: "POST",
    path: fixed(`${A}/systemregister/vendor`),
    body: "json",
    base: systemBody,
    tokens: altinn,
  },
  { name: "sr list", method: "GET", path: fixed(`${A}/systemregister/vendor`), body: "none", tokens: altinn },
  {
    name: "sr get",
    method: "GET",
    path: (w) => sys(w).map((s) => `${A}/systemregister/vendor/${s}`),
    body: "none",
    tokens: altinn,
  },
  {
    name: "sr put",
    method: "PUT",
    path: (w) => sys(w).map((s) => `${A}/systemregister/vendor/${s}`),
    body: "json",
    base: systemBody,
    tokens: altinn,
  },
  {
    name: "sr put rights",
    method: "PUT",
    path: (w) => sys(w).map((s) => `${A}/systemregister/vendor/${s}/rights`),
    body: "json",
    base: () => rights,
    tokens: altinn,
  },
  {
    name: "sr put packages",
    method: "PUT",
    path: (w) => sys(w).map((s) => `${A}/systemregister/vendor/${s}/accesspackages`),
    body: "json",
    base: () => [{ urn: "urn:altinn:accesspackage:skattegrunnlag" }],
    tokens: altinn,
  },
  {
    name: "sr changelog",
    method: "GET",
    path: (w) => sys(w).map((s) => `${A}/systemregister/vendor/${s}/changelog`),
    body: "none",
    tokens: altinn,
  },
  {
    name: "sr delete",
    method: "DELETE",
    path: () => segment().map((s) => `${A}/systemregister/vendor/${s}`),
    body: "none",
    tokens: altinn,
  },
  // Altinn system-user requests (§2.6)
  {
    name: "req create",
    method: "POST",
    path: fixed(`${A}/systemuser/request/vendor`),
    body: "json",
    base: requestBody,
    tokens: altinn,
  },
  {
    name: "req create agent",
    method: "POST",
    path: fixed(`${A}/systemuser/request/vendor/agent`),
    body: "json",
    base: (w) => ({
      ...requestBody(w),
      accessPackages: [{ urn: "urn:altinn:accesspackage:skattegrunnlag" }],
    }),
    tokens: altinn,
  },
  {
    name: "req get",
    method: "GET",
    path: (w) => req(w).map((r) => `${A}/systemuser/request/vendor/${r}`),
    body: "none",
    tokens: altinn,
  },
  {
    name: "req delete",
    method: "DELETE",
    path: () => segment().map((r) => `${A}/systemuser/request/vendor/${r}`),
    body: "none",
    tokens: altinn,
  },
  {
    name: "req byexternalref",
    method: "GET",
    path: (w) =>
      fc
        .tuple(sys(w), org(), ref(w))
        .map(([s, o, r]) => `${A}/systemuser/request/vendor/byexternalref/${s}/${o}/${r}`),
    body: "none",
    tokens: altinn,
  },
  {
    name: "req bysystem",
    method: "GET",
    path: (w) =>
      fc
        .tuple(sys(w), fc.option(fc.string(), { nil: undefined }))
        .map(
          ([s, t]) =>
            `${A}/systemuser/request/vendor/bysystem/${s}${t === undefined ? "" : `?token=${encodeURIComponent(t)}`}`,
        ),
    body: "none",
    tokens: altinn,
  },
  // Agent requests, change requests, client delegation (contracts-more §1.3, §1.6, §2)
  ...agentEndpoints(),
  // Altinn system users (§2.10)
  { name: "su byquery", method: "GET", path: byQuery, body: "none", tokens: altinn },
  {
    name: "su bysystem",
    method: "GET",
    path: (w) => sys(w).map((s) => `${A}/systemuser/vendor/bysystem/${s}`),
    body: "none",
    tokens: altinn,
  },
  // Skatteetaten (§3)
  {
    name: "ske aapnekrav",
    method: "GET",
    path: () => org().map((o) => `/sim/skatteetaten/kravogbetalinger/v1/regnskapssystem/${o}/aapnekrav`),
    body: "none",
    tokens: ske,
    headers: skeHeaders,
  },
  {
    name: "ske krav",
    method: "GET",
    path: () =>
      fc
        .tuple(org(), kravQuery)
        .map(([o, q]) => `/sim/skatteetaten/kravogbetalinger/v1/regnskapssystem/${o}/krav${q}`),
    body: "none",
    tokens: ske,
    headers: skeHeaders,
  },
  {
    name: "ske boligselskap",
    method: "POST",
    path: () =>
      fc
        .oneof(fc.constantFrom("2025", "2024", "1999", "0", "-1", "abcd", "20250"), segment())
        .map((y) => `/sim/skatteetaten/innrapporteringboligselskap/v1/${y}`),
    body: "json",
    base: boligselskapBody,
    tokens: ske,
    headers: skeHeaders,
  },
  ...apiEndpoints(skeHeaders),
  // Enhetsregisteret
  {
    name: "brreg",
    method: "GET",
    path: () => org().map((o) => `/sim/brreg/enhetsregisteret/api/enheter/${o}`),
    body: "none",
    tokens: none,
  },
];

/** Paths with `{}` where an id goes, for the deterministic prototype-name checks. */
export const ID_PATHS: {
  method: EndpointSpec["method"];
  path: string;
  tokens: (w: World) => string[];
  status?: number;
}[] = [
  { method: "GET", path: "/sim/samarbeid/clients/{}", tokens: portal },
  { method: "PUT", path: "/sim/samarbeid/clients/{}", tokens: portal },
  { method: "GET", path: "/sim/samarbeid/clients/{}/jwks", tokens: portal },
  { method: "POST", path: "/sim/samarbeid/clients/{}/jwks", tokens: portal },
  { method: "GET", path: `${A}/systemregister/vendor/{}`, tokens: altinn },
  { method: "PUT", path: `${A}/systemregister/vendor/{}`, tokens: altinn },
  { method: "DELETE", path: `${A}/systemregister/vendor/{}`, tokens: altinn },
  { method: "PUT", path: `${A}/systemregister/vendor/{}/rights`, tokens: altinn },
  { method: "PUT", path: `${A}/systemregister/vendor/{}/accesspackages`, tokens: altinn },
  { method: "GET", path: `${A}/systemregister/vendor/{}/changelog`, tokens: altinn },
  { method: "GET", path: `${A}/systemuser/request/vendor/{}`, tokens: altinn },
  { method: "DELETE", path: `${A}/systemuser/request/vendor/{}`, tokens: altinn },
  {
    method: "GET",
    path: `${A}/systemuser/request/vendor/byexternalref/{}/${CUSTOMER_ORGNO}/{}`,
    tokens: altinn,
  },
  { method: "GET", path: `${A}/systemuser/request/vendor/bysystem/{}`, tokens: altinn },
  { method: "GET", path: `${A}/systemuser/request/vendor/agent/{}`, tokens: altinn },
  { method: "GET", path: `${A}/systemuser/request/vendor/agent/bysystem/{}`, tokens: altinn },
  { method: "GET", path: `${A}/systemuser/changerequest/vendor/{}`, tokens: altinn },
  { method: "DELETE", path: `${A}/systemuser/changerequest/vendor/{}`, tokens: altinn },
  { method: "GET", path: `${A}/systemuser/changerequest/vendor/bysystem/{}`, tokens: altinn },
  {
    method: "POST",
    path: `${A}/systemuser/changerequest/vendor?correlation-id={}&system-user-id={}`,
    tokens: altinn,
  },
  {
    method: "GET",
    path: `${A}/systemuser/vendor/byquery?system-id={}&orgno=${CUSTOMER_ORGNO}&external-ref={}`,
    tokens: altinn,
  },
  { method: "GET", path: `${A}/systemuser/vendor/bysystem/{}`, tokens: altinn },
  { method: "GET", path: "/sim/skatteetaten/kravogbetalinger/v1/regnskapssystem/{}/aapnekrav", tokens: ske },
  { method: "POST", path: "/sim/skatteetaten/innrapporteringboligselskap/v1/{}", tokens: ske },
  { method: "POST", path: "/sim/skatteetaten/innrapporteringamelding/v1/innsending/2026-01/{}", tokens: ske },
  { method: "POST", path: "/sim/skatteetaten/innrapporteringboligsameie/v1/{}", tokens: ske },
  { method: "POST", path: "/sim/skatteetaten/innrapporteringpassogstell/v1/{}", tokens: ske },
  { method: "GET", path: "/sim/brreg/enhetsregisteret/api/enheter/{}", tokens: none },
  { method: "GET", path: "/sim/{}", tokens: none, status: 404 },
  { method: "POST", path: "/sim/_control/requests/{}/expire", tokens: none, status: 404 },
];

/** Names that exist on every plain object: a store keyed by user input must not find them. */
export const PROTOTYPE_NAMES = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "__defineGetter__",
];

export const SERVICES = [
  "maskinporten",
  "samarbeid",
  "altinn",
  "skatteetaten",
  "brreg",
  "altinn-ui",
  "unknown",
] as const;
