import { HOUSING_PACKAGES, yearlySubmissionCall } from "../shared";
import type { SkatteetatenApi } from "../types";
import { buildTestSubmission } from "./payload";

/**
 * Innrapportering boligselskap (RF-1139), contracts §3.2: the housing company reports its co-owners' shares.
 * The test call is a minimal valid submission for the organisation it is about (./payload.ts); the
 * simulator's rules are ./schema.ts and ./simulator.ts.
 */
export const innrapporteringBoligselskap = {
  id: "innrapportering-boligselskap",
  name: {
    nb: "Innrapportering boligselskap",
    nn: "Innrapportering boligselskap",
    en: "Housing company reporting (Innrapportering boligselskap)",
  },
  description: {
    nb: "Innsending av tredjepartsopplysninger for boligselskap (RF-1139).",
    nn: "Innsending av tredjepartsopplysningar for bustadselskap (RF-1139).",
    en: "Submission of third-party information for housing companies (RF-1139).",
  },
  scope: "skatteetaten:innrapporteringboligselskap",
  resource: "ske-innrapportering-boligselskap",
  resourceTitle: {
    nb: "Innrapportering boligselskap",
    nn: "Innrapportering boligselskap",
    en: "Third-party reporting for housing companies",
  },
  accessPackages: HOUSING_PACKAGES,
  hostStem: "innrapporteringboligselskap",
  version: "v1",
  codePrefix: "GLD",
  testCall: {
    nb: "POST /v1/{inntektsaar} – en minimal testinnsending med ny idempotencyKey",
    nn: "POST /v1/{inntektsaar} – ei minimal testinnsending med ny idempotencyKey",
    en: "POST /v1/{inntektsaar} – a minimal test submission with a fresh idempotencyKey",
  },
  docs: "https://skatteetaten.github.io/api-dokumentasjon/api/innrapportering-boligselskap",
  call: yearlySubmissionCall({
    about: {
      nb: "Veiviseren sender en minimal, gyldig testinnsending (to syntetiske eiere av én boenhet) med oppgavegiver {org}, med en ny idempotencyKey for hver ny innsending («Prøv igjen» etter en feil sender den samme).",
      nn: "Vegvisaren sender ei minimal, gyldig testinnsending (to syntetiske eigarar av éi bueining) med oppgåvegivar {org}, med ein ny idempotencyKey for kvar ny innsending («Prøv igjen» etter ein feil sender den same).",
      en: "The wizard sends a minimal valid test submission (two synthetic owners of one unit) with reporting entity {org}, with a new idempotencyKey for every new submission (“Try again” after a failure resends the same one).",
    },
    body: buildTestSubmission,
  }),
  snippet: {
    id: "skatteetaten-boligselskap",
    title: {
      nb: "Skatteetaten: testinnsending (Innrapportering boligselskap)",
      nn: "Skatteetaten: testinnsending (Innrapportering boligselskap)",
      en: "Skatteetaten: test submission (Innrapportering boligselskap)",
    },
    note: "A new idempotencyKey (UUID) for every new submission; reuse it only to resend the very same delivery.",
  },
} as const satisfies SkatteetatenApi<"innrapportering-boligselskap">;
