import { sandboxPath, type Sim } from "../sim";
import type { SimChangeRequest, SimRight, SimSystemUser } from "../types";
import { object, str } from "./json-binding";
import {
  accessPackagesSpec,
  asSimRights,
  rightsSpec,
  toPackagesBody,
  toRightsBody,
  type Bound,
} from "./models";

/**
 * Change requests as bound, stored and answered (contracts-more §2; AA ChangeRequestSystemUser.cs,
 * ChangeRequestResponse.cs), and the difference an approval applies to the system user.
 */
const NS = "Altinn.Platform.Authentication.Core.Models";

export const changeRequestSpec = object(`${NS}.SystemUsers.ChangeRequestSystemUser`, {
  requiredRights: { spec: rightsSpec },
  unwantedRights: { spec: rightsSpec },
  requiredAccessPackages: { spec: accessPackagesSpec },
  unwantedAccessPackages: { spec: accessPackagesSpec },
  redirectUrl: { spec: str },
});

export interface ChangeRequestInput {
  requiredRights: SimRight[];
  unwantedRights: SimRight[];
  requiredAccessPackages: { urn: string }[];
  unwantedAccessPackages: { urn: string }[];
  redirectUrl: string | null;
}

/** Every list defaults to [] (a JSON null too); a right's resource pairs are [Required] as elsewhere. */
export function toChangeRequest(raw: Record<string, unknown>): Bound<ChangeRequestInput> {
  const errors: Record<string, string[]> = {};
  const rights = (name: string, prop: string): SimRight[] => {
    const bound = toRightsBody((raw[prop] as unknown[] | null | undefined) ?? []);
    if (bound.ok) return asSimRights(bound.value);
    for (const [k, v] of Object.entries(bound.errors)) errors[`${name}${k}`] = v;
    return [];
  };
  const packages = (prop: string) =>
    toPackagesBody((raw[prop] as unknown[] | null | undefined) ?? []).map((p) => ({ urn: p.urn ?? "" }));
  const value: ChangeRequestInput = {
    requiredRights: rights("RequiredRights", "requiredRights"),
    unwantedRights: rights("UnwantedRights", "unwantedRights"),
    requiredAccessPackages: packages("requiredAccessPackages"),
    unwantedAccessPackages: packages("unwantedAccessPackages"),
    redirectUrl: typeof raw.redirectUrl === "string" ? raw.redirectUrl.trim() || null : null,
  };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

export function isEmptyChange(c: ChangeRequestInput): boolean {
  return (
    c.requiredRights.length +
      c.unwantedRights.length +
      c.requiredAccessPackages.length +
      c.unwantedAccessPackages.length ===
    0
  );
}

const CHANGE_APPROVAL_SUBPATH = "/altinn-ui/accessmanagement/ui/systemuser/changerequest";

/** The change-request approval page's path (no origin) in the sandbox. */
export function changeApprovalPath(sandboxId: string): string {
  return `${sandboxPath(sandboxId)}${CHANGE_APPROVAL_SUBPATH}`;
}

export function changeConfirmUrl(sim: Sim, id: string): string {
  return `${sim.base}${CHANGE_APPROVAL_SUBPATH}?id=${id}&DONTCHOOSEREPORTEE=true`;
}

/** ChangeRequestResponse; byexternalref leaves out the package lists (AA's mapping there). */
export function changeRequestResponse(sim: Sim, r: SimChangeRequest, opts: { withPackages?: boolean } = {}) {
  const now = sim.now();
  // A New change request past its time reads as Timedout, like a system-user request.
  const status = r.status === "New" && now >= r.expiresAt ? "Timedout" : r.status;
  return {
    id: r.id,
    externalRef: r.externalRef,
    systemId: r.systemId,
    systemUserId: r.systemUserId,
    partyOrgNo: r.partyOrgNo,
    requiredRights: r.requiredRights,
    unwantedRights: r.unwantedRights,
    ...(opts.withPackages === false
      ? {}
      : {
          requiredAccessPackages: r.requiredAccessPackages,
          unwantedAccessPackages: r.unwantedAccessPackages,
        }),
    status,
    ...(r.redirectUrl !== undefined ? { redirectUrl: r.redirectUrl } : {}),
    confirmUrl: changeConfirmUrl(sim, r.id),
    created: r.created,
    timedOut: now >= r.expiresAt,
  };
}

function rightKey(r: SimRight): string {
  return r.resource
    .map((p) => `${p.id}=${p.value}`)
    .sort()
    .join("&");
}

/** The system user after the change: unwanted ones removed, missing required ones added, nothing else touched. */
export function applyChange(user: SimSystemUser, c: SimChangeRequest): SimSystemUser {
  const unwantedRights = new Set(c.unwantedRights.map(rightKey));
  const rights = user.rights.filter((r) => !unwantedRights.has(rightKey(r)));
  for (const r of c.requiredRights) if (!rights.some((x) => rightKey(x) === rightKey(r))) rights.push(r);
  const unwantedPackages = new Set(c.unwantedAccessPackages.map((p) => p.urn));
  const accessPackages = user.accessPackages.filter((p) => !unwantedPackages.has(p.urn));
  for (const p of c.requiredAccessPackages)
    if (!accessPackages.some((x) => x.urn === p.urn)) accessPackages.push(p);
  return { ...user, rights, accessPackages };
}

/**
 * What approving would change for this system user, and nothing else (contracts-more §2: approval applies
 * only the difference): required rights and packages it lacks, unwanted ones it holds.
 */
export function changeDifference(user: SimSystemUser, c: SimChangeRequest) {
  const heldRights = new Set(user.rights.map(rightKey));
  const heldPackages = new Set(user.accessPackages.map((p) => p.urn));
  return {
    added: {
      rights: c.requiredRights.filter((r) => !heldRights.has(rightKey(r))),
      accessPackages: c.requiredAccessPackages.filter((p) => !heldPackages.has(p.urn)),
    },
    removed: {
      rights: c.unwantedRights.filter((r) => heldRights.has(rightKey(r))),
      accessPackages: c.unwantedAccessPackages.filter((p) => heldPackages.has(p.urn)),
    },
  };
}
