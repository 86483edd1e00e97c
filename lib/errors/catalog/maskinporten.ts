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
    title: {
      nb: "Ugyldig forespørsel eller grant",
      nn: "Ugyldig førespurnad eller grant",
      en: "Invalid request or grant",
    },
    cause: {
      nb: "Maskinporten kunne ikke lese forespørselen: kroppen var ikke application/x-www-form-urlencoded, assertion manglet eller var ikke en JWT, headeren manglet både kid og x5c, eller grantet hadde et claim som ikke er dokumentert (for eksempel sub).",
      nn: "Maskinporten kunne ikkje lese førespurnaden: kroppen var ikkje application/x-www-form-urlencoded, assertion mangla eller var ikkje ein JWT, headeren mangla både kid og x5c, eller grantet hadde eit claim som ikkje er dokumentert (til dømes sub).",
      en: "Maskinporten could not read the request: the body was not application/x-www-form-urlencoded, the assertion was missing or not a JWT, the header had neither kid nor x5c, or the grant carried an undocumented claim (such as sub).",
    },
    fix: {
      nb: "Send grant_type og assertion som skjemadata, sett kid i headeren, og bruk bare aud, iss, iat, exp, jti, scope (og authorization_details for systembruker). Fjern sub og andre ekstra claims – noen eksempler i Altinns dokumentasjon har dem, men Maskinporten avviser dem.",
      nn: "Send grant_type og assertion som skjemadata, set kid i headeren, og bruk berre aud, iss, iat, exp, jti, scope (og authorization_details for systembrukar). Fjern sub og andre ekstra claims – nokre døme i dokumentasjonen til Altinn har dei, men Maskinporten avviser dei.",
      en: "Send grant_type and assertion as form data, put kid in the header, and use only aud, iss, iat, exp, jti, scope (and authorization_details for a system user). Remove sub and other extra claims – some Altinn examples have them, but Maskinporten refuses them.",
    },
    docs: JWTGRANT,
  },
  "MP-012": {
    title: { nb: "Grantet er brukt før", nn: "Grantet er brukt før", en: "The grant was used before" },
    cause: {
      nb: "Et JWT-grant kan bare brukes én gang: Maskinporten har sett denne jti-en før.",
      nn: "Eit JWT-grant kan berre brukast éin gong: Maskinporten har sett denne jti-en før.",
      en: "A JWT grant can be used only once: Maskinporten has seen this jti before.",
    },
    fix: {
      nb: "Lag et nytt grant med ny jti (en UUID) for hver tokenforespørsel. Prøv igjen – veiviseren lager alltid et nytt grant.",
      nn: "Lag eit nytt grant med ny jti (ein UUID) for kvar tokenførespurnad. Prøv igjen – vegvisaren lagar alltid eit nytt grant.",
      en: "Build a new grant with a fresh jti (a UUID) for every token request. Try again – the wizard always builds a new grant.",
    },
    retryable: true,
    docs: FEILSOKING,
  },
  "MP-100": {
    title: { nb: "Klienten finnes ikke", nn: "Klienten finst ikkje", en: "Client not found" },
    cause: {
      nb: "iss i grantet er ikke en klient-id Maskinporten kjenner i dette miljøet. Ofte er klienten laget i et annet miljø (test og produksjon har hver sine klienter), eller id-en er skrevet feil.",
      nn: "iss i grantet er ikkje ein klient-id Maskinporten kjenner i dette miljøet. Ofte er klienten laga i eit anna miljø (test og produksjon har kvar sine klientar), eller id-en er skriven feil.",
      en: "The grant's iss is not a client id Maskinporten knows in this environment. Often the client was made in the other environment (test and production have separate clients), or the id has a typo.",
    },
    fix: {
      nb: "Kopier klient-id-en fra Samarbeidsportalen for riktig miljø og lim den inn i steg 3.",
      nn: "Kopier klient-id-en frå Samarbeidsportalen for rett miljø og lim han inn i steg 3.",
      en: "Copy the client id from Samarbeidsportalen for the right environment and paste it in step 3.",
    },
    field: "clientId",
    docs: FEILSOKING,
  },
  "MP-110": {
    title: { nb: "Feil aud i grantet", nn: "Feil aud i grantet", en: "Wrong aud in the grant" },
    cause: {
      nb: "aud må være nøyaktig Maskinportens issuer (for eksempel https://test.maskinporten.no/ med skråstrek til slutt). Token-URL-en som aud er ikke lenger gyldig, og produksjonsverdien virker ikke i test.",
      nn: "aud må vere nøyaktig issuer til Maskinporten (til dømes https://test.maskinporten.no/ med skråstrek til slutt). Token-URL-en som aud er ikkje lenger gyldig, og produksjonsverdien verkar ikkje i test.",
      en: "aud must be exactly Maskinporten's issuer (for example https://test.maskinporten.no/ with the trailing slash). The token URL as aud is no longer valid, and the production value does not work in test.",
    },
    fix: {
      nb: "Sett aud til issuer fra Maskinportens metadata (/.well-known/oauth-authorization-server) for miljøet du kaller, som én streng.",
      nn: "Set aud til issuer frå metadataa til Maskinporten (/.well-known/oauth-authorization-server) for miljøet du kallar, som éin streng.",
      en: "Set aud to the issuer from Maskinporten's metadata (/.well-known/oauth-authorization-server) of the environment you call, as one string.",
    },
    docs: JWTGRANT,
  },
  "MP-120": {
    title: {
      nb: "Ukjent nøkkel (kid) for klienten",
      nn: "Ukjend nøkkel (kid) for klienten",
      en: "Unknown key (kid) for the client",
    },
    cause: {
      nb: "kid i grantets header er ikke blant nøklene som er lastet opp på klienten, eller grantet er signert med et annet sertifikat enn det klienten er registrert med.",
      nn: "kid i headeren til grantet er ikkje blant nøklane som er lasta opp på klienten, eller grantet er signert med eit anna sertifikat enn det klienten er registrert med.",
      en: "The kid in the grant's header is not among the keys uploaded to the client, or the grant is signed with another certificate than the one the client is registered with.",
    },
    fix: {
      nb: "Last opp den offentlige JWK-en fra steg 3 på klienten (Klienter → klienten → Nøkler → «Legg til nøkkel»). Sjekk at kid er lik på begge sider.",
      nn: "Last opp den offentlege JWK-en frå steg 3 på klienten (Klientar → klienten → Nøklar → «Legg til nøkkel»). Sjekk at kid er lik på begge sider.",
      en: 'Upload the public JWK from step 3 to the client (Clients → the client → Keys → "Add key"). Check that the kid matches on both sides.',
    },
    simHint: {
      nb: "I simulatoren: oppdater klienten i steg 3, så får den nøkkelen.",
      nn: "I simulatoren: oppdater klienten i steg 3, så får han nøkkelen.",
      en: "In the simulator: update the client in step 3 and it gets the key.",
    },
    docs: FEILSOKING,
  },
  "MP-121": {
    title: { nb: "Nøkkelen er utløpt", nn: "Nøkkelen har gått ut", en: "The key has expired" },
    cause: {
      nb: "Nøkler på en Maskinporten-klient gjelder ett år fra de ble lastet opp.",
      nn: "Nøklar på ein Maskinporten-klient gjeld eitt år frå dei vart lasta opp.",
      en: "Keys on a Maskinporten client are valid for one year from upload.",
    },
    fix: {
      nb: "Lag en ny nøkkel i steg 3, last den opp på klienten og fjern den gamle. Sett en påminnelse om å rotere før et år er gått.",
      nn: "Lag ein ny nøkkel i steg 3, last han opp på klienten og fjern den gamle. Set ei påminning om å rotere før eitt år er gått.",
      en: "Make a new key in step 3, upload it to the client and remove the old one. Set a reminder to rotate before a year has passed.",
    },
    docs: FEILSOKING,
  },
  "MP-122": {
    title: {
      nb: "Sertifikatet tilhører en annen organisasjon",
      nn: "Sertifikatet høyrer til ein annan organisasjon",
      en: "The certificate belongs to another organisation",
    },
    cause: {
      nb: "Organisasjonsnummeret i virksomhetssertifikatet er ikke det samme som klientens eier.",
      nn: "Organisasjonsnummeret i verksemdssertifikatet er ikkje det same som eigaren av klienten.",
      en: "The organisation number in the business certificate differs from the client's owner.",
    },
    fix: {
      nb: "Bruk et sertifikat for organisasjonen som eier klienten – eller bruk en registrert nøkkel (kid) slik veiviseren gjør.",
      nn: "Bruk eit sertifikat for organisasjonen som eig klienten – eller bruk ein registrert nøkkel (kid) slik vegvisaren gjer.",
      en: "Use a certificate of the organisation that owns the client – or use a registered key (kid) as the wizard does.",
    },
    docs: FEILSOKING,
  },
  "MP-123": {
    title: {
      nb: "Ugyldig x5c (virksomhetssertifikat)",
      nn: "Ugyldig x5c (verksemdssertifikat)",
      en: "Invalid x5c (business certificate)",
    },
    cause: {
      nb: "Headeren hadde x5c som ikke kunne brukes: ikke en liste med hele sertifikatkjeden, eller et produksjonssertifikat i test.",
      nn: "Headeren hadde x5c som ikkje kunne brukast: ikkje ei liste med heile sertifikatkjeda, eller eit produksjonssertifikat i test.",
      en: "The header had an x5c that could not be used: not an array with the whole chain, or a production certificate in test.",
    },
    fix: {
      nb: "Klienter med registrert nøkkel skal bruke kid, ikke x5c. Fjern x5c og sett kid til nøkkelens id.",
      nn: "Klientar med registrert nøkkel skal bruke kid, ikkje x5c. Fjern x5c og set kid til id-en til nøkkelen.",
      en: "Clients with a registered key must use kid, not x5c. Remove x5c and set kid to the key's id.",
    },
    simHint: {
      nb: "Simulatoren godtar ikke sertifikater (x5c) i det hele tatt.",
      nn: "Simulatoren godtek ikkje sertifikat (x5c) i det heile.",
      en: "The simulator does not accept certificates (x5c) at all.",
    },
    docs: FEILSOKING,
  },
  "MP-124": {
    title: {
      nb: "Ugyldig signatur eller algoritme",
      nn: "Ugyldig signatur eller algoritme",
      en: "Invalid signature or algorithm",
    },
    cause: {
      nb: "Signaturen stemmer ikke med nøkkelen som er registrert for kid-en, eller alg er ikke RS256, RS384 eller RS512. Typisk er grantet signert med en annen privatnøkkel enn den som hører til den opplastede offentlige nøkkelen.",
      nn: "Signaturen stemmer ikkje med nøkkelen som er registrert for kid-en, eller alg er ikkje RS256, RS384 eller RS512. Typisk er grantet signert med ein annan privatnøkkel enn den som høyrer til den opplasta offentlege nøkkelen.",
      en: "The signature does not match the key registered for the kid, or alg is not RS256, RS384 or RS512. Typically the grant was signed with another private key than the one matching the uploaded public key.",
    },
    fix: {
      nb: "Signer med RS256 og privatnøkkelen som hører til JWK-en på klienten. Har du laget en ny nøkkel, må den nye offentlige nøkkelen lastes opp.",
      nn: "Signer med RS256 og privatnøkkelen som høyrer til JWK-en på klienten. Har du laga ein ny nøkkel, må den nye offentlege nøkkelen lastast opp.",
      en: "Sign with RS256 and the private key matching the JWK on the client. If you made a new key, upload the new public key.",
    },
    docs: FEILSOKING,
  },
  "MP-130": {
    title: {
      nb: "Feil tid i grantet (iat/exp)",
      nn: "Feil tid i grantet (iat/exp)",
      en: "Wrong time in the grant (iat/exp)",
    },
    cause: {
      nb: "iat må være innenfor ±10 sekunder av Maskinportens klokke, exp må være etter nå, og exp − iat kan ikke være over 120 sekunder. Oftest går klokken på maskinen som signerer feil.",
      nn: "iat må vere innanfor ±10 sekund av klokka til Maskinporten, exp må vere etter no, og exp − iat kan ikkje vere over 120 sekund. Oftast går klokka på maskinen som signerer, feil.",
      en: "iat must be within ±10 seconds of Maskinporten's clock, exp must be after now, and exp − iat cannot exceed 120 seconds. Most often the signing machine's clock is off.",
    },
    fix: {
      nb: "Synkroniser klokken med NTP, sett iat til nå og exp til høyst iat + 120. Veiviseren viser klokkeavviket mot Maskinporten når et token er hentet.",
      nn: "Synkroniser klokka med NTP, set iat til no og exp til høgst iat + 120. Vegvisaren viser klokkeavviket mot Maskinporten når eit token er henta.",
      en: "Synchronise the clock with NTP, set iat to now and exp to at most iat + 120. The wizard shows the clock offset from Maskinporten once a token is fetched.",
    },
    retryable: true,
    docs: JWTGRANT,
  },
  "MP-201": {
    title: {
      nb: "Scopet kan ikke brukes i Maskinporten",
      nn: "Scopet kan ikkje brukast i Maskinporten",
      en: "The scope is not allowed in Maskinporten",
    },
    cause: {
      nb: "Scopet finnes, men er ikke tilgjengelig for Maskinporten-klienter.",
      nn: "Scopet finst, men er ikkje tilgjengeleg for Maskinporten-klientar.",
      en: "The scope exists but is not available to Maskinporten clients.",
    },
    fix: {
      nb: "Sjekk scopenavnet mot API-ets dokumentasjon og bruk scopet som er ment for Maskinporten.",
      nn: "Sjekk scopenamnet mot dokumentasjonen til API-et og bruk scopet som er meint for Maskinporten.",
      en: "Check the scope name against the API's documentation and use the scope meant for Maskinporten.",
    },
    docs: FEILSOKING,
  },
  "MP-251": {
    title: {
      nb: "Scopet er ikke delegert til leverandøren",
      nn: "Scopet er ikkje delegert til leverandøren",
      en: "The scope was not delegated to the supplier",
    },
    cause: {
      nb: "Kunden har ikke delegert tilgang til scopet til deg som leverandør i Altinn. Dette gjelder den gamle delegeringsmodellen, ikke systembruker.",
      nn: "Kunden har ikkje delegert tilgang til scopet til deg som leverandør i Altinn. Dette gjeld den gamle delegeringsmodellen, ikkje systembrukar.",
      en: "The customer has not delegated the scope to you as supplier in Altinn. This is the old delegation model, not system users.",
    },
    fix: {
      nb: "Bruk systembruker (steg 5–6) i stedet for consumer_org-delegering.",
      nn: "Bruk systembrukar (steg 5–6) i staden for consumer_org-delegering.",
      en: "Use a system user (steps 5–6) instead of consumer_org delegation.",
    },
    docs: FEILSOKING,
  },
  "MP-301": {
    title: {
      nb: "Ukjent type i authorization_details",
      nn: "Ukjend type i authorization_details",
      en: "Unknown type in authorization_details",
    },
    cause: {
      nb: "authorization_details må være en liste med nøyaktig ett objekt med type urn:altinn:systemuser.",
      nn: "authorization_details må vere ei liste med nøyaktig eitt objekt med type urn:altinn:systemuser.",
      en: "authorization_details must be an array with exactly one object of type urn:altinn:systemuser.",
    },
    fix: {
      nb: 'Send [{"type":"urn:altinn:systemuser","systemuser_org":{…}}] – én kunde per grant.',
      nn: 'Send [{"type":"urn:altinn:systemuser","systemuser_org":{…}}] – éin kunde per grant.',
      en: 'Send [{"type":"urn:altinn:systemuser","systemuser_org":{…}}] – one customer per grant.',
    },
    docs: FEILSOKING,
  },
  "MP-302": {
    title: {
      nb: "Ukjent felt i authorization_details",
      nn: "Ukjend felt i authorization_details",
      en: "Unknown field in authorization_details",
    },
    cause: {
      nb: "Objektet i authorization_details hadde et felt utenom type, systemuser_org og externalRef (eller systemuser_org hadde noe utenom authority og ID).",
      nn: "Objektet i authorization_details hadde eit felt utanom type, systemuser_org og externalRef (eller systemuser_org hadde noko utanom authority og ID).",
      en: "The object in authorization_details had a field other than type, systemuser_org and externalRef (or systemuser_org had something other than authority and ID).",
    },
    fix: { nb: "Fjern de ekstra feltene.", nn: "Fjern dei ekstra felta.", en: "Remove the extra fields." },
    docs: FEILSOKING,
  },
  "MP-303": {
    title: {
      nb: "Systembrukeren ble ikke funnet, eller authorization_details har ugyldige verdier",
      nn: "Systembrukaren vart ikkje funnen, eller authorization_details har ugyldige verdiar",
      en: "No system user found, or invalid values in authorization_details",
    },
    cause: {
      nb: "Maskinporten fant ingen godkjent systembruker som passer: forespørselen er ikke godkjent ennå, systemet mangler klient-id-en din i clientId, externalRef i grantet er ikke den samme som i forespørselen, eller systemuser_org er feil kunde. Eller verdiene er ugyldige: systemuser_org.authority må være iso6523-actorid-upis og ID 0192:<orgnr>.",
      nn: "Maskinporten fann ingen godkjend systembrukar som passar: førespurnaden er ikkje godkjend enno, systemet manglar klient-id-en din i clientId, externalRef i grantet er ikkje den same som i førespurnaden, eller systemuser_org er feil kunde. Eller verdiane er ugyldige: systemuser_org.authority må vere iso6523-actorid-upis og ID 0192:<orgnr>.",
      en: "Maskinporten found no approved system user that matches: the request is not approved yet, the system lacks your client id in clientId, the grant's externalRef differs from the request's, or systemuser_org is the wrong customer. Or the values are invalid: systemuser_org.authority must be iso6523-actorid-upis and ID 0192:<orgno>.",
    },
    fix: {
      nb: "Sjekk at kunden har godkjent (steg 5), at systemet i steg 4 har klient-id-en fra steg 3, og at grantet bruker samme externalRef og kundens organisasjonsnummer som forespørselen.",
      nn: "Sjekk at kunden har godkjent (steg 5), at systemet i steg 4 har klient-id-en frå steg 3, og at grantet bruker same externalRef og organisasjonsnummeret til kunden som førespurnaden.",
      en: "Check that the customer has approved (step 5), that the system in step 4 has the client id from step 3, and that the grant uses the same externalRef and the customer's organisation number as the request.",
    },
    docs: MP303,
  },
  unsupported_grant_type: {
    title: { nb: "Ukjent grant_type", nn: "Ukjend grant_type", en: "Unsupported grant_type" },
    cause: {
      nb: "grant_type manglet eller var ikke urn:ietf:params:oauth:grant-type:jwt-bearer.",
      nn: "grant_type mangla eller var ikkje urn:ietf:params:oauth:grant-type:jwt-bearer.",
      en: "grant_type was missing or not urn:ietf:params:oauth:grant-type:jwt-bearer.",
    },
    fix: {
      nb: "Send grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer sammen med assertion, som skjemadata.",
      nn: "Send grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer saman med assertion, som skjemadata.",
      en: "Send grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer with the assertion, as form data.",
    },
    docs: "https://docs.digdir.no/docs/Maskinporten/maskinporten_protocol_token",
  },
  invalid_altinn_customer_configuration: {
    title: {
      nb: "Systembrukeren ble ikke funnet",
      nn: "Systembrukaren vart ikkje funnen",
      en: "No system user found",
    },
    cause: {
      nb: "Altinn fant ingen godkjent systembruker for kunden, systemet og klienten din. Vanlige årsaker: forespørselen er ikke godkjent ennå, systemet mangler klient-id-en i clientId, feil eller manglende externalRef, eller feil systemuser_org.",
      nn: "Altinn fann ingen godkjend systembrukar for kunden, systemet og klienten din. Vanlege årsaker: førespurnaden er ikkje godkjend enno, systemet manglar klient-id-en i clientId, feil eller manglande externalRef, eller feil systemuser_org.",
      en: "Altinn found no approved system user for the customer, the system and your client. Common causes: the request is not approved yet, the system lacks the client id in clientId, a wrong or missing externalRef, or the wrong systemuser_org.",
    },
    fix: {
      nb: "Fullfør godkjenningen i steg 5, sjekk clientId på systemet i steg 4, og bruk samme externalRef i grantet som i forespørselen.",
      nn: "Fullfør godkjenninga i steg 5, sjekk clientId på systemet i steg 4, og bruk same externalRef i grantet som i førespurnaden.",
      en: "Complete the approval in step 5, check the system's clientId in step 4, and use the same externalRef in the grant as in the request.",
    },
    docs: MP303,
  },
  "DS-SCOPE-NOT-GRANTED": {
    title: {
      nb: "Scopet er ikke tildelt organisasjonen",
      nn: "Scopet er ikkje tildelt organisasjonen",
      en: "The scope is not granted to the organisation",
    },
    cause: {
      nb: "Selvbetjeningen lar deg bare legge til scopes organisasjonen har fått tilgang til. Minst ett av scopene står som «Tilgang mangler».",
      nn: "Sjølvbetjeninga lèt deg berre leggje til scopes organisasjonen har fått tilgang til. Minst eitt av scopa står som «Tilgang manglar».",
      en: 'Self-service lets you add only scopes your organisation has been granted. At least one of the scopes shows as "access missing".',
    },
    fix: {
      nb: "Få scopet tildelt i steg 2 først, og legg det så til på klienten.",
      nn: "Få scopet tildelt i steg 2 først, og legg det så til på klienten.",
      en: "Get the scope granted in step 2 first, then add it to the client.",
    },
  },
  "DS-KID-IN-USE": {
    title: { nb: "kid er allerede i bruk", nn: "kid er allereie i bruk", en: "The kid is already in use" },
    cause: {
      nb: "En kid må være unik på tvers av alle Maskinporten-kunder, og denne er allerede registrert på en annen klient.",
      nn: "Ein kid må vere unik på tvers av alle Maskinporten-kundar, og denne er allereie registrert på ein annan klient.",
      en: "A kid must be unique across all Maskinporten customers, and this one is already registered on another client.",
    },
    fix: {
      nb: "Glem nøkkelen og lag en ny med en annen kid (standardverdien er tilfeldig og unik).",
      nn: "Gløym nøkkelen og lag ein ny med ein annan kid (standardverdien er tilfeldig og unik).",
      en: "Forget the key and make a new one with another kid (the default is random and unique).",
    },
    field: "kid",
  },
  "DS-INVALID-CLIENT": {
    title: {
      nb: "Selvbetjeningen avviste klientdataene",
      nn: "Sjølvbetjeninga avviste klientdataa",
      en: "Self-service refused the client data",
    },
    cause: {
      nb: "Klienten eller nøkkelen brøt en regel i selvbetjenings-API-et (for eksempel nøkkelstørrelse, alg eller antall nøkler). Se beskrivelsen i de tekniske detaljene.",
      nn: "Klienten eller nøkkelen braut ein regel i sjølvbetjenings-API-et (til dømes nøkkelstorleik, alg eller talet på nøklar). Sjå skildringa i dei tekniske detaljane.",
      en: "The client or key broke a rule of the self-service API (for example key size, alg or number of keys). See the description in the technical details.",
    },
    fix: {
      nb: "Rett det beskrivelsen nevner og prøv igjen. Nøkler må være RSA 2048 bit med RS256, høyst fem per klient.",
      nn: "Rett det skildringa nemner, og prøv igjen. Nøklar må vere RSA 2048 bit med RS256, høgst fem per klient.",
      en: "Fix what the description names and try again. Keys must be RSA 2048-bit with RS256, at most five per client.",
    },
  },
  "DS-UNAUTHORIZED": {
    title: {
      nb: "Ikke innlogget i selvbetjeningen",
      nn: "Ikkje innlogga i sjølvbetjeninga",
      en: "Not logged in to self-service",
    },
    cause: {
      nb: "Innloggingen i selvbetjeningen mangler eller er utløpt.",
      nn: "Innlogginga i sjølvbetjeninga manglar eller har gått ut.",
      en: "The self-service login is missing or expired.",
    },
    fix: {
      nb: "Prøv igjen; veiviseren logger inn på nytt.",
      nn: "Prøv igjen; vegvisaren loggar inn på nytt.",
      en: "Try again; the wizard logs in again.",
    },
    retryable: true,
  },
  "DS-FORBIDDEN": {
    title: {
      nb: "Klienten tilhører en annen organisasjon",
      nn: "Klienten høyrer til ein annan organisasjon",
      en: "The client belongs to another organisation",
    },
    cause: {
      nb: "Klienten finnes, men eies ikke av organisasjonen du er logget inn som.",
      nn: "Klienten finst, men er ikkje eigd av organisasjonen du er logga inn som.",
      en: "The client exists but is not owned by the organisation you are logged in as.",
    },
    fix: {
      nb: "Sjekk organisasjonsnummeret i steg 1, eller opprett en ny klient.",
      nn: "Sjekk organisasjonsnummeret i steg 1, eller opprett ein ny klient.",
      en: "Check the organisation number in step 1, or create a new client.",
    },
  },
  "DS-NOT-FOUND": {
    title: { nb: "Klienten finnes ikke", nn: "Klienten finst ikkje", en: "The client does not exist" },
    cause: {
      nb: "Selvbetjeningen kjenner ikke klient-id-en (den kan være slettet).",
      nn: "Sjølvbetjeninga kjenner ikkje klient-id-en (han kan vere sletta).",
      en: "Self-service does not know the client id (it may have been deleted).",
    },
    fix: {
      nb: "Opprett klienten på nytt i steg 3.",
      nn: "Opprett klienten på nytt i steg 3.",
      en: "Create the client again in step 3.",
    },
    simHint: {
      nb: "I simulatoren forsvinner klienten også når sandkassen nullstilles.",
      nn: "I simulatoren forsvinn klienten òg når sandkassa blir nullstilt.",
      en: "In the simulator the client also goes when the sandbox is reset.",
    },
  },
};
