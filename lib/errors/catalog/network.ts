import type { DoctorCatalog } from "../types";

/** Errors that are not a service's own code: timeouts, dropped connections, broken bodies, bare statuses. */
export const networkCatalog: DoctorCatalog = {
  TIMEOUT: {
    title: {
      nb: "Tjenesten svarte ikke i tide",
      nn: "Tenesta svarte ikkje i tide",
      en: "The service did not answer in time",
    },
    cause: {
      nb: "Kallet ble avbrutt etter tidsgrensen. Tjenesten kan likevel ha utført det.",
      nn: "Kallet vart avbrote etter tidsgrensa. Tenesta kan likevel ha utført det.",
      en: "The call was cut off at the time limit. The service may still have carried it out.",
    },
    fix: {
      nb: "Prøv igjen. Veiviseren slår opp før den oppretter noe, så et nytt forsøk lager ikke duplikater.",
      nn: "Prøv igjen. Vegvisaren slår opp før han opprettar noko, så eit nytt forsøk lagar ikkje duplikat.",
      en: "Try again. The wizard looks things up before it creates anything, so a retry makes no duplicates.",
    },
    retryable: true,
  },
  NETWORK: {
    title: { nb: "Forbindelsen ble brutt", nn: "Sambandet vart brote", en: "The connection failed" },
    cause: {
      nb: "Tjenesten kunne ikke nås, eller forbindelsen ble brutt før svaret var kommet.",
      nn: "Tenesta kunne ikkje nåast, eller sambandet vart brote før svaret var komme.",
      en: "The service could not be reached, or the connection broke before the answer arrived.",
    },
    fix: { nb: "Prøv igjen om litt.", nn: "Prøv igjen om litt.", en: "Try again in a moment." },
    retryable: true,
  },
  MALFORMED: {
    title: {
      nb: "Svaret kunne ikke leses",
      nn: "Svaret kunne ikkje lesast",
      en: "The answer could not be read",
    },
    cause: {
      nb: "Tjenesten svarte med noe som ikke var gyldig JSON, eller som manglet felt den skal ha.",
      nn: "Tenesta svarte med noko som ikkje var gyldig JSON, eller som mangla felt det skal ha.",
      en: "The service answered with something that was not valid JSON, or lacked fields it should have.",
    },
    fix: {
      nb: "Prøv igjen. Vedvarer det, er det en feil hos tjenesten.",
      nn: "Prøv igjen. Held det fram, er det ein feil hos tenesta.",
      en: "Try again. If it persists, the fault is with the service.",
    },
    retryable: true,
  },
  HTTP_5XX: {
    title: { nb: "Feil hos tjenesten", nn: "Feil hos tenesta", en: "The service failed" },
    cause: {
      nb: "Tjenesten svarte med en serverfeil (5xx).",
      nn: "Tenesta svarte med ein serverfeil (5xx).",
      en: "The service answered with a server error (5xx).",
    },
    fix: {
      nb: "Prøv igjen om litt. Ingenting er lagret hos oss.",
      nn: "Prøv igjen om litt. Ingenting er lagra hos oss.",
      en: "Try again in a moment. Nothing was saved on our side.",
    },
    retryable: true,
  },
  HTTP_401: {
    title: { nb: "Ikke autentisert", nn: "Ikkje autentisert", en: "Not authenticated" },
    cause: {
      nb: "Tjenesten godtok ikke tokenet: det mangler, er utløpt eller er fra feil miljø.",
      nn: "Tenesta godtok ikkje tokenet: det manglar, har gått ut eller er frå feil miljø.",
      en: "The service did not accept the token: it is missing, expired or from the wrong environment.",
    },
    fix: {
      nb: "Prøv igjen; veiviseren henter et nytt token.",
      nn: "Prøv igjen; vegvisaren hentar eit nytt token.",
      en: "Try again; the wizard fetches a new token.",
    },
    retryable: true,
  },
  HTTP_403: {
    title: { nb: "Ingen tilgang", nn: "Inga tilgang", en: "Access denied" },
    cause: {
      nb: "Tokenet er gyldig, men mangler scopet endepunktet krever, eller organisasjonen eier ikke ressursen.",
      nn: "Tokenet er gyldig, men manglar scopet endepunktet krev, eller organisasjonen eig ikkje ressursen.",
      en: "The token is valid but lacks the scope the endpoint requires, or the organisation does not own the resource.",
    },
    fix: {
      nb: "Sjekk at klienten har alle scopene fra steg 2, og at systemet tilhører organisasjonen i steg 1.",
      nn: "Sjekk at klienten har alle scopa frå steg 2, og at systemet høyrer til organisasjonen i steg 1.",
      en: "Check that the client has every scope from step 2 and that the system belongs to the organisation in step 1.",
    },
  },
  HTTP_OTHER: {
    title: { nb: "Uventet svar", nn: "Uventa svar", en: "Unexpected answer" },
    cause: {
      nb: "Tjenesten svarte med en status veiviseren ikke kjenner.",
      nn: "Tenesta svarte med ein status vegvisaren ikkje kjenner.",
      en: "The service answered with a status the wizard does not know.",
    },
    fix: {
      nb: "Se de tekniske detaljene under.",
      nn: "Sjå dei tekniske detaljane under.",
      en: "See the technical details below.",
    },
  },
};
