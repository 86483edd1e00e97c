import { defineMessages } from "../types";

/** Step 2: the API catalogue and the scopes to order. */
export const scopes = defineMessages({
  nb: {
    apisLegend: "Skatteetatens API-er",
    apisHint: "Velg API-ene systemet ditt skal kalle med systembruker. Scopene under følger av valget.",
    scope: "Scope",
    resource: "Altinn-ressurs",
    packages: "Tilgangspakker som også gir tilgang",
    packagesNone: "Ingen: bare enkeltrettigheten (ressursen over)",
    agentOnly: "bare klientsystembruker",
    unverified: "Ikke bekreftet",
    baseUrl: "Adresse i dette miljøet",
    testCall: "Testkall i steg 7",
    docs: "Dokumentasjon",
    saveApis: "Lagre valget",
    apisSaved: "Valget er lagret.",
    scopesTitle: "Scopes som må være tildelt",
    scopesIntro:
      "Klienten trenger tre Altinn-scopes for å registrere systemet og sende forespørsler, og ett scope per API. Ingen av dem kan tas selv: de bestilles hos eieren, og står som «Tilgang mangler» til de er tildelt.",
    guidance: {
      altinn:
        "Slik får du Altinn-scopene i dag: signer bruksvilkårene for sluttbrukersystemleverandører i Altinn, og fyll ut registreringsskjemaet og kryss av for «systembruker». servicedesk@altinn.no trengs bare for å få et ekte organisasjonsnummer inn i TT02.",
      dialogporten:
        "digdir:dialogporten trengs i tillegg når systemet skal hente a-meldingens tilbakemelding, eller dokumenter fra en innrapportering (id-ene kommer fra Dialogporten). Veiviseren ber ikke om det ennå.",
      links: {
        altinnTerms: "Bruksvilkårene",
        altinnGettingStarted: "Altinn: kom i gang (registreringsskjemaet)",
        dialogporten: "Altinn: Dialogporten for systembrukere",
        amelding: "Skatteetaten: a-melding",
      },
    },
    progress: "{granted} av {total} scopes tildelt",
    orderAt: "Bestilles hos",
    owners: {
      altinn:
        "Altinn – signer «Bruksvilkår for sluttbrukersystemleverandører i Altinn» og fyll ut registreringsskjemaet for sluttbrukersystemleverandører med «systembruker» krysset av",
      skatteetaten: "Skatteetaten – se API-ets dokumentasjon for hvordan du bestiller tilgang",
    },
    purposes: {
      "altinn:authentication/systemregister.write":
        "Registrere og oppdatere systemet i Altinns systemregister (steg 4).",
      "altinn:authentication/systemuser.request.write":
        "Sende forespørsler om systemtilgang til kunder (steg 5).",
      "altinn:authentication/systemuser.request.read": "Lese status på forespørslene (steg 5).",
      api: "Kalle {api} med kundens systembruker (steg 6–7).",
    },
    status: { none: "Ikke bestilt", ordered: "Bestilt", granted: "Tildelt" },
    statusLabel: "Status",
    markOrdered: "Marker som bestilt",
    markGranted: "Marker som tildelt",
    markNone: "Nullstill",
    grantSim: "Tildel i simulatoren",
    grantAllSim: "Tildel alle i simulatoren",
    simExplain:
      "I simulatoren står et kall til det simulerte selvbetjenings-API-et for eierens godkjenning: veiviseren logger inn som organisasjonen din og ber om tilgang.",
    manualExplain:
      "Marker et scope som tildelt først når eieren har bekreftet det. Markerer du for tidlig, svarer Maskinporten MP-250 når du henter token.",
    done: "Alle scopene er tildelt. Steg 2 er fullført.",
    notDone: "Steg 2 er fullført når minst ett API er valgt og alle scopene er tildelt.",
    chooseApisFirst: "Velg minst ett API først.",
    unknownScope: "Scopet hører ikke til API-ene du har valgt.",
    rowAction: "Handlinger for {scope}",
  },
  nn: {
    apisLegend: "API-a til Skatteetaten",
    apisHint: "Vel API-a systemet ditt skal kalle med systembrukar. Scopa under følgjer av valet.",
    scope: "Scope",
    resource: "Altinn-ressurs",
    packages: "Tilgangspakkar som òg gir tilgang",
    packagesNone: "Ingen: berre enkeltretten (ressursen over)",
    agentOnly: "berre klientsystembrukar",
    unverified: "Ikkje stadfesta",
    baseUrl: "Adresse i dette miljøet",
    testCall: "Testkall i steg 7",
    docs: "Dokumentasjon",
    saveApis: "Lagre valet",
    apisSaved: "Valet er lagra.",
    scopesTitle: "Scopes som må vere tildelte",
    scopesIntro:
      "Klienten treng tre Altinn-scopes for å registrere systemet og sende førespurnader, og eitt scope per API. Ingen av dei kan takast sjølv: dei blir bestilte hos eigaren, og står som «Tilgang manglar» til dei er tildelte.",
    guidance: {
      altinn:
        "Slik får du Altinn-scopa i dag: signer bruksvilkåra for sluttbrukarsystemleverandørar i Altinn, og fyll ut registreringsskjemaet og kryss av for «systembruker». servicedesk@altinn.no trengst berre for å få eit ekte organisasjonsnummer inn i TT02.",
      dialogporten:
        "digdir:dialogporten trengst i tillegg når systemet skal hente tilbakemeldinga på a-meldinga, eller dokument frå ei innrapportering (id-ane kjem frå Dialogporten). Vegvisaren ber ikkje om det enno.",
      links: {
        altinnTerms: "Bruksvilkåra",
        altinnGettingStarted: "Altinn: kom i gang (registreringsskjemaet)",
        dialogporten: "Altinn: Dialogporten for systembrukarar",
        amelding: "Skatteetaten: a-melding",
      },
    },
    progress: "{granted} av {total} scopes tildelte",
    orderAt: "Blir bestilt hos",
    owners: {
      altinn:
        "Altinn – signer «Bruksvilkår for sluttbrukersystemleverandører i Altinn» og fyll ut registreringsskjemaet for sluttbrukarsystemleverandørar med «systembruker» kryssa av",
      skatteetaten: "Skatteetaten – sjå dokumentasjonen til API-et for korleis du bestiller tilgang",
    },
    purposes: {
      "altinn:authentication/systemregister.write":
        "Registrere og oppdatere systemet i systemregisteret til Altinn (steg 4).",
      "altinn:authentication/systemuser.request.write":
        "Sende førespurnader om systemtilgang til kundar (steg 5).",
      "altinn:authentication/systemuser.request.read": "Lese status på førespurnadene (steg 5).",
      api: "Kalle {api} med systembrukaren til kunden (steg 6–7).",
    },
    status: { none: "Ikkje bestilt", ordered: "Bestilt", granted: "Tildelt" },
    statusLabel: "Status",
    markOrdered: "Merk som bestilt",
    markGranted: "Merk som tildelt",
    markNone: "Nullstill",
    grantSim: "Tildel i simulatoren",
    grantAllSim: "Tildel alle i simulatoren",
    simExplain:
      "I simulatoren står eit kall til det simulerte sjølvbetjenings-API-et for godkjenninga til eigaren: vegvisaren loggar inn som organisasjonen din og ber om tilgang.",
    manualExplain:
      "Merk eit scope som tildelt først når eigaren har stadfesta det. Merkar du for tidleg, svarar Maskinporten MP-250 når du hentar token.",
    done: "Alle scopa er tildelte. Steg 2 er fullført.",
    notDone: "Steg 2 er fullført når minst eitt API er valt og alle scopa er tildelte.",
    chooseApisFirst: "Vel minst eitt API først.",
    unknownScope: "Scopet høyrer ikkje til API-a du har valt.",
    rowAction: "Handlingar for {scope}",
  },
  en: {
    apisLegend: "Skatteetaten's APIs",
    apisHint:
      "Choose the APIs your system will call with a system user. The scopes below follow from the choice.",
    scope: "Scope",
    resource: "Altinn resource",
    packages: "Access packages that also give access",
    packagesNone: "None: only the single right (the resource above)",
    agentOnly: "agent system users only",
    unverified: "Not confirmed",
    baseUrl: "Address in this environment",
    testCall: "Test call in step 7",
    docs: "Documentation",
    saveApis: "Save the choice",
    apisSaved: "The choice is saved.",
    scopesTitle: "Scopes that must be granted",
    scopesIntro:
      'The client needs three Altinn scopes to register the system and send requests, and one scope per API. None can be self-granted: they are ordered from their owner and show as "access missing" until granted.',
    guidance: {
      altinn:
        'How you get the Altinn scopes today: sign Altinn\'s terms for end-user system vendors, then fill in the registration form and tick "system user". servicedesk@altinn.no is needed only to get a real organisation number into TT02.',
      dialogporten:
        "digdir:dialogporten is needed as well when the system fetches the a-melding feedback, or documents from a report (their ids come from Dialogporten). The wizard does not ask for it yet.",
      links: {
        altinnTerms: "The terms",
        altinnGettingStarted: "Altinn: getting started (the registration form)",
        dialogporten: "Altinn: Dialogporten for system users",
        amelding: "Skatteetaten: a-melding",
      },
    },
    progress: "{granted} of {total} scopes granted",
    orderAt: "Order from",
    owners: {
      altinn:
        'Altinn – sign "Bruksvilkår for sluttbrukersystemleverandører i Altinn" and fill in the registration form for end-user system vendors with "system user" ticked',
      skatteetaten: "Skatteetaten – see the API's documentation for how to order access",
    },
    purposes: {
      "altinn:authentication/systemregister.write":
        "Register and update the system in Altinn's system register (step 4).",
      "altinn:authentication/systemuser.request.write": "Send system access requests to customers (step 5).",
      "altinn:authentication/systemuser.request.read": "Read the status of the requests (step 5).",
      api: "Call {api} with the customer's system user (steps 6–7).",
    },
    status: { none: "Not ordered", ordered: "Ordered", granted: "Granted" },
    statusLabel: "Status",
    markOrdered: "Mark as ordered",
    markGranted: "Mark as granted",
    markNone: "Reset",
    grantSim: "Grant in the simulator",
    grantAllSim: "Grant all in the simulator",
    simExplain:
      "In the simulator a call to the simulated self-service API stands in for the owner's approval: the wizard logs in as your organisation and asks for access.",
    manualExplain:
      "Mark a scope as granted only once the owner has confirmed it. Mark it too early and Maskinporten answers MP-250 when you fetch a token.",
    done: "Every scope is granted. Step 2 is complete.",
    notDone: "Step 2 is complete when at least one API is chosen and every scope is granted.",
    chooseApisFirst: "Choose at least one API first.",
    unknownScope: "The scope does not belong to the APIs you chose.",
    rowAction: "Actions for {scope}",
  },
});

export type ScopesMessages = typeof scopes.nb;
