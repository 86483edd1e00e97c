import { sandboxPath, type Sim } from "../sim";
import type { SimRequest } from "../types";
import { object, ModelErrors, str } from "./json-binding";
import { accessPackagesSpec, toPackagesBody, type AccessPackageInput, type Bound } from "./models";
import { effectiveStatus } from "./request-model";

/**
 * The agent request's body and answer (contracts-more §1.3–1.4; AA CreateAgentRequestSystemUser.cs,
 * AgentRequestSystemResponse.cs). There is no `rights` member: one sent anyway is ignored, as
 * System.Text.Json skips unknown members.
 */
const NS = "Altinn.Platform.Authentication.Core.Models";

export const createAgentRequestSpec = object(`${NS}.SystemUsers.CreateAgentRequestSystemUser`, {
  integrationTitle: { spec: str },
  externalRef: { spec: str },
  systemId: { spec: str, required: true },
  partyOrgNo: { spec: str, required: true },
  accessPackages: { spec: accessPackagesSpec },
  redirectUrl: { spec: str },
});

export interface CreateAgentRequestInput {
  integrationTitle: string | null;
  externalRef: string | null;
  systemId: string;
  partyOrgNo: string;
  accessPackages: AccessPackageInput[];
  redirectUrl: string | null;
}

/** [Required] on SystemId, PartyOrgNo and AccessPackages: a missing list is a model error, an empty one AUTH-00058. */
export function toCreateAgentRequest(raw: Record<string, unknown>): Bound<CreateAgentRequestInput> {
  const errors = new ModelErrors();
  errors.required("SystemId", raw.systemId);
  errors.required("PartyOrgNo", raw.partyOrgNo);
  errors.required("AccessPackages", raw.accessPackages);
  if (errors.any) return { ok: false, errors: errors.errors };
  const trim = (v: unknown) => (typeof v === "string" ? v.trim() : null);
  return {
    ok: true,
    value: {
      integrationTitle: trim(raw.integrationTitle),
      externalRef: trim(raw.externalRef),
      systemId: trim(raw.systemId)!,
      partyOrgNo: trim(raw.partyOrgNo)!,
      accessPackages: toPackagesBody(raw.accessPackages as unknown[]),
      redirectUrl: trim(raw.redirectUrl),
    },
  };
}

const AGENT_APPROVAL_SUBPATH = "/altinn-ui/accessmanagement/ui/systemuser/agentrequest";

/** The agent approval page's path (no origin) in the sandbox. */
export function agentApprovalPath(sandboxId: string): string {
  return `${sandboxPath(sandboxId)}${AGENT_APPROVAL_SUBPATH}`;
}

/** `…/systemuser/agentrequest?id=<id>&DONTCHOOSEREPORTEE=true` (AA CONFIRMURL_AGENTREQUEST; contracts-more §1.3). */
export function agentConfirmUrl(sim: Sim, id: string): string {
  return `${sim.base}${AGENT_APPROVAL_SUBPATH}?id=${id}&DONTCHOOSEREPORTEE=true`;
}

/** AgentRequestSystemResponse: the standard answer without `rights`; nulls left out. */
export function agentRequestResponse(sim: Sim, r: SimRequest, opts: { created?: string } = {}) {
  const now = sim.now();
  return {
    id: r.id,
    ...(r.integrationTitle !== "" ? { integrationTitle: r.integrationTitle } : {}),
    externalRef: r.externalRef,
    systemId: r.systemId,
    partyOrgNo: r.partyOrgNo,
    accessPackages: r.accessPackages,
    status: effectiveStatus(r, now),
    ...(r.redirectUrl !== undefined ? { redirectUrl: r.redirectUrl } : {}),
    confirmUrl: agentConfirmUrl(sim, r.id),
    escalated: r.escalated,
    created: opts.created ?? r.created,
    timedOut: now >= r.expiresAt,
  };
}
