import type { Localised } from "../../i18n/types";
import type { DoctorCatalog, DoctorEntry } from "../types";
import { altinnScopeEntries } from "./scopes";

/**
 * Altinn's AUTH-xxxxx problem codes and AUTH.VLD-xxxxx validation codes (contracts §2.11), each with cause
 * and fix in every interface language. `field` names the form field (react-hook-form name in steps 4 and 5) an
 * error belongs to, so the wizard can show it there.
 */
const REGISTER_DOCS = "https://docs.altinn.studio/en/api/authentication/systemuserapi/systemregister/create/";
const REQUEST_DOCS =
  "https://docs.altinn.studio/en/authorization/guides/system-vendor/system-user/systemuserrequest/";

type Text = Localised;

function entry(title: Text, cause: Text, fix: Text, extra: Partial<DoctorEntry> = {}): DoctorEntry {
  return { title, cause, fix, ...extra };
}

const register = { docs: REGISTER_DOCS };
const request = { docs: REQUEST_DOCS };
const clientDelegation = {
  docs: "https://docs.altinn.studio/en/api/authentication/systemuserapi/clientdelegation/",
};

export const altinnValidationCatalog: DoctorCatalog = {
  "AUTH.VLD-00000": entry(
    { nb: "Ugyldig leverandør-ID", nn: "Ugyldig leverandør-ID", en: "Invalid vendor identifier" },
    {
      nb: "vendor.ID må være «0192:<organisasjonsnummer>» (ISO 6523).",
      nn: "vendor.ID må vere «0192:<organisasjonsnummer>» (ISO 6523).",
      en: 'vendor.ID must be "0192:<organisation number>" (ISO 6523).',
    },
    {
      nb: "Veiviseren fyller inn dette fra steg 1. Sjekk organisasjonsnummeret der.",
      nn: "Vegvisaren fyller inn dette frå steg 1. Sjekk organisasjonsnummeret der.",
      en: "The wizard fills this in from step 1. Check the organisation number there.",
    },
    register,
  ),
  "AUTH.VLD-00001": entry(
    {
      nb: "System-ID-en har feil format",
      nn: "System-ID-en har feil format",
      en: "The system id has the wrong format",
    },
    {
      nb: "Delen før første _ i ID-en må være leverandørens organisasjonsnummer.",
      nn: "Delen før første _ i ID-en må vere organisasjonsnummeret til leverandøren.",
      en: "The part before the first _ of the id must be the vendor's organisation number.",
    },
    {
      nb: "Behold prefikset «<orgnr>_» og endre bare navnet etter det.",
      nn: "Behald prefikset «<orgnr>_» og endre berre namnet etter det.",
      en: 'Keep the "<orgno>_" prefix and change only the name after it.',
    },
    { ...register, field: "idSuffix" },
  ),
  "AUTH.VLD-00002": entry(
    {
      nb: "System-ID-en finnes allerede",
      nn: "System-ID-en finst allereie",
      en: "The system id already exists",
    },
    {
      nb: "Det er allerede registrert et system med denne ID-en.",
      nn: "Det er allereie registrert eit system med denne ID-en.",
      en: "A system with this id is already registered.",
    },
    {
      nb: "Velg et annet navn, eller oppdater det eksisterende systemet.",
      nn: "Vel eit anna namn, eller oppdater det eksisterande systemet.",
      en: "Pick another name, or update the existing system.",
    },
    { ...register, field: "idSuffix" },
  ),
  "AUTH.VLD-00003": entry(
    { nb: "Ressursen finnes ikke", nn: "Ressursen finst ikkje", en: "Resource not found" },
    {
      nb: "En eller flere ressurser i rights finnes ikke i Altinns ressursregister.",
      nn: "Éin eller fleire ressursar i rights finst ikkje i ressursregisteret til Altinn.",
      en: "One or more resources in rights are not in Altinn's resource register.",
    },
    {
      nb: "Velg bare rettigheter for API-ene fra steg 2. I testmiljøet kan ressursen mangle i TT02.",
      nn: "Vel berre rettar for API-a frå steg 2. I testmiljøet kan ressursen mangle i TT02.",
      en: "Choose only rights for the APIs from step 2. In the test environment the resource may be missing in TT02.",
    },
    { ...register, field: "rights" },
  ),
  "AUTH.VLD-00004": entry(
    { nb: "Klient-ID-en er i bruk", nn: "Klient-ID-en er i bruk", en: "The client id is in use" },
    {
      nb: "Maskinporten-klienten er allerede knyttet til et annet system. En klient kan bare høre til ett aktivt system.",
      nn: "Maskinporten-klienten er allereie knytt til eit anna system. Ein klient kan berre høyre til eitt aktivt system.",
      en: "The Maskinporten client is already tied to another system. A client can belong to one active system only.",
    },
    {
      nb: "Oppdater det systemet klienten hører til (bruk samme ID), eller lag en ny klient i steg 3.",
      nn: "Oppdater systemet klienten høyrer til (bruk same ID), eller lag ein ny klient i steg 3.",
      en: "Update the system the client belongs to (use the same id), or create a new client in step 3.",
    },
    { ...register, field: "clientId" },
  ),
  "AUTH.VLD-00005": entry(
    { nb: "Ugyldig redirect-URL", nn: "Ugyldig redirect-URL", en: "Invalid redirect URL" },
    {
      nb: "Altinn godtar bare absolutte https-adresser som redirect-URL.",
      nn: "Altinn godtek berre absolutte https-adresser som redirect-URL.",
      en: "Altinn accepts only absolute https addresses as redirect URLs.",
    },
    {
      nb: "Skriv adressen som https://vert/sti.",
      nn: "Skriv adressa som https://vert/sti.",
      en: "Write the address as https://host/path.",
    },
    { ...register, field: "allowedRedirectUrls" },
  ),
  "AUTH.VLD-00006": entry(
    { nb: "Samme rettighet flere ganger", nn: "Same rett fleire gonger", en: "Duplicate rights" },
    {
      nb: "rights inneholder samme ressurs mer enn én gang.",
      nn: "rights inneheld same ressurs meir enn éin gong.",
      en: "rights lists the same resource more than once.",
    },
    { nb: "Fjern duplikatene.", nn: "Fjern duplikata.", en: "Remove the duplicates." },
    { ...register, field: "rights" },
  ),
  "AUTH.VLD-00007": entry(
    {
      nb: "Samme tilgangspakke flere ganger",
      nn: "Same tilgangspakke fleire gonger",
      en: "Duplicate access packages",
    },
    {
      nb: "accessPackages inneholder samme pakke mer enn én gang.",
      nn: "accessPackages inneheld same pakke meir enn éin gong.",
      en: "accessPackages lists the same package more than once.",
    },
    { nb: "Fjern duplikatene.", nn: "Fjern duplikata.", en: "Remove the duplicates." },
    { ...register, field: "accessPackages" },
  ),
  "AUTH.VLD-00008": entry(
    { nb: "Ukjent tilgangspakke", nn: "Ukjend tilgangspakke", en: "Unknown access package" },
    {
      nb: "En tilgangspakke finnes ikke i Altinn eller kan ikke delegeres.",
      nn: "Ein tilgangspakke finst ikkje i Altinn eller kan ikkje delegerast.",
      en: "An access package does not exist in Altinn or cannot be delegated.",
    },
    {
      nb: "Velg bare pakkene som er foreslått for API-et.",
      nn: "Vel berre pakkane som er føreslått for API-et.",
      en: "Choose only the packages suggested for the API.",
    },
    { ...register, field: "accessPackages" },
  ),
  "AUTH.VLD-00009": entry(
    {
      nb: "Ressurs-ID har feil format",
      nn: "Ressurs-ID har feil format",
      en: "Resource id in the wrong format",
    },
    {
      nb: "Hver rettighet må ha id «urn:altinn:resource» og ressursens ID som value.",
      nn: "Kvar rett må ha id «urn:altinn:resource» og ID-en til ressursen som value.",
      en: 'Each right must have id "urn:altinn:resource" and the resource\'s id as value.',
    },
    {
      nb: "Veiviseren bygger dette; velg rettighetene på nytt.",
      nn: "Vegvisaren byggjer dette; vel rettane på nytt.",
      en: "The wizard builds this; choose the rights again.",
    },
    { ...register, field: "rights" },
  ),
  "AUTH.VLD-00011": entry(
    { nb: "Samme klient-ID flere ganger", nn: "Same klient-ID fleire gonger", en: "Duplicate client ids" },
    {
      nb: "clientId inneholder samme klient mer enn én gang.",
      nn: "clientId inneheld same klient meir enn éin gong.",
      en: "clientId lists the same client more than once.",
    },
    { nb: "Oppgi hver klient én gang.", nn: "Oppgi kvar klient éin gong.", en: "List each client once." },
    { ...register, field: "clientId" },
  ),
  "AUTH.VLD-00012": entry(
    {
      nb: "ID-en i body og URL er ulike",
      nn: "ID-en i body og URL er ulike",
      en: "Body id and URL id differ",
    },
    {
      nb: "Ved oppdatering må id i JSON være den samme som i adressen.",
      nn: "Ved oppdatering må id i JSON vere den same som i adressa.",
      en: "When updating, the id in the JSON must equal the one in the address.",
    },
    {
      nb: "En ID kan ikke endres. Registrer et nytt system for å bytte ID.",
      nn: "Ein ID kan ikkje endrast. Registrer eit nytt system for å byte ID.",
      en: "An id cannot be changed. Register a new system to change the id.",
    },
    { ...register, field: "idSuffix" },
  ),
  "AUTH.VLD-00013": entry(
    { nb: "Mellomrom i system-ID-en", nn: "Mellomrom i system-ID-en", en: "Spaces in the system id" },
    {
      nb: "System-ID-en kan ikke inneholde mellomrom.",
      nn: "System-ID-en kan ikkje innehalde mellomrom.",
      en: "The system id cannot contain spaces.",
    },
    {
      nb: "Bruk a–z, 0–9 og _ i navnet.",
      nn: "Bruk a–z, 0–9 og _ i namnet.",
      en: "Use a–z, 0–9 and _ in the name.",
    },
    { ...register, field: "idSuffix" },
  ),
  "AUTH.VLD-00014": entry(
    { nb: "Systembrukeren finnes ikke", nn: "Systembrukaren finst ikkje", en: "System user not found" },
    {
      nb: "Systembrukeren finnes ikke, eller en påkrevd agent-parameter mangler.",
      nn: "Systembrukaren finst ikkje, eller ein påkravd agent-parameter manglar.",
      en: "The system user does not exist, or a required agent parameter is missing.",
    },
    {
      nb: "Sjekk at kunden har godkjent forespørselen (steg 5).",
      nn: "Sjekk at kunden har godkjent førespurnaden (steg 5).",
      en: "Check that the customer approved the request (step 5).",
    },
  ),
  "AUTH.VLD-00015": entry(
    { nb: "Ikke en agent-systembruker", nn: "Ikkje ein agent-systembrukar", en: "Not an agent system user" },
    {
      nb: "Operasjonen gjelder bare systembrukere av typen agent (klientforhold).",
      nn: "Operasjonen gjeld berre systembrukarar av typen agent (klientforhold).",
      en: "The operation applies only to agent system users (client relationships).",
    },
    {
      nb: "Veiviseren bruker standard systembrukere; bruk ikke agent-endepunktene for dem.",
      nn: "Vegvisaren bruker standard systembrukarar; bruk ikkje agent-endepunkta for dei.",
      en: "The wizard uses standard system users; do not use the agent endpoints for them.",
    },
  ),
  "AUTH.VLD-00016": entry(
    { nb: "Ugyldig klientparameter", nn: "Ugyldig klientparameter", en: "Invalid client parameter" },
    {
      nb: "Parameteren client mangler eller er ugyldig.",
      nn: "Parameteren client manglar eller er ugyldig.",
      en: "The client query parameter is missing or invalid.",
    },
    {
      nb: "Oppgi en gyldig klient i spørringen.",
      nn: "Oppgi ein gyldig klient i spørjinga.",
      en: "Pass a valid client in the query.",
    },
  ),
  "AUTH.VLD-00017": entry(
    {
      nb: "Ressursen kan ikke delegeres",
      nn: "Ressursen kan ikkje delegerast",
      en: "Resource not delegable",
    },
    {
      nb: "En ressurs i rights er av en type som ikke kan delegeres til en systembruker.",
      nn: "Ein ressurs i rights er av ein type som ikkje kan delegerast til ein systembrukar.",
      en: "A resource in rights is of a type that cannot be delegated to a system user.",
    },
    {
      nb: "Fjern ressursen, eller be ressurseieren gjøre den delegerbar.",
      nn: "Fjern ressursen, eller be ressurseigaren gjere han delegerbar.",
      en: "Remove the resource, or ask its owner to make it delegable.",
    },
    { ...register, field: "rights" },
  ),
  "AUTH.VLD-00018": entry(
    {
      nb: "Klientpakker og synlig system",
      nn: "Klientpakkar og synleg system",
      en: "Client packages on a visible system",
    },
    {
      nb: "Tilgangspakker for klientforhold kan ikke kombineres med isVisible: true.",
      nn: "Tilgangspakkar for klientforhold kan ikkje kombinerast med isVisible: true.",
      en: "Access packages for client relationships cannot be combined with isVisible: true.",
    },
    {
      nb: "Fjern pakken, eller sett systemet som ikke synlig.",
      nn: "Fjern pakken, eller set systemet som ikkje synleg.",
      en: "Remove the package, or make the system not visible.",
    },
    { ...register, field: "accessPackages" },
  ),
};

export const altinnProblemCatalog: DoctorCatalog = {
  "STD-00000": entry(
    { nb: "Altinn avviste innholdet", nn: "Altinn avviste innhaldet", en: "Altinn rejected the content" },
    {
      nb: "Ett eller flere felt er ugyldige. Hver feil står ved feltet den gjelder.",
      nn: "Eitt eller fleire felt er ugyldige. Kvar feil står ved feltet han gjeld.",
      en: "One or more fields are invalid. Each error is shown at its field.",
    },
    {
      nb: "Rett opp feltene og send på nytt.",
      nn: "Rett opp felta og send på nytt.",
      en: "Correct the fields and send again.",
    },
    register,
  ),
  "AUTH-00000": entry(
    { nb: "Ukjent organisasjon", nn: "Ukjend organisasjon", en: "Unknown organisation" },
    {
      nb: "Altinn finner ikke organisasjonsnummeret i Enhetsregisteret (i TT02: Tenor-registeret).",
      nn: "Altinn finn ikkje organisasjonsnummeret i Einingsregisteret (i TT02: Tenor-registeret).",
      en: "Altinn cannot find the organisation number in its register (in TT02: the Tenor register).",
    },
    {
      nb: "Sjekk kundens organisasjonsnummer. I testmiljøet må det være en syntetisk Tenor-organisasjon.",
      nn: "Sjekk organisasjonsnummeret til kunden. I testmiljøet må det vere ein syntetisk Tenor-organisasjon.",
      en: "Check the customer's organisation number. In the test environment it must be a synthetic Tenor organisation.",
    },
    { ...request, field: "partyOrgNo" },
  ),
  "AUTH-00001": entry(
    {
      nb: "Rettigheten finnes ikke på systemet",
      nn: "Retten finst ikkje på systemet",
      en: "Right not on the system",
    },
    {
      nb: "En rettighet i forespørselen finnes ikke på systemet, eller kan ikke delegeres.",
      nn: "Ein rett i førespurnaden finst ikkje på systemet, eller kan ikkje delegerast.",
      en: "A right in the request is not on the system, or cannot be delegated.",
    },
    {
      nb: "Be bare om rettigheter systemet er registrert med i steg 4.",
      nn: "Be berre om rettar systemet er registrert med i steg 4.",
      en: "Request only rights the system is registered with in step 4.",
    },
    { ...request, field: "rights" },
  ),
  "AUTH-00004": entry(
    {
      nb: "Systembrukeren finnes allerede",
      nn: "Systembrukaren finst allereie",
      en: "The system user already exists",
    },
    {
      nb: "Kunden har allerede en systembruker for dette systemet og denne referansen.",
      nn: "Kunden har allereie ein systembrukar for dette systemet og denne referansen.",
      en: "The customer already has a system user for this system and reference.",
    },
    {
      nb: "Ingenting å gjøre: veiviseren slår opp systembrukeren og går videre.",
      nn: "Ingenting å gjere: vegvisaren slår opp systembrukaren og går vidare.",
      en: "Nothing to do: the wizard looks up the system user and carries on.",
    },
    request,
  ),
  "AUTH-00006": entry(
    { nb: "Allerede godkjent", nn: "Allereie godkjend", en: "Already approved" },
    {
      nb: "Referansen (externalRef) hører til en forespørsel som er godkjent.",
      nn: "Referansen (externalRef) høyrer til ein førespurnad som er godkjend.",
      en: "The reference (externalRef) belongs to a request that was approved.",
    },
    {
      nb: "Ingenting å gjøre: veiviseren slår opp systembrukeren og går videre.",
      nn: "Ingenting å gjere: vegvisaren slår opp systembrukaren og går vidare.",
      en: "Nothing to do: the wizard looks up the system user and carries on.",
    },
    request,
  ),
  "AUTH-00007": entry(
    {
      nb: "En forespørsel venter allerede",
      nn: "Ein førespurnad ventar allereie",
      en: "A request is already pending",
    },
    {
      nb: "Det finnes en ubesvart forespørsel med samme system, kunde og referanse.",
      nn: "Det finst ein ubesvart førespurnad med same system, kunde og referanse.",
      en: "There is an unanswered request with the same system, customer and reference.",
    },
    {
      nb: "Veiviseren viser den ventende forespørselen; send kunden lenken til den.",
      nn: "Vegvisaren viser den ventande førespurnaden; send kunden lenkja til han.",
      en: "The wizard shows the pending request; send the customer its link.",
    },
    request,
  ),
  "AUTH-00008": entry(
    { nb: "Forespørselen er avslått", nn: "Førespurnaden er avslått", en: "The request was denied" },
    {
      nb: "Referansen hører til en forespørsel som er avslått (Denied).",
      nn: "Referansen høyrer til ein førespurnad som er avslått (Denied).",
      en: "The reference belongs to a request that was denied.",
    },
    {
      nb: "Slett den og send på nytt, eller send en ny med en ny referanse.",
      nn: "Slett han og send på nytt, eller send ein ny med ein ny referanse.",
      en: "Delete it and send again, or send a new one with a new reference.",
    },
    request,
  ),
  "AUTH-00009": entry(
    { nb: "Forespørselen er avvist", nn: "Førespurnaden er avvist", en: "The request was rejected" },
    {
      nb: "Kunden har avvist forespørselen med denne referansen.",
      nn: "Kunden har avvist førespurnaden med denne referansen.",
      en: "The customer rejected the request with this reference.",
    },
    {
      nb: "Slett den og send på nytt, eller send en ny med en ny referanse.",
      nn: "Slett han og send på nytt, eller send ein ny med ein ny referanse.",
      en: "Delete it and send again, or send a new one with a new reference.",
    },
    request,
  ),
  "AUTH-00010": entry(
    { nb: "Forespørselen finnes ikke", nn: "Førespurnaden finst ikkje", en: "Request not found" },
    {
      nb: "ID-en viser ikke til noen forespørsel. Altinn sletter forespørsler etter 28 dager.",
      nn: "ID-en viser ikkje til nokon førespurnad. Altinn slettar førespurnader etter 28 dagar.",
      en: "The id does not refer to any request. Altinn deletes requests after 28 days.",
    },
    { nb: "Send en ny forespørsel.", nn: "Send ein ny førespurnad.", en: "Send a new request." },
    request,
  ),
  "AUTH-00011": entry(
    { nb: "Systemet finnes ikke", nn: "Systemet finst ikkje", en: "System not found" },
    {
      nb: "System-ID-en viser ikke til et registrert system som tilhører organisasjonen din.",
      nn: "System-ID-en viser ikkje til eit registrert system som høyrer til organisasjonen din.",
      en: "The system id does not refer to a registered system that belongs to your organisation.",
    },
    {
      nb: "Registrer systemet i steg 4, i samme miljø.",
      nn: "Registrer systemet i steg 4, i same miljø.",
      en: "Register the system in step 4, in the same environment.",
    },
    request,
  ),
  "AUTH-00012": entry(
    { nb: "Lagring feilet hos Altinn", nn: "Lagringa feila hos Altinn", en: "Altinn failed to store it" },
    {
      nb: "Altinn klarte ikke å lagre forespørselen.",
      nn: "Altinn klarte ikkje å lagre førespurnaden.",
      en: "Altinn could not store the request.",
    },
    {
      nb: "Prøv igjen om litt. Et nytt forsøk med samme referanse lager ikke duplikat.",
      nn: "Prøv igjen om litt. Eit nytt forsøk med same referanse lagar ikkje duplikat.",
      en: "Try again in a moment. A retry with the same reference makes no duplicate.",
    },
    { ...request, retryable: true },
  ),
  "AUTH-00013": entry(
    {
      nb: "Forespørselen er allerede besvart",
      nn: "Førespurnaden er allereie svart på",
      en: "The request was already answered",
    },
    {
      nb: "Statusen er ikke lenger New.",
      nn: "Statusen er ikkje lenger New.",
      en: "The status is no longer New.",
    },
    { nb: "Hent statusen på nytt.", nn: "Hent statusen på nytt.", en: "Fetch the status again." },
    request,
  ),
  "AUTH-00015": entry(
    { nb: "Systembrukeren finnes ikke", nn: "Systembrukaren finst ikkje", en: "System user not found" },
    {
      nb: "Altinn finner ingen systembruker for oppslaget.",
      nn: "Altinn finn ingen systembrukar for oppslaget.",
      en: "Altinn finds no system user for the lookup.",
    },
    {
      nb: "Sjekk at kunden har godkjent forespørselen.",
      nn: "Sjekk at kunden har godkjent førespurnaden.",
      en: "Check that the customer approved the request.",
    },
    request,
  ),
  "AUTH-00021": entry(
    {
      nb: "Redirect-URL-en er ikke tillatt",
      nn: "Redirect-URL-en er ikkje tillaten",
      en: "Redirect URL not allowed",
    },
    {
      nb: "redirectUrl må ha samme skjema, vert og sti som en av systemets allowedRedirectUrls.",
      nn: "redirectUrl må ha same skjema, vert og sti som ei av allowedRedirectUrls til systemet.",
      en: "redirectUrl must have the scheme, host and path of one of the system's allowedRedirectUrls.",
    },
    {
      nb: "Velg en av adressene registrert i steg 4, eller legg den til der.",
      nn: "Vel ei av adressene registrerte i steg 4, eller legg ho til der.",
      en: "Pick one of the addresses registered in step 4, or add it there.",
    },
    { ...request, field: "redirectUrl" },
  ),
  "AUTH-00023": entry(
    {
      nb: "Leverandøren mangler i tokenet",
      nn: "Leverandøren manglar i tokenet",
      en: "Vendor missing from the token",
    },
    {
      nb: "Altinn fant ikke leverandørens organisasjonsnummer (consumer) i tokenet.",
      nn: "Altinn fann ikkje organisasjonsnummeret til leverandøren (consumer) i tokenet.",
      en: "Altinn found no vendor organisation number (consumer) in the token.",
    },
    {
      nb: "Bruk et Maskinporten-token for klienten fra steg 3.",
      nn: "Bruk eit Maskinporten-token for klienten frå steg 3.",
      en: "Use a Maskinporten token for the client from step 3.",
    },
    request,
  ),
  "AUTH-00025": entry(
    {
      nb: "Ikke en gyldig agent-forespørsel",
      nn: "Ikkje ein gyldig agent-førespurnad",
      en: "Not a valid agent request",
    },
    {
      nb: "Forespørselen er ikke en gyldig forespørsel for klientforhold (agent).",
      nn: "Førespurnaden er ikkje ein gyldig førespurnad for klientforhold (agent).",
      en: "The request is not a valid client-relationship (agent) request.",
    },
    {
      nb: "Veiviseren sender standard forespørsler; bruk ikke agent-endepunktet.",
      nn: "Vegvisaren sender standard førespurnader; bruk ikkje agent-endepunktet.",
      en: "The wizard sends standard requests; do not use the agent endpoint.",
    },
    request,
  ),
  "AUTH-00026": entry(
    {
      nb: "Systemet har ingen redirect-URL-er",
      nn: "Systemet har ingen redirect-URL-ar",
      en: "The system has no redirect URLs",
    },
    {
      nb: "Forespørselen har redirectUrl, men systemet har ingen allowedRedirectUrls.",
      nn: "Førespurnaden har redirectUrl, men systemet har ingen allowedRedirectUrls.",
      en: "The request has a redirectUrl, but the system has no allowedRedirectUrls.",
    },
    {
      nb: "Velg «ingen», eller legg til adressen på systemet i steg 4.",
      nn: "Vel «ingen», eller legg til adressa på systemet i steg 4.",
      en: 'Choose "none", or add the address to the system in step 4.',
    },
    { ...request, field: "redirectUrl" },
  ),
  "AUTH-00058": entry(
    {
      nb: "Agent-systembruker uten tilgangspakke",
      nn: "Agent-systembrukar utan tilgangspakke",
      en: "Agent system user without access package",
    },
    {
      nb: "En agent-systembruker må ha minst én tilgangspakke.",
      nn: "Ein agent-systembrukar må ha minst éin tilgangspakke.",
      en: "An agent system user needs at least one access package.",
    },
    {
      nb: "Legg til en tilgangspakke i forespørselen.",
      nn: "Legg til ein tilgangspakke i førespurnaden.",
      en: "Add an access package to the request.",
    },
    { ...request, field: "accessPackages" },
  ),
  "AUTH-00059": entry(
    {
      nb: "Ingen rettigheter i forespørselen",
      nn: "Ingen rettar i førespurnaden",
      en: "No rights in the request",
    },
    {
      nb: "Forespørselen har verken enkeltrettigheter eller tilgangspakker.",
      nn: "Førespurnaden har korkje enkeltrettar eller tilgangspakkar.",
      en: "The request has neither single rights nor access packages.",
    },
    { nb: "Velg minst én rettighet.", nn: "Vel minst éin rett.", en: "Choose at least one right." },
    { ...request, field: "rights" },
  ),
  "AUTH-00061": entry(
    {
      nb: "Endringsforespørselen er besvart",
      nn: "Endringsførespurnaden er svart på",
      en: "The change request was answered",
    },
    {
      nb: "Statusen er ikke New; bruk en ny correlation-id.",
      nn: "Statusen er ikkje New; bruk ein ny correlation-id.",
      en: "Its status is not New; use a new correlation id.",
    },
    {
      nb: "Send endringen på nytt med en ny correlation-id.",
      nn: "Send endringa på nytt med ein ny correlation-id.",
      en: "Send the change again with a new correlation id.",
    },
    request,
  ),
  "AUTH-00063": entry(
    {
      nb: "Tilgangspakken finnes ikke på systemet",
      nn: "Tilgangspakken finst ikkje på systemet",
      en: "Access package not on the system",
    },
    {
      nb: "Forespørselen ber om en tilgangspakke systemet ikke er registrert med.",
      nn: "Førespurnaden ber om ein tilgangspakke systemet ikkje er registrert med.",
      en: "The request asks for an access package the system is not registered with.",
    },
    {
      nb: "Be bare om pakker registrert i steg 4.",
      nn: "Be berre om pakkar registrerte i steg 4.",
      en: "Request only packages registered in step 4.",
    },
    { ...request, field: "accessPackages" },
  ),
  "AUTH-00064": entry(
    {
      nb: "Tilgangspakken kan ikke delegeres",
      nn: "Tilgangspakken kan ikkje delegerast",
      en: "Access package not delegable",
    },
    {
      nb: "Pakken kan ikke delegeres til en standard systembruker.",
      nn: "Pakken kan ikkje delegerast til ein standard systembrukar.",
      en: "The package cannot be delegated to a standard system user.",
    },
    {
      nb: "Fjern pakken fra forespørselen.",
      nn: "Fjern pakken frå førespurnaden.",
      en: "Remove the package from the request.",
    },
    { ...request, field: "accessPackages" },
  ),
  "AUTH-00065": entry(
    {
      nb: "Tilgangspakken kan ikke delegeres (agent)",
      nn: "Tilgangspakken kan ikkje delegerast (agent)",
      en: "Access package not delegable (agent)",
    },
    {
      nb: "Pakken kan ikke delegeres til en agent-systembruker.",
      nn: "Pakken kan ikkje delegerast til ein agent-systembrukar.",
      en: "The package cannot be delegated to an agent system user.",
    },
    {
      nb: "Fjern pakken fra forespørselen.",
      nn: "Fjern pakken frå førespurnaden.",
      en: "Remove the package from the request.",
    },
    { ...request, field: "accessPackages" },
  ),
  // Client delegation (contracts-more §1.6): answered to the accounting firm's person, in Altinn's portal or
  // through a system that calls enduser/systemuser/clients with that person's token.
  "AUTH-00034": entry(
    { nb: "Ikke en agent-systembruker", nn: "Ikkje ein agent-systembrukar", en: "Not an agent system user" },
    {
      nb: "Klienter kan bare legges til en agent-systembruker; denne er en standard systembruker.",
      nn: "Klientar kan berre leggjast til ein agent-systembrukar; denne er ein standard systembrukar.",
      en: "Clients can only be added to an agent system user; this one is a standard system user.",
    },
    {
      nb: "Velg «regnskapsførere … for sine klienter» i steg 4 og send en agentforespørsel.",
      nn: "Vel «rekneskapsførarar … for klientane sine» i steg 4 og send ein agentførespurnad.",
      en: "Choose “accountants … for their clients” in step 4 and send an agent request.",
    },
    clientDelegation,
  ),
  "AUTH-00035": entry(
    {
      nb: "Systembrukeren har klienter",
      nn: "Systembrukaren har klientar",
      en: "The system user has clients",
    },
    {
      nb: "En agent-systembruker kan ikke slettes mens den har klienter.",
      nn: "Ein agent-systembrukar kan ikkje slettast medan han har klientar.",
      en: "An agent system user cannot be deleted while it has clients.",
    },
    {
      nb: "Fjern klientene først, slett så systembrukeren og send en ny agentforespørsel med de nye pakkene.",
      nn: "Fjern klientane først, slett så systembrukaren og send ein ny agentførespurnad med dei nye pakkane.",
      en: "Remove the clients first, then delete the system user and send a new agent request with the new packages.",
    },
    clientDelegation,
  ),
  "AUTH-00079": entry(
    { nb: "Klienten finnes ikke", nn: "Klienten finst ikkje", en: "Client not found" },
    {
      nb: "Virksomheten er ikke blant regnskapsførerens klienter (ingen rolle i Enhetsregisteret og ingen fullmakt).",
      nn: "Verksemda er ikkje blant klientane til rekneskapsføraren (inga rolle i Einingsregisteret og inga fullmakt).",
      en: "The organisation is not among the firm's clients (no role in the Central Coordinating Register and no authorisation).",
    },
    {
      nb: "Kunden må ha firmaet som regnskapsfører, revisor eller forretningsfører, eller gi det en fullmakt i Altinn.",
      nn: "Kunden må ha firmaet som rekneskapsførar, revisor eller forretningsførar, eller gi det ei fullmakt i Altinn.",
      en: "The customer must have the firm as its accountant, auditor or business manager, or authorise it in Altinn.",
    },
    clientDelegation,
  ),
  "AUTH-00080": entry(
    {
      nb: "Klienten mangler tilgangspakker",
      nn: "Klienten manglar tilgangspakkar",
      en: "Client lacks access packages",
    },
    {
      nb: "Klienten har ikke alle tilgangspakkene agent-systembrukeren krever.",
      nn: "Klienten har ikkje alle tilgangspakkane agent-systembrukaren krev.",
      en: "The client does not hold every access package the agent system user requires.",
    },
    {
      nb: "Klientforholdet må gi alle pakkene systemet ber om (for eksempel regnskapsfører lønn for a-melding), eller bruk en agent-systembruker med færre pakker.",
      nn: "Klientforholdet må gi alle pakkane systemet ber om (til dømes rekneskapsførar løn for a-melding), eller bruk ein agent-systembrukar med færre pakkar.",
      en: "The client relationship must give every package the system asks for (for example accountant payroll for a-melding), or use an agent system user with fewer packages.",
    },
    clientDelegation,
  ),
};

export const altinnCatalog: DoctorCatalog = {
  ...altinnValidationCatalog,
  ...altinnProblemCatalog,
  ...altinnScopeEntries,
};
