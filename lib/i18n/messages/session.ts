import { defineMessages } from "../types";

/** What the session layer tells the user: a change overtaken by another tab, and notices about saved state. */
export const sessionMessages = defineMessages({
  nb: {
    concurrentUpdate:
      "Det du har lagret ble endret i en annen fane samtidig. Last inn siden på nytt, og prøv igjen.",
    dismiss: "Skjul meldingen",
    redoStep: "Gjør steg {n} på nytt: {title}",
    imported: {
      title: "Lagringen er flyttet til serveren",
      body: "Det du hadde gjort i veiviseren lå kryptert i informasjonskapsler i nettleseren. Det er nå flyttet til serveren, og nettleseren har bare en tilfeldig nøkkel til økten din. Nøkkelen din er flyttet med, kryptert.",
      simulatorReset:
        "Simulatoren har fått ny lagring, og det som fantes i den fra før (tildelte scopes, klienten, systemet, forespørselen og systembrukeren) er borte. Miljøet, leverandøren, API-valget og nøkkelen din er beholdt. Gjør stegene fra steg 2 på nytt.",
    },
    lost: {
      title: "Noe av det du hadde lagret kunne ikke leses",
      body: "{what} kunne ikke leses: {reason}. Det er ikke slettet, men veiviseren kan ikke bruke det før steget er gjort på nytt.",
      parts: {
        onboarding: "Miljøet, leverandøren og forutsetningene (steg 1)",
        scopes: "API-valget og scopene (steg 2)",
        client: "Nøkkelen, klienten og testtokenet (steg 3)",
        system: "Systemregistreringen (steg 4)",
        customer: "Forespørselen til kunden og systembrukeren (steg 5)",
        token: "Systembruker-tokenet (steg 6)",
        calls: "Testkallene (steg 7)",
        done: "Hvilke steg som er fullført",
        notices: "Meldingene",
      },
      reasons: {
        unreadable: "innholdet har ikke formen veiviseren venter",
        tooOld: "det ble lagret av en så gammel versjon av veiviseren at det ikke kan gjøres om",
        tooNew: "det ble lagret av en nyere versjon av veiviseren enn denne",
        keyMissing: "den private nøkkelen finnes ikke lenger på serveren",
      },
    },
  },
  nn: {
    concurrentUpdate:
      "Det du har lagra, vart endra i ei anna fane samtidig. Last inn sida på nytt, og prøv igjen.",
    dismiss: "Skjul meldinga",
    redoStep: "Gjer steg {n} på nytt: {title}",
    imported: {
      title: "Lagringa er flytta til serveren",
      body: "Det du hadde gjort i vegvisaren, låg kryptert i informasjonskapslar i nettlesaren. Det er no flytta til serveren, og nettlesaren har berre ein tilfeldig nøkkel til økta di. Nøkkelen din er flytta med, kryptert.",
      simulatorReset:
        "Simulatoren har fått ny lagring, og det som fanst i han frå før (tildelte scopes, klienten, systemet, førespurnaden og systembrukaren), er borte. Miljøet, leverandøren, API-valet og nøkkelen din er haldne på. Gjer stega frå steg 2 på nytt.",
    },
    lost: {
      title: "Noko av det du hadde lagra, kunne ikkje lesast",
      body: "{what} kunne ikkje lesast: {reason}. Det er ikkje sletta, men vegvisaren kan ikkje bruke det før steget er gjort på nytt.",
      parts: {
        onboarding: "Miljøet, leverandøren og føresetnadene (steg 1)",
        scopes: "API-valet og scopa (steg 2)",
        client: "Nøkkelen, klienten og testtokenet (steg 3)",
        system: "Systemregistreringa (steg 4)",
        customer: "Førespurnaden til kunden og systembrukaren (steg 5)",
        token: "Systembrukar-tokenet (steg 6)",
        calls: "Testkalla (steg 7)",
        done: "Kva steg som er fullførte",
        notices: "Meldingane",
      },
      reasons: {
        unreadable: "innhaldet har ikkje forma vegvisaren ventar",
        tooOld: "det vart lagra av ein så gammal versjon av vegvisaren at det ikkje kan gjerast om",
        tooNew: "det vart lagra av ein nyare versjon av vegvisaren enn denne",
        keyMissing: "den private nøkkelen finst ikkje lenger på serveren",
      },
    },
  },
  en: {
    concurrentUpdate:
      "What you saved was changed in another tab at the same time. Reload the page and try again.",
    dismiss: "Hide this message",
    redoStep: "Redo step {n}: {title}",
    imported: {
      title: "Your progress has moved to the server",
      body: "What you had done in the wizard was kept encrypted in cookies in your browser. It has now moved to the server, and your browser keeps only a random key to your session. Your key moved along, encrypted.",
      simulatorReset:
        "The simulator has new storage, and what it held before (granted scopes, the client, the system, the request and the system user) is gone. Your environment, vendor, API choice and key were kept. Redo the steps from step 2.",
    },
    lost: {
      title: "Part of what you saved could not be read",
      body: "{what} could not be read: {reason}. It has not been deleted, but the wizard cannot use it until the step is done again.",
      parts: {
        onboarding: "The environment, vendor and prerequisites (step 1)",
        scopes: "The API choice and scopes (step 2)",
        client: "The key, client and test token (step 3)",
        system: "The system registration (step 4)",
        customer: "The request to the customer and the system user (step 5)",
        token: "The system user token (step 6)",
        calls: "The test calls (step 7)",
        done: "Which steps were completed",
        notices: "The messages",
      },
      reasons: {
        unreadable: "its content is not in the shape the wizard expects",
        tooOld: "it was saved by a version of the wizard too old to convert",
        tooNew: "it was saved by a newer version of the wizard than this one",
        keyMissing: "the private key is no longer on the server",
      },
    },
  },
});

export type SessionMessages = (typeof sessionMessages)["nb"];
