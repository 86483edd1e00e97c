import { randomUUID } from "node:crypto";
import { json } from "../http";
import { findOrg } from "../orgs";
import type { Sim } from "../sim";
import type { SimRequest, SimSystem, SimSystemUser } from "../types";
import { authorize } from "./auth";
import { invalidParameter, queryParam } from "./json-binding";
import { decodeOpaque, encodeOpaque, page, paginated } from "./paging";
import { altinnProblem, aspNetStatusProblem, aspNetValidationProblem } from "./problems";
import { API_BASE, findSystemUserByKey } from "./request-model";
import { findSystemById } from "./system-register-rules";

/**
 * System users as the vendor sees them (contracts §2.10; AA SystemUserController): `vendor/byquery` and
 * `vendor/bysystem/{systemId}`, plus how an approved request becomes a system user. The Maskinporten
 * simulator resolves system-user tokens from exactly these records.
 */

/** SystemUserExternalDTO. */
export function systemUserDto(u: SimSystemUser) {
  return {
    id: u.id,
    integrationTitle: u.integrationTitle,
    systemId: u.systemId,
    productName: u.productName,
    reporteeOrgNo: u.reporteeOrgNo,
    created: u.created,
    isDeleted: u.isDeleted,
    supplierName: u.supplierName,
    supplierOrgno: u.supplierOrgno,
    externalRef: u.externalRef,
    userType: u.userType,
  };
}

/** The standard system user an accepted request creates (AA SystemUserService.CreateAndDelegateSystemUser). */
export function systemUserFromRequest(request: SimRequest, system: SimSystem, now: number): SimSystemUser {
  return {
    id: randomUUID(),
    integrationTitle: request.integrationTitle || system.name.nb || system.id,
    systemId: system.id,
    systemInternalId: system.internalId,
    productName: "",
    reporteeOrgNo: request.partyOrgNo,
    supplierOrgno: system.vendorOrgNo,
    supplierName: findOrg(system.vendorOrgNo)?.name ?? "",
    externalRef: request.externalRef,
    rights: request.rights,
    accessPackages: request.accessPackages,
    userType: "standard",
    created: new Date(now).toISOString(),
    isDeleted: false,
  };
}

/**
 * GET systemuser/vendor/byquery?system-id=&orgno=[&external-ref=] — scope systemuser.request.write (not
 * read). `external-ref` defaults to `orgno`. None, or one of another vendor's: 404.
 */
export async function systemUserByQuery(sim: Sim, req: Request): Promise<Response> {
  const caller = await authorize(sim, req, "requestWrite");
  if (caller instanceof Response) return caller;
  // Query binding turns "" into null; non-nullable string parameters are then required.
  const systemId = queryParam(req, "system-id") || null;
  const orgno = queryParam(req, "orgno") || null;
  const externalRef = queryParam(req, "external-ref") || null;
  const errors: Record<string, string[]> = {};
  if (systemId === null) errors["system-id"] = ["The systemId field is required."];
  if (orgno === null) errors.orgno = ["The orgno field is required."];
  if (systemId === null || orgno === null) return aspNetValidationProblem(errors);
  if (caller.vendorOrgNo === null) return aspNetStatusProblem(401);

  const user = findSystemUserByKey(sim.store.get(), systemId, orgno, externalRef ?? orgno);
  if (!user || user.supplierOrgno !== caller.vendorOrgNo) return aspNetStatusProblem(404);
  return json(systemUserDto(user));
}

/** GET systemuser/vendor/bysystem/{systemId}[?token=] — scope systemregister.write; paged like the requests. */
export async function systemUsersBySystem(sim: Sim, req: Request, systemId: string): Promise<Response> {
  const caller = await authorize(sim, req, "systemRegisterWrite");
  if (caller instanceof Response) return caller;
  const token = queryParam(req, "token");
  let after = -1;
  if (token !== null && token !== "") {
    const decoded = decodeOpaque(token, "number");
    if (typeof decoded !== "number" || !Number.isSafeInteger(decoded))
      return invalidParameter("token", token);
    after = decoded;
  }
  if (caller.vendorOrgNo === null) return aspNetStatusProblem(401);
  const state = sim.store.get();
  const system = findSystemById(state, systemId);
  if (!system || system.vendorOrgNo !== caller.vendorOrgNo) return altinnProblem("AUTH-00011");
  // Altinn pages by a sequence number; the simulator's is the position in creation order.
  const all = Object.values(state.systemUsers)
    .filter((u) => u.systemId === systemId)
    .sort((a, b) => a.created.localeCompare(b.created))
    .map((u, seq) => ({ u, seq }))
    .filter(({ u, seq }) => !u.isDeleted && seq > after);
  const p = page(all, (x) => x.seq);
  const next =
    p.continuation !== undefined
      ? `${sim.publicUrl}${API_BASE}/systemuser/vendor/bysystem/${encodeURIComponent(systemId)}?token=${encodeOpaque(p.continuation)}`
      : undefined;
  return json(
    paginated(
      p.items.map(({ u }) => systemUserDto(u)),
      next,
    ),
  );
}
