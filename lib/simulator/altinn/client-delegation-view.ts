import { z } from "zod";
import { delegationsOf } from "../db/client-delegations";
import { findOrgs } from "../db/orgs";
import { findRequestWithSystem } from "../db/requests";
import { getSystemUsers } from "../db/system-users";
import { findSystemById } from "../db/systems";
import { partyUuidOf } from "../orgs";
import { sandboxPath, type Sim } from "../sim";
import type { SimSystemUser } from "../types";
import { packagesView, type ApprovalView } from "./approval";
import { clientsAvailableTo } from "./client-delegation";
import { isNavigableRedirect } from "./redirect-urls";

/**
 * The simulated "Legg til kunder" page (contracts-more §1.6; ASD `…/delegate-clients`): after approving an
 * agent request, the agent organisation's daglig leder adds the clients the agent system user may act for.
 * Only clients holding one of the agent's packages are listed, as Altinn filters them; adding one that lacks
 * any of them fails with AUTH-00080.
 */
const AGENT_DELEGATION_SUBPATH = "/altinn-ui/accessmanagement/ui/systemuser/agentdelegation";

export function agentDelegationPath(sandboxId: string): string {
  return `${sandboxPath(sandboxId)}${AGENT_DELEGATION_SUBPATH}`;
}

export interface ClientRow {
  clientId: string;
  orgno: string;
  name: string;
  delegated: boolean;
}

export interface ClientDelegationView {
  state: "ok" | "not-found";
  systemUserId: string | null;
  integrationTitle?: string;
  system?: { id: string; name: Record<string, string> };
  owner?: { orgno: string; name: string };
  approver?: { name: string };
  accessPackages: ApprovalView["accessPackages"];
  clients: ClientRow[];
  /** The agent request's redirectUrl, when the page was reached from it and it is a web address. */
  redirectUrl?: string;
}

/** The live agent system user of `rawId`, or undefined (absent, malformed, deleted, or a standard one). */
export async function findAgentSystemUser(sim: Sim, rawId: unknown): Promise<SimSystemUser | undefined> {
  const parsed = z.guid().safeParse(rawId);
  if (!parsed.success) return undefined;
  const [user] = await getSystemUsers(sim, [parsed.data.toLowerCase()]);
  return user && !user.isDeleted && user.userType === "agent" ? user : undefined;
}

export async function loadClientDelegationView(
  sim: Sim,
  rawId: string | undefined,
  rawRequestId: string | undefined,
): Promise<ClientDelegationView> {
  const user = await findAgentSystemUser(sim, rawId);
  if (!user) return { state: "not-found", systemUserId: null, accessPackages: [], clients: [] };
  const [available, delegations, system, request] = await Promise.all([
    clientsAvailableTo(sim, user),
    delegationsOf(sim, user.id),
    findSystemById(sim, user.systemId),
    z.guid().safeParse(rawRequestId).success
      ? findRequestWithSystem(sim, rawRequestId!.toLowerCase(), "agent")
      : undefined,
  ]);
  const delegated = new Set(delegations.map((d) => d.clientOrgNo));
  const orgs = await findOrgs(sim, [user.reporteeOrgNo, ...delegated]);
  const listed = new Set(available.map((o) => o.orgno));
  // Delegated clients stay listed (so they can be removed) even if they no longer qualify.
  const extra = [...delegated].filter((o) => !listed.has(o)).flatMap((o) => orgs.get(o) ?? []);
  const owner = orgs.get(user.reporteeOrgNo);
  const r = request?.request;
  const fromThisRequest =
    r &&
    r.systemId === user.systemId &&
    r.partyOrgNo === user.reporteeOrgNo &&
    r.externalRef === user.externalRef;
  return {
    state: "ok",
    systemUserId: user.id,
    integrationTitle: user.integrationTitle || undefined,
    system: system ? { id: system.id, name: system.name } : undefined,
    owner: { orgno: user.reporteeOrgNo, name: owner?.name ?? user.reporteeOrgNo },
    approver: owner ? { name: owner.dagligLeder.name } : undefined,
    accessPackages: packagesView(user.accessPackages),
    clients: [...available, ...extra].map((o) => ({
      clientId: partyUuidOf(o.orgno),
      orgno: o.orgno,
      name: o.name,
      delegated: delegated.has(o.orgno),
    })),
    ...(fromThisRequest && r.redirectUrl && isNavigableRedirect(r.redirectUrl)
      ? { redirectUrl: r.redirectUrl }
      : {}),
  };
}
