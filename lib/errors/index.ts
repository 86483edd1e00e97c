import type { ServiceErrorInit } from "../http/service-error";
import type { Locale } from "../i18n/types";
import { altinnCatalog } from "./catalog/altinn";
import { maskinportenCatalog } from "./catalog/maskinporten";
import { networkCatalog } from "./catalog/network";
import { skatteetatenCatalog } from "./catalog/skatteetaten";
import type { DoctorCatalog, Diagnosis } from "./types";

export type { Diagnosis } from "./types";

const CATALOG: DoctorCatalog = { ...networkCatalog, ...maskinportenCatalog, ...altinnCatalog, ...skatteetatenCatalog };

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
  if (e.status === 403) return "HTTP_403";
  return "HTTP_OTHER";
}

export function diagnose(e: ServiceErrorInit, locale: Locale): Diagnosis {
  const code = doctorCode(e);
  const entry = CATALOG[code] ?? CATALOG.HTTP_OTHER!;
  return {
    code,
    title: entry.title[locale],
    cause: entry.cause[locale],
    fix: entry.fix[locale],
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
export function diagnoseValidation(e: ServiceErrorInit, locale: Locale): Diagnosis[] {
  return e.validationErrors?.map((v) => {
    const entry = CATALOG[v.code];
    return {
      code: v.code,
      title: entry?.title[locale] ?? v.title,
      cause: entry?.cause[locale] ?? v.title,
      fix: entry?.fix[locale] ?? "",
      field: entry?.field,
      retryable: false,
      docs: entry?.docs,
    };
  }) ?? [];
}

export function catalogCodes(): string[] {
  return Object.keys(CATALOG);
}
