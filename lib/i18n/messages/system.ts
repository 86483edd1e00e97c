import { defineMessages } from "../types";

/** Step 4: register the system in Altinn's system register. */
export const systemMessages = defineMessages({
  nb: {
    intro:
      "Systemet er det kunden din gir tilgang til. Registreringen sier hvem som leverer det (organisasjonsnummeret fra steg 1), hvilke rettigheter det trenger (API-ene fra steg 2) og hvilken Maskinporten-klient som får hente token for det (steg 3).",
    missingPrereq: "Steg 1–3 må være fullført: veiviseren mangler organisasjonsnummer eller klient.",
    idLabel: "System-ID",
    idHint: "Prefikset er organisasjonsnummeret ditt og fylles inn automatisk. Skriv resten uten mellomrom.",
    idSuffixLabel: "Navn i system-ID-en (etter prefikset)",
    idRecommend: "Altinn anbefaler bare små bokstaver a–z, sifre og _ i ID-en.",
    idFixed: "ID-en kan ikke endres etter registrering. En ny ID gir et nytt system.",
    nameLegend: "Navn på systemet",
    nameHint: "Vises for kunden i Altinn. Bokmål er påkrevd; nynorsk og engelsk anbefales.",
    descriptionLegend: "Beskrivelse",
    descriptionHint: "Hva systemet gjør, slik kunden ser det når de godkjenner tilgang.",
    lang: { nb: "Bokmål", nn: "Nynorsk", en: "Engelsk" },
    kindLegend: "Hvem bruker systemet?",
    kindStandard: "Kundene mine bruker systemet selv",
    kindStandardHint: "Hver kunde godkjenner en systembruker for sin egen virksomhet.",
    kindAgent: "Regnskapsførere, revisorer og forretningsførere bruker det for sine klienter",
    kindAgentHint:
      "Regnskapsføreren godkjenner en klientsystembruker (agent) og legger selv til klientene sine i Altinn.",
    packagesLegendAgent: "Tilgangspakker",
    packagesHintAgent:
      "En klientsystembruker får bare tilgangspakker. Velg pakkene klientene har gitt regnskapsføreren; en klient som mangler én av dem kan ikke legges til. Ikke bland pakker fra ulike fullmaktsområder.",
    packagesStandardNote:
      "Pakker for klientforhold (regnskapsfører, revisor, forretningsfører) kan ikke gis til kundens egen systembruker. De vises når du velger at regnskapsførere bruker systemet.",
    noPackagesAgent:
      "Ingen av API-ene fra steg 2 har tilgangspakker som kan brukes for klienter. Velg et slikt API i steg 2, eller velg at kundene bruker systemet selv.",
    agentRightsNote:
      "Enkeltrettigheter kan bare gis til systembrukere i egen virksomhet, så de sendes ikke når systemet brukes for klienter.",
    agentVisibleNote:
      "Systemet registreres som ikke synlig (isVisible: false): pakker for klientforhold kan ikke kombineres med isVisible: true, og klientsystembrukere opprettes bare fra forespørslene dine.",
    rightsLegend: "Rettigheter (enkeltrettigheter)",
    rightsHint:
      "Én rettighet per API du valgte i steg 2. Kunden kan bare gi tilgang til det systemet er registrert med.",
    packagesLegend: "Tilgangspakker (valgfritt)",
    packagesHint:
      "Pakker som også gir tilgang til API-et. De fleste systemer trenger bare enkeltrettighetene.",
    noPackages: "API-ene du har valgt har ingen tilgangspakker.",
    clientIdLabel: "Maskinporten-klient (clientId)",
    clientIdHint:
      "Fra steg 3. En klient kan bare høre til ett system, og uten den kan det ikke hentes token for systembrukeren.",
    isVisibleLabel: "Synlig i Altinn (isVisible)",
    isVisibleHint:
      "Når den er på, kan kunder selv finne systemet og opprette systembruker i Altinn. Forespørsler fra deg virker uansett.",
    redirectLegend: "Tillatte redirect-URL-er (allowedRedirectUrls)",
    redirectHint:
      "Hit kan Altinn sende kunden etter at de har svart på en forespørsel. Bare https; stien må stemme nøyaktig med den forespørselen bruker.",
    redirectHintSim: "I simulatoren godtas også http på localhost og 127.0.0.1.",
    redirectUrlLabel: "Redirect-URL {n}",
    addRedirect: "Legg til URL",
    addReturnPage: "Legg til veiviserens returside",
    returnPageNotHttps:
      "Veiviseren kjører på {url}. Altinn godtar bare https, så retursiden kan ikke brukes her.",
    remove: "Fjern",
    submit: "Registrer systemet",
    pending: "Sjekker Altinn …",
    preview: "Systemregistrering (JSON)",
    created: "Systemet {id} er registrert i Altinn.",
    updated: "Systemet {id} er oppdatert.",
    unchanged: "Systemet {id} er allerede registrert med akkurat denne definisjonen. Ingenting ble endret.",
    savedTitle: "Registrert",
    savedBody: "Systemet {id} ble sist lagret {time}.",
    deletedId: "Et slettet system har denne ID-en. Velg et annet navn.",
    diffTitle: "Systemet finnes allerede – dette endres",
    diffIntro:
      "PUT erstatter hele definisjonen i Altinn. Felt som mangler i den nye definisjonen blir borte. Se over endringene før du oppdaterer.",
    diffChangedMeanwhile: "Definisjonen i Altinn ble endret mens du så på den. Her er de nye forskjellene.",
    diffField: "Felt",
    diffBefore: "Nå i Altinn",
    diffAfter: "Etter oppdatering",
    diffAdded: "Legges til",
    diffRemoved: "Fjernes",
    empty: "(tom)",
    confirmUpdate: "Oppdater systemet (PUT)",
    cancel: "Avbryt",
  },
  nn: {
    intro:
      "Systemet er det kunden din gir tilgang til. Registreringa seier kven som leverer det (organisasjonsnummeret frå steg 1), kva rettar det treng (API-a frå steg 2) og kva Maskinporten-klient som får hente token for det (steg 3).",
    missingPrereq: "Steg 1–3 må vere fullførte: vegvisaren manglar organisasjonsnummer eller klient.",
    idLabel: "System-ID",
    idHint:
      "Prefikset er organisasjonsnummeret ditt og blir fylt inn automatisk. Skriv resten utan mellomrom.",
    idSuffixLabel: "Namn i system-ID-en (etter prefikset)",
    idRecommend: "Altinn tilrår berre små bokstavar a–z, siffer og _ i ID-en.",
    idFixed: "ID-en kan ikkje endrast etter registrering. Ein ny ID gir eit nytt system.",
    nameLegend: "Namn på systemet",
    nameHint: "Blir vist for kunden i Altinn. Bokmål er påkravd; nynorsk og engelsk er tilrådde.",
    descriptionLegend: "Skildring",
    descriptionHint: "Kva systemet gjer, slik kunden ser det når dei godkjenner tilgang.",
    lang: { nb: "Nynorsk", nn: "Nynorsk", en: "Engelsk" },
    kindLegend: "Kven bruker systemet?",
    kindStandard: "Kundane mine bruker systemet sjølve",
    kindStandardHint: "Kvar kunde godkjenner ein systembrukar for si eiga verksemd.",
    kindAgent: "Rekneskapsførarar, revisorar og forretningsførarar bruker det for klientane sine",
    kindAgentHint:
      "Rekneskapsføraren godkjenner ein klientsystembrukar (agent) og legg sjølv til klientane sine i Altinn.",
    packagesLegendAgent: "Tilgangspakkar",
    packagesHintAgent:
      "Ein klientsystembrukar får berre tilgangspakkar. Vel pakkane klientane har gitt rekneskapsføraren; ein klient som manglar éin av dei, kan ikkje leggjast til. Ikkje bland pakkar frå ulike fullmaktsområde.",
    packagesStandardNote:
      "Pakkar for klientforhold (rekneskapsførar, revisor, forretningsførar) kan ikkje givast til den eigne systembrukaren til kunden. Dei blir viste når du vel at rekneskapsførarar bruker systemet.",
    noPackagesAgent:
      "Ingen av API-a frå steg 2 har tilgangspakkar som kan brukast for klientar. Vel eit slikt API i steg 2, eller vel at kundane bruker systemet sjølve.",
    agentRightsNote:
      "Enkeltrettar kan berre givast til systembrukarar i eiga verksemd, så dei blir ikkje sende når systemet blir brukt for klientar.",
    agentVisibleNote:
      "Systemet blir registrert som ikkje synleg (isVisible: false): pakkar for klientforhold kan ikkje kombinerast med isVisible: true, og klientsystembrukarar blir berre oppretta frå førespurnadene dine.",
    rightsLegend: "Rettar (enkeltrettar)",
    rightsHint:
      "Éin rett per API du valde i steg 2. Kunden kan berre gi tilgang til det systemet er registrert med.",
    packagesLegend: "Tilgangspakkar (valfritt)",
    packagesHint: "Pakkar som òg gir tilgang til API-et. Dei fleste system treng berre enkeltrettane.",
    noPackages: "API-a du har valt, har ingen tilgangspakkar.",
    clientIdLabel: "Maskinporten-klient (clientId)",
    clientIdHint:
      "Frå steg 3. Ein klient kan berre høyre til eitt system, og utan han kan det ikkje hentast token for systembrukaren.",
    isVisibleLabel: "Synleg i Altinn (isVisible)",
    isVisibleHint:
      "Når han er på, kan kundar sjølve finne systemet og opprette systembrukar i Altinn. Førespurnader frå deg verkar uansett.",
    redirectLegend: "Tillatne redirect-URL-ar (allowedRedirectUrls)",
    redirectHint:
      "Hit kan Altinn sende kunden etter at dei har svart på ein førespurnad. Berre https; stien må stemme nøyaktig med den førespurnaden bruker.",
    redirectHintSim: "I simulatoren blir òg http på localhost og 127.0.0.1 godteke.",
    redirectUrlLabel: "Redirect-URL {n}",
    addRedirect: "Legg til URL",
    addReturnPage: "Legg til retursida til vegvisaren",
    returnPageNotHttps:
      "Vegvisaren køyrer på {url}. Altinn godtek berre https, så retursida kan ikkje brukast her.",
    remove: "Fjern",
    submit: "Registrer systemet",
    pending: "Sjekkar Altinn …",
    preview: "Systemregistrering (JSON)",
    created: "Systemet {id} er registrert i Altinn.",
    updated: "Systemet {id} er oppdatert.",
    unchanged: "Systemet {id} er allereie registrert med akkurat denne definisjonen. Ingenting vart endra.",
    savedTitle: "Registrert",
    savedBody: "Systemet {id} vart sist lagra {time}.",
    deletedId: "Eit sletta system har denne ID-en. Vel eit anna namn.",
    diffTitle: "Systemet finst allereie – dette blir endra",
    diffIntro:
      "PUT erstattar heile definisjonen i Altinn. Felt som manglar i den nye definisjonen, blir borte. Sjå over endringane før du oppdaterer.",
    diffChangedMeanwhile: "Definisjonen i Altinn vart endra medan du såg på han. Her er dei nye skilnadene.",
    diffField: "Felt",
    diffBefore: "No i Altinn",
    diffAfter: "Etter oppdatering",
    diffAdded: "Blir lagt til",
    diffRemoved: "Blir fjerna",
    empty: "(tom)",
    confirmUpdate: "Oppdater systemet (PUT)",
    cancel: "Avbryt",
  },
  en: {
    intro:
      "The system is what your customer gives access to. The registration says who supplies it (the organisation number from step 1), which rights it needs (the APIs from step 2) and which Maskinporten client may fetch tokens for it (step 3).",
    missingPrereq: "Steps 1–3 must be done: the wizard lacks an organisation number or a client.",
    idLabel: "System id",
    idHint: "The prefix is your organisation number and is filled in for you. Write the rest without spaces.",
    idSuffixLabel: "Name in the system id (after the prefix)",
    idRecommend: "Altinn recommends only lowercase a–z, digits and _ in the id.",
    idFixed: "The id cannot change after registration. A new id makes a new system.",
    nameLegend: "System name",
    nameHint: "Shown to the customer in Altinn. Bokmål is required; Nynorsk and English are recommended.",
    descriptionLegend: "Description",
    descriptionHint: "What the system does, as the customer sees it when approving access.",
    lang: { nb: "Bokmål", nn: "Nynorsk", en: "English" },
    kindLegend: "Who uses the system?",
    kindStandard: "My customers use the system themselves",
    kindStandardHint: "Each customer approves a system user for its own organisation.",
    kindAgent: "Accountants, auditors and property managers use it for their clients",
    kindAgentHint:
      "The accounting firm approves a client (agent) system user and adds its clients itself in Altinn.",
    packagesLegendAgent: "Access packages",
    packagesHintAgent:
      "A client system user holds access packages only. Choose the packages the clients have given the firm; a client lacking one of them cannot be added. Do not mix packages of different areas of authority.",
    packagesStandardNote:
      "Packages for client relationships (accountant, auditor, property manager) cannot go to the customer's own system user. They show when you choose that accountants use the system.",
    noPackagesAgent:
      "None of the APIs from step 2 has access packages that work for clients. Choose such an API in step 2, or choose that customers use the system themselves.",
    agentRightsNote:
      "Single rights can only go to system users of one's own organisation, so they are not sent when the system is used for clients.",
    agentVisibleNote:
      "The system is registered as not visible (isVisible: false): packages for client relationships cannot be combined with isVisible: true, and client system users come only from your requests.",
    rightsLegend: "Rights (single rights)",
    rightsHint:
      "One right per API you chose in step 2. A customer can only grant what the system is registered with.",
    packagesLegend: "Access packages (optional)",
    packagesHint: "Packages that also give access to the API. Most systems need only the single rights.",
    noPackages: "The APIs you chose have no access packages.",
    clientIdLabel: "Maskinporten client (clientId)",
    clientIdHint:
      "From step 3. A client can belong to one system only, and without it no system user token can be fetched.",
    isVisibleLabel: "Visible in Altinn (isVisible)",
    isVisibleHint:
      "When on, customers can find the system themselves and create a system user in Altinn. Your requests work either way.",
    redirectLegend: "Allowed redirect URLs (allowedRedirectUrls)",
    redirectHint:
      "Where Altinn may send the customer after they answer a request. https only; the path must match the one a request uses exactly.",
    redirectHintSim: "The simulator also accepts http on localhost and 127.0.0.1.",
    redirectUrlLabel: "Redirect URL {n}",
    addRedirect: "Add URL",
    addReturnPage: "Add the wizard's return page",
    returnPageNotHttps:
      "The wizard runs at {url}. Altinn accepts https only, so the return page cannot be used here.",
    remove: "Remove",
    submit: "Register the system",
    pending: "Checking Altinn …",
    preview: "System registration (JSON)",
    created: "The system {id} is registered in Altinn.",
    updated: "The system {id} is updated.",
    unchanged: "The system {id} is already registered with exactly this definition. Nothing was changed.",
    savedTitle: "Registered",
    savedBody: "The system {id} was last saved {time}.",
    deletedId: "A deleted system has this id. Choose another name.",
    diffTitle: "The system already exists – this will change",
    diffIntro:
      "PUT replaces the whole definition in Altinn. Fields missing from the new definition are removed. Review the changes before updating.",
    diffChangedMeanwhile:
      "The definition in Altinn changed while you were looking. These are the new differences.",
    diffField: "Field",
    diffBefore: "Now in Altinn",
    diffAfter: "After the update",
    diffAdded: "Added",
    diffRemoved: "Removed",
    empty: "(empty)",
    confirmUpdate: "Update the system (PUT)",
    cancel: "Cancel",
  },
});

export type SystemMessages = typeof systemMessages.nb;
