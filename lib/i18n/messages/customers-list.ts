import { defineMessages } from "../types";

/** Step 5's list of customers: one row each, adding one or many, and the customer chosen for steps 6–7. */
export const customersList = defineMessages({
  nb: {
    listTitle: "Kundene dine",
    listIntro: "Hver kunde har sin egen forespørsel og status. Statusene følges samlet så lenge noen venter.",
    empty: "Ingen kunder ennå. Legg til én under, eller lim inn mange organisasjonsnumre.",
    counts: {
      one: "{count} kunde: {approved} godkjent, {waiting} venter.",
      other: "{count} kunder: {approved} godkjent, {waiting} venter.",
    },
    customerHeading: "Kunde {name}",
    statusLabel: "Status",
    local: {
      Withdrawn: "Trukket tilbake",
      Failed: "Kunne ikke sendes ({code})",
    },
    active: "Brukes i steg 6–7",
    useThis: "Bruk i steg 6–7",
    addOne: "Legg til én kunde",
    addMany: "Lim inn mange organisasjonsnumre",
    bulkLabel: "Organisasjonsnumre",
    bulkHint:
      "Ett eller flere per linje, skilt med komma, semikolon eller linjeskift. Mellomrom og punktum i numrene er greit. Alle får en forespørsel med systemets rettigheter.",
    bulkSubmit: "Legg til og send forespørsler",
    bulkPending: "Sender forespørsler …",
    bulkEmpty: "Lim inn minst ett organisasjonsnummer.",
    bulkHasErrors: "Rett linjene under. Ingenting er sendt.",
    bulkDone: "{sent} forespørsler sendt, {reused} fantes fra før, {unchanged} uendret, {failed} feilet.",
    bulkNoSystemRights:
      "Systemet har ingen rettigheter eller tilgangspakker en kunde kan gi. Legg dem til i steg 4 først.",
    withdrawn: "Forespørselen til {orgno} er trukket tilbake. De andre kundene er som før.",
    renewed: "Forespørselen til {orgno} er sendt på nytt.",
    chosen: "Steg 6–7 bruker nå {orgno}.",
    unknownCustomer: "Kunden finnes ikke i listen. Last siden på nytt.",
    notRenewable: "Forespørselen venter eller er godkjent, så den sendes ikke på nytt. Last siden på nytt.",
    notApproved: "Bare en kunde som har godkjent kan brukes i steg 6–7.",
    noChangeNeeded: "Systembrukeren har allerede det systemet tilbyr. Ingen endring er sendt.",
    rightsChanged:
      "Rettighetene er endret: systemet tilbyr nå noe systembrukeren ikke har ({required}). Send en endringsforespørsel som kunden godkjenner.",
    rightsUnknown:
      "Systembrukeren fantes fra før (AUTH-00004), så veiviseren vet ikke hva den har. Send en endringsforespørsel for systemets rettigheter.",
    sendChange: "Send endringsforespørsel",
    changeTitle: "Endringsforespørsel",
    changeStatus: "Endringsforespørselen: {status}",
    changed: "Endringsforespørselen til {orgno} er sendt.",
    agentChanged:
      "Systemet tilbyr nå andre tilgangspakker ({missing}). En klientsystembruker kan ikke endres: kunden må slette den, og du sender en ny forespørsel.",
    poll: {
      waiting: "{waiting} venter på svar.",
      allDone: "Ingen venter på svar.",
      checking: "Sjekker status …",
      next: "Sjekker igjen om {seconds} s.",
      error: "Kunne ikke hente status ({code}). Prøver igjen om {seconds} s.",
      paused: "Automatisk sjekk er satt på pause.",
      checkNow: "Sjekk nå",
    },
  },
  nn: {
    listTitle: "Kundane dine",
    listIntro:
      "Kvar kunde har sin eigen førespurnad og status. Statusane blir følgde samla så lenge nokon ventar.",
    empty: "Ingen kundar enno. Legg til éin under, eller lim inn mange organisasjonsnummer.",
    counts: {
      one: "{count} kunde: {approved} godkjend, {waiting} ventar.",
      other: "{count} kundar: {approved} godkjende, {waiting} ventar.",
    },
    customerHeading: "Kunde {name}",
    statusLabel: "Status",
    local: {
      Withdrawn: "Trekt tilbake",
      Failed: "Kunne ikkje sendast ({code})",
    },
    active: "Blir brukt i steg 6–7",
    useThis: "Bruk i steg 6–7",
    addOne: "Legg til éin kunde",
    addMany: "Lim inn mange organisasjonsnummer",
    bulkLabel: "Organisasjonsnummer",
    bulkHint:
      "Eitt eller fleire per linje, skilde med komma, semikolon eller linjeskift. Mellomrom og punktum i numra er greitt. Alle får ein førespurnad med rettane til systemet.",
    bulkSubmit: "Legg til og send førespurnader",
    bulkPending: "Sender førespurnader …",
    bulkEmpty: "Lim inn minst eitt organisasjonsnummer.",
    bulkHasErrors: "Rett linjene under. Ingenting er sendt.",
    bulkDone: "{sent} førespurnader sende, {reused} fanst frå før, {unchanged} uendra, {failed} feila.",
    bulkNoSystemRights:
      "Systemet har ingen rettar eller tilgangspakkar ein kunde kan gi. Legg dei til i steg 4 først.",
    withdrawn: "Førespurnaden til {orgno} er trekt tilbake. Dei andre kundane er som før.",
    renewed: "Førespurnaden til {orgno} er send på nytt.",
    chosen: "Steg 6–7 bruker no {orgno}.",
    unknownCustomer: "Kunden finst ikkje i lista. Last sida på nytt.",
    notRenewable:
      "Førespurnaden ventar eller er godkjend, så han blir ikkje send på nytt. Last sida på nytt.",
    notApproved: "Berre ein kunde som har godkjent, kan brukast i steg 6–7.",
    noChangeNeeded: "Systembrukaren har allereie det systemet tilbyr. Inga endring er send.",
    rightsChanged:
      "Rettane er endra: systemet tilbyr no noko systembrukaren ikkje har ({required}). Send ein endringsførespurnad som kunden godkjenner.",
    rightsUnknown:
      "Systembrukaren fanst frå før (AUTH-00004), så vegvisaren veit ikkje kva han har. Send ein endringsførespurnad for rettane til systemet.",
    sendChange: "Send endringsførespurnad",
    changeTitle: "Endringsførespurnad",
    changeStatus: "Endringsførespurnaden: {status}",
    changed: "Endringsførespurnaden til {orgno} er send.",
    agentChanged:
      "Systemet tilbyr no andre tilgangspakkar ({missing}). Ein klientsystembrukar kan ikkje endrast: kunden må slette han, og du sender ein ny førespurnad.",
    poll: {
      waiting: "{waiting} ventar på svar.",
      allDone: "Ingen ventar på svar.",
      checking: "Sjekkar status …",
      next: "Sjekkar igjen om {seconds} s.",
      error: "Kunne ikkje hente status ({code}). Prøver igjen om {seconds} s.",
      paused: "Automatisk sjekk er sett på pause.",
      checkNow: "Sjekk no",
    },
  },
  en: {
    listTitle: "Your customers",
    listIntro:
      "Each customer has their own request and status. The statuses are followed together while any wait.",
    empty: "No customers yet. Add one below, or paste many organisation numbers.",
    counts: {
      one: "{count} customer: {approved} approved, {waiting} waiting.",
      other: "{count} customers: {approved} approved, {waiting} waiting.",
    },
    customerHeading: "Customer {name}",
    statusLabel: "Status",
    local: {
      Withdrawn: "Withdrawn",
      Failed: "Could not be sent ({code})",
    },
    active: "Used in steps 6–7",
    useThis: "Use in steps 6–7",
    addOne: "Add one customer",
    addMany: "Paste many organisation numbers",
    bulkLabel: "Organisation numbers",
    bulkHint:
      "One or more per line, separated by commas, semicolons or new lines. Spaces and dots inside the numbers are fine. Each gets a request with the system's rights.",
    bulkSubmit: "Add and send requests",
    bulkPending: "Sending requests …",
    bulkEmpty: "Paste at least one organisation number.",
    bulkHasErrors: "Fix the lines below. Nothing was sent.",
    bulkDone: "{sent} requests sent, {reused} existed already, {unchanged} unchanged, {failed} failed.",
    bulkNoSystemRights:
      "The system has no rights or access packages a customer can give. Add them in step 4 first.",
    withdrawn: "The request to {orgno} is withdrawn. The other customers are as they were.",
    renewed: "The request to {orgno} is sent again.",
    chosen: "Steps 6–7 now use {orgno}.",
    unknownCustomer: "The customer is not in the list. Reload the page.",
    notRenewable: "The request is waiting or approved, so it is not sent again. Reload the page.",
    notApproved: "Only a customer who has approved can be used in steps 6–7.",
    noChangeNeeded: "The system user already holds what the system offers. No change was sent.",
    rightsChanged:
      "The rights have changed: the system now offers something the system user lacks ({required}). Send a change request for the customer to approve.",
    rightsUnknown:
      "The system user existed already (AUTH-00004), so the wizard does not know what it holds. Send a change request for the system's rights.",
    sendChange: "Send change request",
    changeTitle: "Change request",
    changeStatus: "The change request: {status}",
    changed: "The change request to {orgno} is sent.",
    agentChanged:
      "The system now offers other access packages ({missing}). An agent system user cannot be changed: the customer must delete it, and you send a new request.",
    poll: {
      waiting: "{waiting} waiting for an answer.",
      allDone: "None waiting for an answer.",
      checking: "Checking status …",
      next: "Checking again in {seconds} s.",
      error: "Could not fetch the status ({code}). Trying again in {seconds} s.",
      paused: "Automatic checking is paused.",
      checkNow: "Check now",
    },
  },
});

export type CustomersListMessages = (typeof customersList)["nb"];

/** Steps 6–7: the approved customer to act for. */
export const customerPicker = defineMessages({
  nb: {
    label: "Kunden du handler for",
    hint: "Kunder som har godkjent i steg 5. Den sist godkjente er valgt først.",
    option: "{name} – ekstern referanse {ref}",
    submit: "Bruk denne kunden",
    none: "Ingen kunde har godkjent ennå. Gå tilbake til steg 5.",
    agentClient:
      "Dette er et klientsystem: tokenet tilhører regnskapsføreren {firm}. Skriv inn organisasjonsnummeret til klienten du handler for; klienten må være lagt til systembrukeren i Altinn.",
  },
  nn: {
    label: "Kunden du handlar for",
    hint: "Kundar som har godkjent i steg 5. Den sist godkjende er vald først.",
    option: "{name} – ekstern referanse {ref}",
    submit: "Bruk denne kunden",
    none: "Ingen kunde har godkjent enno. Gå tilbake til steg 5.",
    agentClient:
      "Dette er eit klientsystem: tokenet høyrer til rekneskapsføraren {firm}. Skriv inn organisasjonsnummeret til klienten du handlar for; klienten må vere lagd til systembrukaren i Altinn.",
  },
  en: {
    label: "The customer you act for",
    hint: "Customers who approved in step 5. The most recently approved is chosen first.",
    option: "{name} – external reference {ref}",
    submit: "Use this customer",
    none: "No customer has approved yet. Go back to step 5.",
    agentClient:
      "This is an agent system: the token belongs to the accounting firm {firm}. Enter the organisation number of the client you act for; the client must have been added to the system user in Altinn.",
  },
});

export type CustomerPickerMessages = (typeof customerPicker)["nb"];
