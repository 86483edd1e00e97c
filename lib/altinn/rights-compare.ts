import { findAccessPackage, isDelegable } from "./access-packages";
import type { AccessPackage, Right } from "./types";

/**
 * What must change for one system user to hold what its system now offers (contracts-more §2, §3.3). Pure.
 *
 * - Rights are compared by resource id (`urn:altinn:resource`); a change request carries one resource per
 *   right and no sub-resources, so a right with any other shape cannot be asked for and is reported in
 *   `notExpressible` instead.
 * - A standard system user can only be given assignable packages (AUTH-00064): the client-only packages a
 *   system lists for its agent system users are left out (`notAssignable`). Unknown packages are kept: Altinn
 *   knows more packages than the wizard does, and it is the judge.
 * - An agent system user holds packages only (contracts-more §1.2) and **cannot be changed** (contracts-more
 *   §2, "Agent system users cannot be changed"): a difference in its delegable packages means a new agent
 *   system user, for which the clients must be added again.
 */
export interface Holdings {
  rights: readonly Right[];
  accessPackages: readonly AccessPackage[];
}

export interface ChangeNeeded {
  kind: "change-request";
  /** Resource ids (`urn:altinn:resource` values). */
  requiredRights: string[];
  unwantedRights: string[];
  /** Package URNs. */
  requiredAccessPackages: string[];
  unwantedAccessPackages: string[];
  /** System packages a standard system user cannot hold (client-only); not asked for. */
  notAssignable: string[];
  /** System rights that are not one `urn:altinn:resource`; not asked for. */
  notExpressible: Right[];
}

export interface NewAgentNeeded {
  kind: "new-agent-system-user";
  /** Delegable system packages the agent system user lacks. */
  missingAccessPackages: string[];
  /** Packages the agent system user holds that the system no longer lists. */
  extraAccessPackages: string[];
}

export type RightsComparison = ChangeNeeded | NewAgentNeeded | null;

const RESOURCE = "urn:altinn:resource";

/** The right's resource id when it is exactly one `urn:altinn:resource`, else null. */
export function singleResourceId(right: Right): string | null {
  const [only, ...rest] = right.resource;
  return only && rest.length === 0 && only.id === RESOURCE && only.value ? only.value : null;
}

const minus = (a: readonly string[], b: readonly string[]) => {
  const drop = new Set(b);
  return [...new Set(a)].filter((x) => !drop.has(x));
};

const urns = (packages: readonly AccessPackage[]) => packages.map((p) => p.urn);

export function compareRights(
  system: Holdings,
  user: Holdings,
  kind: "standard" | "agent",
): RightsComparison {
  if (kind === "agent") {
    const offered = urns(system.accessPackages).filter(isDelegable);
    const held = urns(user.accessPackages);
    const missingAccessPackages = minus(offered, held);
    const extraAccessPackages = minus(held, urns(system.accessPackages));
    if (missingAccessPackages.length + extraAccessPackages.length === 0) return null;
    return { kind: "new-agent-system-user", missingAccessPackages, extraAccessPackages };
  }

  const notExpressible = system.rights.filter((r) => singleResourceId(r) === null);
  const systemRights = system.rights.map(singleResourceId).filter((r): r is string => r !== null);
  const userRights = user.rights.map(singleResourceId).filter((r): r is string => r !== null);
  // Only known non-assignable packages are left out (findAccessPackage: undefined for one Altinn may know).
  const notAssignable = [
    ...new Set(urns(system.accessPackages).filter((u) => findAccessPackage(u)?.isAssignable === false)),
  ];
  const offered = minus(urns(system.accessPackages), notAssignable);
  const held = urns(user.accessPackages);
  const change: ChangeNeeded = {
    kind: "change-request",
    requiredRights: minus(systemRights, userRights),
    unwantedRights: minus(userRights, systemRights),
    requiredAccessPackages: minus(offered, held),
    unwantedAccessPackages: minus(held, urns(system.accessPackages)),
    notAssignable,
    notExpressible,
  };
  return isNoChange(change) ? null : change;
}

/** A change request with all four lists empty: Altinn answers NoChangeNeeded and stores nothing. */
export function isNoChange(c: Omit<ChangeNeeded, "kind" | "notAssignable" | "notExpressible">): boolean {
  return (
    c.requiredRights.length +
      c.unwantedRights.length +
      c.requiredAccessPackages.length +
      c.unwantedAccessPackages.length ===
    0
  );
}
