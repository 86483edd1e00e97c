import { findOrg } from "../db/orgs";
import type { SimScope } from "../db/scope";
import type { SimRequest, SimRight, SimSystem } from "../types";
import type { AccessPackageInput, CreateRequestInput, RightInput } from "./models";
import { fail, ok, type Result } from "./problems";
import { checkRequestRedirectUrl } from "./redirect-urls";
import { effectiveStatus } from "./request-model";
import { isAssignable, isDelegable } from "../../altinn/access-packages";

/** A standard request that still holds its (system, party, externalRef) key, by status (AA Problem.cs). */
export const KEY_TAKEN_PROBLEM = {
  New: "AUTH-00007",
  Accepted: "AUTH-00006",
  Denied: "AUTH-00008",
  Rejected: "AUTH-00009",
} as const;

/**
 * The service-side checks of a new system-user request, in Altinn's order (contracts §2.7;
 * AA RequestSystemUserService.CreateRequest, SystemUserService.ValidateRights / ValidateAccessPackages).
 * The controller-side checks (existing system user → AUTH-00004, existing request → 200) come first and
 * live in requests.ts, which also reads the system and the request holding the external key (`found`).
 */
export async function validateNewRequest(
  scope: SimScope,
  now: number,
  input: CreateRequestInput,
  vendorOrgNo: string,
  found: { system: SimSystem | undefined; existing: SimRequest | undefined },
): Promise<Result<SimSystem>> {
  const { system, existing } = found;
  // Altinn reads deleted systems too; a request for one could never be approved, so the simulator refuses it.
  if (!system || system.isDeleted) return fail("AUTH-00011");

  // The external key must be free (a timed-out request frees it).
  const status = existing ? effectiveStatus(existing, now) : "Timedout";
  if (status !== "Timedout") return fail(KEY_TAKEN_PROBLEM[status]);

  if (system.vendorOrgNo !== vendorOrgNo) return fail("AUTH-00011");
  // The party must be in the sandbox's organisation register (Altinn asks its Register).
  if (!(await findOrg(scope, input.partyOrgNo))) return fail("AUTH-00000");

  if (input.redirectUrl) {
    const redirect = checkRequestRedirectUrl(input.redirectUrl, system.allowedRedirectUrls);
    if (!redirect.ok) return redirect;
  }

  if (input.rights === null && input.accessPackages === null) return fail("AUTH-00001");
  const hasRights = (input.rights?.length ?? 0) > 0;
  const hasPackages = (input.accessPackages?.length ?? 0) > 0;
  if (!hasRights && !hasPackages) return fail("AUTH-00059");
  if (hasRights && !rightsOnSystem(input.rights!, system.rights)) return fail("AUTH-00001");
  if (hasPackages) {
    const packages = checkPackages(input.accessPackages!, system);
    if (!packages.ok) return packages;
  }
  return ok(system);
}

function samePair(a: { id: string | null; value: string | null }, b: { id: string; value: string }): boolean {
  return a.id === b.id && a.value === b.value;
}

/**
 * Every requested right must fully match a right on the system: a system right containing the request's
 * first resource pair, with the same number of pairs, all of them present in the request.
 */
export function rightsOnSystem(requested: readonly RightInput[], systemRights: readonly SimRight[]): boolean {
  if (requested.length > systemRights.length) return false;
  return requested.every((r) => {
    const pairs = r.resource ?? [];
    const first = pairs[0];
    // Altinn fails with a 500 on a right without resources; the simulator calls it not found.
    if (!first) return false;
    const candidates = systemRights.filter((s) => s.resource.some((p) => samePair(first, p)));
    return candidates.some(
      (s) =>
        s.resource.length === pairs.length && s.resource.every((sp) => pairs.some((rp) => samePair(rp, sp))),
    );
  });
}

/**
 * Packages must be on the system (AUTH-00063, also when more are asked than the system has) and fit the
 * system user's kind: assignable for a standard or change request (AUTH-00064), delegable for an agent
 * request (AUTH-00065) (contracts-more §1.1; AA SystemUserService.ValidateAccessPackages).
 */
export function checkPackages(
  requested: readonly AccessPackageInput[],
  system: SimSystem,
  kind: "standard" | "agent" = "standard",
): Result<true> {
  if (system.accessPackages.length < requested.length) return fail("AUTH-00063");
  const notFound: string[] = [];
  const notDelegable: string[] = [];
  for (const { urn } of requested) {
    const value = urn ?? "";
    if (!system.accessPackages.some((p) => p.urn === value)) {
      notFound.push(value);
      continue;
    }
    if (kind === "agent" ? !isDelegable(value) : !isAssignable(value)) notDelegable.push(value);
  }
  if (notFound.length > 0) return fail("AUTH-00063", { NotFoundPackages: notFound.join(", ") });
  if (notDelegable.length > 0)
    return fail(kind === "agent" ? "AUTH-00065" : "AUTH-00064", {
      NotDelegablePackages: notDelegable.join(", "),
    });
  return ok(true);
}
