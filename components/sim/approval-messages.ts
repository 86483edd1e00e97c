import { defineMessages } from "@/lib/i18n/types";

/** Texts of the simulated Altinn approval page, worded after Altinn's own (access-management-frontend). */
export const approvalMessages = defineMessages({
  nb: {
    metaTitle: "Simulert Altinn – gi tilgang til system",
    badge: "Simulert Altinn",
    badgeNote:
      "Dette er simulatoren i systembruker-veiviseren, ikke altinn.no. Innloggingen er simulert, og ingenting her gjelder ekte virksomheter.",
    loggedInAs: "Innlogget som {name}, daglig leder i {org} (simulert innlogging)",
    notLoggedIn: "Ingen simulert innlogging",
    title: "Gi tilgang til system",
    heading: "{vendor} ber om å få opprette en systemtilgang",
    intro: "Gjennom systemtilgangen {system} vil systemet kunne løse oppgaver på vegne av {party}.",
    detailsHeading: "Om forespørselen",
    vendor: "Leverandør",
    system: "System",
    accessName: "Navn på systemtilgangen",
    onBehalfOf: "På vegne av",
    orgno: "org.nr. {orgno}",
    created: "Sendt",
    requestId: "Forespørsel-ID",
    rightsHeading: "Systemtilgangen vil gi disse fullmaktene",
    singleRights: "Tjenester (enkeltrettigheter)",
    accessPackages: "Tilgangspakker",
    noRights: "Forespørselen ber ikke om noen fullmakter.",
    withdraw: "Du kan når som helst trekke tilbake samtykket i Altinn.",
    afterChoice: "Etter valget sendes du videre til {host}.",
    noRedirect: "Leverandøren har ikke oppgitt en adresse å sende deg tilbake til.",
    decisionLabel: "Ditt valg",
    approve: "Godkjenn",
    reject: "Avvis",
    saving: "Lagrer …",
    states: {
      accepted: {
        title: "Forespørselen er allerede godkjent",
        body: "Systemtilgangen er opprettet. Leverandøren kan nå bruke den.",
      },
      rejected: {
        title: "Forespørselen er avvist",
        body: "Forespørselen ble avvist og kan ikke godkjennes. Leverandøren må sende en ny.",
      },
      denied: {
        title: "Forespørselen er avslått",
        body: "Forespørselen kan ikke godkjennes. Leverandøren må sende en ny.",
      },
      timedout: {
        title: "Forespørselen er utløpt",
        body: "Den ble ikke besvart i tide. Be leverandøren sende en ny forespørsel.",
      },
      "not-found": {
        title: "Fant ikke forespørselen",
        body: "Lenken kan være feil, eller leverandøren har slettet forespørselen. Sjekk at du bruker hele lenken fra leverandøren.",
      },
      "system-gone": {
        title: "Systemet finnes ikke lenger",
        body: "Leverandøren har slettet systemet etter at forespørselen ble sendt.",
      },
      "already-exists": {
        title: "Systemtilgangen finnes allerede",
        body: "Virksomheten har allerede en systemtilgang med samme referanse for dette systemet.",
      },
    },
    done: {
      metaTitle: "Simulert Altinn – ferdig",
      accepted: "Du har godkjent systemtilgangen",
      rejected: "Du har avvist forespørselen",
      other: "Forespørselen er behandlet",
      body: "Du er logget ut av den simulerte Altinn-økten. Du kan lukke dette vinduet.",
      poll: "Leverandøren får ikke beskjed i nettleseren: systemet deres sjekker status selv.",
      back: "Se forespørselen",
    },
  },
  en: {
    metaTitle: "Simulated Altinn – give access to system",
    badge: "Simulated Altinn",
    badgeNote:
      "This is the system user wizard's simulator, not altinn.no. The login is simulated, and nothing here concerns real organisations.",
    loggedInAs: "Logged in as {name}, general manager of {org} (simulated login)",
    notLoggedIn: "No simulated login",
    title: "Give access to system",
    heading: "{vendor} is requesting permission to create a system access",
    intro: "Through the system access {system}, the system will be able to solve tasks on behalf of {party}.",
    detailsHeading: "About the request",
    vendor: "Vendor",
    system: "System",
    accessName: "Name of the system access",
    onBehalfOf: "On behalf of",
    orgno: "org. no. {orgno}",
    created: "Sent",
    requestId: "Request ID",
    rightsHeading: "The system access will be granted these powers of attorney",
    singleRights: "Services (single rights)",
    accessPackages: "Access packages",
    noRights: "The request asks for no powers of attorney.",
    withdraw: "You can withdraw your consent in Altinn at any time.",
    afterChoice: "After your choice you will be sent on to {host}.",
    noRedirect: "The vendor has not given an address to send you back to.",
    decisionLabel: "Your decision",
    approve: "Approve",
    reject: "Reject",
    saving: "Saving …",
    states: {
      accepted: {
        title: "The request is already approved",
        body: "The system access has been created. The vendor can now use it.",
      },
      rejected: {
        title: "The request was rejected",
        body: "The request was rejected and cannot be approved. The vendor must send a new one.",
      },
      denied: {
        title: "The request was denied",
        body: "The request cannot be approved. The vendor must send a new one.",
      },
      timedout: {
        title: "The request has expired",
        body: "It was not answered in time. Ask the vendor to send a new request.",
      },
      "not-found": {
        title: "Request not found",
        body: "The link may be wrong, or the vendor has deleted the request. Check that you use the whole link from the vendor.",
      },
      "system-gone": {
        title: "The system no longer exists",
        body: "The vendor deleted the system after the request was sent.",
      },
      "already-exists": {
        title: "The system access already exists",
        body: "The organisation already has a system access with the same reference for this system.",
      },
    },
    done: {
      metaTitle: "Simulated Altinn – done",
      accepted: "You approved the system access",
      rejected: "You rejected the request",
      other: "The request has been handled",
      body: "You have been logged out of the simulated Altinn session. You can close this window.",
      poll: "The vendor is not told in the browser: their system checks the status itself.",
      back: "View the request",
    },
  },
});

export type ApprovalMessages = (typeof approvalMessages)["nb"];
