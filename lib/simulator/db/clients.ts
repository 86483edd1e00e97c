import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { simClients, simScopeGrants, simUsedJtis } from "@/lib/db/schema";
import type { SimClient } from "../types";
import { decodeJson, decodeText, encodeJson, encodeText } from "./codec";
import type { SimScope } from "./scope";

const decode = (c: SimClient | undefined) => (c ? decodeJson(c) : undefined);

/** Maskinporten clients of the self-service API, by client id (primary key) and by owning organisation. */
export async function getClient(scope: SimScope, clientId: string): Promise<SimClient | undefined> {
  const rows = await scope.db
    .select({ data: simClients.data })
    .from(simClients)
    .where(and(eq(simClients.sandboxId, scope.sandboxId), eq(simClients.clientId, encodeText(clientId))));
  return decode(rows[0]?.data);
}

export async function listClients(scope: SimScope, orgno: string): Promise<SimClient[]> {
  const rows = await scope.db
    .select({ data: simClients.data })
    .from(simClients)
    .where(and(eq(simClients.sandboxId, scope.sandboxId), eq(simClients.orgno, encodeText(orgno))))
    .orderBy(asc(sql`${simClients.data}->>'created'`), asc(simClients.clientId));
  return rows.map((r) => decodeJson(r.data));
}

/** Inserts or replaces the client (the columns are kept in step with the record). */
export async function putClient(scope: SimScope, client: SimClient): Promise<void> {
  await scope.db
    .insert(simClients)
    .values({
      sandboxId: scope.sandboxId,
      clientId: encodeText(client.client_id),
      orgno: encodeText(client.orgno),
      data: encodeJson(client),
    })
    .onConflictDoUpdate({
      target: [simClients.sandboxId, simClients.clientId],
      set: { orgno: encodeText(client.orgno), data: encodeJson(client) },
    });
}

/** Whether another client of the sandbox has a key with this kid (a kid is unique across all clients). */
export async function kidUsedElsewhere(scope: SimScope, kid: string, clientId: string): Promise<boolean> {
  const probe = JSON.stringify([{ jwk: { kid: encodeText(kid) } }]);
  const rows = await scope.db
    .select({ id: simClients.clientId })
    .from(simClients)
    .where(
      and(
        eq(simClients.sandboxId, scope.sandboxId),
        ne(simClients.clientId, encodeText(clientId)),
        sql`${simClients.data}->'keys' @> ${probe}::jsonb`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** What Maskinporten's /token needs about a grant's client, read in one round trip. */
export interface GrantContext {
  client: SimClient;
  /** The client organisation's scope grants, in the order granted. */
  granted: string[];
  /** Whether the grant's jti is used and still remembered at the time given. */
  jtiUsed: boolean;
}

export async function grantContext(
  scope: SimScope,
  clientId: string,
  jti: string | null,
  nowMs: number,
): Promise<GrantContext | undefined> {
  // Written out in full: drizzle leaves a single-table query's columns unqualified, and inside a subquery an
  // unqualified "orgno" would name the subquery's own column.
  const clientOrgno = sql.raw('"sim_clients"."orgno"');
  const jtiUsed =
    jti === null
      ? sql<boolean>`false`
      : sql<boolean>`exists (select 1 from ${simUsedJtis} j where j.sandbox_id = ${scope.sandboxId}
          and j.jti = ${encodeText(jti)} and j.expires_at > ${new Date(nowMs).toISOString()}::timestamptz)`;
  const granted = sql<string[] | null>`(select array_agg(g.scope order by g.granted_at, g.scope)
    from ${simScopeGrants} g where g.sandbox_id = ${scope.sandboxId} and g.orgno = ${clientOrgno})`;
  const rows = await scope.db
    .select({ data: simClients.data, granted, jtiUsed })
    .from(simClients)
    .where(and(eq(simClients.sandboxId, scope.sandboxId), eq(simClients.clientId, encodeText(clientId))));
  const row = rows[0];
  if (!row) return undefined;
  return {
    client: decodeJson(row.data),
    granted: (row.granted ?? []).map(decodeText),
    jtiUsed: row.jtiUsed === true,
  };
}
