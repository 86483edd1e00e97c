import type { ServiceErrorInit } from "../http/service-error";
import type { Locale } from "../i18n/types";
import { altinnCatalog } from "./catalog/altinn";
import { maskinportenCatalog } from "./catalog/maskinporten";
import { networkCatalog } from "./catalog/network";
import { skatteetatenCatalog } from "./catalog/skatteetaten";
import type { DiagnoseContext, DoctorCatalog, DoctorEntry, Diagnosis } from "./types";

export type { DiagnoseContext, Diagnosis } from "./types";

const CATALOG: DoctorCatalog = {
  ...networkCatalog,
  ...maskinportenCatalog,
  ...altinnCatalog,
  ...skatteetatenCatalog,
};

/** The code the doctor files an error under: the service's own code first, then what happened on the wire. */
export function doctorCode(e: ServiceErrorInit): string {
  if (e.code && CATALOG[e.code]) return e.code;
  const mp = e.description ? /\bMP-\d{3}\b/.exec(e.description) : null;
  if (mp && CATALOG[mp[0]]) return mp[0];
  if (e.error && CATALOG[e.error]) return e.error;
  if (e.code) return e.code;
  if (e.kind === "timeout") return "TIMEOUT";
  if (e.kind === "network") return "NETWORK";
  if (e.kind === "malformed") return "MALFORMED";
  if (e.status && e.status >= 500) return "HTTP_5XX";
  if (e.status === 401) return "HTTP_401";
  // Altinn's 403s carry no code; most come from a token without the Altinn scopes, which has its own advice.
  if (e.status === 403) return e.service === "altinn" ? "ALTINN_403" : "HTTP_403";
  return "HTTP_OTHER";
}

/**
 * The doctor's diagnosis in one language. `context.env` decides whether simulator-only hints are added: without
 * it the doctor assumes the user is not in the simulator, since telling a production user to "update the client
 * in the simulator" is worse than leaving a simulator user without a shortcut.
 */
export function diagnose(e: ServiceErrorInit, locale: Locale, context: DiagnoseContext = {}): Diagnosis {
  const code = doctorCode(e);
  const entry = CATALOG[code] ?? CATALOG.HTTP_OTHER!;
  return {
    code,
    title: entry.title[locale],
    cause: entry.cause[locale],
    fix: fixText(entry, locale, context),
    field: entry.field,
    retryable: entry.retryable ?? false,
    docs: entry.docs,
    technical: {
      service: e.service,
      method: e.method,
      url: e.url,
      status: e.status,
      description: e.description,
      body: e.body?.slice(0, 2000),
      correlationId: e.correlationId,
    },
  };
}

/** A diagnosis for each AUTH.VLD validation error, each with the form field it belongs to. */
export function diagnoseValidation(
  e: ServiceErrorInit,
  locale: Locale,
  context: DiagnoseContext = {},
): Diagnosis[] {
  return (
    e.validationErrors?.map((v) => {
      const entry = CATALOG[v.code];
      return {
        code: v.code,
        title: entry?.title[locale] ?? v.title,
        cause: entry?.cause[locale] ?? v.title,
        fix: entry ? fixText(entry, locale, context) : "",
        field: entry?.field,
        retryable: false,
        docs: entry?.docs,
      };
    }) ?? []
  );
}

function fixText(entry: DoctorEntry, locale: Locale, context: DiagnoseContext): string {
  const hint = context.env === "simulator" ? entry.simHint?.[locale] : undefined;
  return hint ? `${entry.fix[locale]} ${hint}` : entry.fix[locale];
}

/** Every entry's texts as a user in `env` could see them, for tests that check what each environment is told. */
export function catalogTexts(locale: Locale, context: DiagnoseContext): string[] {
  return Object.values(CATALOG).flatMap((entry) => [
    entry.title[locale],
    entry.cause[locale],
    fixText(entry, locale, context),
  ]);
}

export function catalogCodes(): string[] {
  return Object.keys(CATALOG);
}
