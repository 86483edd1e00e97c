import { z } from "zod";
import type { Locale, Localised } from "../i18n/types";
import { format } from "../i18n/types";
import { defineTestCall, type CallField, type TestCall } from "./types";

/**
 * Pieces the innrapportering modules share: the income-year field and the receipt's one-line reading.
 * The receipt of every innrapportering API has `dialogId` and `forsendelseId` (contracts-more §4.2).
 */
export const MIN_INCOME_YEAR = 2015;

/**
 * The client packages of accountants and auditors (client-only: agent system users), which most of
 * Skatteetaten's reporting APIs accept (contracts-more §4.2).
 */
export const ACCOUNTANT_AND_AUDITOR_PACKAGES = [
  "regnskapsforer-med-signeringsrettighet",
  "regnskapsforer-uten-signeringsrettighet",
  "ansvarlig-revisor",
  "revisormedarbeider",
] as const;

/** Housing (boligselskap, boligsameie): those four, the property manager's, or skattegrunnlag (contracts §3.2–3.3). */
export const HOUSING_PACKAGES = [
  ...ACCOUNTANT_AND_AUDITOR_PACKAGES,
  "forretningsforer-eiendom",
  "skattegrunnlag",
] as const;
export const MAX_INCOME_YEAR = 2100;

export const incomeYearField: CallField = {
  name: "inntektsaar",
  label: { nb: "Inntektsår", nn: "Inntektsår", en: "Income year" },
  hint: {
    nb: "Innsendingen gjelder dette året. Som regel tar API-et imot fjoråret.",
    nn: "Innsendinga gjeld dette året. Som regel tek API-et imot fjoråret.",
    en: "The submission is for this year. The API usually accepts last year.",
  },
  inputMode: "numeric",
  maxLength: 4,
};

export const incomeYear = z.coerce
  .number({ error: "validation.incomeYear" })
  .int("validation.incomeYear")
  .min(MIN_INCOME_YEAR, "validation.incomeYear")
  .max(MAX_INCOME_YEAR, "validation.incomeYear");

/** Last year by the clock: what the innrapportering APIs usually take. */
export function lastYear(now: number): number {
  return new Date(now).getUTCFullYear() - 1;
}

const RECEIPT = {
  nb: "Mottatt. forsendelseId {forsendelseId}, dialogId {dialogId}.",
  nn: "Motteke. forsendelseId {forsendelseId}, dialogId {dialogId}.",
  en: "Received. forsendelseId {forsendelseId}, dialogId {dialogId}.",
};

export function receiptSummary(body: unknown, locale: Locale): string | null {
  if (typeof body !== "object" || body === null) return null;
  const b = body as { forsendelseId?: unknown; dialogId?: unknown };
  if (typeof b.forsendelseId !== "string") return null;
  return format(RECEIPT[locale], { forsendelseId: b.forsendelseId, dialogId: String(b.dialogId ?? "–") });
}

/**
 * Synthetic people for test submissions: Tenor-style birth numbers (month + 80, valid check digits), so a
 * submission is allowed in Skatteetaten's test environment.
 */
export const TEST_PERSONS = [
  { foedselsnummer: "17857540093", navn: "KARI TESTEIER" },
  { foedselsnummer: "02918240090", navn: "OLA TESTEIER" },
] as const;

/** The oppgavegiver's contact in a test submission: Skatteetaten's own "anonymous" notification addresses. */
export function testContact(navn: string) {
  return {
    navn,
    telefonnummer: "00000000",
    varselEpostadresse: "anonym.varsel@skatteetaten.no",
    varselSmsMobilnummer: "00000000",
  };
}

/** The vendor's reference for a test delivery: naming the wizard, the organisation and the period. */
export function testReference(orgno: string, period: string | number): string {
  return `systembruker-test-${orgno}-${period}`;
}

export const KILDESYSTEM = "systembruker-wizard";

/**
 * The step-7 call of an innrapportering API that takes `POST /v1/{inntektsaar}` (boligselskap, boligsameie,
 * pass og stell): the income-year field, last year by default, a new idempotencyKey per submission, and the
 * API's own smallest valid submission for the organisation the call is about.
 */
export function yearlySubmissionCall(opts: {
  about: Localised;
  body: (input: { orgno: string; orgName: string; inntektsaar: number }) => unknown;
}): TestCall {
  return defineTestCall({
    about: opts.about,
    fields: [incomeYearField],
    schema: z.object({ inntektsaar: incomeYear }),
    defaults: ({ now }) => ({ inntektsaar: String(lastYear(now)) }),
    build: ({ inntektsaar }, ctx) => ({
      method: "POST",
      path: `/${inntektsaar}`,
      body: opts.body({ orgno: ctx.forOrgNo, orgName: ctx.contactName, inntektsaar }),
      idempotent: true,
    }),
    summarise: receiptSummary,
  });
}
