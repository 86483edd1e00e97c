import { findOrg } from "../db/orgs";
import {
  findChangeRequest,
  findChangeRequestByKey,
  listChangeRequestsBySystem,
  putChangeRequest,
} from "../db/change-requests";
import { withSandboxLock } from "../db/sandboxes";
import { getSystemUsers } from "../db/system-users";
import { findSystemById } from "../db/systems";
import { empty, json, text } from "../http";
import type { Sim } from "../sim";
import type { SimChangeRequest } from "../types";
import { authorize } from "./auth";
import {
  changeRequestResponse,
  changeRequestSpec,
  isEmptyChange,
  toChangeRequest,
} from "./change-request-model";
import { bindJsonBody, invalidParameter, parseGuid, queryParam } from "./json-binding";
import { encodeOpaque, PAGE_SIZE, paginated } from "./paging";
import { altinnProblem, aspNetStatusProblem, aspNetValidationProblem } from "./problems";
import { checkRequestRedirectUrl } from "./redirect-urls";
import { apiBase } from "./request-model";
import { checkPackages, rightsOnSystem } from "./request-rules";
import { readCaller } from "./request-reads";

/**
 * `/authentication/api/v1/systemuser/changerequest/vendor…` (contracts-more §2; AA
 * ChangeRequestSystemUserController, ChangeRequestSystemUserService). Standard system users only.
 */
const EMPTY_GUID = "00000000-0000-0000-0000-000000000000";

/** A Guid query parameter as ASP.NET binds it: absent or empty → the empty Guid; malformed → null. */
function guidQuery(req: Request, name: string): string | null {
  const raw = queryParam(req, name);
  if (raw === null || raw === "") return EMPTY_GUID;
  return parseGuid(raw);
}

export async function createChangeRequest(sim: Sim, req: Request): Promise<Response> {
  const caller = await authorize(sim, req, "requestWrite");
  if (caller instanceof Response) return caller;
  const correlationId = guidQuery(req, "correlation-id");
  if (correlationId === null) return invalidParameter("correlation-id", queryParam(req, "correlation-id")!);
  const systemUserId = guidQuery(req, "system-user-id");
  if (systemUserId === null) return invalidParameter("system-user-id", queryParam(req, "system-user-id")!);
  const body = await bindJsonBody(req, "changeRequest", changeRequestSpec);
  if (!body.ok) return body.res;
  const model = toChangeRequest(body.value);
  if (!model.ok) return aspNetValidationProblem(model.errors);
  const input = model.value;

  // The controller's order (contracts-more §2, steps 1–7), then the service's validation (step 8).
  if (correlationId === EMPTY_GUID)
    return text("Missing or invalid QueryParameter: correlation-id. It must be a new Guid.", 400);
  if (caller.vendorOrgNo === null) return aspNetStatusProblem(401);
  const vendorOrgNo = caller.vendorOrgNo;
  const now = sim.now();
  return withSandboxLock(sim, async (locked) => {
    const [user] = await getSystemUsers(locked, [systemUserId]);
    // "For now we don't support ChangeRequests for an Agent SystemUser": agents read as not found.
    if (!user || user.isDeleted || user.userType === "agent") return altinnProblem("AUTH-00015");
    if (correlationId === systemUserId)
      return text("The correlation-id must not be the same as the system-user-id.", 400);
    if (user.supplierOrgno !== vendorOrgNo) return empty(401);
    const base = {
      systemId: user.systemId,
      systemUserId: user.id,
      partyOrgNo: user.reporteeOrgNo,
      externalRef: user.externalRef,
    };
    if (isEmptyChange(input)) {
      // Nothing stored; only the request's lists are compared, not the current delegations.
      return json({ id: correlationId, status: "NoChangeNeeded", confirmUrl: "", ...base, ...input });
    }
    const existing = await findChangeRequest(locked, correlationId);
    // Whatever its status: the vendor must read `status` (contracts-more §2 step 7).
    if (existing && existing.vendorOrgNo === vendorOrgNo) return json(changeRequestResponse(sim, existing));
    if (existing) return altinnProblem("AUTH-00012");

    const system = await findSystemById(locked, user.systemId);
    if (!system || system.isDeleted || system.vendorOrgNo !== vendorOrgNo) return altinnProblem("AUTH-00011");
    if (!(await findOrg(locked, user.reporteeOrgNo))) return altinnProblem("AUTH-00000");
    if (input.redirectUrl) {
      const redirect = checkRequestRedirectUrl(input.redirectUrl, system.allowedRedirectUrls);
      if (!redirect.ok) return altinnProblem(redirect.problem, redirect.extensions);
    }
    // A required right must be on the system: PUT …/rights first (contracts-more §3.3).
    if (
      input.requiredRights.length > 0 &&
      !rightsOnSystem(
        input.requiredRights.map((r) => ({ action: r.action ?? null, resource: r.resource })),
        system.rights,
      )
    )
      return altinnProblem("AUTH-00001");
    if (input.requiredAccessPackages.length > 0) {
      const packages = checkPackages(input.requiredAccessPackages, system, "standard");
      if (!packages.ok) return altinnProblem(packages.problem, packages.extensions);
    }
    const change: SimChangeRequest = {
      id: correlationId,
      ...base,
      vendorOrgNo,
      requiredRights: input.requiredRights,
      unwantedRights: input.unwantedRights,
      requiredAccessPackages: input.requiredAccessPackages,
      unwantedAccessPackages: input.unwantedAccessPackages,
      status: "New",
      ...(input.redirectUrl ? { redirectUrl: input.redirectUrl } : {}),
      created: new Date(now).toISOString(),
      expiresAt: now + sim.control.requestTimeoutSeconds * 1000,
      isDeleted: false,
    };
    await putChangeRequest(locked, change);
    return json(changeRequestResponse(sim, change), 201, {
      location: `${apiBase(sim)}/systemuser/changerequest/${change.id}`,
    });
  });
}

export async function getChangeRequest(sim: Sim, req: Request, rawId: string): Promise<Response> {
  const caller = await readCaller(sim, req);
  if (caller instanceof Response) return caller;
  const id = parseGuid(rawId);
  if (!id) return invalidParameter("requestId", rawId);
  const found = await findChangeRequest(sim, id);
  if (!found) return altinnProblem("AUTH-00010");
  if (found.vendorOrgNo !== caller.vendorOrgNo) return altinnProblem("AUTH-00011");
  return json(changeRequestResponse(sim, found));
}

/** An arbitrary change request of the key, without the package lists (contracts-more §2): track by id instead. */
export async function getChangeRequestByExternalRef(
  sim: Sim,
  req: Request,
  systemId: string,
  orgNo: string,
  externalRef: string,
): Promise<Response> {
  const caller = await readCaller(sim, req);
  if (caller instanceof Response) return caller;
  const found = await findChangeRequestByKey(sim, systemId, orgNo, externalRef);
  if (!found) return altinnProblem("AUTH-00010");
  if (found.vendorOrgNo !== caller.vendorOrgNo) return altinnProblem("AUTH-00011");
  return json(changeRequestResponse(sim, found, { withPackages: false }));
}

/**
 * Altinn's service ignores the token: the first 50, and a `next` that gives the same page for ever
 * (contracts-more §3.1, an inferred bug the simulator keeps so the wizard learns to stop on a repeated id).
 */
export async function listChangeRequests(sim: Sim, req: Request, systemId: string): Promise<Response> {
  const caller = await readCaller(sim, req);
  if (caller instanceof Response) return caller;
  const system = await findSystemById(sim, systemId);
  if (!system || system.vendorOrgNo !== caller.vendorOrgNo) return altinnProblem("AUTH-00011");
  const rows = await listChangeRequestsBySystem(sim, systemId, PAGE_SIZE + 1);
  const items = rows.slice(0, PAGE_SIZE);
  const next =
    rows.length > PAGE_SIZE
      ? `${apiBase(sim)}/systemuser/changerequest/vendor/bysystem/${encodeURIComponent(systemId)}?token=${encodeOpaque(items[items.length - 1]!.id)}`
      : undefined;
  return json(
    paginated(
      items.map((r) => changeRequestResponse(sim, r)),
      next,
    ),
  );
}

/** 202 whatever its status; no ownership check in Altinn (inferred, contracts-more §2). */
export async function deleteChangeRequest(sim: Sim, req: Request, rawId: string): Promise<Response> {
  const caller = await authorize(sim, req, "requestWrite");
  if (caller instanceof Response) return caller;
  const id = parseGuid(rawId);
  if (!id) return invalidParameter("requestId", rawId);
  return withSandboxLock(sim, async (locked) => {
    const found = await findChangeRequest(locked, id);
    if (!found) return altinnProblem("AUTH-00010");
    await putChangeRequest(locked, { ...found, isDeleted: true });
    return empty(202);
  });
}
