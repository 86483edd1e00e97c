import { z } from "zod";
import { orgnoSchema } from "../../schemas/common";
import { ACCOUNTANT_AND_AUDITOR_PACKAGES, receiptSummary } from "../shared";
import { defineTestCall, type SkatteetatenApi } from "../types";
import { doctor } from "./doctor";
import { buildTestMelding, lastMonth } from "./payload";

/**
 * Innrapportering a-melding (A02), contracts-more §4.2–4.3: employers report pay, tax deductions and
 * employment each month. A standard system user needs `a-ordning` or the single right; an agent one a client
 * package, `regnskapsforer-lonn` among them. The submission path comes from a third-party client only
 * (contracts-more §4.2, §6 item 1): `POST /v1/innsending/{kalendermaaned}/{opplysningspliktig}`.
 */
export const innrapporteringAmelding = {
  id: "innrapportering-amelding",
  name: {
    nb: "Innrapportering a-melding",
    nn: "Innrapportering a-melding",
    en: "A-melding reporting (Innrapportering a-melding)",
  },
  description: {
    nb: "Månedlig innsending av a-meldingen: lønn, forskuddstrekk og arbeidsforhold (A02).",
    nn: "Månadleg innsending av a-meldinga: løn, forskotstrekk og arbeidsforhold (A02).",
    en: "The monthly a-melding: pay, tax deductions and employment (A02).",
  },
  scope: "skatteetaten:innrapporteringamelding",
  resource: "ske-innrapportering-amelding",
  resourceTitle: {
    nb: "Innrapportering a-melding",
    nn: "Innrapportering a-melding",
    en: "A-melding reporting",
  },
  accessPackages: [...ACCOUNTANT_AND_AUDITOR_PACKAGES, "regnskapsforer-lonn", "a-ordning"],
  hostStem: "innrapporteringamelding",
  version: "v1",
  codePrefix: "AMLD",
  testCall: {
    nb: "POST /v1/innsending/{kalendermåned}/{orgnr} – en minimal a-melding med ny idempotencyKey",
    nn: "POST /v1/innsending/{kalendermåned}/{orgnr} – ei minimal a-melding med ny idempotencyKey",
    en: "POST /v1/innsending/{calendar month}/{orgno} – a minimal a-melding with a fresh idempotencyKey",
  },
  docs: "https://skatteetaten.github.io/api-dokumentasjon/api/innrapportering-amelding",
  unverified: {
    nb: "Stien /v1/innsending/{kalendermåned}/{opplysningspliktig} kommer fra en tredjepartsklient; Skatteetatens egen beskrivelse står bare i SwaggerHub.",
    nn: "Stien /v1/innsending/{kalendermåned}/{opplysningspliktig} kjem frå ein tredjepartsklient; Skatteetaten si eiga skildring står berre i SwaggerHub.",
    en: "The path /v1/innsending/{calendar month}/{opplysningspliktig} comes from a third-party client; Skatteetaten's own description is only in SwaggerHub.",
  },
  call: defineTestCall({
    about: {
      nb: "Veiviseren sender en minimal a-melding (én virksomhet uten inntektsmottakere) med opplysningspliktig {org}, med en ny idempotencyKey og meldingsId for hver ny innsending.",
      nn: "Vegvisaren sender ei minimal a-melding (éi verksemd utan inntektsmottakarar) med opplysningspliktig {org}, med ein ny idempotencyKey og meldingsId for kvar ny innsending.",
      en: "The wizard sends a minimal a-melding (one business unit with no income recipients) with opplysningspliktig {org}, with a new idempotencyKey and meldingsId for every new submission.",
    },
    fields: [
      {
        name: "kalendermaaned",
        label: { nb: "Kalendermåned", nn: "Kalendermånad", en: "Calendar month" },
        hint: {
          nb: "Måneden meldingen gjelder, ÅÅÅÅ-MM.",
          nn: "Månaden meldinga gjeld, ÅÅÅÅ-MM.",
          en: "The month the melding is for, YYYY-MM.",
        },
        inputMode: "numeric",
        maxLength: 7,
        placeholder: "2026-01",
      },
      {
        name: "virksomhet",
        label: {
          nb: "Virksomhet (underenhet)",
          nn: "Verksemd (undereining)",
          en: "Business unit (underenhet)",
        },
        hint: {
          nb: "Organisasjonsnummeret til underenheten de ansatte hører til. I simulatoren holder det med kundens eget nummer.",
          nn: "Organisasjonsnummeret til undereininga dei tilsette høyrer til. I simulatoren held det med kunden sitt eige nummer.",
          en: "The organisation number of the unit the employees belong to. In the simulator the customer's own number will do.",
        },
        inputMode: "numeric",
        maxLength: 11,
      },
    ],
    schema: z.object({
      kalendermaaned: z
        .string()
        .trim()
        .regex(/^(20\d\d)-(0[1-9]|1[0-2])$/, "validation.calendarMonth"),
      virksomhet: orgnoSchema,
    }),
    defaults: ({ now, forOrgNo }) => ({ kalendermaaned: lastMonth(now), virksomhet: forOrgNo }),
    build: ({ kalendermaaned, virksomhet }, ctx) => ({
      method: "POST",
      path: `/innsending/${kalendermaaned}/${encodeURIComponent(ctx.forOrgNo)}`,
      body: buildTestMelding({
        orgno: ctx.forOrgNo,
        virksomhet,
        kalendermaaned,
        meldingsId: ctx.submissionId,
        now: ctx.now,
      }),
      idempotent: true,
    }),
    summarise: receiptSummary,
  }),
  snippet: {
    id: "skatteetaten-amelding",
    title: {
      nb: "Skatteetaten: minimal a-melding (Innrapportering a-melding)",
      nn: "Skatteetaten: minimal a-melding (Innrapportering a-melding)",
      en: "Skatteetaten: minimal a-melding (Innrapportering a-melding)",
    },
    note: "A new idempotencyKey and meldingsId (UUIDs) for every new melding; the path is from a third-party client (unverified).",
  },
  doctor,
} as const satisfies SkatteetatenApi<"innrapportering-amelding">;
