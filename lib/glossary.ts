/**
 * The wizard's glossary: every term of art a page uses, with a one-to-two sentence plain explanation in each
 * interface language. `<Term id="kid">` (components/ui/term.tsx) shows the explanation on hover and focus and
 * links to the glossary page (/ordliste), which lists them all.
 *
 * Pure data, in every interface language (test/unit/glossary.test.ts and the dictionary parity test check it).
 */

import type { Locale, Localised } from "./i18n/types";

export type GlossaryLanguage = Locale;
export type GlossaryText = Localised;

export interface GlossaryEntry {
  /** The term as a heading: the word and, where it helps, its expansion. */
  term: GlossaryText;
  /** What it is, in plain words. */
  text: GlossaryText;
}

function t(nb: string, nn: string, en: string): GlossaryText {
  return { nb, nn, en };
}

export const GLOSSARY = {
  maskinporten: {
    term: t("Maskinporten", "Maskinporten", "Maskinporten"),
    text: t(
      "Digdirs tjeneste som gir systemer tilgangstokener til API-er. Systemet beviser hvem det er med en signert JWT og får et token tilbake.",
      "Digdir si teneste som gir system tilgangstoken til API. Systemet prover kven det er med ein signert JWT og får eit token tilbake.",
      "Digdir's service that gives systems access tokens for APIs. Your system proves who it is with a signed JWT and gets a token back.",
    ),
  },
  client: {
    term: t("Klient (Maskinporten-klient)", "Klient (Maskinporten-klient)", "Client (Maskinporten client)"),
    text: t(
      "Systemets registrering i Maskinporten: hvilke scopes det kan be om og hvilken nøkkel det signerer med. Lages i Samarbeidsportalen (i simulatoren automatisk).",
      "Registreringa av systemet i Maskinporten: kva scope det kan be om og kva nøkkel det signerer med. Blir laga i Samarbeidsportalen (i simulatoren automatisk).",
      "Your system's registration in Maskinporten: which scopes it may ask for and which key it signs with. Created in Samarbeidsportalen (automatically in the simulator).",
    ),
  },
  "client-id": {
    term: t("Klient-ID", "Klient-ID", "Client id"),
    text: t(
      "Den unike ID-en til Maskinporten-klienten, ofte en UUID. Den står i grant-en som iss, og i systemregisteret kan den høre til bare ett system.",
      "Den unike ID-en til Maskinporten-klienten, ofte ein UUID. Han står i granten som iss, og i systemregisteret kan han høyre til berre eitt system.",
      "The unique id of the Maskinporten client, often a UUID. It is the grant's iss, and in the system register it can belong to one system only.",
    ),
  },
  jwt: {
    term: t("JWT (JSON Web Token)", "JWT (JSON Web Token)", "JWT (JSON Web Token)"),
    text: t(
      "Et kompakt, signert dataformat: tre base64url-deler (header, innhold og signatur) skilt med punktum. Både grant-en du sender og tokenet du får, er JWT-er.",
      "Eit kompakt, signert dataformat: tre base64url-delar (header, innhald og signatur) skilde med punktum. Både granten du sender og tokenet du får, er JWT-ar.",
      "A compact signed data format: three base64url parts (header, payload and signature) separated by dots. Both the grant you send and the token you get are JWTs.",
    ),
  },
  "jwt-grant": {
    term: t("JWT-grant (assertion)", "JWT-grant (assertion)", "JWT grant (assertion)"),
    text: t(
      "JWT-en systemet signerer med sin private nøkkel og sender til Maskinporten for å få et token. Den gjelder i høyst 120 sekunder og kan brukes bare én gang.",
      "JWT-en systemet signerer med den private nøkkelen sin og sender til Maskinporten for å få eit token. Han gjeld i høgst 120 sekund og kan brukast berre éin gong.",
      "The JWT your system signs with its private key and sends to Maskinporten to get a token. It is valid for at most 120 seconds and can be used only once.",
    ),
  },
  jwk: {
    term: t("JWK (JSON Web Key)", "JWK (JSON Web Key)", "JWK (JSON Web Key)"),
    text: t(
      "En nøkkel skrevet som JSON. Den offentlige delen av nøkkelen din legges på klienten som JWK, så Maskinporten kan sjekke signaturen.",
      "Ein nøkkel skriven som JSON. Den offentlege delen av nøkkelen din blir lagd på klienten som JWK, så Maskinporten kan sjekke signaturen.",
      "A key written as JSON. The public half of your key is put on the client as a JWK so that Maskinporten can check the signature.",
    ),
  },
  jwks: {
    term: t("JWKS (JWK Set)", "JWKS (JWK Set)", "JWKS (JWK Set)"),
    text: t(
      'En liste med JWK-er, {"keys": [ … ]}. En klient kan ha flere nøkler samtidig, for eksempel mens du bytter nøkkel.',
      'Ei liste med JWK-ar, {"keys": [ … ]}. Ein klient kan ha fleire nøklar samstundes, til dømes medan du byter nøkkel.',
      'A list of JWKs, {"keys": [ … ]}. A client can hold several keys at once, for example while you change keys.',
    ),
  },
  kid: {
    term: t("kid (key id)", "kid (key id)", "kid (key id)"),
    text: t(
      "Navnet på en nøkkel. Det står i headeren i grant-en og forteller Maskinporten hvilken av klientens offentlige nøkler signaturen skal sjekkes mot.",
      "Namnet på ein nøkkel. Det står i headeren i granten og fortel Maskinporten kva for ein av dei offentlege nøklane til klienten signaturen skal sjekkast mot.",
      "The name of a key. It is in the grant's header and tells Maskinporten which of the client's public keys to check the signature against.",
    ),
  },
  scope: {
    term: t("Scope", "Scope", "Scope"),
    text: t(
      "En navngitt tilgang til et API, for eksempel skatteetaten:kravogbetalinger. Klienten må ha scopet, og API-eieren må ha gitt det til organisasjonen din.",
      "Ein namngitt tilgang til eit API, til dømes skatteetaten:kravogbetalinger. Klienten må ha scopet, og API-eigaren må ha gitt det til organisasjonen din.",
      "A named permission to an API, such as skatteetaten:kravogbetalinger. The client must have the scope, and the API owner must have granted it to your organisation.",
    ),
  },
  "access-token": {
    term: t("Tilgangstoken (access token)", "Tilgangstoken (access token)", "Access token"),
    text: t(
      "Tokenet Maskinporten gir tilbake. Det sendes i headeren Authorization: Bearer til API-et og varer kort, ofte 120 sekunder.",
      "Tokenet Maskinporten gir tilbake. Det blir sendt i headeren Authorization: Bearer til API-et og varer kort, ofte 120 sekund.",
      "The token Maskinporten returns. It goes in the Authorization: Bearer header of the API call and is short-lived, often 120 seconds.",
    ),
  },
  "authorization-details": {
    term: t("authorization_details", "authorization_details", "authorization_details"),
    text: t(
      "Feltet i grant-en som sier hvilken kundes systembruker tokenet skal gjelde: type urn:altinn:systemuser og kundens organisasjonsnummer.",
      "Feltet i granten som seier kva systembrukar hos kva kunde tokenet skal gjelde: type urn:altinn:systemuser og organisasjonsnummeret til kunden.",
      "The grant field that says which customer's system user the token is for: type urn:altinn:systemuser and the customer's organisation number.",
    ),
  },
  "system-user": {
    term: t("Systembruker", "Systembrukar", "System user"),
    text: t(
      "En bruker i kundens Altinn som hører til systemet ditt. Når kunden har godkjent, kan systemet hente tokener som handler for kunden, uten personlig innlogging.",
      "Ein brukar i Altinn hos kunden som høyrer til systemet ditt. Når kunden har godkjent, kan systemet hente token som handlar for kunden, utan personleg innlogging.",
      "A user in the customer's Altinn that belongs to your system. Once the customer approves, your system can get tokens that act for the customer, with no personal login.",
    ),
  },
  "standard-system-user": {
    term: t("Standard systembruker", "Standard systembrukar", "Standard system user"),
    text: t(
      "Systembrukeren til en kunde som bruker systemet selv: kunden gir systemet rettigheter til sine egne oppgaver.",
      "Systembrukaren til ein kunde som brukar systemet sjølv: kunden gir systemet rettar til sine eigne oppgåver.",
      "The system user of a customer who uses your system themselves: the customer gives the system rights to its own tasks.",
    ),
  },
  "agent-system-user": {
    term: t("Klientsystembruker (agent)", "Klientsystembrukar (agent)", "Agent system user (for clients)"),
    text: t(
      "Systembrukeren til regnskapsførere, revisorer og forretningsførere som handler for klientene sine. Den får tilgangspakker, og firmaet legger selv til hvilke klienter den gjelder.",
      "Systembrukaren til rekneskapsførarar, revisorar og forretningsførarar som handlar for klientane sine. Han får tilgangspakkar, og firmaet legg sjølv til kva klientar han gjeld.",
      "The system user of accountants, auditors and property managers who act for their clients. It gets access packages, and the firm itself adds the clients it covers.",
    ),
  },
  "system-register": {
    term: t("Systemregisteret", "Systemregisteret", "System register"),
    text: t(
      "Altinns register over sluttbrukersystemer. Der beskriver leverandøren systemet: navn, rettigheter eller tilgangspakker, klient-ID-er og redirect-URL-er.",
      "Registeret i Altinn over sluttbrukarsystem. Der skildrar leverandøren systemet: namn, rettar eller tilgangspakkar, klient-ID-ar og redirect-URL-ar.",
      "Altinn's register of end-user systems. There the vendor describes the system: its name, rights or access packages, client ids and redirect URLs.",
    ),
  },
  "access-package": {
    term: t("Tilgangspakke", "Tilgangspakke", "Access package"),
    text: t(
      "En samling fullmakter i Altinn for et område, for eksempel «Regnskapsfører med signeringsrettighet». Klientsystembrukere får tilgangspakker i stedet for enkeltrettigheter.",
      "Ei samling fullmakter i Altinn for eit område, til dømes «Rekneskapsførar med signeringsrett». Klientsystembrukarar får tilgangspakkar i staden for enkeltrettar.",
      "A bundle of Altinn permissions for one area, such as “Accountant with signing rights”. Agent system users get access packages instead of single rights.",
    ),
  },
  rights: {
    term: t("Rettighet (ressurs)", "Rett (ressurs)", "Right (resource)"),
    text: t(
      "En enkeltrettighet til én tjeneste i Altinns ressursregister, skrevet som urn:altinn:resource og ressursens ID. Hvert API hos Skatteetaten har sin egen ressurs.",
      "Ein enkeltrett til éi teneste i ressursregisteret i Altinn, skriven som urn:altinn:resource og ID-en til ressursen. Kvart API hos Skatteetaten har sin eigen ressurs.",
      "A single right to one service in Altinn's resource register, written as urn:altinn:resource and the resource id. Each Skatteetaten API has its own resource.",
    ),
  },
  "external-ref": {
    term: t("externalRef", "externalRef", "externalRef"),
    text: t(
      "Din egen referanse til en kunde i forespørselen. Du trenger den igjen når du henter token for kunden; uten den brukes kundens organisasjonsnummer.",
      "Din eigen referanse til ein kunde i førespurnaden. Du treng han att når du hentar token for kunden; utan han blir organisasjonsnummeret til kunden brukt.",
      "Your own reference to a customer in the request. You need it again when you get a token for that customer; without it the customer's organisation number is used.",
    ),
  },
  "confirm-url": {
    term: t("confirmUrl", "confirmUrl", "confirmUrl"),
    text: t(
      "Lenken Altinn gir tilbake for en forespørsel. Kundens daglig leder åpner den, logger inn i Altinn og godkjenner eller avviser.",
      "Lenkja Altinn gir tilbake for ein førespurnad. Dagleg leiar hos kunden opnar ho, loggar inn i Altinn og godkjenner eller avviser.",
      "The link Altinn returns for a request. The customer's general manager (daglig leder) opens it, logs in to Altinn and approves or rejects.",
    ),
  },
  "redirect-url": {
    term: t("Redirect-URL", "Redirect-URL", "Redirect URL"),
    text: t(
      "Adressen Altinn sender kunden tilbake til etter svaret. Den må stå på systemets liste over tillatte adresser i systemregisteret.",
      "Adressa Altinn sender kunden tilbake til etter svaret. Ho må stå på lista over tillatne adresser for systemet i systemregisteret.",
      "The address Altinn sends the customer back to after they answer. It must be on the system's list of allowed addresses in the system register.",
    ),
  },
  "daglig-leder": {
    term: t("Daglig leder", "Dagleg leiar", "General manager (daglig leder)"),
    text: t(
      "Personen som leder virksomheten ifølge Enhetsregisteret. I Altinn kan daglig leder godkjenne systemtilgang for virksomheten; i simulatoren spiller en oppdiktet person rollen.",
      "Personen som leier verksemda ifølgje Einingsregisteret. I Altinn kan dagleg leiar godkjenne systemtilgang for verksemda; i simulatoren speler ein oppdikta person rolla.",
      "The person who runs the organisation according to the Central Coordinating Register. In Altinn they can approve system access for it; in the simulator a made-up person plays the part.",
    ),
  },
  orgno: {
    term: t("Organisasjonsnummer (MOD11)", "Organisasjonsnummer (MOD11)", "Organisation number (MOD11)"),
    text: t(
      "Virksomhetens nisifrede nummer i Enhetsregisteret. Det siste sifferet er et kontrollsiffer regnet ut med MOD11, så de fleste tastefeil oppdages med en gang.",
      "Det nisifra nummeret til verksemda i Einingsregisteret. Det siste sifferet er eit kontrollsiffer rekna ut med MOD11, så dei fleste tastefeil blir oppdaga med ein gong.",
      "The organisation's nine-digit number in the Central Coordinating Register. The last digit is a check digit computed with MOD11, so most typing errors are caught at once.",
    ),
  },
  vendor: {
    term: t(
      "Leverandør (av sluttbrukersystem)",
      "Leverandør (av sluttbrukarsystem)",
      "Vendor (of an end-user system)",
    ),
    text: t(
      "Du: virksomheten som lager og eier sluttbrukersystemet, programvaren kundene bruker. Leverandøren registrerer systemet og ber kundene om tilgang.",
      "Du: verksemda som lagar og eig sluttbrukarsystemet, programvara kundane brukar. Leverandøren registrerer systemet og ber kundane om tilgang.",
      "You: the organisation that makes and owns the end-user system, the software your customers use. The vendor registers the system and asks customers for access.",
    ),
  },
  customer: {
    term: t("Kunde", "Kunde", "Customer"),
    text: t(
      "Virksomheten systemet skal handle for. Kunden godkjenner forespørselen i Altinn og får da en systembruker for systemet ditt.",
      "Verksemda systemet skal handle for. Kunden godkjenner førespurnaden i Altinn og får då ein systembrukar for systemet ditt.",
      "The organisation your system acts for. The customer approves the request in Altinn and then has a system user for your system.",
    ),
  },
  "change-request": {
    term: t("Endringsforespørsel", "Endringsførespurnad", "Change request"),
    text: t(
      "En forespørsel om å endre en systembruker kunden allerede har godkjent, for eksempel for å legge til rettigheter når systemet har fått et nytt API.",
      "Ein førespurnad om å endre ein systembrukar kunden alt har godkjent, til dømes for å leggje til rettar når systemet har fått eit nytt API.",
      "A request to change a system user the customer has already approved, for example to add rights when the system has gained a new API.",
    ),
  },
  "correlation-id": {
    term: t("Korrelasjons-ID", "Korrelasjons-ID", "Correlation id"),
    text: t(
      "En ID tjenesten gir hvert kall (hos Altinn heter den traceId). Oppgi den når du kontakter brukerstøtte, så finner de kallet i loggene sine.",
      "Ein ID tenesta gir kvart kall (hos Altinn heiter han traceId). Oppgi han når du kontaktar brukarstøtta, så finn dei kallet i loggane sine.",
      "An id the service gives each call (Altinn calls it traceId). Quote it when you contact support so they can find the call in their logs.",
    ),
  },
  "idempotency-key": {
    term: t("idempotencyKey", "idempotencyKey", "idempotencyKey"),
    text: t(
      "En unik verdi du sender med en innsending, så et nytt forsøk etter et brudd ikke sender den to ganger: Skatteetaten kjenner igjen nøkkelen og svarer som første gang.",
      "Ein unik verdi du sender med ei innsending, så eit nytt forsøk etter eit brot ikkje sender ho to gonger: Skatteetaten kjenner att nøkkelen og svarer som første gongen.",
      "A unique value you send with a submission so that a retry after a dropped connection does not send it twice: Skatteetaten recognises the key and answers as the first time.",
    ),
  },
  simulator: {
    term: t("Simulatoren", "Simulatoren", "The simulator"),
    text: t(
      "En innebygd etterligning av Maskinporten, Altinn og Skatteetaten i veiviseren. Den svarer med de ekte tjenestenes feilkoder, men ingenting der gjelder ekte virksomheter.",
      "Ei innebygd etterlikning av Maskinporten, Altinn og Skatteetaten i vegvisaren. Ho svarer med feilkodane til dei ekte tenestene, men ingenting der gjeld ekte verksemder.",
      "A built-in imitation of Maskinporten, Altinn and Skatteetaten inside the wizard. It answers with the real services' error codes, but nothing there concerns real organisations.",
    ),
  },
} as const satisfies Record<string, GlossaryEntry>;

export type TermId = keyof typeof GLOSSARY;

export const TERM_IDS = Object.keys(GLOSSARY) as TermId[];

export function isTermId(value: string): value is TermId {
  return Object.hasOwn(GLOSSARY, value);
}

/** The glossary page's address, and the anchor of one term on it. */
export const GLOSSARY_PATH = "/ordliste";
export function termHref(id: TermId): string {
  return `${GLOSSARY_PATH}#${id}`;
}

/** The glossary page's own texts and the link to it, in the same languages. */
export const glossaryPageTexts = {
  nb: {
    title: "Ordliste",
    intro:
      "Fagordene veiviseren bruker, forklart kort. Hold musen over eller gå med tabulatortasten til et ord med prikket understrek på sidene, så får du forklaringen der du er.",
    link: "Ordliste",
    footerLabel: "Om veiviseren",
  },
  nn: {
    title: "Ordliste",
    intro:
      "Fagorda vegvisaren brukar, forklarte kort. Hald musa over eller gå med tabulatortasten til eit ord med prikka understrek på sidene, så får du forklaringa der du er.",
    link: "Ordliste",
    footerLabel: "Om vegvisaren",
  },
  en: {
    title: "Glossary",
    intro:
      "The terms of art the wizard uses, briefly explained. Hover over or tab to a word with a dotted underline on the pages to get its explanation where you are.",
    link: "Glossary",
    footerLabel: "About the wizard",
  },
} as const satisfies Record<GlossaryLanguage, Record<string, string>>;
