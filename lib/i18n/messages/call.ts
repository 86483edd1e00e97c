import { defineMessages } from "../types";

/** Step 7: test calls to Skatteetaten with the system-user token. */
export const callMessages = defineMessages({
  nb: {
    intro:
      "Gjør et testkall mot hvert API du valgte, med systembrukertokenet fra steg 6. Tokenet gjenbrukes til kort før det utløper, slik et ekte system bør gjøre; etterpå henter veiviseren et nytt.",
    requestLine: "Kallet",
    orgnoLabel: "Organisasjonen kallet gjelder",
    orgnoHint:
      "Kundens organisasjonsnummer ({org}) er forhåndsutfylt. En standard systembruker kan bare handle for sin egen organisasjon, en klientsystembruker for klientene som er delegert til den; prøv et annet nummer for å se hvordan en avvisning ser ut.",
    orgnoHintAgent:
      "Skriv organisasjonsnummeret til klienten kallet gjelder: en klient regnskapsførerfirmaet har lagt til systembrukeren. Tokenet er firmaets og nevner ikke klienten; en virksomhet som ikke er delegert, avvises.",
    run: "Kjør testkall",
    runAgain: "Kjør på nytt",
    running: "Kaller Skatteetaten …",
    resultHeading: "Svar",
    result: {
      method: "Metode",
      url: "URL",
      status: "Status",
      correlationId: "Korrelasjonsid",
      duration: "Tid",
      token: "Token",
      body: "Svaret (JSON)",
    },
    ms: "{ms} ms",
    tokenCached: "gjenbrukt fra hurtigbufferen (utløper om {s} s)",
    tokenFresh: "nytt token hentet fra Maskinporten",
    okTitle: "Skatteetaten svarte {status}",
    failedTitle: "Skatteetaten avviste kallet ({status})",
    noCorrelation: "–",
    idempotencyKey: "idempotencyKey brukt: {key}",
    historyHeading: "Kall i denne økten",
    historyIntro: "De siste kallene, nyeste først. Svarene er forkortet.",
    historyEmpty: "Ingen kall ennå.",
    history: {
      at: "Tidspunkt",
      api: "API",
      request: "Kall",
      status: "Status",
      correlationId: "Korrelasjonsid",
    },
    truncated: "(forkortet)",
    notChosen: "Dette API-et er ikke valgt i steg 2.",
    noCustomer: "Det finnes ingen godkjent kunde ennå. Fullfør steg 5 og 6 først.",
    stepDone: "Steg 7 er fullført. Se oppsummeringen for alt som er opprettet.",
    snippetsHeading: "Gjør det samme fra ditt eget system",
  },
  en: {
    intro:
      "Make a test call to each API you chose, with the system-user token from step 6. The token is reused until shortly before it expires, as a real system should; after that the wizard fetches a new one.",
    requestLine: "The call",
    orgnoLabel: "Organisation the call is about",
    orgnoHint:
      "The customer's organisation number ({org}) is filled in. A standard system user may act only for its own organisation, an agent system user for the clients delegated to it; try another number to see what a refusal looks like.",
    orgnoHintAgent:
      "Type the organisation number of the client the call is about: a client the accounting firm has added to the system user. The token is the firm's and does not name the client; an organisation not delegated is refused.",
    run: "Run test call",
    runAgain: "Run again",
    running: "Calling Skatteetaten …",
    resultHeading: "Answer",
    result: {
      method: "Method",
      url: "URL",
      status: "Status",
      correlationId: "Correlation id",
      duration: "Time",
      token: "Token",
      body: "The answer (JSON)",
    },
    ms: "{ms} ms",
    tokenCached: "reused from the cache (expires in {s} s)",
    tokenFresh: "new token fetched from Maskinporten",
    okTitle: "Skatteetaten answered {status}",
    failedTitle: "Skatteetaten refused the call ({status})",
    noCorrelation: "–",
    idempotencyKey: "idempotencyKey used: {key}",
    historyHeading: "Calls in this session",
    historyIntro: "The latest calls, newest first. Answers are shortened.",
    historyEmpty: "No calls yet.",
    history: { at: "Time", api: "API", request: "Call", status: "Status", correlationId: "Correlation id" },
    truncated: "(shortened)",
    notChosen: "This API was not chosen in step 2.",
    noCustomer: "There is no approved customer yet. Complete steps 5 and 6 first.",
    stepDone: "Step 7 is done. See the summary for everything that was created.",
    snippetsHeading: "Do the same from your own system",
  },
});

export type CallMessages = (typeof callMessages)["nb"];
