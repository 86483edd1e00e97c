import { SKATTEETATEN_APIS, type ApiId } from "../catalogue";
import type { Environment } from "../environments";
import type { StepId, WizardState } from "../session/state";
import { stepStatuses, type StepStatus } from "../steps";

/**
 * What the wizard set up, as the summary page shows it and as the JSON download holds it. Pure. Built from
 * an allow-list of fields: the private key, the public key's modulus and every token stay out, whatever
 * else the state gains later.
 */
export interface SummaryCall {
  api: ApiId;
  method: string;
  url: string;
  status: number;
  ok: boolean;
  correlationId: string | null;
  durationMs: number;
  at: string;
}

export interface Summary {
  generatedAt: string;
  environment: {
    id: WizardState["env"];
    maskinportenIssuer: string;
    altinnPlatformUrl: string;
    skatteetaten: Partial<Record<ApiId, string>>;
  };
  vendor: { orgno: string; name: string | null } | null;
  apis: {
    id: ApiId;
    name: string;
    scope: string;
    resource: string;
    scopeStatus: "ordered" | "granted" | null;
  }[];
  client: { clientId: string; kid: string; origin: string; scopes: string[] } | null;
  key: { kid: string; source: string; createdAt: string; downloaded: boolean } | null;
  system: { systemId: string; savedAt: string; clientId: string[]; rights: string[] } | null;
  request: {
    id: string;
    status: string;
    partyOrgNo: string;
    externalRef: string;
    confirmUrl: string;
    checkedAt: string;
  } | null;
  systemUser: {
    id: string;
    systemId: string;
    reporteeOrgNo: string;
    externalRef: string;
    userType: string | null;
  } | null;
  systemUserToken: {
    fetchedAt: string;
    expiresAt: string | null;
    scope: string | null;
    systemUserId: string | null;
    systemId: string | null;
  } | null;
  calls: SummaryCall[];
  steps: Record<StepId, StepStatus>;
}

const iso = (ms: number) => new Date(ms).toISOString();

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

function rightIds(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((r) => {
    const res = (r as { resource?: unknown })?.resource;
    return Array.isArray(res)
      ? res.map((x) => (x as { value?: unknown })?.value).filter((x): x is string => typeof x === "string")
      : [];
  });
}

function systemUserDetail(claims: Record<string, unknown>): {
  systemUserId: string | null;
  systemId: string | null;
} {
  const first: unknown = Array.isArray(claims.authorization_details)
    ? claims.authorization_details[0]
    : undefined;
  if (!first || typeof first !== "object") return { systemUserId: null, systemId: null };
  const d = first as Record<string, unknown>;
  return {
    systemUserId: strings(d.systemuser_id)[0] ?? null,
    systemId: typeof d.system_id === "string" ? d.system_id : null,
  };
}

export function buildSummary(
  state: WizardState,
  env: Pick<Environment, "maskinporten" | "altinn" | "skatteetaten">,
  now: number = Date.now(),
): Summary {
  const token = state.systemUserToken;
  const exp = token && typeof token.claims.exp === "number" ? token.claims.exp * 1000 : null;
  return {
    generatedAt: iso(now),
    environment: {
      id: state.env,
      maskinportenIssuer: env.maskinporten.issuer,
      altinnPlatformUrl: env.altinn.platformUrl,
      skatteetaten: Object.fromEntries(state.apis.map((id) => [id, env.skatteetaten[id]])),
    },
    vendor: state.vendor ? { orgno: state.vendor.orgno, name: state.vendor.name } : null,
    apis: state.apis.map((id) => {
      const api = SKATTEETATEN_APIS[id];
      return {
        id,
        name: api.name.nb,
        scope: api.scope,
        resource: api.resource,
        scopeStatus: state.scopes[api.scope] ?? null,
      };
    }),
    client: state.client
      ? {
          clientId: state.client.clientId,
          kid: state.client.kid,
          origin: state.client.origin,
          scopes: [...state.client.scopes],
        }
      : null,
    key: state.key
      ? {
          kid: state.key.kid,
          source: state.key.source,
          createdAt: iso(state.key.createdAt),
          downloaded: state.key.downloaded,
        }
      : null,
    system: state.system
      ? {
          systemId: state.system.systemId,
          savedAt: iso(state.system.savedAt),
          clientId: strings(state.system.registration.clientId),
          rights: rightIds(state.system.registration.rights),
        }
      : null,
    request: state.request
      ? {
          id: state.request.id,
          status: state.request.status,
          partyOrgNo: state.request.partyOrgNo,
          externalRef: state.request.externalRef,
          confirmUrl: state.request.confirmUrl,
          checkedAt: iso(state.request.checkedAt),
        }
      : null,
    systemUser: state.systemUser
      ? {
          id: state.systemUser.id,
          systemId: state.systemUser.systemId,
          reporteeOrgNo: state.systemUser.reporteeOrgNo,
          externalRef: state.systemUser.externalRef,
          userType: state.systemUser.userType ?? null,
        }
      : null,
    systemUserToken: token
      ? {
          fetchedAt: iso(token.at),
          expiresAt: exp ? iso(exp) : null,
          scope: typeof token.claims.scope === "string" ? token.claims.scope : null,
          ...systemUserDetail(token.claims),
        }
      : null,
    calls: state.calls.map((c) => ({
      api: c.api,
      method: c.method,
      url: c.url,
      status: c.status,
      ok: c.ok,
      correlationId: c.correlationId,
      durationMs: c.durationMs,
      at: iso(c.at),
    })),
    steps: stepStatuses(state),
  };
}

/** The download's file name: the environment and the date, e.g. `systembruker-test-2026-03-01.json`. */
export function summaryFileName(state: WizardState, now: number = Date.now()): string {
  return `systembruker-${state.env}-${iso(now).slice(0, 10)}.json`;
}
