import type { ServiceErrorInit } from "../http/service-error";
import type { Locale } from "../i18n/types";
import { format } from "../i18n/types";
import { stepById } from "../steps";
import type { Diagnosis } from "./types";
import { tokenMessages } from "../i18n/messages/token";

/**
 * MP-303 (`invalid_altinn_customer_configuration`) says only that Maskinporten found no system user for the
 * grant (contracts §1.7). Its causes need different fixes, so after an MP-303 the wizard asks Altinn what is
 * actually there — the system's clientId list, the request by id and by externalRef, the system user — and
 * `decideMp303` (pure) names the cause. `investigateMp303` is the thin I/O part; the Altinn calls are passed
 * in so this module stays free of secrets and network code.
 */

export interface Mp303RequestFacts {
  status: string;
  partyOrgNo: string;
  externalRef: string;
  systemId: string;
}

export interface Mp303SystemUserFacts {
  id: string;
  reporteeOrgNo: string;
  externalRef?: string;
  userType?: string;
}

/** `undefined` everywhere below means "could not be checked" (the lookup failed); `null` means "not there". */
export interface Mp303Facts {
  /** `error` of the Maskinporten answer: a malformed authorization_details is also filed under MP-303. */
  error: string | undefined;
  /** What the grant asked for. */
  used: { clientId: string; systemId: string; partyOrgNo: string; externalRef: string | undefined };
  system: { clientId: string[]; isDeleted?: boolean } | null | undefined;
  /** The request the wizard created in step 5, looked up by its id. */
  request: Mp303RequestFacts | null | undefined;
  /** A request for the grant's own (systemId, customer, externalRef). */
  requestByRef: Mp303RequestFacts | null | undefined;
  /** The system user for the grant's (systemId, customer, externalRef), via byquery. */
  systemUser: Mp303SystemUserFacts | null | undefined;
}

export const MP303_CAUSES = [
  "grant-invalid",
  "system-missing",
  "client-not-on-system",
  "wrong-org",
  "external-ref-mismatch",
  "request-missing",
  "not-approved",
  "rejected",
  "timed-out",
  "system-user-deleted",
  "agent-system-user",
  "propagation",
  "unchecked",
] as const;
export type Mp303Cause = (typeof MP303_CAUSES)[number];

export interface Mp303Verdict {
  cause: Mp303Cause;
  /** Values for the texts' placeholders. */
  values: Record<string, string>;
}

/** The effective externalRef of a grant: Altinn defaults a missing one to the customer's org number. */
function effectiveRef(used: Mp303Facts["used"]): string {
  return used.externalRef?.trim() ? used.externalRef : used.partyOrgNo;
}

export function decideMp303(f: Mp303Facts): Mp303Verdict {
  const ref = effectiveRef(f.used);
  const values: Record<string, string> = {
    clientId: f.used.clientId,
    systemId: f.used.systemId,
    org: f.used.partyOrgNo,
    externalRef: ref,
  };
  const verdict = (cause: Mp303Cause, extra: Record<string, string> = {}): Mp303Verdict => ({
    cause,
    values: { ...values, ...extra },
  });
  let unchecked = false;

  if (f.error === "invalid_authorization_details") return verdict("grant-invalid");

  if (f.system === undefined) unchecked = true;
  else if (f.system === null || f.system.isDeleted) return verdict("system-missing");
  else if (!f.system.clientId.includes(f.used.clientId)) {
    return verdict("client-not-on-system", { registered: f.system.clientId.join(", ") || "–" });
  }

  if (f.request === undefined) unchecked = true;
  else if (f.request) {
    if (f.request.partyOrgNo !== f.used.partyOrgNo)
      return verdict("wrong-org", { expectedOrg: f.request.partyOrgNo });
    if (f.request.externalRef !== ref)
      return verdict("external-ref-mismatch", { expectedRef: f.request.externalRef });
  }

  const request = f.requestByRef ?? f.request;
  if (
    request === undefined ||
    (request === null && (f.requestByRef === undefined || f.request === undefined))
  ) {
    unchecked = true;
  } else if (request === null) {
    // Neither the wizard's request nor one for this externalRef exists: deleted, archived or never sent.
    if (f.systemUser === null) return verdict("request-missing");
  } else {
    const status = request.status.toLowerCase();
    if (status === "new") return verdict("not-approved", { status: request.status });
    if (status === "rejected" || status === "denied") return verdict("rejected", { status: request.status });
    if (status === "timedout") return verdict("timed-out", { status: request.status });
  }

  if (f.systemUser === undefined) unchecked = true;
  else if (f.systemUser === null) {
    if (request && request.status.toLowerCase() === "accepted") return verdict("system-user-deleted");
  } else {
    if (f.systemUser.userType === "agent") return verdict("agent-system-user");
    if (f.systemUser.reporteeOrgNo !== f.used.partyOrgNo)
      return verdict("wrong-org", { expectedOrg: f.systemUser.reporteeOrgNo });
  }

  return verdict(unchecked ? "unchecked" : "propagation");
}

const MP303_DOCS =
  "https://docs.altinn.studio/authorization/guides/system-vendor/system-user/troubleshooting/errors/mp-303-error/";

/** Which step fixes each cause (null: nothing to change in the wizard). */
const FIX_STEP: Record<Mp303Cause, "system" | "customer" | "token" | null> = {
  "grant-invalid": "token",
  "system-missing": "system",
  "client-not-on-system": "system",
  "wrong-org": "customer",
  "external-ref-mismatch": "customer",
  "request-missing": "customer",
  "not-approved": "customer",
  rejected: "customer",
  "timed-out": "customer",
  "system-user-deleted": "customer",
  "agent-system-user": "customer",
  propagation: null,
  unchecked: null,
};

export function mp303FixStep(cause: Mp303Cause): { number: number; path: string } | null {
  const id = FIX_STEP[cause];
  if (!id) return null;
  const step = stepById(id);
  return { number: step.number, path: step.path };
}

/** The doctor's verdict for an MP-303, in the user's language, with the original answer as technical detail. */
export function mp303Diagnosis(verdict: Mp303Verdict, error: ServiceErrorInit, locale: Locale): Diagnosis {
  const t = tokenMessages[locale].mp303[verdict.cause];
  const step = mp303FixStep(verdict.cause);
  const values = { ...verdict.values, step: step ? String(step.number) : "" };
  return {
    code: "MP-303",
    title: format(t.title, values),
    cause: format(t.cause, values),
    fix: format(t.fix, values),
    retryable:
      verdict.cause === "not-approved" || verdict.cause === "propagation" || verdict.cause === "unchecked",
    docs: MP303_DOCS,
    technical: {
      service: error.service,
      method: error.method,
      url: error.url,
      status: error.status,
      description: error.description,
      body: error.body?.slice(0, 2000),
      correlationId: error.correlationId,
    },
  };
}

export function isMp303(e: ServiceErrorInit): boolean {
  return (
    e.service === "maskinporten" &&
    (e.error === "invalid_altinn_customer_configuration" ||
      e.code === "MP-303" ||
      /\bMP-303\b/.test(e.description ?? ""))
  );
}

/** The Altinn look-ups the investigation needs (the vendor's altinnClient fits). */
export interface Mp303Lookups {
  getSystem(systemId: string): Promise<{ clientId: string[]; isDeleted?: boolean } | null>;
  getRequest(id: string): Promise<Mp303RequestFacts | null>;
  getRequestByExternalRef(
    systemId: string,
    orgNo: string,
    externalRef: string,
  ): Promise<Mp303RequestFacts | null>;
  findSystemUser(q: {
    systemId: string;
    orgNo: string;
    externalRef?: string;
  }): Promise<Mp303SystemUserFacts | null>;
}

async function attempt<T>(fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch {
    return undefined;
  }
}

/** Gathers the facts; a failed look-up leaves its fact `undefined`, so the verdict says what could not be checked. */
export async function investigateMp303(
  lookups: Mp303Lookups | null,
  error: ServiceErrorInit,
  used: Mp303Facts["used"],
  requestId: string | undefined,
): Promise<Mp303Facts> {
  const base = { error: error.error, used };
  if (!lookups)
    return { ...base, system: undefined, request: undefined, requestByRef: undefined, systemUser: undefined };
  const ref = effectiveRef(used);
  const [system, request, requestByRef, systemUser] = await Promise.all([
    attempt(() => lookups.getSystem(used.systemId)),
    requestId ? attempt(() => lookups.getRequest(requestId)) : Promise.resolve(null),
    attempt(() => lookups.getRequestByExternalRef(used.systemId, used.partyOrgNo, ref)),
    attempt(() =>
      lookups.findSystemUser({ systemId: used.systemId, orgNo: used.partyOrgNo, externalRef: ref }),
    ),
  ]);
  return { ...base, system, request, requestByRef, systemUser };
}
