import { defineMessages } from "../types";

/** Step 6: the system-user token, the system user in Altinn, and the MP-303 diagnoses. */
type Mp303Text = { title: string; cause: string; fix: string };

export const tokenMessages = defineMessages({
  nb: {
    intro:
      "Kunden har godkjent. Nå henter systemet et Maskinporten-token på vegne av kundens systembruker: det samme JWT-grant-et som i steg 3, men med authorization_details som peker på kunden, og med scopene til Skatteetatens API-er i stedet for Altinn-scopene.",
    grantHeading: "Dette ber grant-et om",
    scopeLabel: "Scope",
    customerLabel: "Kunde (systemuser_org)",
    externalRefLabel: "externalRef (samme som i forespørselen)",
    authorizationDetailsLabel: "authorization_details i grant-et",
    fetch: "Hent token med systembruker",
    fetchAgain: "Hent nytt token",
    fetching: "Henter token …",
    fetched: "Token hentet på {ms} ms.",
    clockOffset: "Klokkeavvik mot Maskinporten: {s} s.",
    clockOffsetLarge:
      "Klokken din går {s} s feil i forhold til Maskinporten. Over 10 s avvises grant-et (MP-130).",
    expires:
      "Tokenet utløper {time} (systembrukertokener varer som oftest 2 minutter). Steg 7 gjenbruker det til kort før det utløper.",
    tokenHeading: "Systembrukertokenet",
    tokenIntro:
      "Legg merke til authorization_details: systemuser_id og system_id er lagt til av Maskinporten etter oppslag i Altinn. consumer er deg (leverandøren), systemuser_org er kunden.",
    grantSentHeading: "Grant-et som ble signert (uten signatur)",
    systemUserHeading: "Systembrukeren i Altinn",
    systemUserIntro:
      "Bekreftet med GET systemuser/vendor/byquery på system-id, kundens organisasjonsnummer og externalRef.",
    systemUserFields: {
      id: "Id (systemuser_id i tokenet)",
      systemId: "System (system_id)",
      reporteeOrgNo: "Eies av (kundens organisasjonsnummer)",
      externalRef: "externalRef",
      userType: "Type",
    },
    userTypes: { standard: "standard (egen virksomhet)", agent: "agent (klientsystem)" },
    systemUserMissing:
      "Tokenet ble utstedt, men Altinn fant ingen systembruker med byquery. Det kan ta et øyeblikk før en ny systembruker er synlig; prøv igjen.",
    mismatch: "Tokenet peker på en annen systembruker ({token}) enn Altinn viser ({altinn}).",
    snippetsHeading: "Gjør det samme fra ditt eget system",
    stepDone: "Steg 6 er fullført. Gå videre og kall Skatteetaten.",
    locked: "Steg 6 krever at kunden har godkjent forespørselen i steg 5.",
    mp303: {
      "grant-invalid": {
        title: "authorization_details har feil form",
        cause:
          "Maskinporten avviste selve authorization_details-objektet (ukjent felt, feil authority eller et organisasjonsnummer som ikke er 0192:<9 siffer>).",
        fix: "Objektet skal ha type urn:altinn:systemuser, systemuser_org {authority: iso6523-actorid-upis, ID: 0192:{org}} og eventuelt externalRef – ingenting annet. Veiviseren bygger det slik; kom du hit med egen kode, sammenlign med snutten under.",
      },
      "system-missing": {
        title: "Systemet finnes ikke i Altinn",
        cause:
          "Systemet {systemId} finnes ikke (lenger) i systemregisteret, så Maskinporten kan ikke knytte klienten til noen systembruker.",
        fix: "Registrer systemet på nytt i steg {step}, og send deretter en ny forespørsel til kunden.",
      },
      "client-not-on-system": {
        title: "Klient-id-en mangler på systemet",
        cause:
          "Maskinporten-klienten {clientId} står ikke i systemets clientId-liste (registrert: {registered}). Maskinporten slår opp systembrukeren via systemet klienten er knyttet til.",
        fix: "Oppdater systemet i steg {step} slik at clientId inneholder {clientId} (PUT erstatter hele definisjonen, så veiviseren sender alt på nytt). Systembrukeren trenger ikke godkjennes på nytt.",
      },
      "wrong-org": {
        title: "Feil organisasjon i systemuser_org",
        cause:
          "Grant-et ba om systembrukeren til {org}, men systembrukeren (eller forespørselen) tilhører {expectedOrg}. systemuser_org skal være organisasjonen som eier systembrukeren – kunden, ikke deg.",
        fix: "Bruk kundens organisasjonsnummer {expectedOrg} i systemuser_org, eller send en forespørsel til {org} i steg {step}.",
      },
      "external-ref-mismatch": {
        title: "externalRef stemmer ikke",
        cause:
          "Grant-et brukte externalRef «{externalRef}», men forespørselen kunden godkjente ble sendt med «{expectedRef}». Maskinporten krever nøyaktig samme externalRef (uten externalRef brukes kundens organisasjonsnummer).",
        fix: "Bruk externalRef «{expectedRef}» i authorization_details, eller send en ny forespørsel med «{externalRef}» i steg {step}.",
      },
      "request-missing": {
        title: "Ingen forespørsel eller systembruker for kunden",
        cause:
          "Altinn har verken en forespørsel eller en systembruker for system {systemId}, kunde {org} og externalRef «{externalRef}». Forespørselen kan være slettet eller arkivert (Altinn sletter forespørsler etter 28 dager).",
        fix: "Send en ny forespørsel i steg {step} og få kunden til å godkjenne den.",
      },
      "not-approved": {
        title: "Kunden har ikke godkjent ennå",
        cause:
          "Forespørselen har status {status}. Systembrukeren blir først til når en person med rett rolle hos kunden godkjenner på confirmUrl.",
        fix: "Send confirmUrl fra steg {step} til kunden (for eksempel daglig leder) og vent til statusen er Accepted. Prøv så igjen.",
      },
      rejected: {
        title: "Kunden avslo forespørselen",
        cause: "Forespørselen har status {status}, så det finnes ingen systembruker.",
        fix: "Avklar med kunden, slett forespørselen og send en ny i steg {step}.",
      },
      "timed-out": {
        title: "Forespørselen er utløpt",
        cause: "Forespørselen ble ikke besvart i tide og har status {status}.",
        fix: "Send en ny forespørsel i steg {step} og be kunden godkjenne den med én gang.",
      },
      "system-user-deleted": {
        title: "Kunden har slettet systemtilgangen",
        cause:
          "Forespørselen ble godkjent, men systembrukeren finnes ikke lenger: kunden (eller en administrator hos kunden) har trukket tilbake systemtilgangen i Altinn.",
        fix: "Avklar med kunden, og send en ny forespørsel i steg {step}. Bruk gjerne en ny externalRef, så den ikke blandes med den gamle.",
      },
      "agent-system-user": {
        title: "Systembrukeren er en agent (klientsystembruker)",
        cause:
          "Systembrukeren er av typen agent. For agent-systembrukere skal systemuser_org være regnskapsførerens organisasjon, ikke klientens.",
        fix: "Bruk organisasjonen som eier agent-systembrukeren i systemuser_org, eller send en vanlig forespørsel (standard) i steg {step}.",
      },
      propagation: {
        title: "Alt ser riktig ut i Altinn",
        cause:
          "Systemet har klient-id-en, forespørselen er godkjent og systembrukeren finnes for {org} med externalRef «{externalRef}». En nylig godkjenning kan bruke litt tid på å nå Maskinporten.",
        fix: "Vent et halvt minutt og prøv igjen. Vedvarer feilen, kontakt Digdir og oppgi klient-id {clientId}.",
      },
      unchecked: {
        title: "Maskinporten fant ingen systembruker",
        cause:
          "Veiviseren fikk ikke sjekket årsaken i Altinn. Vanlige årsaker: kunden har ikke godkjent ennå, klient-id-en {clientId} mangler på systemet, externalRef i grant-et er ikke den fra forespørselen, eller systemuser_org er ikke kundens organisasjon.",
        fix: "Sjekk forespørselens status i steg 5 og systemets clientId i steg 4, og prøv igjen.",
      },
    } satisfies Record<string, Mp303Text>,
  },
  nn: {
    intro:
      "Kunden har godkjent. No hentar systemet eit Maskinporten-token på vegner av systembrukaren til kunden: det same JWT-grant-et som i steg 3, men med authorization_details som peikar på kunden, og med scopa til API-a til Skatteetaten i staden for Altinn-scopa.",
    grantHeading: "Dette ber grant-et om",
    scopeLabel: "Scope",
    customerLabel: "Kunde (systemuser_org)",
    externalRefLabel: "externalRef (same som i førespurnaden)",
    authorizationDetailsLabel: "authorization_details i grant-et",
    fetch: "Hent token med systembrukar",
    fetchAgain: "Hent nytt token",
    fetching: "Hentar token …",
    fetched: "Token henta på {ms} ms.",
    clockOffset: "Klokkeavvik mot Maskinporten: {s} s.",
    clockOffsetLarge:
      "Klokka di går {s} s feil i høve til Maskinporten. Over 10 s blir grant-et avvist (MP-130).",
    expires:
      "Tokenet går ut {time} (systembrukartoken varer som oftast 2 minutt). Steg 7 bruker det om att til kort før det går ut.",
    tokenHeading: "Systembrukartokenet",
    tokenIntro:
      "Legg merke til authorization_details: systemuser_id og system_id er lagde til av Maskinporten etter oppslag i Altinn. consumer er deg (leverandøren), systemuser_org er kunden.",
    grantSentHeading: "Grant-et som vart signert (utan signatur)",
    systemUserHeading: "Systembrukaren i Altinn",
    systemUserIntro:
      "Stadfesta med GET systemuser/vendor/byquery på system-id, organisasjonsnummeret til kunden og externalRef.",
    systemUserFields: {
      id: "Id (systemuser_id i tokenet)",
      systemId: "System (system_id)",
      reporteeOrgNo: "Eigd av (organisasjonsnummeret til kunden)",
      externalRef: "externalRef",
      userType: "Type",
    },
    userTypes: { standard: "standard (eiga verksemd)", agent: "agent (klientsystem)" },
    systemUserMissing:
      "Tokenet vart utferda, men Altinn fann ingen systembrukar med byquery. Det kan ta ei lita stund før ein ny systembrukar er synleg; prøv igjen.",
    mismatch: "Tokenet peikar på ein annan systembrukar ({token}) enn Altinn viser ({altinn}).",
    snippetsHeading: "Gjer det same frå ditt eige system",
    stepDone: "Steg 6 er fullført. Gå vidare og kall Skatteetaten.",
    locked: "Steg 6 krev at kunden har godkjent førespurnaden i steg 5.",
    mp303: {
      "grant-invalid": {
        title: "authorization_details har feil form",
        cause:
          "Maskinporten avviste sjølve authorization_details-objektet (ukjent felt, feil authority eller eit organisasjonsnummer som ikkje er 0192:<9 siffer>).",
        fix: "Objektet skal ha type urn:altinn:systemuser, systemuser_org {authority: iso6523-actorid-upis, ID: 0192:{org}} og eventuelt externalRef – ingenting anna. Vegvisaren byggjer det slik; kom du hit med eigen kode, samanlikn med snutten under.",
      },
      "system-missing": {
        title: "Systemet finst ikkje i Altinn",
        cause:
          "Systemet {systemId} finst ikkje (lenger) i systemregisteret, så Maskinporten kan ikkje knyte klienten til nokon systembrukar.",
        fix: "Registrer systemet på nytt i steg {step}, og send deretter ein ny førespurnad til kunden.",
      },
      "client-not-on-system": {
        title: "Klient-id-en manglar på systemet",
        cause:
          "Maskinporten-klienten {clientId} står ikkje i clientId-lista til systemet (registrert: {registered}). Maskinporten slår opp systembrukaren via systemet klienten er knytt til.",
        fix: "Oppdater systemet i steg {step} slik at clientId inneheld {clientId} (PUT erstattar heile definisjonen, så vegvisaren sender alt på nytt). Systembrukaren treng ikkje godkjennast på nytt.",
      },
      "wrong-org": {
        title: "Feil organisasjon i systemuser_org",
        cause:
          "Grant-et bad om systembrukaren til {org}, men systembrukaren (eller førespurnaden) høyrer til {expectedOrg}. systemuser_org skal vere organisasjonen som eig systembrukaren – kunden, ikkje deg.",
        fix: "Bruk organisasjonsnummeret til kunden, {expectedOrg}, i systemuser_org, eller send ein førespurnad til {org} i steg {step}.",
      },
      "external-ref-mismatch": {
        title: "externalRef stemmer ikkje",
        cause:
          "Grant-et brukte externalRef «{externalRef}», men førespurnaden kunden godkjende, vart send med «{expectedRef}». Maskinporten krev nøyaktig same externalRef (utan externalRef blir organisasjonsnummeret til kunden brukt).",
        fix: "Bruk externalRef «{expectedRef}» i authorization_details, eller send ein ny førespurnad med «{externalRef}» i steg {step}.",
      },
      "request-missing": {
        title: "Ingen førespurnad eller systembrukar for kunden",
        cause:
          "Altinn har korkje ein førespurnad eller ein systembrukar for system {systemId}, kunde {org} og externalRef «{externalRef}». Førespurnaden kan vere sletta eller arkivert (Altinn slettar førespurnader etter 28 dagar).",
        fix: "Send ein ny førespurnad i steg {step} og få kunden til å godkjenne han.",
      },
      "not-approved": {
        title: "Kunden har ikkje godkjent enno",
        cause:
          "Førespurnaden har status {status}. Systembrukaren blir først til når ein person med rett rolle hos kunden godkjenner på confirmUrl.",
        fix: "Send confirmUrl frå steg {step} til kunden (til dømes dagleg leiar) og vent til statusen er Accepted. Prøv så igjen.",
      },
      rejected: {
        title: "Kunden avslo førespurnaden",
        cause: "Førespurnaden har status {status}, så det finst ingen systembrukar.",
        fix: "Avklar med kunden, slett førespurnaden og send ein ny i steg {step}.",
      },
      "timed-out": {
        title: "Førespurnaden har gått ut",
        cause: "Førespurnaden vart ikkje svart på i tide og har status {status}.",
        fix: "Send ein ny førespurnad i steg {step} og be kunden godkjenne han med ein gong.",
      },
      "system-user-deleted": {
        title: "Kunden har sletta systemtilgangen",
        cause:
          "Førespurnaden vart godkjend, men systembrukaren finst ikkje lenger: kunden (eller ein administrator hos kunden) har trekt tilbake systemtilgangen i Altinn.",
        fix: "Avklar med kunden, og send ein ny førespurnad i steg {step}. Bruk gjerne ein ny externalRef, så han ikkje blir blanda med den gamle.",
      },
      "agent-system-user": {
        title: "Systembrukaren er ein agent (klientsystembrukar)",
        cause:
          "Systembrukaren er av typen agent. For agent-systembrukarar skal systemuser_org vere organisasjonen til rekneskapsføraren, ikkje klienten sin.",
        fix: "Bruk organisasjonen som eig agent-systembrukaren, i systemuser_org, eller send ein vanleg førespurnad (standard) i steg {step}.",
      },
      propagation: {
        title: "Alt ser rett ut i Altinn",
        cause:
          "Systemet har klient-id-en, førespurnaden er godkjend, og systembrukaren finst for {org} med externalRef «{externalRef}». Ei nyleg godkjenning kan bruke litt tid på å nå Maskinporten.",
        fix: "Vent eit halvt minutt og prøv igjen. Held feilen fram, kontakt Digdir og oppgi klient-id {clientId}.",
      },
      unchecked: {
        title: "Maskinporten fann ingen systembrukar",
        cause:
          "Vegvisaren fekk ikkje sjekka årsaka i Altinn. Vanlege årsaker: kunden har ikkje godkjent enno, klient-id-en {clientId} manglar på systemet, externalRef i grant-et er ikkje den frå førespurnaden, eller systemuser_org er ikkje organisasjonen til kunden.",
        fix: "Sjekk statusen til førespurnaden i steg 5 og clientId til systemet i steg 4, og prøv igjen.",
      },
    } satisfies Record<string, Mp303Text>,
  },
  en: {
    intro:
      "The customer has approved. Now the system fetches a Maskinporten token on behalf of the customer's system user: the same JWT grant as in step 3, but with authorization_details pointing at the customer, and with the scopes of Skatteetaten's APIs instead of the Altinn scopes.",
    grantHeading: "What the grant asks for",
    scopeLabel: "Scope",
    customerLabel: "Customer (systemuser_org)",
    externalRefLabel: "externalRef (the same as in the request)",
    authorizationDetailsLabel: "authorization_details in the grant",
    fetch: "Fetch the system-user token",
    fetchAgain: "Fetch a new token",
    fetching: "Fetching token …",
    fetched: "Token fetched in {ms} ms.",
    clockOffset: "Clock offset from Maskinporten: {s} s.",
    clockOffsetLarge:
      "Your clock is {s} s off from Maskinporten's. Beyond 10 s the grant is refused (MP-130).",
    expires:
      "The token expires {time} (system-user tokens usually last 2 minutes). Step 7 reuses it until shortly before it expires.",
    tokenHeading: "The system-user token",
    tokenIntro:
      "Note authorization_details: Maskinporten added systemuser_id and system_id after looking them up in Altinn. consumer is you (the vendor), systemuser_org is the customer.",
    grantSentHeading: "The grant that was signed (without the signature)",
    systemUserHeading: "The system user in Altinn",
    systemUserIntro:
      "Confirmed with GET systemuser/vendor/byquery on the system id, the customer's organisation number and externalRef.",
    systemUserFields: {
      id: "Id (systemuser_id in the token)",
      systemId: "System (system_id)",
      reporteeOrgNo: "Owned by (the customer's organisation number)",
      externalRef: "externalRef",
      userType: "Type",
    },
    userTypes: { standard: "standard (own organisation)", agent: "agent (client system)" },
    systemUserMissing:
      "The token was issued, but Altinn found no system user with byquery. A new system user can take a moment to show up; try again.",
    mismatch: "The token points at a different system user ({token}) than Altinn shows ({altinn}).",
    snippetsHeading: "Do the same from your own system",
    stepDone: "Step 6 is done. Go on and call Skatteetaten.",
    locked: "Step 6 needs the customer to have approved the request in step 5.",
    mp303: {
      "grant-invalid": {
        title: "authorization_details has the wrong shape",
        cause:
          "Maskinporten refused the authorization_details object itself (an unknown field, a wrong authority or an organisation number that is not 0192:<9 digits>).",
        fix: "The object must have type urn:altinn:systemuser, systemuser_org {authority: iso6523-actorid-upis, ID: 0192:{org}} and optionally externalRef – nothing else. The wizard builds it that way; if you got here with your own code, compare with the snippet below.",
      },
      "system-missing": {
        title: "The system does not exist in Altinn",
        cause:
          "The system {systemId} is not (or no longer) in the system register, so Maskinporten cannot tie the client to any system user.",
        fix: "Register the system again in step {step}, then send the customer a new request.",
      },
      "client-not-on-system": {
        title: "The client id is missing on the system",
        cause:
          "The Maskinporten client {clientId} is not in the system's clientId list (registered: {registered}). Maskinporten finds the system user through the system the client belongs to.",
        fix: "Update the system in step {step} so clientId contains {clientId} (PUT replaces the whole definition, so the wizard sends everything again). The system user need not be approved again.",
      },
      "wrong-org": {
        title: "Wrong organisation in systemuser_org",
        cause:
          "The grant asked for the system user of {org}, but the system user (or the request) belongs to {expectedOrg}. systemuser_org must be the organisation that owns the system user – the customer, not you.",
        fix: "Use the customer's organisation number {expectedOrg} in systemuser_org, or send a request to {org} in step {step}.",
      },
      "external-ref-mismatch": {
        title: "externalRef does not match",
        cause:
          "The grant used externalRef “{externalRef}”, but the request the customer approved was sent with “{expectedRef}”. Maskinporten requires exactly the same externalRef (without one, the customer's organisation number is used).",
        fix: "Use externalRef “{expectedRef}” in authorization_details, or send a new request with “{externalRef}” in step {step}.",
      },
      "request-missing": {
        title: "No request or system user for the customer",
        cause:
          "Altinn has neither a request nor a system user for system {systemId}, customer {org} and externalRef “{externalRef}”. The request may have been deleted or archived (Altinn deletes requests after 28 days).",
        fix: "Send a new request in step {step} and have the customer approve it.",
      },
      "not-approved": {
        title: "The customer has not approved yet",
        cause:
          "The request has status {status}. The system user only comes into being when a person with the right role at the customer approves at the confirmUrl.",
        fix: "Send the confirmUrl from step {step} to the customer (for example the general manager) and wait until the status is Accepted. Then try again.",
      },
      rejected: {
        title: "The customer rejected the request",
        cause: "The request has status {status}, so there is no system user.",
        fix: "Talk to the customer, delete the request and send a new one in step {step}.",
      },
      "timed-out": {
        title: "The request has expired",
        cause: "The request was not answered in time and has status {status}.",
        fix: "Send a new request in step {step} and ask the customer to approve it straight away.",
      },
      "system-user-deleted": {
        title: "The customer has deleted the system access",
        cause:
          "The request was approved, but the system user no longer exists: the customer (or an administrator at the customer) has withdrawn the system access in Altinn.",
        fix: "Talk to the customer, and send a new request in step {step}. A new externalRef keeps it apart from the old one.",
      },
      "agent-system-user": {
        title: "The system user is an agent (client system user)",
        cause:
          "The system user is of type agent. For agent system users, systemuser_org must be the accountant's organisation, not the client's.",
        fix: "Use the organisation that owns the agent system user in systemuser_org, or send an ordinary (standard) request in step {step}.",
      },
      propagation: {
        title: "Everything looks right in Altinn",
        cause:
          "The system has the client id, the request is approved and the system user exists for {org} with externalRef “{externalRef}”. A recent approval can take a little while to reach Maskinporten.",
        fix: "Wait half a minute and try again. If it persists, contact Digdir and quote client id {clientId}.",
      },
      unchecked: {
        title: "Maskinporten found no system user",
        cause:
          "The wizard could not check the cause in Altinn. Common causes: the customer has not approved yet, the client id {clientId} is missing on the system, the grant's externalRef is not the request's, or systemuser_org is not the customer's organisation.",
        fix: "Check the request's status in step 5 and the system's clientId in step 4, and try again.",
      },
    },
  },
});

export type TokenMessages = (typeof tokenMessages)["nb"];
