import { randomUUID } from "node:crypto";
import { listSystemUsersBySystem, findSystemUserByKey } from "../db/system-users";
import { findSystemById } from "../db/systems";
import { json } from "../http";
import type { SyntheticOrg } from "../orgs";
import type { Sim } from "../sim";
import type { SimRequest, SimSystem, SimSystemUser } from "../types";
import { authorize } from "./auth";
import { invalidParameter, queryParam } from "./json-binding";
import { decodeOpaque, encodeOpaque, page, PAGE_SIZE, paginated } from "./paging";
import { altinnProblem, aspNetStatusProblem, aspNetValidationProblem } from "./problems";
import { apiBase } from "./request-model";

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

/**
 * The standard system user an accepted request creates (AA SystemUserService.CreateAndDelegateSystemUser).
 * `vendor` is the system's vendor as the sandbox's register knows it (for the supplier's name).
 */
export function systemUserFromRequest(
  request: SimRequest,
  system: SimSystem,
  vendor: SyntheticOrg | undefined,
  now: number,
): SimSystemUser {
  return {
    id: randomUUID(),
    integrationTitle: request.integrationTitle || system.name.nb || system.id,
    systemId: system.id,
    systemInternalId: system.internalId,
    productName: "",
    reporteeOrgNo: request.partyOrgNo,
    supplierOrgno: system.vendorOrgNo,
    supplierName: vendor?.name ?? "",
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

  const user = await findSystemUserByKey(sim, systemId, orgno, externalRef ?? orgno);
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
  const system = await findSystemById(sim, systemId);
  if (!system || system.vendorOrgNo !== caller.vendorOrgNo) return altinnProblem("AUTH-00011");
  // Altinn pages by a sequence number; so does the simulator (the row's creation sequence).
  // A token past the column's range continues after the last possible number: an empty page, not an error.
  const from = Math.max(-1, Math.min(after, 2_147_483_647));
  const rows = await listSystemUsersBySystem(sim, systemId, from, PAGE_SIZE + 1);
  const p = page(rows, (x) => x.seq);
  const next =
    p.continuation !== undefined
      ? `${apiBase(sim)}/systemuser/vendor/bysystem/${encodeURIComponent(systemId)}?token=${encodeOpaque(p.continuation)}`
      : undefined;
  return json(
    paginated(
      p.items.map(({ user }) => systemUserDto(user)),
      next,
    ),
  );
}
