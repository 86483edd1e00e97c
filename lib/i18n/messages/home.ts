import { defineMessages } from "../types";

/** The start page's introduction and the page for an unknown address. */
export const home = defineMessages({
  nb: {
    intro: [
      "Veiviseren tar deg som leverandør av et sluttbrukersystem fra ingenting til et vellykket kall mot Skatteetaten med et systembruker-token.",
      "Du går gjennom sju steg: Maskinporten, scopes, klient og nøkkel, systemregisteret i Altinn, kundens godkjenning, token med systembruker og kallet.",
      "Alt kan prøves uten påloggingsdata mot en innebygd simulator, og gjøres på ordentlig mot testmiljøet og produksjon.",
    ],
    notFound: { title: "Fant ikke siden", body: "Adressen finnes ikke i veiviseren.", home: "Til forsiden" },
  },
  nn: {
    intro: [
      "Vegvisaren tek deg som leverandør av eit sluttbrukarsystem frå ingenting til eit vellukka kall mot Skatteetaten med eit systembrukar-token.",
      "Du går gjennom sju steg: Maskinporten, scopes, klient og nøkkel, systemregisteret i Altinn, godkjenninga til kunden, token med systembrukar og kallet.",
      "Alt kan prøvast utan påloggingsdata mot ein innebygd simulator, og gjerast på ordentleg mot testmiljøet og produksjon.",
    ],
    notFound: { title: "Fann ikkje sida", body: "Adressa finst ikkje i vegvisaren.", home: "Til framsida" },
  },
  en: {
    intro: [
      "The wizard takes you, the vendor of an end-user system, from nothing to a successful call to Skatteetaten with a system user token.",
      "You go through seven steps: Maskinporten, scopes, client and key, Altinn's system register, the customer's approval, the system user token and the call.",
      "You can try everything without credentials on a built-in simulator, and do it for real in the test environment and production.",
    ],
    notFound: {
      title: "Page not found",
      body: "This address does not exist in the wizard.",
      home: "To the start page",
    },
  },
});
