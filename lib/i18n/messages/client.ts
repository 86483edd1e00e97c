import { defineMessages } from "../types";

/** Step 3: key, Maskinporten client and test token. */
export const client = defineMessages({
  nb: {
    validation: {
      kidFormat: "Bruk bare bokstaver A–Z, tall, punktum, bindestrek og understrek, høyst 64 tegn.",
      clientIdFormat: "Klient-id-en kan bare ha bokstaver, tall og . _ : - (vanligvis en UUID).",
      confirmKeyUploaded: "Bekreft at den offentlige nøkkelen er lastet opp på klienten.",
      confirmScopesAdded: "Bekreft at scopene er lagt til på klienten.",
    },
    keyErrors: {
      unreadable:
        "Nøkkelen kunne ikke leses. Lim inn hele PEM-blokken (med BEGIN/END-linjene) eller en gyldig JWK.",
      encrypted:
        "Nøkkelen er kryptert med passord. Dekrypter den først, for eksempel med: openssl pkcs8 -in key.pem -out plain.pem",
      publicOnly:
        "Dette er en offentlig nøkkel eller et sertifikat. Veiviseren trenger privatnøkkelen for å signere.",
      notRsa: "Nøkkelen er ikke en RSA-nøkkel. Maskinporten godtar bare RSA med RS256.",
      wrongSize: "Nøkkelen er {bits} bit. Digdir godtar bare RSA-nøkler på nøyaktig 2048 bit.",
      kidMissing: "Oppgi en kid – PEM-nøkler har ingen.",
      kidInvalid: "JWK-ens kid har ugyldige tegn. Skriv inn en kid i feltet.",
    },
    keyTitle: "1. Nøkkel",
    keyIntro:
      "Klienten autentiserer seg med en RSA-nøkkel: veiviseren signerer grantet med privatnøkkelen, og Maskinporten sjekker det mot den offentlige nøkkelen på klienten. Digdir godtar bare RSA 2048 bit med RS256.",
    modeLegend: "Hvordan vil du skaffe nøkkelen?",
    modes: {
      generate: "Lag en ny nøkkel her (RSA 2048)",
      pem: "Importer en privatnøkkel som PEM (PKCS#8 eller PKCS#1)",
      jwk: "Importer en privatnøkkel som JWK",
    },
    kidLabel: "Nøkkel-id (kid)",
    kidHint:
      "Bokstaver, tall, punktum, bindestrek og understrek, høyst 64 tegn. Må være unik hos Maskinporten.",
    kidHintJwk: "La feltet stå tomt for å bruke JWK-ens egen kid.",
    textLabel: { pem: "Privatnøkkel (PEM)", jwk: "Privatnøkkel (JWK)" },
    textHint: "Nøkkelen lagres kryptert i denne nettleserens sesjon og vises aldri på siden.",
    createKey: "Lag nøkkel",
    importKey: "Importer nøkkel",
    keyReady: "Nøkkelen er klar.",
    kid: "kid",
    source: { generated: "Laget i veiviseren", pem: "Importert fra PEM", jwk: "Importert fra JWK" },
    createdAt: "Laget",
    publicJwk: "Offentlig nøkkel (JWK) – lim inn i Samarbeidsportalen",
    jwks: "JWKS – for selvbetjenings-API-et (POST /clients/{id}/jwks)",
    downloadJwk: "Last ned JWK",
    downloadJwks: "Last ned JWKS",
    privateTitle: "Privatnøkkel",
    privateOnce:
      "Du kan laste ned privatnøkkelen (PKCS#8 PEM) én gang. Systemet ditt trenger den for å hente tokens i drift. Oppbevar den som en hemmelighet.",
    downloadPrivate: "Last ned privatnøkkelen (én gang)",
    downloaded:
      "Privatnøkkelen er lastet ned og kan ikke lastes ned igjen. Veiviseren har den fortsatt kryptert i sesjonen, så den kan signere resten av stegene.",
    downloadFailed: "Nedlastingen mislyktes. Prøv igjen.",
    forgetKey: "Glem nøkkelen / lag en ny",
    forgetConfirm:
      "Nøkkelen slettes fra denne nettleseren. Den nye nøkkelen må lastes opp på klienten, og testtokenet må hentes på nytt.",
    forgetYes: "Glem nøkkelen",
    cancel: "Avbryt",
    forgotten: "Nøkkelen er glemt.",
    clientTitle: "2. Maskinporten-klient",
    needKeyFirst: "Lag eller importer en nøkkel først.",
    simIntro:
      "I simulatoren oppretter veiviseren klienten gjennom det simulerte selvbetjenings-API-et: POST /clients/ med scopene fra steg 2, deretter POST /clients/{id}/jwks med den offentlige nøkkelen. Et nytt forsøk gjenbruker klienten.",
    createSim: "Opprett klienten i simulatoren",
    updateSim: "Oppdater klienten (scopes og nøkkel)",
    manualIntro: "Lag klienten i Samarbeidsportalen og lim inn klient-id-en her.",
    manualSteps: [
      "Logg inn i Samarbeidsportalen ({portal}) og velg organisasjonen din.",
      "Velg Klienter → «Ny klient» → Maskinporten, og gi klienten et navn og en beskrivelse.",
      "Åpne klienten → Nøkler → «Legg til nøkkel», og lim inn den offentlige JWK-en over.",
      "Åpne klientens Scopes-fane og legg til scopene under.",
      "Kopier klient-id-en og lim den inn i feltet.",
    ],
    portalLink: "Åpne Samarbeidsportalen",
    clientIdLabel: "Klient-id",
    clientIdHint: "Står øverst på klientens side i Samarbeidsportalen, vanligvis en UUID.",
    keyUploadedLabel: "Jeg har lastet opp den offentlige nøkkelen med kid {kid} på klienten",
    scopesAddedLabel: "Jeg har lagt til scopene på klientens Scopes-fane",
    saveClient: "Lagre klienten",
    clientSaved: "Klienten er lagret.",
    clientId: "Klient-id",
    clientScopes: "Scopes på klienten",
    clientKid: "Registrert nøkkel (kid)",
    origin: {
      "self-service": "Opprettet gjennom selvbetjenings-API-et",
      manual: "Oppgitt fra Samarbeidsportalen",
    },
    keyMismatch:
      "Klienten har nøkkelen {clientKid} registrert, men nøkkelen din er {kid}. Oppdater klienten med den nye nøkkelen.",
    scopesMismatch: "Scopene på klienten stemmer ikke med valget i steg 2. Oppdater klienten.",
    tokenTitle: "3. Testtoken",
    tokenIntro:
      "Veiviseren signerer et JWT-grant med nøkkelen din og ber Maskinporten om et token med de tre Altinn-scopene, og deretter om et med Skatteetaten-scopene du valgte. Lykkes begge, er klient, nøkkel og scopes satt opp riktig.",
    endpoint: "Token-endepunkt",
    issuer: "Issuer (aud i grantet)",
    fetchToken: "Hent testtoken",
    fetchAgain: "Hent nytt testtoken",
    needClientFirst: "Opprett eller oppgi klienten først.",
    tokenOk: "Maskinporten utstedte et token på {ms} ms. Steg 3 er fullført.",
    grantTitle: "Grantet som ble signert (header og claims)",
    lastToken: "Sist hentede token",
    scopeCheck: {
      title: "Skatteetatens scopes",
      intro:
        "Veiviseren ber også om et vanlig token med Skatteetaten-scopene du valgte i steg 2. Maskinporten sjekker scopene før systembrukeren, så feil her ville ellers først vist seg i steg 6, etter at kunden har godkjent.",
      status: {
        ok: "OK: på klienten og tildelt",
        "MP-200": "MP-200: ikke på klienten",
        "MP-250": "MP-250: ikke tildelt organisasjonen",
        unchecked: "Ikke sjekket ennå: Maskinporten stopper ved første feil. Rett den og hent på nytt.",
      },
      notDone:
        "Altinn-tokenet ble utstedt, men ikke alle Skatteetaten-scopene er i orden. Steg 3 er ikke fullført før de er det.",
    },
  },
  nn: {
    validation: {
      kidFormat: "Bruk berre bokstavane A–Z, tal, punktum, bindestrek og understrek, høgst 64 teikn.",
      clientIdFormat: "Klient-id-en kan berre ha bokstavar, tal og . _ : - (vanlegvis ein UUID).",
      confirmKeyUploaded: "Stadfest at den offentlege nøkkelen er lasta opp på klienten.",
      confirmScopesAdded: "Stadfest at scopa er lagde til på klienten.",
    },
    keyErrors: {
      unreadable:
        "Nøkkelen kunne ikkje lesast. Lim inn heile PEM-blokka (med BEGIN/END-linjene) eller ein gyldig JWK.",
      encrypted:
        "Nøkkelen er kryptert med passord. Dekrypter han først, til dømes med: openssl pkcs8 -in key.pem -out plain.pem",
      publicOnly:
        "Dette er ein offentleg nøkkel eller eit sertifikat. Vegvisaren treng privatnøkkelen for å signere.",
      notRsa: "Nøkkelen er ikkje ein RSA-nøkkel. Maskinporten godtek berre RSA med RS256.",
      wrongSize: "Nøkkelen er {bits} bit. Digdir godtek berre RSA-nøklar på nøyaktig 2048 bit.",
      kidMissing: "Oppgi ein kid – PEM-nøklar har ingen.",
      kidInvalid: "kid-en til JWK-en har ugyldige teikn. Skriv inn ein kid i feltet.",
    },
    keyTitle: "1. Nøkkel",
    keyIntro:
      "Klienten autentiserer seg med ein RSA-nøkkel: vegvisaren signerer grantet med privatnøkkelen, og Maskinporten sjekkar det mot den offentlege nøkkelen på klienten. Digdir godtek berre RSA 2048 bit med RS256.",
    modeLegend: "Korleis vil du skaffe nøkkelen?",
    modes: {
      generate: "Lag ein ny nøkkel her (RSA 2048)",
      pem: "Importer ein privatnøkkel som PEM (PKCS#8 eller PKCS#1)",
      jwk: "Importer ein privatnøkkel som JWK",
    },
    kidLabel: "Nøkkel-id (kid)",
    kidHint:
      "Bokstavar, tal, punktum, bindestrek og understrek, høgst 64 teikn. Må vere unik hos Maskinporten.",
    kidHintJwk: "La feltet stå tomt for å bruke den eigne kid-en til JWK-en.",
    textLabel: { pem: "Privatnøkkel (PEM)", jwk: "Privatnøkkel (JWK)" },
    textHint: "Nøkkelen blir lagra kryptert i økta til denne nettlesaren og blir aldri vist på sida.",
    createKey: "Lag nøkkel",
    importKey: "Importer nøkkel",
    keyReady: "Nøkkelen er klar.",
    kid: "kid",
    source: { generated: "Laga i vegvisaren", pem: "Importert frå PEM", jwk: "Importert frå JWK" },
    createdAt: "Laga",
    publicJwk: "Offentleg nøkkel (JWK) – lim inn i Samarbeidsportalen",
    jwks: "JWKS – for sjølvbetjenings-API-et (POST /clients/{id}/jwks)",
    downloadJwk: "Last ned JWK",
    downloadJwks: "Last ned JWKS",
    privateTitle: "Privatnøkkel",
    privateOnce:
      "Du kan laste ned privatnøkkelen (PKCS#8 PEM) éin gong. Systemet ditt treng han for å hente token i drift. Oppbevar han som ein løyndom.",
    downloadPrivate: "Last ned privatnøkkelen (éin gong)",
    downloaded:
      "Privatnøkkelen er lasta ned og kan ikkje lastast ned igjen. Vegvisaren har han framleis kryptert i økta, så han kan signere resten av stega.",
    downloadFailed: "Nedlastinga feila. Prøv igjen.",
    forgetKey: "Gløym nøkkelen / lag ein ny",
    forgetConfirm:
      "Nøkkelen blir sletta frå denne nettlesaren. Den nye nøkkelen må lastast opp på klienten, og testtokenet må hentast på nytt.",
    forgetYes: "Gløym nøkkelen",
    cancel: "Avbryt",
    forgotten: "Nøkkelen er gløymd.",
    clientTitle: "2. Maskinporten-klient",
    needKeyFirst: "Lag eller importer ein nøkkel først.",
    simIntro:
      "I simulatoren opprettar vegvisaren klienten gjennom det simulerte sjølvbetjenings-API-et: POST /clients/ med scopa frå steg 2, deretter POST /clients/{id}/jwks med den offentlege nøkkelen. Eit nytt forsøk bruker klienten om att.",
    createSim: "Opprett klienten i simulatoren",
    updateSim: "Oppdater klienten (scopes og nøkkel)",
    manualIntro: "Lag klienten i Samarbeidsportalen og lim inn klient-id-en her.",
    manualSteps: [
      "Logg inn i Samarbeidsportalen ({portal}) og vel organisasjonen din.",
      "Vel Klientar → «Ny klient» → Maskinporten, og gi klienten eit namn og ei skildring.",
      "Opne klienten → Nøklar → «Legg til nøkkel», og lim inn den offentlege JWK-en over.",
      "Opne Scopes-fana til klienten og legg til scopa under.",
      "Kopier klient-id-en og lim han inn i feltet.",
    ],
    portalLink: "Opne Samarbeidsportalen",
    clientIdLabel: "Klient-id",
    clientIdHint: "Står øvst på sida til klienten i Samarbeidsportalen, vanlegvis ein UUID.",
    keyUploadedLabel: "Eg har lasta opp den offentlege nøkkelen med kid {kid} på klienten",
    scopesAddedLabel: "Eg har lagt til scopa på Scopes-fana til klienten",
    saveClient: "Lagre klienten",
    clientSaved: "Klienten er lagra.",
    clientId: "Klient-id",
    clientScopes: "Scopes på klienten",
    clientKid: "Registrert nøkkel (kid)",
    origin: {
      "self-service": "Oppretta gjennom sjølvbetjenings-API-et",
      manual: "Oppgitt frå Samarbeidsportalen",
    },
    keyMismatch:
      "Klienten har nøkkelen {clientKid} registrert, men nøkkelen din er {kid}. Oppdater klienten med den nye nøkkelen.",
    scopesMismatch: "Scopa på klienten stemmer ikkje med valet i steg 2. Oppdater klienten.",
    tokenTitle: "3. Testtoken",
    tokenIntro:
      "Vegvisaren signerer eit JWT-grant med nøkkelen din og ber Maskinporten om eit token med dei tre Altinn-scopa, og deretter om eitt med Skatteetaten-scopa du valde. Lukkast begge, er klient, nøkkel og scopes sette opp rett.",
    endpoint: "Token-endepunkt",
    issuer: "Issuer (aud i grantet)",
    fetchToken: "Hent testtoken",
    fetchAgain: "Hent nytt testtoken",
    needClientFirst: "Opprett eller oppgi klienten først.",
    tokenOk: "Maskinporten utferda eit token på {ms} ms. Steg 3 er fullført.",
    grantTitle: "Grantet som vart signert (header og claims)",
    lastToken: "Sist henta token",
    scopeCheck: {
      title: "Scopa til Skatteetaten",
      intro:
        "Vegvisaren ber òg om eit vanleg token med Skatteetaten-scopa du valde i steg 2. Maskinporten sjekkar scopa før systembrukaren, så feil her ville elles først vist seg i steg 6, etter at kunden har godkjent.",
      status: {
        ok: "OK: på klienten og tildelt",
        "MP-200": "MP-200: ikkje på klienten",
        "MP-250": "MP-250: ikkje tildelt organisasjonen",
        unchecked: "Ikkje sjekka enno: Maskinporten stoppar ved første feil. Rett han og hent på nytt.",
      },
      notDone:
        "Altinn-tokenet vart utferda, men ikkje alle Skatteetaten-scopa er i orden. Steg 3 er ikkje fullført før dei er det.",
    },
  },
  en: {
    validation: {
      kidFormat: "Use only letters A–Z, digits, dot, hyphen and underscore, at most 64 characters.",
      clientIdFormat: "The client id may only contain letters, digits and . _ : - (usually a UUID).",
      confirmKeyUploaded: "Confirm that the public key is uploaded to the client.",
      confirmScopesAdded: "Confirm that the scopes are added to the client.",
    },
    keyErrors: {
      unreadable:
        "The key could not be read. Paste the whole PEM block (with the BEGIN/END lines) or a valid JWK.",
      encrypted:
        "The key is password-encrypted. Decrypt it first, for example: openssl pkcs8 -in key.pem -out plain.pem",
      publicOnly: "This is a public key or a certificate. The wizard needs the private key to sign.",
      notRsa: "The key is not an RSA key. Maskinporten accepts only RSA with RS256.",
      wrongSize: "The key is {bits} bits. Digdir accepts only RSA keys of exactly 2048 bits.",
      kidMissing: "Enter a kid – PEM keys have none.",
      kidInvalid: "The JWK's kid has invalid characters. Enter a kid in the field.",
    },
    keyTitle: "1. Key",
    keyIntro:
      "The client authenticates with an RSA key: the wizard signs the grant with the private key, and Maskinporten checks it against the public key on the client. Digdir accepts only RSA 2048-bit with RS256.",
    modeLegend: "How do you want to get the key?",
    modes: {
      generate: "Create a new key here (RSA 2048)",
      pem: "Import a private key as PEM (PKCS#8 or PKCS#1)",
      jwk: "Import a private key as JWK",
    },
    kidLabel: "Key id (kid)",
    kidHint:
      "Letters, digits, dot, hyphen and underscore, at most 64 characters. Must be unique at Maskinporten.",
    kidHintJwk: "Leave empty to use the JWK's own kid.",
    textLabel: { pem: "Private key (PEM)", jwk: "Private key (JWK)" },
    textHint: "The key is stored encrypted in this browser's session and never shown on the page.",
    createKey: "Create key",
    importKey: "Import key",
    keyReady: "The key is ready.",
    kid: "kid",
    source: { generated: "Created in the wizard", pem: "Imported from PEM", jwk: "Imported from JWK" },
    createdAt: "Created",
    publicJwk: "Public key (JWK) – paste into Samarbeidsportalen",
    jwks: "JWKS – for the self-service API (POST /clients/{id}/jwks)",
    downloadJwk: "Download JWK",
    downloadJwks: "Download JWKS",
    privateTitle: "Private key",
    privateOnce:
      "You can download the private key (PKCS#8 PEM) once. Your system needs it to fetch tokens in production. Keep it secret.",
    downloadPrivate: "Download the private key (once)",
    downloaded:
      "The private key was downloaded and cannot be downloaded again. The wizard still holds it encrypted in the session, so it can sign in the remaining steps.",
    downloadFailed: "The download failed. Try again.",
    forgetKey: "Forget key / make a new one",
    forgetConfirm:
      "The key is removed from this browser. The new key must be uploaded to the client, and the test token fetched again.",
    forgetYes: "Forget the key",
    cancel: "Cancel",
    forgotten: "The key is forgotten.",
    clientTitle: "2. Maskinporten client",
    needKeyFirst: "Create or import a key first.",
    simIntro:
      "In the simulator the wizard creates the client through the simulated self-service API: POST /clients/ with the scopes from step 2, then POST /clients/{id}/jwks with the public key. A retry reuses the client.",
    createSim: "Create the client in the simulator",
    updateSim: "Update the client (scopes and key)",
    manualIntro: "Create the client in Samarbeidsportalen and paste its client id here.",
    manualSteps: [
      "Log in to Samarbeidsportalen ({portal}) and choose your organisation.",
      'Choose Klienter (Clients) → "Ny klient" (new client) → Maskinporten, and give the client a name and a description.',
      'Open the client → Nøkler (Keys) → "Legg til nøkkel" (add key), and paste the public JWK above.',
      "Open the client's Scopes tab and add the scopes below.",
      "Copy the client id and paste it into the field.",
    ],
    portalLink: "Open Samarbeidsportalen",
    clientIdLabel: "Client id",
    clientIdHint: "Shown at the top of the client's page in Samarbeidsportalen, usually a UUID.",
    keyUploadedLabel: "I have uploaded the public key with kid {kid} to the client",
    scopesAddedLabel: "I have added the scopes on the client's Scopes tab",
    saveClient: "Save the client",
    clientSaved: "The client is saved.",
    clientId: "Client id",
    clientScopes: "Scopes on the client",
    clientKid: "Registered key (kid)",
    origin: {
      "self-service": "Created through the self-service API",
      manual: "Entered from Samarbeidsportalen",
    },
    keyMismatch:
      "The client has the key {clientKid} registered, but your key is {kid}. Update the client with the new key.",
    scopesMismatch: "The client's scopes do not match the choice in step 2. Update the client.",
    tokenTitle: "3. Test token",
    tokenIntro:
      "The wizard signs a JWT grant with your key and asks Maskinporten for a token with the three Altinn scopes, then for one with the Skatteetaten scopes you chose. If both work, the client, key and scopes are set up correctly.",
    endpoint: "Token endpoint",
    issuer: "Issuer (the grant's aud)",
    fetchToken: "Fetch test token",
    fetchAgain: "Fetch a new test token",
    needClientFirst: "Create or enter the client first.",
    tokenOk: "Maskinporten issued a token in {ms} ms. Step 3 is complete.",
    grantTitle: "The grant that was signed (header and claims)",
    lastToken: "Last token fetched",
    scopeCheck: {
      title: "Skatteetaten's scopes",
      intro:
        "The wizard also asks for a plain token with the Skatteetaten scopes you chose in step 2. Maskinporten checks the scopes before the system user, so problems here would otherwise show only in step 6, after the customer approved.",
      status: {
        ok: "OK: on the client and granted",
        "MP-200": "MP-200: not on the client",
        "MP-250": "MP-250: not granted to the organisation",
        unchecked: "Not checked yet: Maskinporten stops at the first problem. Fix it and fetch again.",
      },
      notDone:
        "The Altinn token was issued, but not every Skatteetaten scope is in order. Step 3 is not complete until they are.",
    },
  },
});

export type ClientMessages = typeof client.nb;
