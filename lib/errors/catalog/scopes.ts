import { SCOPE_GUIDANCE_LINKS as L } from "../../scope-guidance";
import type { DoctorCatalog } from "../types";

/**
 * The scope errors: not on the client (MP-200), not granted to the organisation (MP-250), and Altinn's 403 for a
 * token without its scopes. Their fixes say how vendors get the scopes today (docs/contracts-more.md §5): the
 * Altinn scopes come with signing Altinn's terms for end-user system vendors and ticking "system user" in the
 * registration form, not from an e-mail to the service desk (that only loads a real vendor into TT02).
 */
const FEILSOKING = "https://docs.digdir.no/docs/Maskinporten/maskinporten_feilsoking";

const ALTINN_HOW_NB = `Altinn-scopene får du ved å signere «Bruksvilkår for sluttbrukersystemleverandører i Altinn» (${L.altinnTerms}; noen med fullmakt må signere) og fylle ut registreringsskjemaet for sluttbrukersystemleverandører med «systembruker» krysset av (lenket fra ${L.altinnGettingStarted}).`;
const ALTINN_HOW_EN = `You get the Altinn scopes by signing "Bruksvilkår for sluttbrukersystemleverandører i Altinn" (${L.altinnTerms}; someone authorised must sign) and filling in the registration form for end-user system vendors with "system user" ticked (linked from ${L.altinnGettingStarted}).`;
const ALTINN_HOW_NN = `Altinn-scopa får du ved å signere «Bruksvilkår for sluttbrukersystemleverandører i Altinn» (${L.altinnTerms}; nokon med fullmakt må signere) og fylle ut registreringsskjemaet for sluttbrukarsystemleverandørar med «systembruker» kryssa av (lenkja frå ${L.altinnGettingStarted}).`;
const OWNER_HOW_NB = `Skatteetatens scopes bestilles hos Skatteetaten etter API-ets side (${L.skatteetatenSystemUser}).`;
const OWNER_HOW_NN = `Scopa til Skatteetaten blir bestilte hos Skatteetaten etter sida til API-et (${L.skatteetatenSystemUser}).`;
const OWNER_HOW_EN = `Skatteetaten's scopes are ordered from Skatteetaten as each API's page says (${L.skatteetatenSystemUser}).`;

/** Spread into maskinportenCatalog: they are Maskinporten's answers. */
export const maskinportenScopeEntries: DoctorCatalog = {
  "MP-200": {
    title: {
      nb: "Scopet er ikke på klienten",
      nn: "Scopet er ikkje på klienten",
      en: "The scope is not on the client",
    },
    cause: {
      nb: "Tokenforespørselen ba om et scope klienten ikke er registrert med, eller om ingen scopes i det hele tatt. Et scope organisasjonen har fått tildelt må også legges til på klienten.",
      nn: "Tokenførespurnaden bad om eit scope klienten ikkje er registrert med, eller om ingen scopes i det heile. Eit scope organisasjonen har fått tildelt, må òg leggjast til på klienten.",
      en: "The token request asked for a scope the client is not registered with, or for no scope at all. A scope granted to the organisation must also be added to the client.",
    },
    fix: {
      nb: "Legg scopet til på klientens Scopes-fane i Samarbeidsportalen, og be om det på nytt. Finnes ikke scopet i listen der, er det ikke tildelt organisasjonen ennå (se MP-250).",
      nn: "Legg scopet til på Scopes-fana til klienten i Samarbeidsportalen, og be om det på nytt. Finst ikkje scopet i lista der, er det ikkje tildelt organisasjonen enno (sjå MP-250).",
      en: "Add the scope on the client's Scopes tab in Samarbeidsportalen, and ask again. If the scope is not in the list there, it has not been granted to the organisation yet (see MP-250).",
    },
    simHint: {
      nb: "I simulatoren: «Oppdater klienten» i steg 3 legger scopet til.",
      nn: "I simulatoren: «Oppdater klienten» i steg 3 legg scopet til.",
      en: 'In the simulator: "Update the client" in step 3 adds the scope.',
    },
    docs: FEILSOKING,
  },
  "MP-250": {
    title: {
      nb: "Organisasjonen har ikke fått tilgang til scopet",
      nn: "Organisasjonen har ikkje fått tilgang til scopet",
      en: "The organisation has not been granted the scope",
    },
    cause: {
      nb: "Scopet er ikke tildelt organisasjonen din ennå. Scopene kan ikke tas selv: eieren av scopet gir tilgangen.",
      nn: "Scopet er ikkje tildelt organisasjonen din enno. Scopa kan ikkje takast sjølv: eigaren av scopet gir tilgangen.",
      en: "The scope has not been granted to your organisation yet. Scopes cannot be self-granted: the scope's owner grants access.",
    },
    fix: {
      nb: `${ALTINN_HOW_NB} ${OWNER_HOW_NB} Marker scopet som tildelt i steg 2 først når det er bekreftet.`,
      nn: `${ALTINN_HOW_NN} ${OWNER_HOW_NN} Merk scopet som tildelt i steg 2 først når det er stadfesta.`,
      en: `${ALTINN_HOW_EN} ${OWNER_HOW_EN} Mark the scope as granted in step 2 only once confirmed.`,
    },
    simHint: {
      nb: "I simulatoren: tildel scopet i steg 2 («Tildel i simulatoren»).",
      nn: "I simulatoren: tildel scopet i steg 2 («Tildel i simulatoren»).",
      en: 'In the simulator: grant the scope in step 2 ("Grant in the simulator").',
    },
    docs: FEILSOKING,
  },
};

/** Spread into altinnCatalog. */
export const altinnScopeEntries: DoctorCatalog = {
  ALTINN_403: {
    title: {
      nb: "Altinn nektet tilgang (403)",
      nn: "Altinn nekta tilgang (403)",
      en: "Altinn refused access (403)",
    },
    cause: {
      nb: "Tokenet er gyldig, men mangler Altinn-scopet endepunktet krever, eller systemet tilhører ikke organisasjonen i tokenet. I TT02 kan også et ekte organisasjonsnummer mangle i testmiljøet.",
      nn: "Tokenet er gyldig, men manglar Altinn-scopet endepunktet krev, eller systemet høyrer ikkje til organisasjonen i tokenet. I TT02 kan òg eit ekte organisasjonsnummer mangle i testmiljøet.",
      en: "The token is valid but lacks the Altinn scope the endpoint requires, or the system does not belong to the organisation in the token. In TT02 a real organisation number may also be missing from the test environment.",
    },
    fix: {
      nb: `${ALTINN_HOW_NB} Legg scopene til på klienten og hent et nytt token. Bare for å få et ekte organisasjonsnummer inn i TT02: servicedesk@altinn.no.`,
      nn: `${ALTINN_HOW_NN} Legg scopa til på klienten og hent eit nytt token. Berre for å få eit ekte organisasjonsnummer inn i TT02: servicedesk@altinn.no.`,
      en: `${ALTINN_HOW_EN} Add the scopes to the client and fetch a new token. Only to get a real organisation number into TT02: servicedesk@altinn.no.`,
    },
    docs: L.altinnScopes,
  },
};
