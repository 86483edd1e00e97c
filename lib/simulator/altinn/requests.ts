import { randomUUID } from "node:crypto";
import { findRequest, findRequestByKey, findRequestWithVendor, putRequest } from "../db/requests";
import { withSandboxLock } from "../db/sandboxes";
import type { SimScope } from "../db/scope";
import { findSystemUserByKey } from "../db/system-users";
import { findSystemById } from "../db/systems";
import { empty, json } from "../http";
import type { Sim } from "../sim";
import type { SimRequest } from "../types";
import { authorize } from "./auth";
import { bindJsonBody, invalidParameter, parseGuid } from "./json-binding";
import { asSimRights, createRequestSpec, toCreateRequest } from "./models";
import { altinnProblem, aspNetValidationProblem, type ProblemCode } from "./problems";
import { effectiveStatus, requestLocation, requestResponse, UNSET_DATETIME } from "./request-model";
import { answerOwned, listBySystem, readCaller } from "./request-reads";
import { validateNewRequest } from "./request-rules";

/**
 * `/authentication/api/v1/systemuser/request/vendor…` (contracts §2.6–2.8; AA RequestSystemUserController):
 * create (201, or 200 with the existing request), read by id / external key / system, and delete.
 */

/** The request's system must exist and belong to the caller (RetrieveChosenSystemInfoAndValidateVendorOrgNo). */
async function ownedByCaller(scope: SimScope, r: SimRequest, vendorOrgNo: string): Promise<boolean> {
  const system = await findSystemById(scope, r.systemId);
  return system !== undefined && system.vendorOrgNo === vendorOrgNo;
}

export async function createRequest(sim: Sim, req: Request): Promise<Response> {
  const caller = await authorize(sim, req, "requestWrite");
  if (caller instanceof Response) return caller;
  const body = await bindJsonBody(req, "createRequest", createRequestSpec);
  if (!body.ok) return body.res;
  const model = toCreateRequest(body.value);
  if (!model.ok) return aspNetValidationProblem(model.errors);
  const input = model.value;
  if (caller.vendorOrgNo === null) return altinnProblem("AUTH-00023");
  const vendorOrgNo = caller.vendorOrgNo;

  // Only a missing externalRef defaults here; an empty one is looked up as "" (as Altinn does) and
  // becomes the orgno only when stored.
  const keyRef = input.externalRef ?? input.partyOrgNo;
  const now = sim.now();
  // Under the sandbox lock: two identical requests at once give one request (201, then 200 with it).
  return withSandboxLock(sim, async (locked) => {
    if (await findSystemUserByKey(locked, input.systemId, input.partyOrgNo, keyRef))
      return altinnProblem("AUTH-00004");
    const existing = await findRequestByKey(locked, input.systemId, input.partyOrgNo, keyRef);
    // The request's system is the one named in the body (systemId is part of the key).
    const system = await findSystemById(locked, input.systemId);
    if (existing && system?.vendorOrgNo === vendorOrgNo && effectiveStatus(existing, now) !== "Timedout") {
      return json(requestResponse(sim, existing, { withConfirmUrl: true }));
    }

    const checked = await validateNewRequest(locked, now, input, vendorOrgNo, { system, existing });
    if (!checked.ok) return altinnProblem(checked.problem, checked.extensions);
    const valid = checked.value;
    const request: SimRequest = {
      id: randomUUID(),
      externalRef: input.externalRef || input.partyOrgNo,
      systemId: input.systemId,
      partyOrgNo: input.partyOrgNo,
      vendorOrgNo,
      integrationTitle: input.integrationTitle ?? valid.name.nb ?? "",
      rights: asSimRights(input.rights ?? []),
      accessPackages: (input.accessPackages ?? []).map((p) => ({ urn: p.urn ?? "" })),
      status: "New",
      ...(input.redirectUrl !== null ? { redirectUrl: input.redirectUrl } : {}),
      escalated: false,
      created: new Date(now).toISOString(),
      expiresAt: now + sim.control.requestTimeoutSeconds * 1000,
      isDeleted: false,
    };
    await putRequest(locked, request);
    return json(requestResponse(sim, request, { withConfirmUrl: true, created: UNSET_DATETIME }), 201, {
      location: requestLocation(sim, request.id),
    });
  });
}

const withConfirmUrl = (sim: Sim) => (r: SimRequest) => requestResponse(sim, r, { withConfirmUrl: true });

export async function getRequest(sim: Sim, req: Request, rawId: string): Promise<Response> {
  const caller = await readCaller(sim, req);
  if (caller instanceof Response) return caller;
  const id = parseGuid(rawId);
  if (!id) return invalidParameter("requestId", rawId);
  return answerOwned(await findRequestWithVendor(sim, { id }), caller.vendorOrgNo, withConfirmUrl(sim));
}

export async function getRequestByExternalRef(
  sim: Sim,
  req: Request,
  systemId: string,
  orgNo: string,
  externalRef: string,
): Promise<Response> {
  const caller = await readCaller(sim, req);
  if (caller instanceof Response) return caller;
  return answerOwned(
    await findRequestWithVendor(sim, { systemId, orgNo, externalRef }),
    caller.vendorOrgNo,
    withConfirmUrl(sim),
  );
}

export async function listRequestsBySystem(sim: Sim, req: Request, systemId: string): Promise<Response> {
  return listBySystem(sim, req, systemId, "standard", (r) =>
    requestResponse(sim, r, { withConfirmUrl: false }),
  );
}

/**
 * DELETE soft-deletes the request whatever its status: 202 with an empty body. Altinn does not check the
 * vendor here; the simulator answers a foreign vendor's request as AUTH-00011, as the GET does.
 */
export async function deleteRequest(sim: Sim, req: Request, rawId: string): Promise<Response> {
  const caller = await authorize(sim, req, "requestWrite");
  if (caller instanceof Response) return caller;
  const id = parseGuid(rawId);
  if (!id) return invalidParameter("requestId", rawId);
  return withSandboxLock(sim, async (locked) => {
    const r = await findRequest(locked, id);
    const problem: ProblemCode | null = !r
      ? "AUTH-00010"
      : !(await ownedByCaller(locked, r, caller.vendorOrgNo ?? ""))
        ? "AUTH-00011"
        : null;
    if (problem || !r) return altinnProblem(problem ?? "AUTH-00010");
    await putRequest(locked, { ...r, isDeleted: true });
    return empty(202);
  });
}
