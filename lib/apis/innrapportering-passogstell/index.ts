import { yearlySubmissionCall } from "../shared";
import type { SkatteetatenApi } from "../types";
import { buildTestSubmission } from "./payload";

/**
 * Innrapportering pass og stell av barn (RF-1241), contracts-more §4.2–4.3: kindergartens and after-school
 * care report what parents paid. Only the single right gives it: the newest stored page (Dec 2024) lists no
 * access packages (contracts-more §6 item 4: it may be outdated).
 */
export const innrapporteringPassogstell = {
  id: "innrapportering-passogstell",
  name: {
    nb: "Innrapportering pass og stell av barn",
    nn: "Innrapportering pass og stell av barn",
    en: "Childcare reporting (Innrapportering pass og stell av barn)",
  },
  description: {
    nb: "Innsending av betaling for pass og stell av barn, fra barnehager og SFO (RF-1241).",
    nn: "Innsending av betaling for pass og stell av barn, frå barnehagar og SFO (RF-1241).",
    en: "Submission of what parents paid for childcare, from kindergartens and after-school care (RF-1241).",
  },
  scope: "skatteetaten:innrapporteringpassogstell",
  resource: "ske-innrapportering-pass-stell-barn",
  resourceTitle: {
    nb: "Innrapportering pass og stell av barn",
    nn: "Innrapportering pass og stell av barn",
    en: "Third-party reporting for childcare",
  },
  accessPackages: [],
  hostStem: "innrapporteringpassogstell",
  version: "v1",
  codePrefix: "GLD",
  testCall: {
    nb: "POST /v1/{inntektsaar} – en minimal testinnsending med ny idempotencyKey",
    nn: "POST /v1/{inntektsaar} – ei minimal testinnsending med ny idempotencyKey",
    en: "POST /v1/{inntektsaar} – a minimal test submission with a fresh idempotencyKey",
  },
  docs: "https://skatteetaten.github.io/api-dokumentasjon/api/innrapportering-passogstell",
  call: yearlySubmissionCall({
    about: {
      nb: "Veiviseren sender en minimal, gyldig testinnsending (én syntetisk forelder som betalte 7 500 kr) med oppgavegiver {org}, med en ny idempotencyKey for hver ny innsending.",
      nn: "Vegvisaren sender ei minimal, gyldig testinnsending (éin syntetisk forelder som betalte 7 500 kr) med oppgåvegivar {org}, med ein ny idempotencyKey for kvar ny innsending.",
      en: "The wizard sends a minimal valid test submission (one synthetic parent who paid NOK 7,500) with reporting entity {org}, with a new idempotencyKey for every new submission.",
    },
    body: buildTestSubmission,
  }),
  snippet: {
    id: "skatteetaten-passogstell",
    title: {
      nb: "Skatteetaten: testinnsending (Innrapportering pass og stell av barn)",
      nn: "Skatteetaten: testinnsending (Innrapportering pass og stell av barn)",
      en: "Skatteetaten: test submission (Innrapportering pass og stell av barn)",
    },
    note: "A new idempotencyKey (UUID) for every new submission; reuse it only to resend the very same delivery.",
  },
} as const satisfies SkatteetatenApi<"innrapportering-passogstell">;
