import type { ServiceErrorInit } from "../http/service-error";
import { format, type Locale } from "../i18n/types";
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

/**
 * Altinn's validation problem is STD-00000 ("one or more validation errors") around the AUTH.VLD items that
 * say what is wrong. When the items name one known code, that code is the diagnosis: the user is told
 * "the client id is in use", not "Altinn rejected the content".
 */
const VALIDATION_WRAPPER = "STD-00000";

function singleValidationCode(e: ServiceErrorInit): string | null {
  if (e.code !== VALIDATION_WRAPPER || !e.validationErrors?.length) return null;
  const codes = new Set(e.validationErrors.map((v) => v.code));
  const [only] = codes;
  return codes.size === 1 && only && CATALOG[only] ? only : null;
}

/** The code the doctor files an error under: the service's own code first, then what happened on the wire. */
export function doctorCode(e: ServiceErrorInit): string {
  const specific = singleValidationCode(e);
  if (specific) return specific;
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
    cause: causeText(entry, locale, e.facts),
    fix: fixText(entry, locale, context, e.facts),
    // A code taken from a validation item is the form-level verdict; the items themselves go on their fields.
    field: code === singleValidationCode(e) ? undefined : entry.field,
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
        cause: entry ? causeText(entry, locale, e.facts) : v.title,
        fix: entry ? fixText(entry, locale, context, e.facts) : "",
        field: entry?.field,
        retryable: false,
        docs: entry?.docs,
      };
    }) ?? []
  );
}

/** The entry's texts that name what the wizard knows, when it knows all they need. */
function factTexts(entry: DoctorEntry, facts: Record<string, string> | undefined) {
  const w = entry.withFacts;
  return w && facts && w.needs.every((k) => facts[k]) ? { texts: w, facts } : null;
}

function causeText(entry: DoctorEntry, locale: Locale, facts?: Record<string, string>): string {
  const f = factTexts(entry, facts);
  return f ? format(f.texts.cause[locale], f.facts) : entry.cause[locale];
}

function fixText(
  entry: DoctorEntry,
  locale: Locale,
  context: DiagnoseContext,
  facts?: Record<string, string>,
): string {
  const f = factTexts(entry, facts);
  const fix = f ? format(f.texts.fix[locale], f.facts) : entry.fix[locale];
  const hint = context.env === "simulator" ? entry.simHint?.[locale] : undefined;
  return hint ? `${fix} ${hint}` : fix;
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
