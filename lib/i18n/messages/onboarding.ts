import { SCOPE_GUIDANCE_LINKS as L } from "../../scope-guidance";
import { defineMessages } from "../types";

/** Step 1: environment, vendor and prerequisites. */
export const onboarding = defineMessages({
  nb: {
    envLegend: "Miljø",
    envHint:
      "Alt du gjør i veiviseren gjelder dette miljøet. Test og produksjon har hver sine klienter, scopes og systemer.",
    envs: {
      simulator: {
        label: "Simulator",
        description: "Innebygd og uten påloggingsdata. Alle forutsetninger er oppfylt av simulatoren.",
      },
      test: {
        label: "Testmiljø (Maskinporten test og Altinn TT02)",
        description: "Ekte testtjenester. Du trenger kundeforhold, roller og scopes i test.",
      },
      production: { label: "Produksjon", description: "Ekte tjenester og ekte kunder." },
    },
    orgnoLabel: "Organisasjonsnummeret til leverandøren (din virksomhet)",
    orgnoHint: "9 siffer. Virksomheten som eier Maskinporten-klienten og systemet.",
    lookup: {
      pending: "Slår opp navnet …",
      found: "Navn i Enhetsregisteret: {name}",
      notFound: "Fant ikke organisasjonen i registeret. Det er greit – du kan fortsette uten navn.",
      unavailable:
        "Kunne ikke slå opp navnet: registeret svarte ikke. Det er greit – du kan fortsette uten navn.",
    },
    demoVendors: {
      label: "Eller velg en demoleverandør i simulatoren",
      hint: "Oppdiktede leverandører fra simulatorens Enhetsregister. Valget fyller inn nummeret over.",
      choose: "Velg …",
      option: "{name} ({orgno})",
    },
    prereqTitle: "Forutsetninger",
    prereqIntro:
      "Dette må være på plass før du kommer videre. Hver forutsetning viser feilen du får når den mangler.",
    prereqSimulator: "Oppfylt av simulatoren",
    prereqTick: "Dette er på plass",
    prereqSymptom: "Når den mangler",
    prereqAllSatisfied: "I simulatoren er alle forutsetningene oppfylt.",
    prereqMissing:
      "Kryss av for alle forutsetningene for å fullføre steget. Det du har krysset av, blir lagret.",
    prerequisites: {
      digdirTerms: {
        title: "Kunde hos Digdir med signerte bruksvilkår",
        body: "Virksomheten må være kunde hos Digdir og ha signert bruksvilkårene for Maskinporten i Samarbeidsportalen.",
        symptom: "PRECONDITION_REQUIRED: Virksomheten har ikke signert de relevante bruksvilkårene",
        links: [{ label: "Samarbeidsportalen: bli kunde", href: "https://samarbeid.digdir.no/" }],
      },
      selfServiceRole: {
        title: "Altinn-rollen for selvbetjening",
        body: "Personen som lager klienten må ha fått rettigheten «Selvbetjening av integrasjoner i ID-porten/Maskinporten» delegert i Altinn av hovedadministrator (i test: «Selvbetjening for testing i ID-porten/Maskinporten»).",
        symptom: "Knappen «Ny integrasjon» vises ikke i Samarbeidsportalen, og testmiljøet mangler i menyen.",
        links: [
          {
            label: "Digdir: selvbetjening på web",
            href: "https://docs.digdir.no/docs/Maskinporten/maskinporten_sjolvbetjening_web",
          },
          {
            label: "Digdir: feilsøking",
            href: "https://docs.digdir.no/docs/Maskinporten/maskinporten_feilsoking",
          },
        ],
      },
      scopeOrders: {
        title: "Scopes bestilt hos eierne",
        body: "Altinn-scopene for systembruker får du ved å signere «Bruksvilkår for sluttbrukersystemleverandører i Altinn» (noen med fullmakt må signere) og fylle ut registreringsskjemaet for sluttbrukersystemleverandører med «systembruker» krysset av. Tjenesteeierne gir sine egne scopes: Skatteetatens API-scopes bestilles hos Skatteetaten. Skal systemet hente a-meldingens tilbakemelding eller dokumenter fra innrapporteringene, trengs også digdir:dialogporten (Skatteetaten ber leverandører bestille det). Ingen scopes kan tas selv, og alle må etterpå legges til på klienten. Steg 2 viser hvilke.",
        symptom:
          "MP-250: Consumer has not been granted access to the scope … (før tildeling); MP-200 når scopet ikke er lagt til på klienten.",
        links: [
          { label: "Bruksvilkår for sluttbrukersystemleverandører i Altinn", href: L.altinnTerms },
          {
            label: "Altinn: kom i gang med systembruker (registreringsskjemaet)",
            href: L.altinnGettingStarted,
          },
          { label: "Skatteetaten: systembruker", href: L.skatteetatenSystemUser },
          { label: "Altinn: Dialogporten for systembrukere", href: L.dialogporten },
        ],
      },
      tt02SystemRegister: {
        title: "TT02: virksomheten er åpnet for systemregisteret",
        body: "Et ekte organisasjonsnummer må kanskje legges inn i TT02 før du kan registrere et system der. Bare til dette trengs servicedesk@altinn.no; scopene får du som beskrevet over.",
        symptom: "403 Forbidden fra systemregister/vendor i TT02, selv med Altinn-scopene på klienten.",
        links: [
          {
            label: "Altinn: feilsøking for systemleverandører",
            href: "https://docs.altinn.studio/nb/authorization/guides/system-vendor/system-user/troubleshooting/",
          },
          { label: "E-post til servicedesk@altinn.no", href: "mailto:servicedesk@altinn.no" },
        ],
      },
      tenorTestId: {
        title: "TT02: syntetisk kunde i Tenor og innlogging med TestID",
        body: "Kunden som godkjenner systemtilgangen i TT02 må være en syntetisk organisasjon fra Tenor (nummer som starter på 2 eller 3). Du logger inn med TestID som dens daglige leder (finn personen under «Roller» i Tenor).",
        symptom:
          "Godkjenningssiden finner ikke forespørselen («request for chosen party does not exist») eller sier at du mangler rettigheter.",
        links: [
          { label: "Tenor testdatasøk", href: "https://www.skatteetaten.no/testdata/" },
          {
            label: "Skatteetaten: testmiljø",
            href: "https://skatteetaten.github.io/api-dokumentasjon/test/testmiljoe",
          },
        ],
      },
    },
    resetWarning: {
      title: "Endringen nullstiller stegene etter dette",
      body: "Du har allerede gjort mer i veiviseren med et annet miljø eller organisasjonsnummer. Lagrer du, slettes valg av API-er og scopes, nøkkelen (last den ned først om du trenger den), klienten, systemet og forespørselen fra denne nettleseren. Ingenting slettes hos Maskinporten eller Altinn.",
    },
    submit: "Lagre og fortsett",
    saved: "Lagret.",
    savedDone: "Steg 1 er fullført. Gå videre til steg 2.",
    savedReset: "Lagret. De senere stegene er nullstilt.",
    envNotAvailable: "Miljøet er ikke tilgjengelig på denne installasjonen.",
  },
  nn: {
    envLegend: "Miljø",
    envHint:
      "Alt du gjer i vegvisaren, gjeld dette miljøet. Test og produksjon har kvar sine klientar, scopes og system.",
    envs: {
      simulator: {
        label: "Simulator",
        description: "Innebygd og utan påloggingsdata. Alle føresetnader er oppfylte av simulatoren.",
      },
      test: {
        label: "Testmiljø (Maskinporten test og Altinn TT02)",
        description: "Ekte testtenester. Du treng kundeforhold, roller og scopes i test.",
      },
      production: { label: "Produksjon", description: "Ekte tenester og ekte kundar." },
    },
    orgnoLabel: "Organisasjonsnummeret til leverandøren (verksemda di)",
    orgnoHint: "9 siffer. Verksemda som eig Maskinporten-klienten og systemet.",
    lookup: {
      pending: "Slår opp namnet …",
      found: "Namn i Einingsregisteret: {name}",
      notFound: "Fann ikkje organisasjonen i registeret. Det er greitt – du kan halde fram utan namn.",
      unavailable:
        "Kunne ikkje slå opp namnet: registeret svarte ikkje. Det er greitt – du kan halde fram utan namn.",
    },
    demoVendors: {
      label: "Eller vel ein demoleverandør i simulatoren",
      hint: "Oppdikta leverandørar frå Einingsregisteret i simulatoren. Valet fyller inn nummeret over.",
      choose: "Vel …",
      option: "{name} ({orgno})",
    },
    prereqTitle: "Føresetnader",
    prereqIntro:
      "Dette må vere på plass før du kjem vidare. Kvar føresetnad viser feilen du får når han manglar.",
    prereqSimulator: "Oppfylt av simulatoren",
    prereqTick: "Dette er på plass",
    prereqSymptom: "Når han manglar",
    prereqAllSatisfied: "I simulatoren er alle føresetnadene oppfylte.",
    prereqMissing: "Kryss av for alle føresetnadene for å fullføre steget. Det du har kryssa av, blir lagra.",
    prerequisites: {
      digdirTerms: {
        title: "Kunde hos Digdir med signerte bruksvilkår",
        body: "Verksemda må vere kunde hos Digdir og ha signert bruksvilkåra for Maskinporten i Samarbeidsportalen.",
        symptom: "PRECONDITION_REQUIRED: Virksomheten har ikke signert de relevante bruksvilkårene",
        links: [{ label: "Samarbeidsportalen: bli kunde", href: "https://samarbeid.digdir.no/" }],
      },
      selfServiceRole: {
        title: "Altinn-rolla for sjølvbetjening",
        body: "Personen som lagar klienten, må ha fått retten «Selvbetjening av integrasjoner i ID-porten/Maskinporten» delegert i Altinn av hovudadministrator (i test: «Selvbetjening for testing i ID-porten/Maskinporten»).",
        symptom:
          "Knappen «Ny integrasjon» blir ikkje vist i Samarbeidsportalen, og testmiljøet manglar i menyen.",
        links: [
          {
            label: "Digdir: sjølvbetjening på web",
            href: "https://docs.digdir.no/docs/Maskinporten/maskinporten_sjolvbetjening_web",
          },
          {
            label: "Digdir: feilsøking",
            href: "https://docs.digdir.no/docs/Maskinporten/maskinporten_feilsoking",
          },
        ],
      },
      scopeOrders: {
        title: "Scopes bestilte hos eigarane",
        body: "Altinn-scopa for systembrukar får du ved å signere «Bruksvilkår for sluttbrukersystemleverandører i Altinn» (nokon med fullmakt må signere) og fylle ut registreringsskjemaet for sluttbrukarsystemleverandørar med «systembruker» kryssa av. Tenesteeigarane gir sine eigne scopes: API-scopa til Skatteetaten blir bestilte hos Skatteetaten. Skal systemet hente tilbakemeldinga på a-meldinga eller dokument frå innrapporteringane, trengst òg digdir:dialogporten (Skatteetaten ber leverandørar bestille det). Ingen scopes kan takast sjølv, og alle må etterpå leggjast til på klienten. Steg 2 viser kva for nokre.",
        symptom:
          "MP-250: Consumer has not been granted access to the scope … (før tildeling); MP-200 når scopet ikkje er lagt til på klienten.",
        links: [
          { label: "Bruksvilkår for sluttbrukersystemleverandører i Altinn", href: L.altinnTerms },
          {
            label: "Altinn: kom i gang med systembrukar (registreringsskjemaet)",
            href: L.altinnGettingStarted,
          },
          { label: "Skatteetaten: systembrukar", href: L.skatteetatenSystemUser },
          { label: "Altinn: Dialogporten for systembrukarar", href: L.dialogporten },
        ],
      },
      tt02SystemRegister: {
        title: "TT02: verksemda er opna for systemregisteret",
        body: "Eit ekte organisasjonsnummer må kanskje leggjast inn i TT02 før du kan registrere eit system der. Berre til dette trengst servicedesk@altinn.no; scopa får du som skildra over.",
        symptom: "403 Forbidden frå systemregister/vendor i TT02, sjølv med Altinn-scopa på klienten.",
        links: [
          {
            label: "Altinn: feilsøking for systemleverandørar",
            href: "https://docs.altinn.studio/nb/authorization/guides/system-vendor/system-user/troubleshooting/",
          },
          { label: "E-post til servicedesk@altinn.no", href: "mailto:servicedesk@altinn.no" },
        ],
      },
      tenorTestId: {
        title: "TT02: syntetisk kunde i Tenor og innlogging med TestID",
        body: "Kunden som godkjenner systemtilgangen i TT02, må vere ein syntetisk organisasjon frå Tenor (nummer som byrjar på 2 eller 3). Du loggar inn med TestID som dagleg leiar der (finn personen under «Roller» i Tenor).",
        symptom:
          "Godkjenningssida finn ikkje førespurnaden («request for chosen party does not exist») eller seier at du manglar rettar.",
        links: [
          { label: "Tenor testdatasøk", href: "https://www.skatteetaten.no/testdata/" },
          {
            label: "Skatteetaten: testmiljø",
            href: "https://skatteetaten.github.io/api-dokumentasjon/test/testmiljoe",
          },
        ],
      },
    },
    resetWarning: {
      title: "Endringa nullstiller stega etter dette",
      body: "Du har allereie gjort meir i vegvisaren med eit anna miljø eller organisasjonsnummer. Lagrar du, blir val av API-ar og scopes, nøkkelen (last han ned først om du treng han), klienten, systemet og førespurnaden sletta frå denne nettlesaren. Ingenting blir sletta hos Maskinporten eller Altinn.",
    },
    submit: "Lagre og hald fram",
    saved: "Lagra.",
    savedDone: "Steg 1 er fullført. Gå vidare til steg 2.",
    savedReset: "Lagra. Dei seinare stega er nullstilte.",
    envNotAvailable: "Miljøet er ikkje tilgjengeleg på denne installasjonen.",
  },
  en: {
    envLegend: "Environment",
    envHint:
      "Everything you do in the wizard applies to this environment. Test and production have separate clients, scopes and systems.",
    envs: {
      simulator: {
        label: "Simulator",
        description: "Built in, no credentials. The simulator satisfies every prerequisite.",
      },
      test: {
        label: "Test environment (Maskinporten test and Altinn TT02)",
        description: "Real test services. You need the customer relationship, roles and scopes in test.",
      },
      production: { label: "Production", description: "Real services and real customers." },
    },
    orgnoLabel: "Organisation number of the vendor (your organisation)",
    orgnoHint: "9 digits. The organisation that owns the Maskinporten client and the system.",
    lookup: {
      pending: "Looking up the name …",
      found: "Name in the Central Coordinating Register: {name}",
      notFound:
        "The organisation was not found in the register. That is fine – you can go on without a name.",
      unavailable:
        "Could not look up the name: the register did not answer. That is fine – you can go on without a name.",
    },
    demoVendors: {
      label: "Or choose a demo vendor in the simulator",
      hint: "Made-up vendors from the simulator's Central Coordinating Register. Choosing one fills in the number above.",
      choose: "Choose …",
      option: "{name} ({orgno})",
    },
    prereqTitle: "Prerequisites",
    prereqIntro:
      "These must be in place before you can go on. Each shows the error you get when it is missing.",
    prereqSimulator: "Satisfied by the simulator",
    prereqTick: "This is in place",
    prereqSymptom: "When it is missing",
    prereqAllSatisfied: "In the simulator every prerequisite is satisfied.",
    prereqMissing: "Tick every prerequisite to complete the step. What you have ticked is saved.",
    prerequisites: {
      digdirTerms: {
        title: "Digdir customer with signed terms of use",
        body: "The organisation must be a Digdir customer and have signed Maskinporten's terms of use (bruksvilkår) in Samarbeidsportalen.",
        symptom: "PRECONDITION_REQUIRED: Virksomheten har ikke signert de relevante bruksvilkårene",
        links: [{ label: "Samarbeidsportalen: become a customer", href: "https://samarbeid.digdir.no/" }],
      },
      selfServiceRole: {
        title: "The Altinn role for self-service",
        body: 'The person creating the client needs the right "Selvbetjening av integrasjoner i ID-porten/Maskinporten" delegated in Altinn by the main administrator (in test: "Selvbetjening for testing i ID-porten/Maskinporten").',
        symptom:
          'The "Ny integrasjon" (new integration) button does not show in Samarbeidsportalen, and the test environment is missing from the menu.',
        links: [
          {
            label: "Digdir: web self-service",
            href: "https://docs.digdir.no/docs/Maskinporten/maskinporten_sjolvbetjening_web",
          },
          {
            label: "Digdir: troubleshooting",
            href: "https://docs.digdir.no/docs/Maskinporten/maskinporten_feilsoking",
          },
        ],
      },
      scopeOrders: {
        title: "Scopes ordered from their owners",
        body: 'You get the Altinn system-user scopes by signing "Bruksvilkår for sluttbrukersystemleverandører i Altinn" (someone authorised must sign) and filling in the registration form for end-user system vendors with "system user" ticked. Service owners grant their own scopes: Skatteetaten\'s API scopes are ordered from Skatteetaten. If the system fetches the a-melding feedback or documents from the reports, it also needs digdir:dialogporten (Skatteetaten asks vendors to order it). No scope can be self-granted, and each must then be added to the client. Step 2 lists them.',
        symptom:
          "MP-250: Consumer has not been granted access to the scope … (before the grant); MP-200 when the scope is not added to the client.",
        links: [
          { label: "Altinn's terms for end-user system vendors", href: L.altinnTerms },
          {
            label: "Altinn: getting started with system users (the registration form)",
            href: L.altinnGettingStarted,
          },
          { label: "Skatteetaten: system user", href: L.skatteetatenSystemUser },
          { label: "Altinn: Dialogporten for system users", href: L.dialogporten },
        ],
      },
      tt02SystemRegister: {
        title: "TT02: the organisation is enabled for the system register",
        body: "A real organisation number may need to be loaded into TT02 before you can register a system there. This is the only thing servicedesk@altinn.no is needed for; the scopes come as described above.",
        symptom:
          "403 Forbidden from systemregister/vendor in TT02, even with the Altinn scopes on the client.",
        links: [
          {
            label: "Altinn: troubleshooting for system vendors",
            href: "https://docs.altinn.studio/authorization/guides/system-vendor/system-user/troubleshooting/",
          },
          { label: "Email servicedesk@altinn.no", href: "mailto:servicedesk@altinn.no" },
        ],
      },
      tenorTestId: {
        title: "TT02: a synthetic customer from Tenor and a TestID login",
        body: 'The customer approving the system access in TT02 must be a synthetic organisation from Tenor (numbers starting with 2 or 3). You log in with TestID as its general manager (find the person under "Roles" in Tenor).',
        symptom:
          'The approval page cannot find the request ("request for chosen party does not exist") or says you lack rights.',
        links: [
          { label: "Tenor test data search", href: "https://www.skatteetaten.no/testdata/" },
          {
            label: "Skatteetaten: test environment",
            href: "https://skatteetaten.github.io/api-dokumentasjon/test/testmiljoe",
          },
        ],
      },
    },
    resetWarning: {
      title: "This change resets the steps after this one",
      body: "You have already done more in the wizard with another environment or organisation number. If you save, the chosen APIs and scopes, the key (download it first if you need it), the client, the system and the request are removed from this browser. Nothing is deleted at Maskinporten or Altinn.",
    },
    submit: "Save and continue",
    saved: "Saved.",
    savedDone: "Step 1 is complete. Go on to step 2.",
    savedReset: "Saved. The later steps have been reset.",
    envNotAvailable: "This environment is not available on this installation.",
  },
});

export type OnboardingMessages = typeof onboarding.nb;
