import {
  agentSystemUsersOf,
  clientsOfAgent,
  delegationsOf,
  deleteDelegation,
  putDelegation,
} from "../db/client-delegations";
import { findOrg, findOrgs } from "../db/orgs";
import { withSandboxLock } from "../db/sandboxes";
import { getSystemUsers } from "../db/system-users";
import { json } from "../http";
import { orgnoOfPartyUuid, partyUuidOf, type SyntheticOrg } from "../orgs";
import type { Sim } from "../sim";
import type { SimScope } from "../db/scope";
import type { SimSystemUser } from "../types";
import { authenticateEnduser } from "./enduser-auth";
import { parseGuid, queryParam } from "./json-binding";
import { altinnProblem, aspNetValidationProblem, forbidden, validationProblem } from "./problems";

/**
 * `authentication/api/v1/enduser/systemuser/…` (contracts-more §1.6; AA SystemUserClientDelegationController):
 * a person at the agent organisation lists its agent system users and the clients it may add, and adds or
 * removes clients. Order: token (401) and scope (403), the query checks (AUTH.VLD-00014/15/16), then the
 * decision point on `altinn_client_administration` for the system user's owner (403, empty body): in the
 * simulator, the logged-in person's organisation must own the system user.
 */

/** SystemUserInternalDTO (ASD example). partyId is the orgno as a number: the simulator has no party ids. */
function internalDto(u: SimSystemUser) {
  return {
    id: u.id,
    integrationTitle: u.integrationTitle,
    systemId: u.systemId,
    productName: u.productName,
    systemInternalId: u.systemInternalId,
    partyId: Number(u.reporteeOrgNo),
    partyUuId: partyUuidOf(u.reporteeOrgNo),
    reporteeOrgNo: u.reporteeOrgNo,
    created: u.created,
    isDeleted: u.isDeleted,
    supplierName: u.supplierName,
    supplierOrgno: u.supplierOrgno,
    externalRef: u.externalRef,
    accessPackages: u.accessPackages,
    userType: u.userType,
  };
}

export async function listAgents(sim: Sim, req: Request): Promise<Response> {
  const person = await authenticateEnduser(sim, req, "read");
  if (person instanceof Response) return person;
  const party = queryParam(req, "party") || null;
  if (party === null) return aspNetValidationProblem({ party: ["The party field is required."] });
  if (party !== person.orgno) return forbidden();
  return json((await agentSystemUsersOf(sim, party)).map(internalDto));
}

const vld = (code: "AUTH.VLD-00014" | "AUTH.VLD-00015" | "AUTH.VLD-00016", path: string, title?: string) =>
  validationProblem([{ code, paths: [path], ...(title ? { title } : {}) }]);

/** The agent system user of `?agent=`, owned by the person's organisation, or the refusal. */
async function agentOf(sim: Sim, req: Request, orgno: string): Promise<SimSystemUser | Response> {
  const agentId = parseGuid(queryParam(req, "agent") ?? "");
  if (!agentId) return vld("AUTH.VLD-00014", "?agent");
  const [user] = await getSystemUsers(sim, [agentId]);
  if (!user || user.isDeleted) return vld("AUTH.VLD-00014", "?agent", "System user not found");
  if (user.userType !== "agent") return vld("AUTH.VLD-00015", "?agent");
  if (user.reporteeOrgNo !== orgno) return forbidden();
  return user;
}

function clientList(user: SimSystemUser, orgs: readonly SyntheticOrg[]) {
  return {
    links: {},
    systemUserInformation: { systemUserId: user.id, systemUserOwnerOrg: user.reporteeOrgNo },
    data: orgs.map((o) => ({
      clientId: partyUuidOf(o.orgno),
      clientOrganizationNumber: o.orgno,
      clientOrganizationName: o.name,
    })),
  };
}

/** Packages the client has given the agent organisation. */
function packagesGiven(client: SyntheticOrg, agentOrgNo: string): string[] {
  return (client.clientOf ?? []).filter((c) => c.agentOrgNo === agentOrgNo).flatMap((c) => c.packages);
}

/**
 * The firm's clients holding at least one of the agent's packages (Altinn filters by `packages=` server
 * side; "any" is inferred, which leaves AUTH-00080 reachable for a client lacking one of them). Shared by
 * the API and the simulated "Legg til kunder" page.
 */
export async function clientsAvailableTo(scope: SimScope, user: SimSystemUser): Promise<SyntheticOrg[]> {
  const wanted = user.accessPackages.map((p) => p.urn);
  return (await clientsOfAgent(scope, user.reporteeOrgNo)).filter((c) =>
    packagesGiven(c, user.reporteeOrgNo).some((p) => wanted.includes(p)),
  );
}

export async function availableClients(sim: Sim, req: Request): Promise<Response> {
  const person = await authenticateEnduser(sim, req, "read");
  if (person instanceof Response) return person;
  const user = await agentOf(sim, req, person.orgno);
  if (user instanceof Response) return user;
  return json(clientList(user, await clientsAvailableTo(sim, user)));
}

export async function delegatedClients(sim: Sim, req: Request): Promise<Response> {
  const person = await authenticateEnduser(sim, req, "read");
  if (person instanceof Response) return person;
  const user = await agentOf(sim, req, person.orgno);
  if (user instanceof Response) return user;
  const delegations = await delegationsOf(sim, user.id);
  const orgs = await findOrgs(
    sim,
    delegations.map((d) => d.clientOrgNo),
  );
  return json(
    clientList(
      user,
      delegations.flatMap((d) => orgs.get(d.clientOrgNo) ?? []),
    ),
  );
}

/** POST adds the client with all the agent's packages at once; DELETE removes it. Both answer `{agent, client}`. */
export async function changeClient(sim: Sim, req: Request, add: boolean): Promise<Response> {
  const person = await authenticateEnduser(sim, req, "write");
  if (person instanceof Response) return person;
  const user = await agentOf(sim, req, person.orgno);
  if (user instanceof Response) return user;
  const clientId = parseGuid(queryParam(req, "client") ?? "");
  if (!clientId) return vld("AUTH.VLD-00016", "?client");
  const outcome = await delegateClient(sim, user, clientId, add);
  return outcome.ok ? json({ agent: user.id, client: clientId }) : altinnProblem(outcome.code);
}

export type DelegationOutcome =
  { ok: true } | { ok: false; code: "AUTH-00063" | "AUTH-00079" | "AUTH-00080" };

/**
 * Adds the client (party UUID) to the agent system user with all its packages at once, or removes it
 * (contracts-more §1.6), under the sandbox lock. Shared by the API and the simulated "Legg til kunder" page.
 */
export async function delegateClient(
  sim: Sim,
  user: SimSystemUser,
  clientId: string,
  add: boolean,
): Promise<DelegationOutcome> {
  return withSandboxLock(sim, async (locked): Promise<DelegationOutcome> => {
    if (!add) {
      await deleteDelegation(locked, user.id, clientId);
      return { ok: true };
    }
    if (user.accessPackages.length === 0) return { ok: false, code: "AUTH-00063" };
    const orgno = orgnoOfPartyUuid(clientId);
    const client = orgno ? await findOrg(locked, orgno) : undefined;
    const given = client ? packagesGiven(client, user.reporteeOrgNo) : [];
    if (!client || given.length === 0) return { ok: false, code: "AUTH-00079" };
    // The client must hold every package of the agent (contracts-more §1.6).
    if (!user.accessPackages.every((p) => given.includes(p.urn))) return { ok: false, code: "AUTH-00080" };
    await putDelegation(locked, {
      systemUserId: user.id,
      clientId,
      clientOrgNo: client.orgno,
      created: new Date(sim.now()).toISOString(),
    });
    return { ok: true };
  });
}
