import type { DoctorCatalog } from "../types";
import { maskinportenScopeEntries } from "./scopes";

/**
 * Maskinporten's token errors (the MP ids of the simulator's /token rules and Digdir's troubleshooting page,
 * contracts §1.9 and §1.8), two OAuth errors that come without an id, and the self-service API's errors (DS-*,
 * filed by lib/samarbeid/client.ts). Each entry: what the user sees, the likely cause, the fix.
 */
const FEILSOKING = "https://docs.digdir.no/docs/Maskinporten/maskinporten_feilsoking";
const JWTGRANT = "https://docs.digdir.no/docs/Maskinporten/maskinporten_protocol_jwtgrant";
const MP303 =
  "https://docs.altinn.studio/authorization/guides/system-vendor/system-user/troubleshooting/errors/mp-303-error/";

export const maskinportenCatalog: DoctorCatalog = {
  ...maskinportenScopeEntries,
  "MP-011": {
    title: { nb: "Ugyldig forespørsel eller grant", en: "Invalid request or grant" },
    cause: {
      nb: "Maskinporten kunne ikke lese forespørselen: kroppen var ikke application/x-www-form-urlencoded, assertion manglet eller var ikke en JWT, headeren manglet både kid og x5c, eller grantet hadde et claim som ikke er dokumentert (for eksempel sub).",
      en: "Maskinporten could not read the request: the body was not application/x-www-form-urlencoded, the assertion was missing or not a JWT, the header had neither kid nor x5c, or the grant carried an undocumented claim (such as sub).",
    },
    fix: {
      nb: "Send grant_type og assertion som skjemadata, sett kid i headeren, og bruk bare aud, iss, iat, exp, jti, scope (og authorization_details for systembruker). Fjern sub og andre ekstra claims – noen eksempler i Altinns dokumentasjon har dem, men Maskinporten avviser dem.",
      en: "Send grant_type and assertion as form data, put kid in the header, and use only aud, iss, iat, exp, jti, scope (and authorization_details for a system user). Remove sub and other extra claims – some Altinn examples have them, but Maskinporten refuses them.",
    },
    docs: JWTGRANT,
  },
  "MP-012": {
    title: { nb: "Grantet er brukt før", en: "The grant was used before" },
    cause: {
      nb: "Et JWT-grant kan bare brukes én gang: Maskinporten har sett denne jti-en før.",
      en: "A JWT grant can be used only once: Maskinporten has seen this jti before.",
    },
    fix: {
      nb: "Lag et nytt grant med ny jti (en UUID) for hver tokenforespørsel. Prøv igjen – veiviseren lager alltid et nytt grant.",
      en: "Build a new grant with a fresh jti (a UUID) for every token request. Try again – the wizard always builds a new grant.",
    },
    retryable: true,
    docs: FEILSOKING,
  },
  "MP-100": {
    title: { nb: "Klienten finnes ikke", en: "Client not found" },
    cause: {
      nb: "iss i grantet er ikke en klient-id Maskinporten kjenner i dette miljøet. Ofte er klienten laget i et annet miljø (test og produksjon har hver sine klienter), eller id-en er skrevet feil.",
      en: "The grant's iss is not a client id Maskinporten knows in this environment. Often the client was made in the other environment (test and production have separate clients), or the id has a typo.",
    },
    fix: {
      nb: "Kopier klient-id-en fra Samarbeidsportalen for riktig miljø og lim den inn i steg 3.",
      en: "Copy the client id from Samarbeidsportalen for the right environment and paste it in step 3.",
    },
    field: "clientId",
    docs: FEILSOKING,
  },
  "MP-110": {
    title: { nb: "Feil aud i grantet", en: "Wrong aud in the grant" },
    cause: {
      nb: "aud må være nøyaktig Maskinportens issuer (for eksempel https://test.maskinporten.no/ med skråstrek til slutt). Token-URL-en som aud er ikke lenger gyldig, og produksjonsverdien virker ikke i test.",
      en: "aud must be exactly Maskinporten's issuer (for example https://test.maskinporten.no/ with the trailing slash). The token URL as aud is no longer valid, and the production value does not work in test.",
    },
    fix: {
      nb: "Sett aud til issuer fra Maskinportens metadata (/.well-known/oauth-authorization-server) for miljøet du kaller, som én streng.",
      en: "Set aud to the issuer from Maskinporten's metadata (/.well-known/oauth-authorization-server) of the environment you call, as one string.",
    },
    docs: JWTGRANT,
  },
  "MP-120": {
    title: { nb: "Ukjent nøkkel (kid) for klienten", en: "Unknown key (kid) for the client" },
    cause: {
      nb: "kid i grantets header er ikke blant nøklene som er lastet opp på klienten, eller grantet er signert med et annet sertifikat enn det klienten er registrert med.",
      en: "The kid in the grant's header is not among the keys uploaded to the client, or the grant is signed with another certificate than the one the client is registered with.",
    },
    fix: {
      nb: "Last opp den offentlige JWK-en fra steg 3 på klienten (Klienter → klienten → Nøkler → «Legg til nøkkel»). Sjekk at kid er lik på begge sider.",
      en: 'Upload the public JWK from step 3 to the client (Clients → the client → Keys → "Add key"). Check that the kid matches on both sides.',
    },
    simHint: {
      nb: "I simulatoren: oppdater klienten i steg 3, så får den nøkkelen.",
      en: "In the simulator: update the client in step 3 and it gets the key.",
    },
    docs: FEILSOKING,
  },
  "MP-121": {
    title: { nb: "Nøkkelen er utløpt", en: "The key has expired" },
    cause: {
      nb: "Nøkler på en Maskinporten-klient gjelder ett år fra de ble lastet opp.",
      en: "Keys on a Maskinporten client are valid for one year from upload.",
    },
    fix: {
      nb: "Lag en ny nøkkel i steg 3, last den opp på klienten og fjern den gamle. Sett en påminnelse om å rotere før et år er gått.",
      en: "Make a new key in step 3, upload it to the client and remove the old one. Set a reminder to rotate before a year has passed.",
    },
    docs: FEILSOKING,
  },
  "MP-122": {
    title: {
      nb: "Sertifikatet tilhører en annen organisasjon",
      en: "The certificate belongs to another organisation",
    },
    cause: {
      nb: "Organisasjonsnummeret i virksomhetssertifikatet er ikke det samme som klientens eier.",
      en: "The organisation number in the business certificate differs from the client's owner.",
    },
    fix: {
      nb: "Bruk et sertifikat for organisasjonen som eier klienten – eller bruk en registrert nøkkel (kid) slik veiviseren gjør.",
      en: "Use a certificate of the organisation that owns the client – or use a registered key (kid) as the wizard does.",
    },
    docs: FEILSOKING,
  },
  "MP-123": {
    title: { nb: "Ugyldig x5c (virksomhetssertifikat)", en: "Invalid x5c (business certificate)" },
    cause: {
      nb: "Headeren hadde x5c som ikke kunne brukes: ikke en liste med hele sertifikatkjeden, eller et produksjonssertifikat i test.",
      en: "The header had an x5c that could not be used: not an array with the whole chain, or a production certificate in test.",
    },
    fix: {
      nb: "Klienter med registrert nøkkel skal bruke kid, ikke x5c. Fjern x5c og sett kid til nøkkelens id.",
      en: "Clients with a registered key must use kid, not x5c. Remove x5c and set kid to the key's id.",
    },
    simHint: {
      nb: "Simulatoren godtar ikke sertifikater (x5c) i det hele tatt.",
      en: "The simulator does not accept certificates (x5c) at all.",
    },
    docs: FEILSOKING,
  },
  "MP-124": {
    title: { nb: "Ugyldig signatur eller algoritme", en: "Invalid signature or algorithm" },
    cause: {
      nb: "Signaturen stemmer ikke med nøkkelen som er registrert for kid-en, eller alg er ikke RS256, RS384 eller RS512. Typisk er grantet signert med en annen privatnøkkel enn den som hører til den opplastede offentlige nøkkelen.",
      en: "The signature does not match the key registered for the kid, or alg is not RS256, RS384 or RS512. Typically the grant was signed with another private key than the one matching the uploaded public key.",
    },
    fix: {
      nb: "Signer med RS256 og privatnøkkelen som hører til JWK-en på klienten. Har du laget en ny nøkkel, må den nye offentlige nøkkelen lastes opp.",
      en: "Sign with RS256 and the private key matching the JWK on the client. If you made a new key, upload the new public key.",
    },
    docs: FEILSOKING,
  },
  "MP-130": {
    title: { nb: "Feil tid i grantet (iat/exp)", en: "Wrong time in the grant (iat/exp)" },
    cause: {
      nb: "iat må være innenfor ±10 sekunder av Maskinportens klokke, exp må være etter nå, og exp − iat kan ikke være over 120 sekunder. Oftest går klokken på maskinen som signerer feil.",
      en: "iat must be within ±10 seconds of Maskinporten's clock, exp must be after now, and exp − iat cannot exceed 120 seconds. Most often the signing machine's clock is off.",
    },
    fix: {
      nb: "Synkroniser klokken med NTP, sett iat til nå og exp til høyst iat + 120. Veiviseren viser klokkeavviket mot Maskinporten når et token er hentet.",
      en: "Synchronise the clock with NTP, set iat to now and exp to at most iat + 120. The wizard shows the clock offset from Maskinporten once a token is fetched.",
    },
    retryable: true,
    docs: JWTGRANT,
  },
  "MP-201": {
    title: { nb: "Scopet kan ikke brukes i Maskinporten", en: "The scope is not allowed in Maskinporten" },
    cause: {
      nb: "Scopet finnes, men er ikke tilgjengelig for Maskinporten-klienter.",
      en: "The scope exists but is not available to Maskinporten clients.",
    },
    fix: {
      nb: "Sjekk scopenavnet mot API-ets dokumentasjon og bruk scopet som er ment for Maskinporten.",
      en: "Check the scope name against the API's documentation and use the scope meant for Maskinporten.",
    },
    docs: FEILSOKING,
  },
  "MP-251": {
    title: {
      nb: "Scopet er ikke delegert til leverandøren",
      en: "The scope was not delegated to the supplier",
    },
    cause: {
      nb: "Kunden har ikke delegert tilgang til scopet til deg som leverandør i Altinn. Dette gjelder den gamle delegeringsmodellen, ikke systembruker.",
      en: "The customer has not delegated the scope to you as supplier in Altinn. This is the old delegation model, not system users.",
    },
    fix: {
      nb: "Bruk systembruker (steg 5–6) i stedet for consumer_org-delegering.",
      en: "Use a system user (steps 5–6) instead of consumer_org delegation.",
    },
    docs: FEILSOKING,
  },
  "MP-301": {
    title: { nb: "Ukjent type i authorization_details", en: "Unknown type in authorization_details" },
    cause: {
      nb: "authorization_details må være en liste med nøyaktig ett objekt med type urn:altinn:systemuser.",
      en: "authorization_details must be an array with exactly one object of type urn:altinn:systemuser.",
    },
    fix: {
      nb: 'Send [{"type":"urn:altinn:systemuser","systemuser_org":{…}}] – én kunde per grant.',
      en: 'Send [{"type":"urn:altinn:systemuser","systemuser_org":{…}}] – one customer per grant.',
    },
    docs: FEILSOKING,
  },
  "MP-302": {
    title: { nb: "Ukjent felt i authorization_details", en: "Unknown field in authorization_details" },
    cause: {
      nb: "Objektet i authorization_details hadde et felt utenom type, systemuser_org og externalRef (eller systemuser_org hadde noe utenom authority og ID).",
      en: "The object in authorization_details had a field other than type, systemuser_org and externalRef (or systemuser_org had something other than authority and ID).",
    },
    fix: { nb: "Fjern de ekstra feltene.", en: "Remove the extra fields." },
    docs: FEILSOKING,
  },
  "MP-303": {
    title: {
      nb: "Systembrukeren ble ikke funnet, eller authorization_details har ugyldige verdier",
      en: "No system user found, or invalid values in authorization_details",
    },
    cause: {
      nb: "Maskinporten fant ingen godkjent systembruker som passer: forespørselen er ikke godkjent ennå, systemet mangler klient-id-en din i clientId, externalRef i grantet er ikke den samme som i forespørselen, eller systemuser_org er feil kunde. Eller verdiene er ugyldige: systemuser_org.authority må være iso6523-actorid-upis og ID 0192:<orgnr>.",
      en: "Maskinporten found no approved system user that matches: the request is not approved yet, the system lacks your client id in clientId, the grant's externalRef differs from the request's, or systemuser_org is the wrong customer. Or the values are invalid: systemuser_org.authority must be iso6523-actorid-upis and ID 0192:<orgno>.",
    },
    fix: {
      nb: "Sjekk at kunden har godkjent (steg 5), at systemet i steg 4 har klient-id-en fra steg 3, og at grantet bruker samme externalRef og kundens organisasjonsnummer som forespørselen.",
      en: "Check that the customer has approved (step 5), that the system in step 4 has the client id from step 3, and that the grant uses the same externalRef and the customer's organisation number as the request.",
    },
    docs: MP303,
  },
  unsupported_grant_type: {
    title: { nb: "Ukjent grant_type", en: "Unsupported grant_type" },
    cause: {
      nb: "grant_type manglet eller var ikke urn:ietf:params:oauth:grant-type:jwt-bearer.",
      en: "grant_type was missing or not urn:ietf:params:oauth:grant-type:jwt-bearer.",
    },
    fix: {
      nb: "Send grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer sammen med assertion, som skjemadata.",
      en: "Send grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer with the assertion, as form data.",
    },
    docs: "https://docs.digdir.no/docs/Maskinporten/maskinporten_protocol_token",
  },
  invalid_altinn_customer_configuration: {
    title: { nb: "Systembrukeren ble ikke funnet", en: "No system user found" },
    cause: {
      nb: "Altinn fant ingen godkjent systembruker for kunden, systemet og klienten din. Vanlige årsaker: forespørselen er ikke godkjent ennå, systemet mangler klient-id-en i clientId, feil eller manglende externalRef, eller feil systemuser_org.",
      en: "Altinn found no approved system user for the customer, the system and your client. Common causes: the request is not approved yet, the system lacks the client id in clientId, a wrong or missing externalRef, or the wrong systemuser_org.",
    },
    fix: {
      nb: "Fullfør godkjenningen i steg 5, sjekk clientId på systemet i steg 4, og bruk samme externalRef i grantet som i forespørselen.",
      en: "Complete the approval in step 5, check the system's clientId in step 4, and use the same externalRef in the grant as in the request.",
    },
    docs: MP303,
  },
  "DS-SCOPE-NOT-GRANTED": {
    title: {
      nb: "Scopet er ikke tildelt organisasjonen",
      en: "The scope is not granted to the organisation",
    },
    cause: {
      nb: "Selvbetjeningen lar deg bare legge til scopes organisasjonen har fått tilgang til. Minst ett av scopene står som «Tilgang mangler».",
      en: 'Self-service lets you add only scopes your organisation has been granted. At least one of the scopes shows as "access missing".',
    },
    fix: {
      nb: "Få scopet tildelt i steg 2 først, og legg det så til på klienten.",
      en: "Get the scope granted in step 2 first, then add it to the client.",
    },
  },
  "DS-KID-IN-USE": {
    title: { nb: "kid er allerede i bruk", en: "The kid is already in use" },
    cause: {
      nb: "En kid må være unik på tvers av alle Maskinporten-kunder, og denne er allerede registrert på en annen klient.",
      en: "A kid must be unique across all Maskinporten customers, and this one is already registered on another client.",
    },
    fix: {
      nb: "Glem nøkkelen og lag en ny med en annen kid (standardverdien er tilfeldig og unik).",
      en: "Forget the key and make a new one with another kid (the default is random and unique).",
    },
    field: "kid",
  },
  "DS-INVALID-CLIENT": {
    title: { nb: "Selvbetjeningen avviste klientdataene", en: "Self-service refused the client data" },
    cause: {
      nb: "Klienten eller nøkkelen brøt en regel i selvbetjenings-API-et (for eksempel nøkkelstørrelse, alg eller antall nøkler). Se beskrivelsen i de tekniske detaljene.",
      en: "The client or key broke a rule of the self-service API (for example key size, alg or number of keys). See the description in the technical details.",
    },
    fix: {
      nb: "Rett det beskrivelsen nevner og prøv igjen. Nøkler må være RSA 2048 bit med RS256, høyst fem per klient.",
      en: "Fix what the description names and try again. Keys must be RSA 2048-bit with RS256, at most five per client.",
    },
  },
  "DS-UNAUTHORIZED": {
    title: { nb: "Ikke innlogget i selvbetjeningen", en: "Not logged in to self-service" },
    cause: {
      nb: "Innloggingen i selvbetjeningen mangler eller er utløpt.",
      en: "The self-service login is missing or expired.",
    },
    fix: { nb: "Prøv igjen; veiviseren logger inn på nytt.", en: "Try again; the wizard logs in again." },
    retryable: true,
  },
  "DS-FORBIDDEN": {
    title: {
      nb: "Klienten tilhører en annen organisasjon",
      en: "The client belongs to another organisation",
    },
    cause: {
      nb: "Klienten finnes, men eies ikke av organisasjonen du er logget inn som.",
      en: "The client exists but is not owned by the organisation you are logged in as.",
    },
    fix: {
      nb: "Sjekk organisasjonsnummeret i steg 1, eller opprett en ny klient.",
      en: "Check the organisation number in step 1, or create a new client.",
    },
  },
  "DS-NOT-FOUND": {
    title: { nb: "Klienten finnes ikke", en: "The client does not exist" },
    cause: {
      nb: "Selvbetjeningen kjenner ikke klient-id-en (den kan være slettet).",
      en: "Self-service does not know the client id (it may have been deleted).",
    },
    fix: { nb: "Opprett klienten på nytt i steg 3.", en: "Create the client again in step 3." },
    simHint: {
      nb: "I simulatoren forsvinner klienten også når sandkassen nullstilles.",
      en: "In the simulator the client also goes when the sandbox is reset.",
    },
  },
};
