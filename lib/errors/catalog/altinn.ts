import type { DoctorCatalog, DoctorEntry } from "../types";
import { LOCALES, type Locale } from "../../i18n/types";
import { altinnScopeEntries } from "./scopes";

/**
 * Altinn's AUTH-xxxxx problem codes and AUTH.VLD-xxxxx validation codes (contracts §2.11), each with cause
 * and fix in bokmål and English. `field` names the form field (react-hook-form name in steps 4 and 5) an
 * error belongs to, so the wizard can show it there.
 */
const REGISTER_DOCS = "https://docs.altinn.studio/en/api/authentication/systemuserapi/systemregister/create/";
const REQUEST_DOCS =
  "https://docs.altinn.studio/en/authorization/guides/system-vendor/system-user/systemuserrequest/";

type Text = [nb: string, en: string];

/** A text written in every language the wizard has or is getting, narrowed to the interface's languages. */
function pick(t: { nb: string; nn: string; en: string }): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, t[l]])) as Record<Locale, string>;
}

function entry(title: Text, cause: Text, fix: Text, extra: Partial<DoctorEntry> = {}): DoctorEntry {
  return {
    title: { nb: title[0], en: title[1] },
    cause: { nb: cause[0], en: cause[1] },
    fix: { nb: fix[0], en: fix[1] },
    ...extra,
  };
}

const register = { docs: REGISTER_DOCS };
const request = { docs: REQUEST_DOCS };
const clientDelegation = {
  docs: "https://docs.altinn.studio/en/api/authentication/systemuserapi/clientdelegation/",
};

export const altinnValidationCatalog: DoctorCatalog = {
  "AUTH.VLD-00000": entry(
    ["Ugyldig leverandør-ID", "Invalid vendor identifier"],
    [
      "vendor.ID må være «0192:<organisasjonsnummer>» (ISO 6523).",
      'vendor.ID must be "0192:<organisation number>" (ISO 6523).',
    ],
    [
      "Veiviseren fyller inn dette fra steg 1. Sjekk organisasjonsnummeret der.",
      "The wizard fills this in from step 1. Check the organisation number there.",
    ],
    register,
  ),
  "AUTH.VLD-00001": entry(
    ["System-ID-en har feil format", "The system id has the wrong format"],
    [
      "Delen før første _ i ID-en må være leverandørens organisasjonsnummer.",
      "The part before the first _ of the id must be the vendor's organisation number.",
    ],
    [
      "Behold prefikset «<orgnr>_» og endre bare navnet etter det.",
      'Keep the "<orgno>_" prefix and change only the name after it.',
    ],
    { ...register, field: "idSuffix" },
  ),
  "AUTH.VLD-00002": entry(
    ["System-ID-en finnes allerede", "The system id already exists"],
    ["Det er allerede registrert et system med denne ID-en.", "A system with this id is already registered."],
    [
      "Velg et annet navn, eller oppdater det eksisterende systemet.",
      "Pick another name, or update the existing system.",
    ],
    { ...register, field: "idSuffix" },
  ),
  "AUTH.VLD-00003": entry(
    ["Ressursen finnes ikke", "Resource not found"],
    [
      "En eller flere ressurser i rights finnes ikke i Altinns ressursregister.",
      "One or more resources in rights are not in Altinn's resource register.",
    ],
    [
      "Velg bare rettigheter for API-ene fra steg 2. I testmiljøet kan ressursen mangle i TT02.",
      "Choose only rights for the APIs from step 2. In the test environment the resource may be missing in TT02.",
    ],
    { ...register, field: "rights" },
  ),
  "AUTH.VLD-00004": entry(
    ["Klient-ID-en er i bruk", "The client id is in use"],
    [
      "Maskinporten-klienten er allerede knyttet til et annet system. En klient kan bare høre til ett aktivt system.",
      "The Maskinporten client is already tied to another system. A client can belong to one active system only.",
    ],
    [
      "Oppdater det systemet klienten hører til (bruk samme ID), eller lag en ny klient i steg 3.",
      "Update the system the client belongs to (use the same id), or create a new client in step 3.",
    ],
    {
      ...register,
      field: "clientId",
      // Altinn does not name the system; the wizard finds it (lib/altinn/client-holder.ts).
      withFacts: {
        needs: ["system", "systemId"],
        cause: pick({
          nb: "Maskinporten-klienten er allerede knyttet til systemet {system} i systemregisteret. En klient kan høre til bare ett aktivt system, så Altinn avviser det nye systemet.",
          nn: "Maskinporten-klienten er alt knytt til systemet {system} i systemregisteret. Ein klient kan høyre til berre eitt aktivt system, så Altinn avviser det nye systemet.",
          en: "The Maskinporten client is already tied to the system {system} in the system register. A client can belong to one active system only, so Altinn refuses the new one.",
        }),
        fix: pick({
          nb: "Vil du endre {system}, bruk system-ID-en {systemId} i skjemaet, så oppdateres det. Vil du ha et nytt system ved siden av, lag en ny Maskinporten-klient i steg 3 først.",
          nn: "Vil du endre {system}, bruk system-ID-en {systemId} i skjemaet, så blir det oppdatert. Vil du ha eit nytt system ved sida av, lag ein ny Maskinporten-klient i steg 3 først.",
          en: "To change {system}, use the system id {systemId} in the form and it is updated. For a new system alongside it, create a new Maskinporten client in step 3 first.",
        }),
      },
    },
  ),
  "AUTH.VLD-00005": entry(
    ["Ugyldig redirect-URL", "Invalid redirect URL"],
    [
      "Altinn godtar bare absolutte https-adresser som redirect-URL.",
      "Altinn accepts only absolute https addresses as redirect URLs.",
    ],
    ["Skriv adressen som https://vert/sti.", "Write the address as https://host/path."],
    { ...register, field: "allowedRedirectUrls" },
  ),
  "AUTH.VLD-00006": entry(
    ["Samme rettighet flere ganger", "Duplicate rights"],
    ["rights inneholder samme ressurs mer enn én gang.", "rights lists the same resource more than once."],
    ["Fjern duplikatene.", "Remove the duplicates."],
    { ...register, field: "rights" },
  ),
  "AUTH.VLD-00007": entry(
    ["Samme tilgangspakke flere ganger", "Duplicate access packages"],
    [
      "accessPackages inneholder samme pakke mer enn én gang.",
      "accessPackages lists the same package more than once.",
    ],
    ["Fjern duplikatene.", "Remove the duplicates."],
    { ...register, field: "accessPackages" },
  ),
  "AUTH.VLD-00008": entry(
    ["Ukjent tilgangspakke", "Unknown access package"],
    [
      "En tilgangspakke finnes ikke i Altinn eller kan ikke delegeres.",
      "An access package does not exist in Altinn or cannot be delegated.",
    ],
    ["Velg bare pakkene som er foreslått for API-et.", "Choose only the packages suggested for the API."],
    { ...register, field: "accessPackages" },
  ),
  "AUTH.VLD-00009": entry(
    ["Ressurs-ID har feil format", "Resource id in the wrong format"],
    [
      "Hver rettighet må ha id «urn:altinn:resource» og ressursens ID som value.",
      'Each right must have id "urn:altinn:resource" and the resource\'s id as value.',
    ],
    [
      "Veiviseren bygger dette; velg rettighetene på nytt.",
      "The wizard builds this; choose the rights again.",
    ],
    { ...register, field: "rights" },
  ),
  "AUTH.VLD-00011": entry(
    ["Samme klient-ID flere ganger", "Duplicate client ids"],
    ["clientId inneholder samme klient mer enn én gang.", "clientId lists the same client more than once."],
    ["Oppgi hver klient én gang.", "List each client once."],
    { ...register, field: "clientId" },
  ),
  "AUTH.VLD-00012": entry(
    ["ID-en i body og URL er ulike", "Body id and URL id differ"],
    [
      "Ved oppdatering må id i JSON være den samme som i adressen.",
      "When updating, the id in the JSON must equal the one in the address.",
    ],
    [
      "En ID kan ikke endres. Registrer et nytt system for å bytte ID.",
      "An id cannot be changed. Register a new system to change the id.",
    ],
    { ...register, field: "idSuffix" },
  ),
  "AUTH.VLD-00013": entry(
    ["Mellomrom i system-ID-en", "Spaces in the system id"],
    ["System-ID-en kan ikke inneholde mellomrom.", "The system id cannot contain spaces."],
    ["Bruk a–z, 0–9 og _ i navnet.", "Use a–z, 0–9 and _ in the name."],
    { ...register, field: "idSuffix" },
  ),
  "AUTH.VLD-00014": entry(
    ["Systembrukeren finnes ikke", "System user not found"],
    [
      "Systembrukeren finnes ikke, eller en påkrevd agent-parameter mangler.",
      "The system user does not exist, or a required agent parameter is missing.",
    ],
    [
      "Sjekk at kunden har godkjent forespørselen (steg 5).",
      "Check that the customer approved the request (step 5).",
    ],
  ),
  "AUTH.VLD-00015": entry(
    ["Ikke en agent-systembruker", "Not an agent system user"],
    [
      "Operasjonen gjelder bare systembrukere av typen agent (klientforhold).",
      "The operation applies only to agent system users (client relationships).",
    ],
    [
      "Veiviseren bruker standard systembrukere; bruk ikke agent-endepunktene for dem.",
      "The wizard uses standard system users; do not use the agent endpoints for them.",
    ],
  ),
  "AUTH.VLD-00016": entry(
    ["Ugyldig klientparameter", "Invalid client parameter"],
    ["Parameteren client mangler eller er ugyldig.", "The client query parameter is missing or invalid."],
    ["Oppgi en gyldig klient i spørringen.", "Pass a valid client in the query."],
  ),
  "AUTH.VLD-00017": entry(
    ["Ressursen kan ikke delegeres", "Resource not delegable"],
    [
      "En ressurs i rights er av en type som ikke kan delegeres til en systembruker.",
      "A resource in rights is of a type that cannot be delegated to a system user.",
    ],
    [
      "Fjern ressursen, eller be ressurseieren gjøre den delegerbar.",
      "Remove the resource, or ask its owner to make it delegable.",
    ],
    { ...register, field: "rights" },
  ),
  "AUTH.VLD-00018": entry(
    ["Klientpakker og synlig system", "Client packages on a visible system"],
    [
      "Tilgangspakker for klientforhold kan ikke kombineres med isVisible: true.",
      "Access packages for client relationships cannot be combined with isVisible: true.",
    ],
    [
      "Fjern pakken, eller sett systemet som ikke synlig.",
      "Remove the package, or make the system not visible.",
    ],
    { ...register, field: "accessPackages" },
  ),
};

export const altinnProblemCatalog: DoctorCatalog = {
  "STD-00000": entry(
    ["Altinn avviste innholdet", "Altinn rejected the content"],
    [
      "Ett eller flere felt er ugyldige. Hver feil står ved feltet den gjelder.",
      "One or more fields are invalid. Each error is shown at its field.",
    ],
    ["Rett opp feltene og send på nytt.", "Correct the fields and send again."],
    register,
  ),
  "AUTH-00000": entry(
    ["Ukjent organisasjon", "Unknown organisation"],
    [
      "Altinn finner ikke organisasjonsnummeret i Enhetsregisteret (i TT02: Tenor-registeret).",
      "Altinn cannot find the organisation number in its register (in TT02: the Tenor register).",
    ],
    [
      "Sjekk kundens organisasjonsnummer. I testmiljøet må det være en syntetisk Tenor-organisasjon.",
      "Check the customer's organisation number. In the test environment it must be a synthetic Tenor organisation.",
    ],
    { ...request, field: "partyOrgNo" },
  ),
  "AUTH-00001": entry(
    ["Rettigheten finnes ikke på systemet", "Right not on the system"],
    [
      "En rettighet i forespørselen finnes ikke på systemet, eller kan ikke delegeres.",
      "A right in the request is not on the system, or cannot be delegated.",
    ],
    [
      "Be bare om rettigheter systemet er registrert med i steg 4.",
      "Request only rights the system is registered with in step 4.",
    ],
    { ...request, field: "rights" },
  ),
  "AUTH-00004": entry(
    ["Systembrukeren finnes allerede", "The system user already exists"],
    [
      "Kunden har allerede en systembruker for dette systemet og denne referansen.",
      "The customer already has a system user for this system and reference.",
    ],
    [
      "Ingenting å gjøre: veiviseren slår opp systembrukeren og går videre.",
      "Nothing to do: the wizard looks up the system user and carries on.",
    ],
    request,
  ),
  "AUTH-00006": entry(
    ["Allerede godkjent", "Already approved"],
    [
      "Referansen (externalRef) hører til en forespørsel som er godkjent.",
      "The reference (externalRef) belongs to a request that was approved.",
    ],
    [
      "Ingenting å gjøre: veiviseren slår opp systembrukeren og går videre.",
      "Nothing to do: the wizard looks up the system user and carries on.",
    ],
    request,
  ),
  "AUTH-00007": entry(
    ["En forespørsel venter allerede", "A request is already pending"],
    [
      "Det finnes en ubesvart forespørsel med samme system, kunde og referanse.",
      "There is an unanswered request with the same system, customer and reference.",
    ],
    [
      "Veiviseren viser den ventende forespørselen; send kunden lenken til den.",
      "The wizard shows the pending request; send the customer its link.",
    ],
    request,
  ),
  "AUTH-00008": entry(
    ["Forespørselen er avslått", "The request was denied"],
    [
      "Referansen hører til en forespørsel som er avslått (Denied).",
      "The reference belongs to a request that was denied.",
    ],
    [
      "Slett den og send på nytt, eller send en ny med en ny referanse.",
      "Delete it and send again, or send a new one with a new reference.",
    ],
    request,
  ),
  "AUTH-00009": entry(
    ["Forespørselen er avvist", "The request was rejected"],
    [
      "Kunden har avvist forespørselen med denne referansen.",
      "The customer rejected the request with this reference.",
    ],
    [
      "Slett den og send på nytt, eller send en ny med en ny referanse.",
      "Delete it and send again, or send a new one with a new reference.",
    ],
    request,
  ),
  "AUTH-00010": entry(
    ["Forespørselen finnes ikke", "Request not found"],
    [
      "ID-en viser ikke til noen forespørsel. Altinn sletter forespørsler etter 28 dager.",
      "The id does not refer to any request. Altinn deletes requests after 28 days.",
    ],
    ["Send en ny forespørsel.", "Send a new request."],
    request,
  ),
  "AUTH-00011": entry(
    ["Systemet finnes ikke", "System not found"],
    [
      "System-ID-en viser ikke til et registrert system som tilhører organisasjonen din.",
      "The system id does not refer to a registered system that belongs to your organisation.",
    ],
    [
      "Registrer systemet i steg 4, i samme miljø.",
      "Register the system in step 4, in the same environment.",
    ],
    request,
  ),
  "AUTH-00012": entry(
    ["Lagring feilet hos Altinn", "Altinn failed to store it"],
    ["Altinn klarte ikke å lagre forespørselen.", "Altinn could not store the request."],
    [
      "Prøv igjen om litt. Et nytt forsøk med samme referanse lager ikke duplikat.",
      "Try again in a moment. A retry with the same reference makes no duplicate.",
    ],
    { ...request, retryable: true },
  ),
  "AUTH-00013": entry(
    ["Forespørselen er allerede besvart", "The request was already answered"],
    ["Statusen er ikke lenger New.", "The status is no longer New."],
    ["Hent statusen på nytt.", "Fetch the status again."],
    request,
  ),
  "AUTH-00015": entry(
    ["Systembrukeren finnes ikke", "System user not found"],
    ["Altinn finner ingen systembruker for oppslaget.", "Altinn finds no system user for the lookup."],
    ["Sjekk at kunden har godkjent forespørselen.", "Check that the customer approved the request."],
    request,
  ),
  "AUTH-00021": entry(
    ["Redirect-URL-en er ikke tillatt", "Redirect URL not allowed"],
    [
      "redirectUrl må ha samme skjema, vert og sti som en av systemets allowedRedirectUrls.",
      "redirectUrl must have the scheme, host and path of one of the system's allowedRedirectUrls.",
    ],
    [
      "Velg en av adressene registrert i steg 4, eller legg den til der.",
      "Pick one of the addresses registered in step 4, or add it there.",
    ],
    { ...request, field: "redirectUrl" },
  ),
  "AUTH-00023": entry(
    ["Leverandøren mangler i tokenet", "Vendor missing from the token"],
    [
      "Altinn fant ikke leverandørens organisasjonsnummer (consumer) i tokenet.",
      "Altinn found no vendor organisation number (consumer) in the token.",
    ],
    [
      "Bruk et Maskinporten-token for klienten fra steg 3.",
      "Use a Maskinporten token for the client from step 3.",
    ],
    request,
  ),
  "AUTH-00025": entry(
    ["Ikke en gyldig agent-forespørsel", "Not a valid agent request"],
    [
      "Forespørselen er ikke en gyldig forespørsel for klientforhold (agent).",
      "The request is not a valid client-relationship (agent) request.",
    ],
    [
      "Veiviseren sender standard forespørsler; bruk ikke agent-endepunktet.",
      "The wizard sends standard requests; do not use the agent endpoint.",
    ],
    request,
  ),
  "AUTH-00026": entry(
    ["Systemet har ingen redirect-URL-er", "The system has no redirect URLs"],
    [
      "Forespørselen har redirectUrl, men systemet har ingen allowedRedirectUrls.",
      "The request has a redirectUrl, but the system has no allowedRedirectUrls.",
    ],
    [
      "Velg «ingen», eller legg til adressen på systemet i steg 4.",
      'Choose "none", or add the address to the system in step 4.',
    ],
    { ...request, field: "redirectUrl" },
  ),
  "AUTH-00058": entry(
    ["Agent-systembruker uten tilgangspakke", "Agent system user without access package"],
    [
      "En agent-systembruker må ha minst én tilgangspakke.",
      "An agent system user needs at least one access package.",
    ],
    ["Legg til en tilgangspakke i forespørselen.", "Add an access package to the request."],
    { ...request, field: "accessPackages" },
  ),
  "AUTH-00059": entry(
    ["Ingen rettigheter i forespørselen", "No rights in the request"],
    [
      "Forespørselen har verken enkeltrettigheter eller tilgangspakker.",
      "The request has neither single rights nor access packages.",
    ],
    ["Velg minst én rettighet.", "Choose at least one right."],
    { ...request, field: "rights" },
  ),
  "AUTH-00061": entry(
    ["Endringsforespørselen er besvart", "The change request was answered"],
    ["Statusen er ikke New; bruk en ny correlation-id.", "Its status is not New; use a new correlation id."],
    ["Send endringen på nytt med en ny correlation-id.", "Send the change again with a new correlation id."],
    request,
  ),
  "AUTH-00063": entry(
    ["Tilgangspakken finnes ikke på systemet", "Access package not on the system"],
    [
      "Forespørselen ber om en tilgangspakke systemet ikke er registrert med.",
      "The request asks for an access package the system is not registered with.",
    ],
    ["Be bare om pakker registrert i steg 4.", "Request only packages registered in step 4."],
    { ...request, field: "accessPackages" },
  ),
  "AUTH-00064": entry(
    ["Tilgangspakken kan ikke delegeres", "Access package not delegable"],
    [
      "Pakken kan ikke delegeres til en standard systembruker.",
      "The package cannot be delegated to a standard system user.",
    ],
    ["Fjern pakken fra forespørselen.", "Remove the package from the request."],
    { ...request, field: "accessPackages" },
  ),
  "AUTH-00065": entry(
    ["Tilgangspakken kan ikke delegeres (agent)", "Access package not delegable (agent)"],
    [
      "Pakken kan ikke delegeres til en agent-systembruker.",
      "The package cannot be delegated to an agent system user.",
    ],
    ["Fjern pakken fra forespørselen.", "Remove the package from the request."],
    { ...request, field: "accessPackages" },
  ),
  // Client delegation (contracts-more §1.6): answered to the accounting firm's person, in Altinn's portal or
  // through a system that calls enduser/systemuser/clients with that person's token.
  "AUTH-00034": entry(
    ["Ikke en agent-systembruker", "Not an agent system user"],
    [
      "Klienter kan bare legges til en agent-systembruker; denne er en standard systembruker.",
      "Clients can only be added to an agent system user; this one is a standard system user.",
    ],
    [
      "Velg «regnskapsførere … for sine klienter» i steg 4 og send en agentforespørsel.",
      "Choose “accountants … for their clients” in step 4 and send an agent request.",
    ],
    clientDelegation,
  ),
  "AUTH-00035": entry(
    ["Systembrukeren har klienter", "The system user has clients"],
    [
      "En agent-systembruker kan ikke slettes mens den har klienter.",
      "An agent system user cannot be deleted while it has clients.",
    ],
    [
      "Fjern klientene først, slett så systembrukeren og send en ny agentforespørsel med de nye pakkene.",
      "Remove the clients first, then delete the system user and send a new agent request with the new packages.",
    ],
    clientDelegation,
  ),
  "AUTH-00079": entry(
    ["Klienten finnes ikke", "Client not found"],
    [
      "Virksomheten er ikke blant regnskapsførerens klienter (ingen rolle i Enhetsregisteret og ingen fullmakt).",
      "The organisation is not among the firm's clients (no role in the Central Coordinating Register and no authorisation).",
    ],
    [
      "Kunden må ha firmaet som regnskapsfører, revisor eller forretningsfører, eller gi det en fullmakt i Altinn.",
      "The customer must have the firm as its accountant, auditor or business manager, or authorise it in Altinn.",
    ],
    clientDelegation,
  ),
  "AUTH-00080": entry(
    ["Klienten mangler tilgangspakker", "Client lacks access packages"],
    [
      "Klienten har ikke alle tilgangspakkene agent-systembrukeren krever.",
      "The client does not hold every access package the agent system user requires.",
    ],
    [
      "Klientforholdet må gi alle pakkene systemet ber om (for eksempel regnskapsfører lønn for a-melding), eller bruk en agent-systembruker med færre pakker.",
      "The client relationship must give every package the system asks for (for example accountant payroll for a-melding), or use an agent system user with fewer packages.",
    ],
    clientDelegation,
  ),
};

export const altinnCatalog: DoctorCatalog = {
  ...altinnValidationCatalog,
  ...altinnProblemCatalog,
  ...altinnScopeEntries,
};
