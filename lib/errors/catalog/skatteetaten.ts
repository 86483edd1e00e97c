import { API_LIST } from "../../apis";
import type { Localised } from "../../i18n/types";
import type { DoctorCatalog, DoctorEntry } from "../types";

/**
 * Skatteetaten's error codes (contracts §3.1–3.4): the common DAS codes of the API gateway, Krav og
 * betalinger's KB codes and the innrapportering APIs' GLD codes. 401 means the token itself was not
 * accepted (missing, expired, wrong environment); 403 means the token is fine but the system user behind it
 * may not do this (right not delegated, another organisation, missing scope). The texts say which it is.
 */
const FEIL = "https://skatteetaten.github.io/api-dokumentasjon/om/feil";
const KB_DOCS = "https://skatteetaten.github.io/api-dokumentasjon/api/kravogbetalinger";
const GLD_DOCS = "https://skatteetaten.github.io/api-dokumentasjon/api/innrapportering-boligselskap";

const serverError = (docs: string, what: Localised): DoctorEntry => ({
  title: {
    nb: `Feil hos Skatteetaten (${what.nb})`,
    nn: `Feil hos Skatteetaten (${what.nn})`,
    en: `Skatteetaten failed (${what.en})`,
  },
  cause: {
    nb: "Skatteetaten svarte med en intern feil. Det er ikke noe galt med kallet ditt.",
    nn: "Skatteetaten svarte med ein intern feil. Det er ikkje noko gale med kallet ditt.",
    en: "Skatteetaten answered with an internal error. Nothing is wrong with your call.",
  },
  fix: {
    nb: "Prøv igjen om litt. Vedvarer feilen, kontakt Skatteetaten og oppgi korrelasjonsid-en fra de tekniske detaljene.",
    nn: "Prøv igjen om litt. Held feilen fram, kontakt Skatteetaten og oppgi korrelasjonsid-en frå dei tekniske detaljane.",
    en: "Try again in a moment. If it persists, contact Skatteetaten and quote the correlation id from the technical details.",
  },
  retryable: true,
  docs,
});

const internalAuth = serverError(FEIL, {
  nb: "intern autorisasjon",
  nn: "intern autorisasjon",
  en: "internal authorisation",
});

const forbidden403 = (docs: string, extra: Localised): Pick<DoctorEntry, "cause" | "fix" | "docs"> => ({
  cause: {
    nb:
      "403: tokenet ble godtatt (det er gyldig og fra riktig miljø), men systembrukeren bak det har ikke lov til dette. " +
      extra.nb,
    nn:
      "403: tokenet vart godteke (det er gyldig og frå rett miljø), men systembrukaren bak det har ikkje lov til dette. " +
      extra.nn,
    en:
      "403: the token was accepted (it is valid and from the right environment), but the system user behind it may not do this. " +
      extra.en,
  },
  fix: {
    nb:
      "Sjekk at systemet (steg 4) har API-ets ressurs i rights, at forespørselen kunden godkjente (steg 5) ba om den samme rettigheten, " +
      "og at organisasjonsnummeret i kallet er kundens (systemuser_org i tokenet). Mangler rettigheten, send en ny forespørsel med den og få den godkjent.",
    nn:
      "Sjekk at systemet (steg 4) har ressursen til API-et i rights, at førespurnaden kunden godkjende (steg 5), bad om den same retten, " +
      "og at organisasjonsnummeret i kallet er kunden sitt (systemuser_org i tokenet). Manglar retten, send ein ny førespurnad med han og få han godkjend.",
    en:
      "Check that the system (step 4) lists the API's resource in rights, that the request the customer approved (step 5) asked for the same right, " +
      "and that the organisation number in the call is the customer's (systemuser_org in the token). If the right is missing, send a new request with it and have it approved.",
  },
  docs,
});

const gldCatalog: DoctorCatalog = {
  // --- Common gateway codes (SKE:om/feil.md) ---
  "DAS-001": serverError(FEIL, { nb: "DAS-001", nn: "DAS-001", en: "DAS-001" }),
  "DAS-002": {
    title: {
      nb: "Adressen er ikke et endepunkt",
      nn: "Adressa er ikkje eit endepunkt",
      en: "The address is not an endpoint",
    },
    cause: {
      nb: "404: URL-en peker ikke på noe endepunkt i API-et. Ofte feil versjon, feil vertsnavn for miljøet eller en skrivefeil i stien.",
      nn: "404: URL-en peikar ikkje på noko endepunkt i API-et. Ofte feil versjon, feil vertsnamn for miljøet eller ein skrivefeil i stien.",
      en: "404: the URL does not point at an endpoint of the API. Often a wrong version, the wrong host for the environment or a typo in the path.",
    },
    fix: {
      nb: "Sammenlign URL-en med API-dokumentasjonen. Test bruker *.api.skatteetaten-test.no, produksjon *.api.skatteetaten.no.",
      nn: "Samanlikn URL-en med API-dokumentasjonen. Test bruker *.api.skatteetaten-test.no, produksjon *.api.skatteetaten.no.",
      en: "Compare the URL with the API documentation. Test uses *.api.skatteetaten-test.no, production *.api.skatteetaten.no.",
    },
    docs: FEIL,
  },
  "DAS-003": serverError(FEIL, { nb: "DAS-003", nn: "DAS-003", en: "DAS-003" }),
  "DAS-004": internalAuth,
  "DAS-005": internalAuth,
  "DAS-006": internalAuth,
  "DAS-007": internalAuth,
  "DAS-008": {
    title: {
      nb: "Ikke autorisert for ressursen",
      nn: "Ikkje autorisert for ressursen",
      en: "Not authorised for the resource",
    },
    ...forbidden403(FEIL, {
      nb: "Skatteetaten spurte Altinn om systembrukeren har rettigheten til API-ets ressurs for denne organisasjonen, og fikk nei.",
      nn: "Skatteetaten spurde Altinn om systembrukaren har retten til ressursen til API-et for denne organisasjonen, og fekk nei.",
      en: "Skatteetaten asked Altinn whether the system user holds the API's resource for this organisation, and the answer was no.",
    }),
  },

  // --- Krav og betalinger (SKE:api/kravogbetalinger.md) ---
  "KB-001": serverError(KB_DOCS, { nb: "KB-001", nn: "KB-001", en: "KB-001" }),
  "KB-002": serverError(KB_DOCS, { nb: "KB-002", nn: "KB-002", en: "KB-002" }),
  "KB-003": {
    title: {
      nb: "Ukjent adresse i Krav og betalinger",
      nn: "Ukjend adresse i Krav og betalinger",
      en: "Unknown address in Krav og betalinger",
    },
    cause: {
      nb: "404: stien finnes ikke i API-et. Systembrukerkall går til /v1/regnskapssystem/{orgnr}/aapnekrav (eller /krav, /innbetalinger, /utbetalinger).",
      nn: "404: stien finst ikkje i API-et. Systembrukarkall går til /v1/regnskapssystem/{orgnr}/aapnekrav (eller /krav, /innbetalinger, /utbetalinger).",
      en: "404: the path does not exist in the API. System-user calls go to /v1/regnskapssystem/{orgnr}/aapnekrav (or /krav, /innbetalinger, /utbetalinger).",
    },
    fix: {
      nb: "Rett stien etter dokumentasjonen.",
      nn: "Rett stien etter dokumentasjonen.",
      en: "Correct the path according to the documentation.",
    },
    docs: KB_DOCS,
  },
  "KB-004": {
    title: {
      nb: "Tokenet ble ikke godtatt (401)",
      nn: "Tokenet vart ikkje godteke (401)",
      en: "The token was not accepted (401)",
    },
    cause: {
      nb:
        "401: Skatteetaten kunne ikke autentisere kallet. Tokenet mangler, er utløpt (systembrukertokener varer som oftest 2 minutter), " +
        "er utstedt av Maskinporten i et annet miljø, eller mangler systembrukerdelen (authorization_details) eller scopet skatteetaten:kravogbetalinger.",
      nn:
        "401: Skatteetaten kunne ikkje autentisere kallet. Tokenet manglar, har gått ut (systembrukartoken varer som oftast 2 minutt), " +
        "er utferda av Maskinporten i eit anna miljø, eller manglar systembrukardelen (authorization_details) eller scopet skatteetaten:kravogbetalinger.",
      en:
        "401: Skatteetaten could not authenticate the call. The token is missing, expired (system-user tokens usually last 2 minutes), " +
        "was issued by Maskinporten in another environment, or lacks the system-user part (authorization_details) or the scope skatteetaten:kravogbetalinger.",
    },
    fix: {
      nb: "Hent et nytt systembrukertoken i steg 6 med scopet for Krav og betalinger, og kall innen det utløper. Forskjellen fra 403: her er det tokenet som er problemet, ikke rettighetene.",
      nn: "Hent eit nytt systembrukartoken i steg 6 med scopet for Krav og betalinger, og kall før det går ut. Skilnaden frå 403: her er det tokenet som er problemet, ikkje rettane.",
      en: "Fetch a new system-user token in step 6 with the Krav og betalinger scope, and call before it expires. Unlike 403, the token is the problem here, not the rights.",
    },
    retryable: true,
    docs: KB_DOCS,
  },
  "KB-005": {
    title: {
      nb: "Systembrukeren har ikke tilgang (403)",
      nn: "Systembrukaren har ikkje tilgang (403)",
      en: "The system user has no access (403)",
    },
    ...forbidden403(KB_DOCS, {
      nb: "For Krav og betalinger betyr det som regel at organisasjonsnummeret i stien ikke er organisasjonen som eier systembrukeren, eller at systembrukeren mangler ressursen ske-krav-og-betalinger.",
      nn: "For Krav og betalinger tyder det som regel at organisasjonsnummeret i stien ikkje er organisasjonen som eig systembrukaren, eller at systembrukaren manglar ressursen ske-krav-og-betalinger.",
      en: "For Krav og betalinger this usually means that the organisation number in the path is not the organisation that owns the system user, or that the system user lacks the resource ske-krav-og-betalinger.",
    }),
  },
  "KB-006": {
    title: { nb: "Ugyldig input", nn: "Ugyldig input", en: "Invalid input" },
    cause: {
      nb: "400: en parameter er ugyldig, for eksempel et organisasjonsnummer som ikke har 9 siffer, eller en periode på mer enn ett år.",
      nn: "400: ein parameter er ugyldig, til dømes eit organisasjonsnummer som ikkje har 9 siffer, eller ein periode på meir enn eitt år.",
      en: "400: a parameter is invalid, for example an organisation number without 9 digits, or a period longer than one year.",
    },
    fix: {
      nb: "Rett parameteren; meldingen fra Skatteetaten sier hvilken.",
      nn: "Rett parameteren; meldinga frå Skatteetaten seier kva for ein.",
      en: "Correct the parameter; Skatteetaten's message says which.",
    },
    docs: KB_DOCS,
  },
  "KB-007": {
    title: {
      nb: "Ingen krav eller betalinger",
      nn: "Ingen krav eller betalingar",
      en: "No claims or payments",
    },
    cause: {
      nb: "404: organisasjonen har ingen krav eller betalinger for perioden. Kallet og tilgangen er i orden.",
      nn: "404: organisasjonen har ingen krav eller betalingar for perioden. Kallet og tilgangen er i orden.",
      en: "404: the organisation has no claims or payments for the period. The call and the access are fine.",
    },
    fix: {
      nb: "Ingenting å rette. I testmiljøet har bare noen testvirksomheter data (for eksempel 313367002 og 212201782).",
      nn: "Ingenting å rette. I testmiljøet har berre nokre testverksemder data (til dømes 313367002 og 212201782).",
      en: "Nothing to fix. In the test environment only some test organisations have data (for example 313367002 and 212201782).",
    },
    docs: KB_DOCS,
  },
  "KB-008": {
    title: { nb: "Formatet støttes ikke", nn: "Formatet er ikkje støtta", en: "Format not supported" },
    cause: {
      nb: "406: Accept-headeren ber om et format API-et ikke leverer.",
      nn: "406: Accept-headeren ber om eit format API-et ikkje leverer.",
      en: "406: the Accept header asks for a format the API does not deliver.",
    },
    fix: {
      nb: "Send Accept: application/json.",
      nn: "Send Accept: application/json.",
      en: "Send Accept: application/json.",
    },
    docs: KB_DOCS,
  },
  "KB-009": {
    title: { nb: "Fant ikke identifikatoren", nn: "Fann ikkje identifikatoren", en: "Identifier not found" },
    cause: {
      nb: "404: organisasjonsnummeret i stien er ikke kjent hos Skatteetaten.",
      nn: "404: organisasjonsnummeret i stien er ikkje kjent hos Skatteetaten.",
      en: "404: the organisation number in the path is not known to Skatteetaten.",
    },
    fix: {
      nb: "Kontroller organisasjonsnummeret. I test må det være en syntetisk Tenor-virksomhet.",
      nn: "Kontroller organisasjonsnummeret. I test må det vere ei syntetisk Tenor-verksemd.",
      en: "Check the organisation number. In test it must be a synthetic Tenor organisation.",
    },
    docs: KB_DOCS,
  },

  // --- Innrapportering (GLD, SKE:api/innrapportering-boligselskap.md) ---
  GLD_001: serverError(GLD_DOCS, { nb: "GLD_001", nn: "GLD_001", en: "GLD_001" }),
  GLD_005: {
    title: {
      nb: "Ikke autorisert for innrapporteringen (403)",
      nn: "Ikkje autorisert for innrapporteringa (403)",
      en: "Not authorised for the reporting (403)",
    },
    ...forbidden403(GLD_DOCS, {
      nb: "For innrapportering må systembrukeren ha API-ets ressurs (for boligselskap ske-innrapportering-boligselskap, eller en av tilgangspakkene for regnskapsfører, revisor, forretningsfører eller skattegrunnlag), og kunne handle for oppgavegiver i leveransen (spesifisering GLD_1015 når den ikke kan).",
      nn: "For innrapportering må systembrukaren ha ressursen til API-et (for boligselskap ske-innrapportering-boligselskap, eller ein av tilgangspakkane for rekneskapsførar, revisor, forretningsførar eller skattegrunnlag), og kunne handle for oppgåvegivar i leveransen (spesifisering GLD_1015 når han ikkje kan).",
      en: "For reporting the system user must hold the API's resource (for housing companies ske-innrapportering-boligselskap, or one of the access packages for accountant, auditor, property manager or tax base), and be able to act for the reporting entity in the delivery (specification GLD_1015 when it cannot).",
    }),
  },
  GLD_006: {
    title: { nb: "Ugyldig forespørsel", nn: "Ugyldig førespurnad", en: "Invalid request" },
    cause: {
      nb: "400: forespørselen kunne ikke leses (for eksempel ugyldig JSON).",
      nn: "400: førespurnaden kunne ikkje lesast (til dømes ugyldig JSON).",
      en: "400: the request could not be read (for example invalid JSON).",
    },
    fix: {
      nb: "Kontroller at kroppen er gyldig JSON etter skjemaet.",
      nn: "Kontroller at kroppen er gyldig JSON etter skjemaet.",
      en: "Check that the body is valid JSON according to the schema.",
    },
    docs: GLD_DOCS,
  },
  GLD_008: {
    title: { nb: "Ugyldig forespørsel", nn: "Ugyldig førespurnad", en: "Invalid request" },
    cause: {
      nb: "400: en verdi i forespørselen er ugyldig.",
      nn: "400: ein verdi i førespurnaden er ugyldig.",
      en: "400: a value in the request is invalid.",
    },
    fix: {
      nb: "Se spesifiseringen i svaret for hvilket felt det gjelder.",
      nn: "Sjå spesifiseringa i svaret for kva felt det gjeld.",
      en: "See the specification in the answer for which field it concerns.",
    },
    docs: GLD_DOCS,
  },
  GLD_010: {
    title: {
      nb: "Leveransen feilet validering",
      nn: "Leveransen feila validering",
      en: "The delivery failed validation",
    },
    cause: {
      nb: "400: innholdet bryter skjemaet eller reglene, for eksempel summer i oppgaveoppsummeringen som ikke stemmer med oppgavene.",
      nn: "400: innhaldet bryt skjemaet eller reglane, til dømes summar i oppgåveoppsummeringa som ikkje stemmer med oppgåvene.",
      en: "400: the content breaks the schema or the rules, for example sums in the summary that do not match the records.",
    },
    fix: {
      nb: "Rett feltene som er listet i spesifiseringen (sti og angitt verdi).",
      nn: "Rett felta som er lista i spesifiseringa (sti og oppgitt verdi).",
      en: "Correct the fields listed in the specification (path and given value).",
    },
    docs: GLD_DOCS,
  },
  GLD_011: {
    title: { nb: "Ugyldig forespørsel", nn: "Ugyldig førespurnad", en: "Invalid request" },
    cause: {
      nb: "400: forespørselen ble avvist av API-et.",
      nn: "400: førespurnaden vart avvist av API-et.",
      en: "400: the request was rejected by the API.",
    },
    fix: {
      nb: "Se meldingen fra Skatteetaten.",
      nn: "Sjå meldinga frå Skatteetaten.",
      en: "See Skatteetaten's message.",
    },
    docs: GLD_DOCS,
  },
  GLD_017: serverError(GLD_DOCS, { nb: "GLD_017", nn: "GLD_017", en: "GLD_017" }),
  GLD_019: {
    title: {
      nb: "idempotencyKey er brukt før",
      nn: "idempotencyKey er brukt før",
      en: "idempotencyKey used before",
    },
    cause: {
      nb: "409: en innsending med samme idempotencyKey, men et annet innhold, er allerede mottatt.",
      nn: "409: ei innsending med same idempotencyKey, men eit anna innhald, er allereie motteken.",
      en: "409: a submission with the same idempotencyKey but different content has already been received.",
    },
    fix: {
      nb: "Lag en ny UUID som idempotencyKey for hver ny innsending. Bruk den samme bare når du sender nøyaktig den samme leveransen på nytt.",
      nn: "Lag ein ny UUID som idempotencyKey for kvar ny innsending. Bruk den same berre når du sender nøyaktig den same leveransen på nytt.",
      en: "Make a new UUID as idempotencyKey for every new submission. Reuse it only when resending exactly the same delivery.",
    },
    docs: GLD_DOCS,
  },
  GLD_021: {
    title: { nb: "Fant ikke ressursen", nn: "Fann ikkje ressursen", en: "Resource not found" },
    cause: {
      nb: "404: stien finnes ikke.",
      nn: "404: stien finst ikkje.",
      en: "404: the path does not exist.",
    },
    fix: {
      nb: "Innsending er POST /v1/{inntektsaar}.",
      nn: "Innsending er POST /v1/{inntektsaar}.",
      en: "Submission is POST /v1/{inntektsaar}.",
    },
    docs: GLD_DOCS,
  },
  GLD_022: {
    title: { nb: "Metoden er ikke tillatt", nn: "Metoden er ikkje tillaten", en: "Method not allowed" },
    cause: {
      nb: "405: endepunktet støtter ikke denne HTTP-metoden.",
      nn: "405: endepunktet støttar ikkje denne HTTP-metoden.",
      en: "405: the endpoint does not support this HTTP method.",
    },
    fix: { nb: "Innsending er POST.", nn: "Innsending er POST.", en: "Submission is POST." },
    docs: GLD_DOCS,
  },
  GLD_1022: {
    title: { nb: "Ugyldig parameter", nn: "Ugyldig parameter", en: "Invalid parameter" },
    cause: {
      nb: "En parameter i stien eller spørringen er ugyldig.",
      nn: "Ein parameter i stien eller spørjinga er ugyldig.",
      en: "A parameter in the path or query is invalid.",
    },
    fix: {
      nb: "Rett parameteren som er nevnt i meldingen.",
      nn: "Rett parameteren som er nemnd i meldinga.",
      en: "Correct the parameter named in the message.",
    },
    docs: GLD_DOCS,
  },
  GLD_1023: {
    title: { nb: "Ugyldig verdi", nn: "Ugyldig verdi", en: "Invalid value" },
    cause: {
      nb: "En verdi i forespørselen er ugyldig.",
      nn: "Ein verdi i førespurnaden er ugyldig.",
      en: "A value in the request is invalid.",
    },
    fix: {
      nb: "Rett verdien på stien som er nevnt.",
      nn: "Rett verdien på stien som er nemnd.",
      en: "Correct the value at the path given.",
    },
    docs: GLD_DOCS,
  },
  GLD_1027: {
    title: {
      nb: "Inntektsåret støttes ikke",
      nn: "Inntektsåret er ikkje støtta",
      en: "Income year not supported",
    },
    cause: {
      nb: "Inntektsåret i stien (og i leveransen) er ikke åpent for innrapportering.",
      nn: "Inntektsåret i stien (og i leveransen) er ikkje ope for innrapportering.",
      en: "The income year in the path (and in the delivery) is not open for reporting.",
    },
    fix: {
      nb: "Velg et inntektsår API-et tar imot, som regel fjoråret.",
      nn: "Vel eit inntektsår API-et tek imot, som regel fjoråret.",
      en: "Pick an income year the API accepts, usually last year.",
    },
    docs: GLD_DOCS,
  },
  GLD_1052: {
    title: {
      nb: "Inntektsåret i stien og i leveransen er ulike",
      nn: "Inntektsåret i stien og i leveransen er ulike",
      en: "The income year in the path and in the delivery differ",
    },
    cause: {
      nb: "Inntektsåret i URL-en (/v1/{inntektsaar}) er ikke det samme som inntektsaar i leveransen.",
      nn: "Inntektsåret i URL-en (/v1/{inntektsaar}) er ikkje det same som inntektsaar i leveransen.",
      en: "The income year in the URL (/v1/{inntektsaar}) is not the same as inntektsaar in the delivery.",
    },
    fix: {
      nb: "Bruk samme inntektsår begge steder.",
      nn: "Bruk same inntektsår begge stader.",
      en: "Use the same income year in both places.",
    },
    docs: GLD_DOCS,
  },
  GLD_1028: {
    title: {
      nb: "En påkrevd header mangler",
      nn: "Ein påkravd header manglar",
      en: "A required header is missing",
    },
    cause: {
      nb: "En header API-et krever mangler, typisk idempotencyKey.",
      nn: "Ein header API-et krev, manglar, typisk idempotencyKey.",
      en: "A header the API requires is missing, typically idempotencyKey.",
    },
    fix: {
      nb: "Send headeren idempotencyKey med en ny UUID.",
      nn: "Send headeren idempotencyKey med ein ny UUID.",
      en: "Send the idempotencyKey header with a new UUID.",
    },
    docs: GLD_DOCS,
  },
  GLD_1030: {
    title: {
      nb: "Accept må være application/json",
      nn: "Accept må vere application/json",
      en: "Accept must be application/json",
    },
    cause: {
      nb: "Accept-headeren ber om et annet format enn JSON.",
      nn: "Accept-headeren ber om eit anna format enn JSON.",
      en: "The Accept header asks for a format other than JSON.",
    },
    fix: {
      nb: "Send Accept: application/json.",
      nn: "Send Accept: application/json.",
      en: "Send Accept: application/json.",
    },
    docs: GLD_DOCS,
  },
  GLD_1047: {
    title: {
      nb: "Content-Type må være application/json",
      nn: "Content-Type må vere application/json",
      en: "Content-Type must be application/json",
    },
    cause: {
      nb: "Kroppen ble sendt med en annen Content-Type enn JSON.",
      nn: "Kroppen vart send med ein annan Content-Type enn JSON.",
      en: "The body was sent with a Content-Type other than JSON.",
    },
    fix: {
      nb: "Send Content-Type: application/json.",
      nn: "Send Content-Type: application/json.",
      en: "Send Content-Type: application/json.",
    },
    docs: GLD_DOCS,
  },
  GLD_1015: {
    title: {
      nb: "Ikke rettighet til å levere for denne oppgavegiveren",
      nn: "Ikkje rett til å levere for denne oppgåvegivaren",
      en: "Not entitled to report for this reporting entity",
    },
    cause: {
      nb: "Skatteetaten spurte Altinn om systembrukeren kan handle for organisasjonen dataene gjelder, og fikk nei: en standard systembruker kan bare levere for sin egen organisasjon, en klientsystembruker bare for klienter som er delegert til den (og med en tilgangspakke som gir API-ets ressurs).",
      nn: "Skatteetaten spurde Altinn om systembrukaren kan handle for organisasjonen dataa gjeld, og fekk nei: ein standard systembrukar kan berre levere for sin eigen organisasjon, ein klientsystembrukar berre for klientar som er delegerte til han (og med ein tilgangspakke som gir ressursen til API-et).",
      en: "Skatteetaten asked Altinn whether the system user may act for the organisation the data is about, and the answer was no: a standard system user may only report for its own organisation, an agent system user only for clients delegated to it (with an access package that gives the API's resource).",
    },
    fix: {
      nb: "Bruk kundens eget organisasjonsnummer som oppgavegiver, eller (for en klientsystembruker) be regnskapsføreren delegere klienten til systembrukeren i Altinn.",
      nn: "Bruk kunden sitt eige organisasjonsnummer som oppgåvegivar, eller (for ein klientsystembrukar) be rekneskapsføraren delegere klienten til systembrukaren i Altinn.",
      en: "Use the customer's own organisation number as the reporting entity, or (for an agent system user) have the accounting firm delegate the client to the system user in Altinn.",
    },
    docs: "https://skatteetaten.github.io/api-dokumentasjon/om/bruk_innrapportering",
  },
};

/**
 * The codes of the APIs in the registry: each API's own entries, and for an API whose innrapportering codes
 * have another prefix (a-melding: AMLD_xxx, the same numbers and meanings as GLD_xxx) the GLD entries under
 * that prefix, pointing at the API's own page.
 */
function apiCatalog(): DoctorCatalog {
  const out: DoctorCatalog = {};
  for (const api of API_LIST) {
    if (api.codePrefix && api.codePrefix !== "GLD") {
      for (const [code, entry] of Object.entries(gldCatalog)) {
        if (code.startsWith("GLD_")) out[code.replace(/^GLD/, api.codePrefix)] = { ...entry, docs: api.docs };
      }
    }
    Object.assign(out, api.doctor);
  }
  return out;
}

export const skatteetatenCatalog: DoctorCatalog = { ...gldCatalog, ...apiCatalog() };
