import type { DoctorCatalog } from "../../errors/types";

/**
 * The a-melding codes that say more than their GLD twins (SKE api/innrapportering-amelding.md, Feilkoder;
 * contracts-more §4.3). The rest of the AMLD table has the same numbers and meanings as GLD and is mirrored
 * from the GLD entries by lib/errors/catalog/skatteetaten.ts.
 */
const DOCS = "https://skatteetaten.github.io/api-dokumentasjon/api/innrapportering-amelding";

export const doctor: DoctorCatalog = {
  AMLD_004: {
    title: {
      nb: "Tokenet ble ikke godtatt (401)",
      nn: "Tokenet vart ikkje godteke (401)",
      en: "The token was not accepted (401)",
    },
    cause: {
      nb: "401: tokenet mangler, er utløpt, er fra et annet miljø eller er ikke et Maskinporten-token.",
      nn: "401: tokenet manglar, har gått ut, er frå eit anna miljø eller er ikkje eit Maskinporten-token.",
      en: "401: the token is missing, expired, from another environment or not a Maskinporten token.",
    },
    fix: {
      nb: "Hent et nytt systembrukertoken (steg 6) i samme miljø og send det som Authorization: Bearer.",
      nn: "Hent eit nytt systembrukartoken (steg 6) i same miljø og send det som Authorization: Bearer.",
      en: "Fetch a new system-user token (step 6) in the same environment and send it as Authorization: Bearer.",
    },
    docs: DOCS,
  },
  AMLD_1008: {
    title: { nb: "Ugyldig token", nn: "Ugyldig token", en: "Invalid token" },
    cause: {
      nb: "Skatteetaten kunne ikke validere tokenet.",
      nn: "Skatteetaten kunne ikkje validere tokenet.",
      en: "Skatteetaten could not validate the token.",
    },
    fix: {
      nb: "Hent et nytt token i samme miljø som API-et (test eller produksjon).",
      nn: "Hent eit nytt token i same miljø som API-et (test eller produksjon).",
      en: "Fetch a new token in the same environment as the API (test or production).",
    },
    docs: DOCS,
  },
  AMLD_005: {
    title: {
      nb: "Ikke autorisert for a-meldingen (403)",
      nn: "Ikkje autorisert for a-meldinga (403)",
      en: "Not authorised for the a-melding (403)",
    },
    cause: {
      nb: "403: tokenet ble godtatt, men systembrukeren har ikke ske-innrapportering-amelding (eller a-ordning, eller for en klientsystembruker en regnskapsfører- eller revisorpakke), eller kan ikke handle for opplysningspliktig.",
      nn: "403: tokenet vart godteke, men systembrukaren har ikkje ske-innrapportering-amelding (eller a-ordning, eller for ein klientsystembrukar ein rekneskapsførar- eller revisorpakke), eller kan ikkje handle for opplysningspliktig.",
      en: "403: the token was accepted, but the system user lacks ske-innrapportering-amelding (or a-ordning, or for an agent system user an accountant or auditor package), or may not act for the opplysningspliktig.",
    },
    fix: {
      nb: "Se spesifiseringen: AMLD_1063 er et token uten systembruker, AMLD_1015 en organisasjon systembrukeren ikke kan handle for. Ellers: be kunden godkjenne en forespørsel med rettigheten (steg 5).",
      nn: "Sjå spesifiseringa: AMLD_1063 er eit token utan systembrukar, AMLD_1015 ein organisasjon systembrukaren ikkje kan handle for. Elles: be kunden godkjenne ein førespurnad med retten (steg 5).",
      en: "See the specification: AMLD_1063 is a token without a system user, AMLD_1015 an organisation the system user may not act for. Otherwise: have the customer approve a request with the right (step 5).",
    },
    docs: DOCS,
  },
  AMLD_1063: {
    title: {
      nb: "Tokenet mangler systembruker",
      nn: "Tokenet manglar systembrukar",
      en: "The token has no system user",
    },
    cause: {
      nb: "Tokenet mangler informasjon om systembruker i authorization_details. A-meldingen tar bare imot systembrukertokener, ikke vanlige Maskinporten-tokener.",
      nn: "Tokenet manglar informasjon om systembrukar i authorization_details. A-meldinga tek berre imot systembrukartoken, ikkje vanlege Maskinporten-token.",
      en: "The token has no system-user information in authorization_details. The a-melding takes system-user tokens only, not plain Maskinporten tokens.",
    },
    fix: {
      nb: "Hent tokenet med authorization_details av typen urn:altinn:systemuser for kunden (steg 6).",
      nn: "Hent tokenet med authorization_details av typen urn:altinn:systemuser for kunden (steg 6).",
      en: "Fetch the token with authorization_details of type urn:altinn:systemuser for the customer (step 6).",
    },
    docs: DOCS,
  },
  AMLD_1015: {
    title: {
      nb: "Ikke autorisert for denne opplysningspliktige",
      nn: "Ikkje autorisert for denne opplysningspliktige",
      en: "Not authorised for this opplysningspliktig",
    },
    cause: {
      nb: "Altinn svarte at systembrukeren ikke kan handle for opplysningspliktig i meldingen: en standard systembruker bare for sin egen organisasjon, en klientsystembruker bare for klienter som er delegert til den.",
      nn: "Altinn svara at systembrukaren ikkje kan handle for opplysningspliktig i meldinga: ein standard systembrukar berre for sin eigen organisasjon, ein klientsystembrukar berre for klientar som er delegerte til han.",
      en: "Altinn answered that the system user may not act for the opplysningspliktig in the melding: a standard system user only for its own organisation, an agent system user only for clients delegated to it.",
    },
    fix: {
      nb: "Send for kundens eget organisasjonsnummer, eller (for en klientsystembruker) be regnskapsføreren delegere klienten til systembrukeren i Altinn.",
      nn: "Send for kunden sitt eige organisasjonsnummer, eller (for ein klientsystembrukar) be rekneskapsføraren delegere klienten til systembrukaren i Altinn.",
      en: "Send for the customer's own organisation number, or (for an agent system user) have the accounting firm delegate the client to the system user in Altinn.",
    },
    docs: DOCS,
  },
  AMLD_1051: {
    title: {
      nb: "Opplysningspliktig i stien og i meldingen er ulike",
      nn: "Opplysningspliktig i stien og i meldinga er ulike",
      en: "The opplysningspliktig in the path and in the melding differ",
    },
    cause: {
      nb: "Organisasjonsnummeret i URL-en (/v1/innsending/{måned}/{orgnr}) er ikke opplysningspliktig.norskIdentifikator i meldingen.",
      nn: "Organisasjonsnummeret i URL-en (/v1/innsending/{måned}/{orgnr}) er ikkje opplysningspliktig.norskIdentifikator i meldinga.",
      en: "The organisation number in the URL (/v1/innsending/{month}/{orgno}) is not opplysningspliktig.norskIdentifikator in the melding.",
    },
    fix: {
      nb: "Bruk samme organisasjonsnummer begge steder.",
      nn: "Bruk same organisasjonsnummer begge stader.",
      en: "Use the same organisation number in both places.",
    },
    docs: DOCS,
  },
  AMLD_1052: {
    title: {
      nb: "Kalendermåneden i stien og i meldingen er ulike",
      nn: "Kalendermånaden i stien og i meldinga er ulike",
      en: "The calendar month in the path and in the melding differ",
    },
    cause: {
      nb: "Måneden i URL-en er ikke kalendermaaned i meldingen.",
      nn: "Månaden i URL-en er ikkje kalendermaaned i meldinga.",
      en: "The month in the URL is not kalendermaaned in the melding.",
    },
    fix: {
      nb: "Bruk samme måned (ÅÅÅÅ-MM) begge steder.",
      nn: "Bruk same månad (ÅÅÅÅ-MM) begge stader.",
      en: "Use the same month (YYYY-MM) in both places.",
    },
    docs: DOCS,
  },
  AMLD_1062: {
    title: {
      nb: "Opplysningspliktig er ikke en hovedenhet",
      nn: "Opplysningspliktig er ikkje ei hovudeining",
      en: "The opplysningspliktig is not a main entity",
    },
    cause: {
      nb: "Oppgavegiver er ikke hovedenhet, og kan derfor ikke rapportere for ordningen. Underenheter er virksomheter i meldingen, ikke opplysningspliktig.",
      nn: "Oppgåvegivar er ikkje hovudeining, og kan difor ikkje rapportere for ordninga. Undereiningar er verksemder i meldinga, ikkje opplysningspliktig.",
      en: "The reporting entity is not a main entity (hovedenhet), so it cannot report for the scheme. Sub-units are virksomheter in the melding, not the opplysningspliktig.",
    },
    fix: {
      nb: "Bruk hovedenhetens organisasjonsnummer som opplysningspliktig, og underenheten under virksomhet.",
      nn: "Bruk organisasjonsnummeret til hovudeininga som opplysningspliktig, og undereininga under verksemd.",
      en: "Use the main entity's organisation number as opplysningspliktig, and the sub-unit under virksomhet.",
    },
    docs: DOCS,
  },
};
