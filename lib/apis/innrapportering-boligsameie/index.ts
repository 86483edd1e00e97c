import { HOUSING_PACKAGES, yearlySubmissionCall } from "../shared";
import type { SkatteetatenApi } from "../types";
import { buildTestSubmission } from "./payload";

/**
 * Innrapportering boligsameie (RF-1140), contracts-more §4.2–4.3: a jointly owned housing association reports
 * each section owner's share of income, costs, assets and debt. The client packages of accountants, auditors
 * and property managers, or `skattegrunnlag` (the page has a leftover second list: sources disagree).
 */
export const innrapporteringBoligsameie = {
  id: "innrapportering-boligsameie",
  name: {
    nb: "Innrapportering boligsameie",
    nn: "Innrapportering boligsameie",
    en: "Jointly owned housing reporting (Innrapportering boligsameie)",
  },
  description: {
    nb: "Innsending av tredjepartsopplysninger for boligsameier (RF-1140).",
    nn: "Innsending av tredjepartsopplysningar for bustadsameige (RF-1140).",
    en: "Submission of third-party information for jointly owned housing (RF-1140).",
  },
  scope: "skatteetaten:innrapporteringboligsameie",
  resource: "ske-innrapportering-boligsameie",
  resourceTitle: {
    nb: "Innrapportering boligsameie",
    nn: "Innrapportering boligsameie",
    en: "Third-party reporting for jointly owned housing",
  },
  accessPackages: HOUSING_PACKAGES,
  hostStem: "innrapporteringboligsameie",
  version: "v1",
  codePrefix: "GLD",
  testCall: {
    nb: "POST /v1/{inntektsaar} – en minimal testinnsending med ny idempotencyKey",
    nn: "POST /v1/{inntektsaar} – ei minimal testinnsending med ny idempotencyKey",
    en: "POST /v1/{inntektsaar} – a minimal test submission with a fresh idempotencyKey",
  },
  docs: "https://skatteetaten.github.io/api-dokumentasjon/api/innrapportering-boligsameie",
  call: yearlySubmissionCall({
    about: {
      nb: "Veiviseren sender en minimal, gyldig testinnsending (to syntetiske seksjonseiere) med oppgavegiver {org}, med en ny idempotencyKey for hver ny innsending.",
      nn: "Vegvisaren sender ei minimal, gyldig testinnsending (to syntetiske seksjonseigarar) med oppgåvegivar {org}, med ein ny idempotencyKey for kvar ny innsending.",
      en: "The wizard sends a minimal valid test submission (two synthetic section owners) with reporting entity {org}, with a new idempotencyKey for every new submission.",
    },
    body: buildTestSubmission,
  }),
  snippet: {
    id: "skatteetaten-boligsameie",
    title: {
      nb: "Skatteetaten: testinnsending (Innrapportering boligsameie)",
      nn: "Skatteetaten: testinnsending (Innrapportering boligsameie)",
      en: "Skatteetaten: test submission (Innrapportering boligsameie)",
    },
    note: "A new idempotencyKey (UUID) for every new submission; reuse it only to resend the very same delivery.",
  },
} as const satisfies SkatteetatenApi<"innrapportering-boligsameie">;
