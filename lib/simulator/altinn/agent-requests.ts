import { randomUUID } from "node:crypto";
import { findOrg } from "../db/orgs";
import { findRequestByKey, findRequestWithVendor, putRequest } from "../db/requests";
import { withSandboxLock } from "../db/sandboxes";
import { findSystemUserByKey } from "../db/system-users";
import { findSystemById } from "../db/systems";
import { json } from "../http";
import type { Sim } from "../sim";
import type { SimRequest } from "../types";
import { agentRequestResponse, createAgentRequestSpec, toCreateAgentRequest } from "./agent-model";
import { authorize } from "./auth";
import { bindJsonBody, invalidParameter, parseGuid } from "./json-binding";
import { altinnProblem, aspNetValidationProblem } from "./problems";
import { checkRequestRedirectUrl } from "./redirect-urls";
import { effectiveStatus, requestLocation } from "./request-model";
import { answerOwned, listBySystem, readCaller } from "./request-reads";
import { checkPackages, KEY_TAKEN_PROBLEM } from "./request-rules";

/**
 * `/authentication/api/v1/systemuser/request/vendor/agent…` (contracts-more §1.3–1.4; AA
 * RequestSystemUserController, RequestSystemUserService.CreateAgentRequest). Agent requests live in
 * sim_requests with `userType: "agent"`; the generic DELETE (requests.ts) removes them too.
 */

export async function createAgentRequest(sim: Sim, req: Request): Promise<Response> {
  const caller = await authorize(sim, req, "requestWrite");
  if (caller instanceof Response) return caller;
  const body = await bindJsonBody(req, "createAgentRequest", createAgentRequestSpec);
  if (!body.ok) return body.res;
  const model = toCreateAgentRequest(body.value);
  if (!model.ok) return aspNetValidationProblem(model.errors);
  const input = model.value;
  // 1. No vendor in the token.
  if (caller.vendorOrgNo === null) return altinnProblem("AUTH-00023");
  const vendorOrgNo = caller.vendorOrgNo;
  // An empty externalRef becomes the party's orgno (contracts-more §1.4).
  const keyRef = input.externalRef || input.partyOrgNo;
  const now = sim.now();

  return withSandboxLock(sim, async (locked) => {
    // 2. The key is shared with every system user, standard or agent (no type filter in Altinn's query).
    if (await findSystemUserByKey(locked, input.systemId, input.partyOrgNo, keyRef))
      return altinnProblem("AUTH-00004");
    const system = await findSystemById(locked, input.systemId);
    // 3. A live agent request for the key: 200 with it (only to its own vendor, as the standard POST does).
    const existing = await findRequestByKey(locked, input.systemId, input.partyOrgNo, keyRef, "agent");
    if (existing && system?.vendorOrgNo === vendorOrgNo && effectiveStatus(existing, now) !== "Timedout")
      return json(agentRequestResponse(sim, existing));
    // 4. Unknown system (a deleted one could never be approved: refused too, as for standard requests).
    if (!system || system.isDeleted) return altinnProblem("AUTH-00011");
    // 5. Only standard requests are looked at here.
    const standard = await findRequestByKey(locked, input.systemId, input.partyOrgNo, keyRef, "standard");
    const status = standard ? effectiveStatus(standard, now) : "Timedout";
    if (status !== "Timedout") return altinnProblem(KEY_TAKEN_PROBLEM[status]);
    // 6.–8. Vendor, party, redirect URL.
    if (system.vendorOrgNo !== vendorOrgNo) return altinnProblem("AUTH-00011");
    if (!(await findOrg(locked, input.partyOrgNo))) return altinnProblem("AUTH-00000");
    if (input.redirectUrl) {
      const redirect = checkRequestRedirectUrl(input.redirectUrl, system.allowedRedirectUrls);
      if (!redirect.ok) return altinnProblem(redirect.problem, redirect.extensions);
    }
    // 9.–10. Packages: at least one, each on the system and delegable to an agent.
    if (input.accessPackages.length === 0) return altinnProblem("AUTH-00058");
    const packages = checkPackages(input.accessPackages, system, "agent");
    if (!packages.ok) return altinnProblem(packages.problem, packages.extensions);

    const request: SimRequest = {
      id: randomUUID(),
      externalRef: keyRef,
      systemId: input.systemId,
      partyOrgNo: input.partyOrgNo,
      vendorOrgNo,
      integrationTitle: input.integrationTitle ?? system.name.nb ?? "",
      rights: [],
      accessPackages: input.accessPackages.map((p) => ({ urn: p.urn ?? "" })),
      status: "New",
      ...(input.redirectUrl ? { redirectUrl: input.redirectUrl } : {}),
      escalated: false,
      created: new Date(now).toISOString(),
      expiresAt: now + sim.control.requestTimeoutSeconds * 1000,
      isDeleted: false,
      userType: "agent",
    };
    await putRequest(locked, request);
    // The Location is the same path as for standard requests (contracts-more §1.3).
    return json(agentRequestResponse(sim, request), 201, { location: requestLocation(sim, request.id) });
  });
}

/** GET vendor/agent/{id}: a standard request's id is 404 AUTH-00010 here (contracts-more §1.3). */
export async function getAgentRequest(sim: Sim, req: Request, rawId: string): Promise<Response> {
  const caller = await readCaller(sim, req);
  if (caller instanceof Response) return caller;
  const id = parseGuid(rawId);
  if (!id) return invalidParameter("requestId", rawId);
  return answerOwned(await findRequestWithVendor(sim, { id }, "agent"), caller.vendorOrgNo, (r) =>
    agentRequestResponse(sim, r),
  );
}

export async function getAgentRequestByExternalRef(
  sim: Sim,
  req: Request,
  systemId: string,
  orgNo: string,
  externalRef: string,
): Promise<Response> {
  const caller = await readCaller(sim, req);
  if (caller instanceof Response) return caller;
  const found = await findRequestWithVendor(sim, { systemId, orgNo, externalRef }, "agent");
  return answerOwned(found, caller.vendorOrgNo, (r) => agentRequestResponse(sim, r));
}

/** GET vendor/agent/bysystem/{systemId}[?token=]: paged like the standard list (contracts-more §3.1). */
export async function listAgentRequestsBySystem(sim: Sim, req: Request, systemId: string): Promise<Response> {
  return listBySystem(sim, req, systemId, "agent", (r) => agentRequestResponse(sim, r));
}
