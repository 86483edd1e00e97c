import { z } from "zod";
import { formatNumber } from "../../i18n/format";
import { format } from "../../i18n/types";
import { defineTestCall, type SkatteetatenApi } from "../types";

/**
 * Krav og betalinger, the regnskapssystem variant that takes a system-user token (contracts §3.4). Only the
 * single right gives it (no access packages). The test call reads the open claims of the organisation it is
 * about; the simulator's behaviour and data are in ./simulator.ts and ./data.ts.
 */
const CLAIMS = {
  nb: "{count} åpne krav, saldo {saldo} kr.",
  nn: "{count} opne krav, saldo {saldo} kr.",
  en: "{count} open claims, balance NOK {saldo}.",
};

export const kravogbetalinger = {
  id: "kravogbetalinger",
  name: {
    nb: "Krav og betalinger",
    nn: "Krav og betalinger",
    en: "Claims and payments (Krav og betalinger)",
  },
  description: {
    nb: "Åpne krav, innbetalinger og utbetalinger for en virksomhet, lest av regnskapssystemet.",
    nn: "Opne krav, innbetalingar og utbetalingar for ei verksemd, lesne av rekneskapssystemet.",
    en: "Open claims, payments and disbursements for an organisation, read by the accounting system.",
  },
  scope: "skatteetaten:kravogbetalinger",
  resource: "ske-krav-og-betalinger",
  resourceTitle: { nb: "Krav og betalinger", nn: "Krav og betalinger", en: "Claims and payments" },
  accessPackages: [],
  hostStem: "kravogbetalinger",
  version: "v1",
  testCall: {
    nb: "GET /v1/regnskapssystem/{orgnr}/aapnekrav – åpne krav for kunden",
    nn: "GET /v1/regnskapssystem/{orgnr}/aapnekrav – opne krav for kunden",
    en: "GET /v1/regnskapssystem/{orgnr}/aapnekrav – the customer's open claims",
  },
  docs: "https://skatteetaten.github.io/api-dokumentasjon/api/kravogbetalinger",
  call: defineTestCall({
    about: {
      nb: "Veiviseren spør etter de åpne kravene til {org}.",
      nn: "Vegvisaren spør etter dei opne krava til {org}.",
      en: "The wizard asks for the open claims of {org}.",
    },
    fields: [],
    schema: z.object({}),
    defaults: () => ({}),
    build: (_values, ctx) => ({
      method: "GET",
      path: `/regnskapssystem/${encodeURIComponent(ctx.forOrgNo)}/aapnekrav`,
      idempotent: false,
    }),
    summarise(body, locale) {
      if (typeof body !== "object" || body === null) return null;
      const b = body as { aapentKravMedGjenstaaendeBeloep?: unknown; totalOversikt?: { saldo?: unknown } };
      const count = Array.isArray(b.aapentKravMedGjenstaaendeBeloep)
        ? b.aapentKravMedGjenstaaendeBeloep.length
        : 0;
      const saldo = typeof b.totalOversikt?.saldo === "number" ? b.totalOversikt.saldo : 0;
      return format(CLAIMS[locale], {
        count,
        saldo: formatNumber(saldo, locale, { minimumFractionDigits: 2 }),
      });
    },
  }),
  snippet: {
    id: "skatteetaten-aapnekrav",
    title: {
      nb: "Skatteetaten: åpne krav (Krav og betalinger)",
      nn: "Skatteetaten: opne krav (Krav og betalinger)",
      en: "Skatteetaten: open claims (Krav og betalinger)",
    },
    note: "Open claims and unplaced payments for the customer; the answer's Korrelasjonsid header identifies the call.",
  },
} as const satisfies SkatteetatenApi<"kravogbetalinger">;
