import type { SimSystemUser } from "../types";
import { packagesForResource } from "../../apis";
import { RESOURCE_ATTRIBUTE } from "./system-register-rules";

/**
 * "May this system user act for organisation X on resource R?" — the question Skatteetaten asks Altinn
 * Authorization (contracts-more §1.7–1.8). Pure, so the Skatteetaten simulator can call it with what it has
 * read: for a standard system user X must be its reportee, holding R as a single right or through a package
 * that covers R; for an agent system user X must be a client delegated to it (§1.6) and one of the agent's
 * packages must cover R (the client holds every agent package, or the delegation would have failed with
 * AUTH-00080). Until clients are added the answer is no (§1.5: NotApplicable).
 */

function packagesCover(packages: readonly { urn: string }[], resourceId: string): boolean {
  // Which packages give which Skatteetaten resource is each API's list in the registry (contracts-more §4.2).
  const covering = packagesForResource(resourceId);
  return packages.some((p) => covering.includes(p.urn));
}

function hasRight(user: SimSystemUser, resourceId: string): boolean {
  return user.rights.some((r) =>
    r.resource.some((p) => p.id === RESOURCE_ATTRIBUTE && p.value === resourceId),
  );
}

export type ActingForAnswer =
  | { ok: true; via: "right" | "package" | "client-delegation" }
  | { ok: false; reason: "deleted" | "not-reportee" | "not-a-client" | "no-right" };

export function mayActFor(
  user: SimSystemUser,
  clientOrgNo: string,
  resourceId: string,
  /** The orgnos delegated to the user as clients (agent system users only; ignored for standard ones). */
  delegatedClientOrgNos: readonly string[] = [],
): ActingForAnswer {
  if (user.isDeleted) return { ok: false, reason: "deleted" };
  if (user.userType === "agent") {
    if (!delegatedClientOrgNos.includes(clientOrgNo)) return { ok: false, reason: "not-a-client" };
    // Single rights serve standard system users only (contracts-more §1.2).
    return packagesCover(user.accessPackages, resourceId)
      ? { ok: true, via: "client-delegation" }
      : { ok: false, reason: "no-right" };
  }
  if (clientOrgNo !== user.reporteeOrgNo) return { ok: false, reason: "not-reportee" };
  if (hasRight(user, resourceId)) return { ok: true, via: "right" };
  if (packagesCover(user.accessPackages, resourceId)) return { ok: true, via: "package" };
  return { ok: false, reason: "no-right" };
}
