import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { simClients } from "@/lib/db/schema";
import type { SimClient } from "../types";
import { decodeJson, encodeJson, encodeText } from "./codec";
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
