import { randomUUID } from "node:crypto";
import { withSandboxLock } from "../db/sandboxes";
import { findSystemById, listVendorSystems, putSystem } from "../db/systems";
import { json } from "../http";
import type { Sim } from "../sim";
import type { SimSystem } from "../types";
import { authorize, hasWriteAccess, type Caller } from "./auth";
import { bindJsonBody } from "./json-binding";
import {
  accessPackagesSpec,
  asSimRights,
  registerSystemSpec,
  rightsSpec,
  toPackagesBody,
  toRegisterSystem,
  toRightsBody,
  type AccessPackageInput,
  type RegisterSystemInput,
} from "./models";
import {
  aspNetStatusProblem,
  aspNetValidationProblem,
  forbidden,
  PATHS,
  plainError,
  validationProblem,
} from "./problems";
import {
  validateAccessPackages,
  validateClientIdsForUpdate,
  validateNewSystem,
  validateRights,
  vendorOrgNoOf,
} from "./system-register-rules";

/**
 * `/authentication/api/v1/systemregister/vendor…` (contracts §2.3–2.5; AA SystemRegisterController):
 * register, list, read, replace, re-right and soft-delete a vendor's systems. Scope systemregister.write
 * (or .admin); the token's `consumer` must own the system.
 */

/** RegisteredSystemResponse (GET vendor/{id}); `vendor.authority` is a C# field and never serialised. */
export function registeredSystemResponse(s: SimSystem) {
  return {
    id: s.id,
    vendor: { ID: `0192:${s.vendorOrgNo}` },
    name: s.name,
    description: s.description,
    rights: s.rights,
    accessPackages: s.accessPackages,
    isDeleted: s.isDeleted,
    clientId: s.clientId,
    isVisible: s.isVisible,
    allowedRedirectUrls: s.allowedRedirectUrls,
  };
}

/** RegisteredSystemDTO (GET vendor). `systemVendorOrgName` is a get-only property that Altinn always leaves "". */
function registeredSystemDto(s: SimSystem) {
  return {
    systemId: s.id,
    systemVendorOrgNumber: s.vendorOrgNo,
    systemVendorOrgName: "",
    name: s.name,
    description: s.description,
    rights: s.rights,
    accessPackages: s.accessPackages,
    isVisible: s.isVisible,
  };
}

const succeeded = () => json({ succeeded: true });

function packagesOf(input: readonly AccessPackageInput[]): { urn: string }[] {
  return input.map((p) => ({ urn: p.urn ?? "" }));
}

function definitionOf(input: RegisterSystemInput) {
  return {
    name: input.name,
    description: input.description,
    rights: asSimRights(input.rights),
    accessPackages: packagesOf(input.accessPackages),
    clientId: input.clientId,
    isVisible: input.isVisible,
    allowedRedirectUrls: input.allowedRedirectUrls,
  };
}

export async function createSystem(sim: Sim, req: Request): Promise<Response> {
  const caller = await authorize(sim, req, "systemRegisterWrite");
  if (caller instanceof Response) return caller;
  const body = await bindJsonBody(req, "registerNewSystem", registerSystemSpec);
  if (!body.ok) return body.res;
  const model = toRegisterSystem(body.value);
  if (!model.ok) return aspNetValidationProblem(model.errors);
  const input = model.value;

  const vendorOrgNo = vendorOrgNoOf(input.vendorId);
  if (vendorOrgNo === null) return validationProblem([{ code: "AUTH.VLD-00000", paths: [PATHS.vendorId] }]);
  // Checked and stored under the sandbox lock: two registrations at once cannot both take an id or a client id.
  return withSandboxLock(sim, async (locked) => {
    const items = [
      ...(await validateNewSystem(locked, input, vendorOrgNo)),
      ...validateRights(input.rights),
      ...validateAccessPackages(input.accessPackages, input.isVisible),
    ];
    // Altinn checks ownership after collecting the errors but before answering with them.
    if (!hasWriteAccess(caller, vendorOrgNo)) return forbidden();
    if (items.length > 0) return validationProblem(items);
    // The same client id twice in one body breaks the client table's primary key: Altinn answers 409.
    if (new Set(input.clientId).size !== input.clientId.length)
      return plainError(`The System already exist: ${input.id}`, 409);

    const now = new Date(sim.now()).toISOString();
    const system: SimSystem = {
      internalId: randomUUID(),
      id: input.id,
      vendorOrgNo,
      ...definitionOf(input),
      isDeleted: false,
      created: now,
      lastChanged: now,
    };
    await putSystem(locked, system);
    return json(system.internalId);
  });
}

export async function listSystems(sim: Sim, req: Request): Promise<Response> {
  const caller = await authorize(sim, req, "systemRegisterWrite");
  if (caller instanceof Response) return caller;
  if (caller.vendorOrgNo === null) return forbidden();
  const systems = await listVendorSystems(sim, caller.vendorOrgNo);
  return json(systems.map(registeredSystemDto));
}

export async function getSystem(sim: Sim, req: Request, systemId: string): Promise<Response> {
  const caller = await authorize(sim, req, "systemRegisterWrite");
  if (caller instanceof Response) return caller;
  const system = await findSystemById(sim, systemId);
  if (!system) return aspNetStatusProblem(404);
  if (!hasWriteAccess(caller, system.vendorOrgNo)) return forbidden();
  return json(registeredSystemResponse(system));
}

/** PUT replaces the whole definition. Like Altinn, it does not re-check the redirect URL format or id rules. */
export async function updateSystem(sim: Sim, req: Request, systemId: string): Promise<Response> {
  const caller = await authorize(sim, req, "systemRegisterWrite");
  if (caller instanceof Response) return caller;
  const body = await bindJsonBody(req, "proposedUpdateToSystem", registerSystemSpec);
  if (!body.ok) return body.res;
  const model = toRegisterSystem(body.value);
  if (!model.ok) return aspNetValidationProblem(model.errors);
  const input = model.value;

  return withSandboxLock(sim, async (locked) => {
    const current = await findSystemById(locked, systemId);
    const notFound = () => plainError(`System with ID '${systemId}' not found.`, 404);
    if (!current) return notFound();
    if (!hasWriteAccess(caller, current.vendorOrgNo)) return forbidden();
    if (input.vendorId !== `0192:${current.vendorOrgNo}`) return notFound();
    if (input.id !== systemId)
      return validationProblem([{ code: "AUTH.VLD-00012", paths: [PATHS.systemId] }]);
    if (current.isDeleted) return plainError("Cannot update a system marked as deleted.", 400);
    const items = [
      ...validateRights(input.rights),
      ...validateAccessPackages(input.accessPackages, input.isVisible),
      ...(await validateClientIdsForUpdate(locked, current, input.clientId)),
    ];
    if (items.length > 0) return validationProblem(items);
    await putSystem(locked, {
      ...current,
      ...definitionOf(input),
      lastChanged: new Date(sim.now()).toISOString(),
    });
    return succeeded();
  });
}

export async function deleteSystem(sim: Sim, req: Request, systemId: string): Promise<Response> {
  const caller = await authorize(sim, req, "systemRegisterWrite");
  if (caller instanceof Response) return caller;
  return withSandboxLock(sim, async (locked) => {
    const system = await findSystemById(locked, systemId);
    if (!system) return aspNetValidationProblem({ return: ["System not found"] });
    if (!hasWriteAccess(caller, system.vendorOrgNo)) return forbidden();
    await putSystem(locked, { ...system, isDeleted: true, lastChanged: new Date(sim.now()).toISOString() });
    return succeeded();
  });
}

/**
 * The system named in the URL for the partial updates, or the answer. (Altinn fails with a 500 for an
 * unknown id here; the simulator answers like the full PUT: 404 with a plain string.)
 */
async function systemForPartialUpdate(
  sim: Sim,
  systemId: string,
  caller: Caller,
): Promise<SimSystem | Response> {
  const system = await findSystemById(sim, systemId);
  if (!system) return plainError(`System with ID '${systemId}' not found.`, 404);
  if (!hasWriteAccess(caller, system.vendorOrgNo)) return forbidden();
  if (system.isDeleted) return plainError("Cannot update a system marked as deleted.", 400);
  return system;
}

export async function updateRights(sim: Sim, req: Request, systemId: string): Promise<Response> {
  const caller = await authorize(sim, req, "systemRegisterWrite");
  if (caller instanceof Response) return caller;
  const body = await bindJsonBody(req, "rights", rightsSpec);
  if (!body.ok) return body.res;
  const model = toRightsBody(body.value);
  if (!model.ok) return aspNetValidationProblem(model.errors);
  return withSandboxLock(sim, async (locked) => {
    const system = await systemForPartialUpdate(locked, systemId, caller);
    if (system instanceof Response) return system;
    const items = validateRights(model.value);
    if (items.length > 0) return validationProblem(items);
    await putSystem(locked, {
      ...system,
      rights: asSimRights(model.value),
      lastChanged: new Date(sim.now()).toISOString(),
    });
    return succeeded();
  });
}

export async function updateAccessPackages(sim: Sim, req: Request, systemId: string): Promise<Response> {
  const caller = await authorize(sim, req, "systemRegisterWrite");
  if (caller instanceof Response) return caller;
  const body = await bindJsonBody(req, "accessPackages", accessPackagesSpec);
  if (!body.ok) return body.res;
  const packages = toPackagesBody(body.value);
  return withSandboxLock(sim, async (locked) => {
    const system = await systemForPartialUpdate(locked, systemId, caller);
    if (system instanceof Response) return system;
    // Checked against the stored isVisible, as Altinn does.
    const items = validateAccessPackages(packages, system.isVisible);
    if (items.length > 0) return validationProblem(items);
    await putSystem(locked, {
      ...system,
      accessPackages: packagesOf(packages),
      lastChanged: new Date(sim.now()).toISOString(),
    });
    return succeeded();
  });
}
