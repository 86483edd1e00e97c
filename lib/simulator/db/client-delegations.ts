import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { simClientDelegations, simOrgs, simSystemUsers } from "@/lib/db/schema";
import type { SyntheticOrg } from "../orgs";
import type { SimClientDelegation, SimSystemUser } from "../types";
import { decodeJson, encodeJson, encodeText } from "./codec";
import type { SimScope } from "./scope";

/** Client delegation's data (contracts-more §1.6): the firm's clients, its agent system users, delegations. */

/** The organisations that are clients of the agent organisation (their `clientOf` names it). */
export async function clientsOfAgent(scope: SimScope, agentOrgNo: string): Promise<SyntheticOrg[]> {
  const probe = JSON.stringify([{ agentOrgNo: encodeText(agentOrgNo) }]);
  const rows = await scope.db
    .select({ data: simOrgs.data })
    .from(simOrgs)
    .where(and(eq(simOrgs.sandboxId, scope.sandboxId), sql`${simOrgs.data}->'clientOf' @> ${probe}::jsonb`))
    .orderBy(asc(simOrgs.position));
  return rows.map((r) => r.data);
}

/** The agent system users (not deleted) that belong to the organisation. */
export async function agentSystemUsersOf(scope: SimScope, orgNo: string): Promise<SimSystemUser[]> {
  const rows = await scope.db
    .select({ data: simSystemUsers.data })
    .from(simSystemUsers)
    .where(
      and(
        eq(simSystemUsers.sandboxId, scope.sandboxId),
        eq(simSystemUsers.reporteeOrgNo, encodeText(orgNo)),
        sql`${simSystemUsers.data}->>'userType' = 'agent'`,
        sql`(${simSystemUsers.data}->>'isDeleted')::boolean is not true`,
      ),
    )
    .orderBy(asc(simSystemUsers.seq));
  return rows.map((r) => decodeJson(r.data));
}

export async function delegationsOf(scope: SimScope, systemUserId: string): Promise<SimClientDelegation[]> {
  const rows = await scope.db
    .select({ data: simClientDelegations.data })
    .from(simClientDelegations)
    .where(
      and(
        eq(simClientDelegations.sandboxId, scope.sandboxId),
        eq(simClientDelegations.systemUserId, encodeText(systemUserId)),
      ),
    )
    .orderBy(asc(simClientDelegations.clientId));
  return rows.map((r) => decodeJson(r.data));
}

/** Adds the delegation; adding it again changes nothing. */
export async function putDelegation(scope: SimScope, d: SimClientDelegation): Promise<void> {
  await scope.db
    .insert(simClientDelegations)
    .values({
      sandboxId: scope.sandboxId,
      systemUserId: encodeText(d.systemUserId),
      clientId: encodeText(d.clientId),
      data: encodeJson(d),
    })
    .onConflictDoNothing();
}

export async function deleteDelegation(
  scope: SimScope,
  systemUserId: string,
  clientId: string,
): Promise<void> {
  await scope.db
    .delete(simClientDelegations)
    .where(
      and(
        eq(simClientDelegations.sandboxId, scope.sandboxId),
        eq(simClientDelegations.systemUserId, encodeText(systemUserId)),
        eq(simClientDelegations.clientId, encodeText(clientId)),
      ),
    );
}
