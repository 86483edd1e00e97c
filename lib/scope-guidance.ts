/**
 * Where a vendor gets its scopes today (docs/contracts-more.md §5) and when it needs `digdir:dialogporten`
 * (§4.4). One place for the links, so step 1, step 2 and the error doctor cannot drift apart; the texts around
 * them live in lib/i18n/messages and lib/errors/catalog.
 */
export const SCOPE_GUIDANCE_LINKS = {
  /** "Bruksvilkår for sluttbrukersystemleverandører i Altinn": signing it is step one for the Altinn scopes. */
  altinnTerms: "https://samarbeid.digdir.no/altinn/bruksvilkar-sluttbrukersystemleverandorer-i-altinn/3002",
  /** Who may sign those terms (someone authorised for the organisation). */
  altinnTermsWhoSigns: "https://samarbeid.digdir.no/altinn/sporsmal-og-svar/3028",
  /** Altinn's getting-started page, which links the registration form for end-user system vendors. */
  altinnGettingStarted: "https://docs.altinn.studio/authorization/getting-started/systemuser/",
  /** The Altinn scopes and the 403 a token without them gets. */
  altinnScopes: "https://docs.altinn.studio/api/authentication/systemuserapi/scopes/",
  /** Maskinporten's terms of use, covering test and production. */
  maskinportenTerms: "https://samarbeid.digdir.no/maskinporten/bruksvilkar-private-virksomheter/73",
  /** Skatteetaten's system-user page: its scopes and the Digdir scopes it asks vendors to order. */
  skatteetatenSystemUser: "https://skatteetaten.github.io/api-dokumentasjon/om/systembruker",
  /** A-melding: feedback comes only through Dialogporten. */
  amelding: "https://skatteetaten.github.io/api-dokumentasjon/api/innrapportering-amelding",
  /** Steps 6–9 of Skatteetaten's reporting guide: document ids come from Dialogporten. */
  reportingGuide: "https://skatteetaten.github.io/api-dokumentasjon/om/bruk_innrapportering",
  /** Altinn: Dialogporten for system users. */
  dialogporten: "https://docs.altinn.studio/authorization/guides/system-vendor/system-user/dialogporten/",
  /** Only for loading a real vendor organisation into TT02 (§5), not for ordering scopes. */
  servicedeskMail: "mailto:servicedesk@altinn.no",
} as const;
