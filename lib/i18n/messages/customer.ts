import { defineMessages } from "../types";

/** Step 5: the customer's access request, its approval and the return page. */
export const customerMessages = defineMessages({
  nb: {
    intro:
      "Kunden gir systemet ditt tilgang ved å godkjenne en forespørsel i Altinn. Du sender forespørselen herfra, gir kunden lenken, og veiviseren følger med på svaret.",
    formTitle: "Ny forespørsel",
    anotherRequest: "Send en ny forespørsel",
    customerLabel: "Kunde (partyOrgNo)",
    customerHint:
      "Organisasjonen som skal eie systembrukeren. I testmiljøet må det være en syntetisk Tenor-organisasjon.",
    customerPickerHint: "Syntetiske kunder i simulatoren. Daglig leder godkjenner.",
    customerOption: "{name} ({orgno}) – daglig leder {leader}",
    externalRefLabel: "Ekstern referanse (externalRef)",
    externalRefHint:
      "Din egen referanse til kunden. Den må brukes igjen når du henter token (steg 6). Bruk en ugjennomsiktig verdi uten personopplysninger.",
    newRef: "Lag ny referanse",
    rightsLegend: "Rettigheter som bes om",
    rightsHint: "Et utvalg av rettighetene systemet er registrert med.",
    packagesLegend: "Tilgangspakker som bes om",
    redirectLabel: "Redirect-URL",
    redirectHint: "Hvor kunden sendes etter svaret. Bare adresser registrert på systemet i steg 4.",
    redirectNone: "Ingen (Altinn viser sin egen sluttside)",
    submit: "Send forespørselen",
    pending: "Sender …",
    preview: "Forespørsel om systemtilgang (JSON)",
    outcome: {
      created: "Forespørselen er sendt. Gi kunden lenken under.",
      reused:
        "Det fantes allerede en forespørsel for samme system, kunde og referanse. Den brukes videre i stedet for å lage en ny.",
      pending: "En forespørsel venter allerede på svar (AUTH-00007). Den vises under.",
      alreadyApproved:
        "Kunden har allerede godkjent (AUTH-00004/00006). Veiviseren fant systembrukeren og går videre.",
      rejected:
        "Forespørselen med denne referansen er avvist. Slett den og send på nytt, eller send med ny referanse.",
      deleted: "Forespørselen er slettet.",
    },
    requestTitle: "Forespørselen",
    field: {
      id: "ID",
      customer: "Kunde",
      externalRef: "Ekstern referanse",
      status: "Status",
      confirmUrl: "Godkjenningslenke (confirmUrl)",
      systemUser: "Systembruker",
    },
    status: {
      New: "Venter på kunden",
      Accepted: "Godkjent",
      Rejected: "Avvist av kunden",
      Denied: "Avslått",
      Timedout: "Utløpt uten svar",
      NotFound: "Finnes ikke lenger hos Altinn",
      unknown: "Ukjent status: {status}",
    },
    confirmIntro:
      "Send lenken til en person med rett rolle hos kunden (f.eks. daglig leder). De logger inn i Altinn og godkjenner.",
    open: "Åpne i ny fane",
    qrLabel: "QR-kode for godkjenningslenken",
    untrustedUrl:
      "Lenken peker ikke til Altinns nettsted for dette miljøet ({host}). Den vises derfor bare som tekst. Ikke send den videre før du har sjekket den.",
    live: {
      checking: "Sjekker status …",
      waiting: "Sjekker igjen om {seconds} s.",
      final: "{status}",
      paused: "Automatisk sjekk er satt på pause.",
      error: "Kunne ikke hente status ({code}). Prøver igjen om {seconds} s.",
      checkNow: "Sjekk nå",
    },
    acceptedTitle: "Kunden har godkjent",
    acceptedBody: "Systembrukeren {id} er opprettet for {org}. Gå videre til steg 6 for å hente token.",
    acceptedNoUser:
      "Forespørselen er godkjent, men systembrukeren ble ikke funnet ennå. Sjekk igjen om litt.",
    rejectedTitle: "Kunden avviste forespørselen",
    rejectedBody: "Snakk med kunden, og send en ny forespørsel når de er klare.",
    timedoutTitle: "Forespørselen utløp",
    timedoutBody: "Kunden svarte ikke i tide. Send en ny forespørsel.",
    notFoundBody: "Altinn sletter forespørsler etter 28 dager. Send en ny.",
    resendSame: "Slett og send på nytt (samme referanse)",
    resendNew: "Send ny med ny referanse",
    resendTimedout: "Send en ny forespørsel",
    withdraw: "Trekk tilbake forespørselen",
    withdrawHint: "Sletter forespørselen hos Altinn, så lenken slutter å virke.",
    guide: {
      waitingTitle: "Forespørselen er sendt til {customer}",
      waitingSim:
        "I simulatoren spiller du kunden selv: åpne lenken og godkjenn som {leader}, daglig leder i {customer}. Etterpå sender Altinn deg tilbake hit, og veiviseren går videre til steg 6.",
      waitingReal:
        "Nå må kunden svare. Gi lenken under til daglig leder eller en annen med rett rolle hos {customer}: de logger inn i Altinn og godkjenner. Veiviseren ser svaret av seg selv.",
      approveAs: "Åpne lenken og godkjenn som {leader} (simulert Altinn)",
      approveAsNoName: "Åpne lenken og godkjenn som daglig leder (simulert Altinn)",
      approvedTitle: "{customer} har godkjent",
      approvedBody: "Systembrukeren er opprettet. Hent et token for den i steg 6.",
      goOn: "Videre til steg 6: hent token",
      changeTitle: "{customer} må godkjenne en endring",
      changeNeeded:
        "Systemet ditt tilbyr mer enn {customer} har godkjent ({missing}). En systembruker har bare det kunden har godkjent, så et token fra steg 6 mangler dette. Send en endringsforespørsel fra kundens rad under; kunden godkjenner den på samme måte som den første.",
      changeUnknown:
        "Systembrukeren til {customer} fantes fra før, så veiviseren vet ikke hva den har. Send en endringsforespørsel fra kundens rad under, så får den det systemet tilbyr nå.",
      changeWaitingTitle: "Endringsforespørselen venter på {customer}",
      changeWaitingSim:
        "Åpne lenken og godkjenn endringen som {leader}, daglig leder i {customer}. Altinn sender deg tilbake hit etterpå.",
      changeWaitingReal:
        "Gi kunden lenken på kundens rad under. Når de har godkjent endringen, har systembrukeren det systemet tilbyr nå.",
      endedTitle: "Forespørselen til {customer} er ikke godkjent",
      endedBody:
        "Status: {status}. En avvist eller utløpt forespørsel kan ikke godkjennes lenger; send en ny fra kundens rad under når kunden er klar.",
    },
    returnTitle: "Takk!",
    returnThanks:
      "Svaret ditt er registrert i Altinn. Du kan lukke dette vinduet; leverandøren får vite det.",
    returnVendor: "Velkommen tilbake. Veiviseren sjekker nå svaret på forespørselen.",
    returnLink: "Tilbake til steg 5",
  },
  nn: {
    intro:
      "Kunden gir systemet ditt tilgang ved å godkjenne ein førespurnad i Altinn. Du sender førespurnaden herifrå, gir kunden lenkja, og vegvisaren følgjer med på svaret.",
    formTitle: "Ny førespurnad",
    anotherRequest: "Send ein ny førespurnad",
    customerLabel: "Kunde (partyOrgNo)",
    customerHint:
      "Organisasjonen som skal eige systembrukaren. I testmiljøet må det vere ein syntetisk Tenor-organisasjon.",
    customerPickerHint: "Syntetiske kundar i simulatoren. Dagleg leiar godkjenner.",
    customerOption: "{name} ({orgno}) – dagleg leiar {leader}",
    externalRefLabel: "Ekstern referanse (externalRef)",
    externalRefHint:
      "Din eigen referanse til kunden. Han må brukast igjen når du hentar token (steg 6). Bruk ein ugjennomsiktig verdi utan personopplysningar.",
    newRef: "Lag ny referanse",
    rightsLegend: "Rettar det blir bede om",
    rightsHint: "Eit utval av rettane systemet er registrert med.",
    packagesLegend: "Tilgangspakkar det blir bede om",
    redirectLabel: "Redirect-URL",
    redirectHint: "Kvar kunden blir send etter svaret. Berre adresser registrerte på systemet i steg 4.",
    redirectNone: "Inga (Altinn viser si eiga sluttside)",
    submit: "Send førespurnaden",
    pending: "Sender …",
    preview: "Førespurnad om systemtilgang (JSON)",
    outcome: {
      created: "Førespurnaden er send. Gi kunden lenkja under.",
      reused:
        "Det fanst allereie ein førespurnad for same system, kunde og referanse. Han blir brukt vidare i staden for å lage ein ny.",
      pending: "Ein førespurnad ventar allereie på svar (AUTH-00007). Han blir vist under.",
      alreadyApproved:
        "Kunden har allereie godkjent (AUTH-00004/00006). Vegvisaren fann systembrukaren og går vidare.",
      rejected:
        "Førespurnaden med denne referansen er avvist. Slett han og send på nytt, eller send med ny referanse.",
      deleted: "Førespurnaden er sletta.",
    },
    requestTitle: "Førespurnaden",
    field: {
      id: "ID",
      customer: "Kunde",
      externalRef: "Ekstern referanse",
      status: "Status",
      confirmUrl: "Godkjenningslenkje (confirmUrl)",
      systemUser: "Systembrukar",
    },
    status: {
      New: "Ventar på kunden",
      Accepted: "Godkjend",
      Rejected: "Avvist av kunden",
      Denied: "Avslått",
      Timedout: "Gått ut utan svar",
      NotFound: "Finst ikkje lenger hos Altinn",
      unknown: "Ukjend status: {status}",
    },
    confirmIntro:
      "Send lenkja til ein person med rett rolle hos kunden (t.d. dagleg leiar). Dei loggar inn i Altinn og godkjenner.",
    open: "Opne i ny fane",
    qrLabel: "QR-kode for godkjenningslenkja",
    untrustedUrl:
      "Lenkja peikar ikkje til nettstaden til Altinn for dette miljøet ({host}). Ho blir difor berre vist som tekst. Ikkje send ho vidare før du har sjekka ho.",
    live: {
      checking: "Sjekkar status …",
      waiting: "Sjekkar igjen om {seconds} s.",
      final: "{status}",
      paused: "Automatisk sjekk er sett på pause.",
      error: "Kunne ikkje hente status ({code}). Prøver igjen om {seconds} s.",
      checkNow: "Sjekk no",
    },
    acceptedTitle: "Kunden har godkjent",
    acceptedBody: "Systembrukaren {id} er oppretta for {org}. Gå vidare til steg 6 for å hente token.",
    acceptedNoUser:
      "Førespurnaden er godkjend, men systembrukaren vart ikkje funnen enno. Sjekk igjen om litt.",
    rejectedTitle: "Kunden avviste førespurnaden",
    rejectedBody: "Snakk med kunden, og send ein ny førespurnad når dei er klare.",
    timedoutTitle: "Førespurnaden gjekk ut",
    timedoutBody: "Kunden svarte ikkje i tide. Send ein ny førespurnad.",
    notFoundBody: "Altinn slettar førespurnader etter 28 dagar. Send ein ny.",
    resendSame: "Slett og send på nytt (same referanse)",
    resendNew: "Send ny med ny referanse",
    resendTimedout: "Send ein ny førespurnad",
    withdraw: "Trekk tilbake førespurnaden",
    withdrawHint: "Slettar førespurnaden hos Altinn, så lenkja sluttar å verke.",
    guide: {
      waitingTitle: "Førespurnaden er send til {customer}",
      waitingSim:
        "I simulatoren speler du kunden sjølv: opne lenkja og godkjenn som {leader}, dagleg leiar i {customer}. Etterpå sender Altinn deg tilbake hit, og vegvisaren går vidare til steg 6.",
      waitingReal:
        "No må kunden svare. Gi lenkja under til dagleg leiar eller ein annan med rett rolle hos {customer}: dei loggar inn i Altinn og godkjenner. Vegvisaren ser svaret av seg sjølv.",
      approveAs: "Opne lenkja og godkjenn som {leader} (simulert Altinn)",
      approveAsNoName: "Opne lenkja og godkjenn som dagleg leiar (simulert Altinn)",
      approvedTitle: "{customer} har godkjent",
      approvedBody: "Systembrukaren er oppretta. Hent eit token for han i steg 6.",
      goOn: "Vidare til steg 6: hent token",
      changeTitle: "{customer} må godkjenne ei endring",
      changeNeeded:
        "Systemet ditt tilbyr meir enn {customer} har godkjent ({missing}). Ein systembrukar har berre det kunden har godkjent, så eit token frå steg 6 manglar dette. Send ein endringsførespurnad frå rada til kunden under; kunden godkjenner han på same måte som den første.",
      changeUnknown:
        "Systembrukaren til {customer} fanst frå før, så vegvisaren veit ikkje kva han har. Send ein endringsførespurnad frå rada til kunden under, så får han det systemet tilbyr no.",
      changeWaitingTitle: "Endringsførespurnaden ventar på {customer}",
      changeWaitingSim:
        "Opne lenkja og godkjenn endringa som {leader}, dagleg leiar i {customer}. Altinn sender deg tilbake hit etterpå.",
      changeWaitingReal:
        "Gi kunden lenkja på rada til kunden under. Når dei har godkjent endringa, har systembrukaren det systemet tilbyr no.",
      endedTitle: "Førespurnaden til {customer} er ikkje godkjend",
      endedBody:
        "Status: {status}. Ein avvist eller utgått førespurnad kan ikkje godkjennast lenger; send ein ny frå rada til kunden under når kunden er klar.",
    },
    returnTitle: "Takk!",
    returnThanks:
      "Svaret ditt er registrert i Altinn. Du kan lukke dette vindauget; leverandøren får vite det.",
    returnVendor: "Velkommen tilbake. Vegvisaren sjekkar no svaret på førespurnaden.",
    returnLink: "Tilbake til steg 5",
  },
  en: {
    intro:
      "The customer gives your system access by approving a request in Altinn. You send the request from here, give the customer the link, and the wizard follows the answer.",
    formTitle: "New request",
    anotherRequest: "Send a new request",
    customerLabel: "Customer (partyOrgNo)",
    customerHint:
      "The organisation that will own the system user. In the test environment it must be a synthetic Tenor organisation.",
    customerPickerHint: "Synthetic customers in the simulator. The general manager approves.",
    customerOption: "{name} ({orgno}) – general manager {leader}",
    externalRefLabel: "External reference (externalRef)",
    externalRefHint:
      "Your own reference for the customer. It must be used again when fetching the token (step 6). Use an opaque value without personal data.",
    newRef: "New reference",
    rightsLegend: "Rights requested",
    rightsHint: "A subset of the rights the system is registered with.",
    packagesLegend: "Access packages requested",
    redirectLabel: "Redirect URL",
    redirectHint:
      "Where the customer is sent after answering. Only addresses registered on the system in step 4.",
    redirectNone: "None (Altinn shows its own end page)",
    submit: "Send the request",
    pending: "Sending …",
    preview: "System access request (JSON)",
    outcome: {
      created: "The request is sent. Give the customer the link below.",
      reused:
        "A request for the same system, customer and reference already existed. It is used instead of making a new one.",
      pending: "A request is already waiting for an answer (AUTH-00007). It is shown below.",
      alreadyApproved:
        "The customer has already approved (AUTH-00004/00006). The wizard found the system user and carries on.",
      rejected:
        "The request with this reference was rejected. Delete it and send again, or send with a new reference.",
      deleted: "The request is deleted.",
    },
    requestTitle: "The request",
    field: {
      id: "Id",
      customer: "Customer",
      externalRef: "External reference",
      status: "Status",
      confirmUrl: "Approval link (confirmUrl)",
      systemUser: "System user",
    },
    status: {
      New: "Waiting for the customer",
      Accepted: "Approved",
      Rejected: "Rejected by the customer",
      Denied: "Denied",
      Timedout: "Expired without an answer",
      NotFound: "No longer exists in Altinn",
      unknown: "Unknown status: {status}",
    },
    confirmIntro:
      "Send the link to a person with the right role at the customer (e.g. the general manager). They log in to Altinn and approve.",
    open: "Open in a new tab",
    qrLabel: "QR code for the approval link",
    untrustedUrl:
      "The link does not point to Altinn's site for this environment ({host}). It is therefore shown as text only. Do not pass it on before checking it.",
    live: {
      checking: "Checking status …",
      waiting: "Checking again in {seconds} s.",
      final: "{status}",
      paused: "Automatic checking is paused.",
      error: "Could not fetch the status ({code}). Trying again in {seconds} s.",
      checkNow: "Check now",
    },
    acceptedTitle: "The customer approved",
    acceptedBody: "The system user {id} is created for {org}. Go on to step 6 to fetch a token.",
    acceptedNoUser:
      "The request is approved, but the system user was not found yet. Check again in a moment.",
    rejectedTitle: "The customer rejected the request",
    rejectedBody: "Talk to the customer, and send a new request when they are ready.",
    timedoutTitle: "The request expired",
    timedoutBody: "The customer did not answer in time. Send a new request.",
    notFoundBody: "Altinn deletes requests after 28 days. Send a new one.",
    resendSame: "Delete and send again (same reference)",
    resendNew: "Send a new one with a new reference",
    resendTimedout: "Send a new request",
    withdraw: "Withdraw the request",
    withdrawHint: "Deletes the request in Altinn, so the link stops working.",
    guide: {
      waitingTitle: "The request is sent to {customer}",
      waitingSim:
        "In the simulator you play the customer yourself: open the link and approve as {leader}, general manager of {customer}. Altinn then sends you back here, and the wizard goes on to step 6.",
      waitingReal:
        "Now the customer must answer. Give the link below to the general manager or someone else with the right role at {customer}: they log in to Altinn and approve. The wizard sees the answer by itself.",
      approveAs: "Open the link and approve as {leader} (simulated Altinn)",
      approveAsNoName: "Open the link and approve as the general manager (simulated Altinn)",
      approvedTitle: "{customer} has approved",
      approvedBody: "The system user is created. Fetch a token for it in step 6.",
      goOn: "On to step 6: fetch a token",
      changeTitle: "{customer} must approve a change",
      changeNeeded:
        "Your system offers more than {customer} approved ({missing}). A system user holds only what the customer approved, so a token from step 6 lacks it. Send a change request from the customer's row below; the customer approves it the same way as the first one.",
      changeUnknown:
        "{customer}'s system user existed already, so the wizard does not know what it holds. Send a change request from the customer's row below, so it gets what the system offers now.",
      changeWaitingTitle: "The change request waits for {customer}",
      changeWaitingSim:
        "Open the link and approve the change as {leader}, general manager of {customer}. Altinn sends you back here afterwards.",
      changeWaitingReal:
        "Give the customer the link on the customer's row below. Once they approved the change, the system user holds what the system offers now.",
      endedTitle: "The request to {customer} is not approved",
      endedBody:
        "Status: {status}. A rejected or expired request cannot be approved any more; send a new one from the customer's row below when the customer is ready.",
    },
    returnTitle: "Thank you!",
    returnThanks: "Your answer is registered in Altinn. You can close this window; the vendor will be told.",
    returnVendor: "Welcome back. The wizard is now checking the answer to the request.",
    returnLink: "Back to step 5",
  },
});

export type CustomerMessages = typeof customerMessages.nb;
