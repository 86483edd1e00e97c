import { API_LIST, type ApiSnippetId } from "../../apis";
import type { SnippetId } from "../../snippets/types";
import { defineMessages, type Locale } from "../types";

/** Titles and labels of the curl / TypeScript snippets (lib/snippets); each API's title is in its module. */
type Titles = Record<SnippetId, string>;

const apiTitles = (locale: Locale) =>
  Object.fromEntries(API_LIST.map((a) => [a.snippet.id, a.snippet.title[locale]])) as Record<
    ApiSnippetId,
    string
  >;

export const snippetMessages = defineMessages({
  nb: {
    heading: "Kodesnutter",
    intro:
      "Samme kall som veiviseren gjør, med dine verdier. Hemmeligheter er plassholdere: $ACCESS_TOKEN er tokenet kallet trenger, og <path to your private key> er filen med den private nøkkelen du lastet ned i steg 3.",
    tabsLabel: "Språk for {title}",
    curl: "curl",
    typescript: "TypeScript (jose + fetch)",
    titles: {
      "maskinporten-token": "Maskinporten: token for leverandøren (Altinn-scopene)",
      "altinn-system-get": "Altinn: hent systemet",
      "altinn-system-create": "Altinn: registrer systemet",
      "altinn-system-update": "Altinn: oppdater systemet",
      "altinn-request-create": "Altinn: send forespørsel til kunden",
      "altinn-request-get": "Altinn: hent forespørselens status",
      "altinn-request-byexternalref": "Altinn: finn forespørselen med externalRef",
      "maskinporten-systemuser-token": "Maskinporten: token for kundens systembruker",
      "altinn-systemuser-byquery": "Altinn: finn systembrukeren (byquery)",
      ...apiTitles("nb"),
    } satisfies Titles as Titles,
  },
  nn: {
    heading: "Kodesnuttar",
    intro:
      "Same kall som vegvisaren gjer, med dine verdiar. Løyndomar er plasshaldarar: $ACCESS_TOKEN er tokenet kallet treng, og <path to your private key> er fila med den private nøkkelen du lasta ned i steg 3.",
    tabsLabel: "Språk for {title}",
    curl: "curl",
    typescript: "TypeScript (jose + fetch)",
    titles: {
      "maskinporten-token": "Maskinporten: token for leverandøren (Altinn-scopa)",
      "altinn-system-get": "Altinn: hent systemet",
      "altinn-system-create": "Altinn: registrer systemet",
      "altinn-system-update": "Altinn: oppdater systemet",
      "altinn-request-create": "Altinn: send førespurnad til kunden",
      "altinn-request-get": "Altinn: hent statusen til førespurnaden",
      "altinn-request-byexternalref": "Altinn: finn førespurnaden med externalRef",
      "maskinporten-systemuser-token": "Maskinporten: token for systembrukaren til kunden",
      "altinn-systemuser-byquery": "Altinn: finn systembrukaren (byquery)",
      ...apiTitles("nn"),
    } satisfies Titles as Titles,
  },
  en: {
    heading: "Code snippets",
    intro:
      "The same calls the wizard makes, with your values. Secrets are placeholders: $ACCESS_TOKEN is the token the call needs, and <path to your private key> is the file with the private key you downloaded in step 3.",
    tabsLabel: "Language for {title}",
    curl: "curl",
    typescript: "TypeScript (jose + fetch)",
    titles: {
      "maskinporten-token": "Maskinporten: the vendor's token (Altinn scopes)",
      "altinn-system-get": "Altinn: get the system",
      "altinn-system-create": "Altinn: register the system",
      "altinn-system-update": "Altinn: update the system",
      "altinn-request-create": "Altinn: send the request to the customer",
      "altinn-request-get": "Altinn: get the request's status",
      "altinn-request-byexternalref": "Altinn: find the request by externalRef",
      "maskinporten-systemuser-token": "Maskinporten: token for the customer's system user",
      "altinn-systemuser-byquery": "Altinn: find the system user (byquery)",
      ...apiTitles("en"),
    },
  },
});
