import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { simSystems } from "@/lib/db/schema";
import type { SimSystem } from "../types";
import { decodeJson, encodeJson, encodeText } from "./codec";
import type { SimScope } from "./scope";

/** Altinn's system register: systems by their id (unique for good: a deleted system keeps it), internal id and vendor. */
export async function findSystemById(scope: SimScope, systemId: string): Promise<SimSystem | undefined> {
  const rows = await scope.db
    .select({ data: simSystems.data })
    .from(simSystems)
    .where(and(eq(simSystems.sandboxId, scope.sandboxId), eq(simSystems.systemId, encodeText(systemId))))
    .limit(1);
  return rows[0] ? decodeJson(rows[0].data) : undefined;
}

export async function getSystemByInternalId(
  scope: SimScope,
  internalId: string,
): Promise<SimSystem | undefined> {
  const rows = await scope.db
    .select({ data: simSystems.data })
    .from(simSystems)
    .where(and(eq(simSystems.sandboxId, scope.sandboxId), eq(simSystems.internalId, encodeText(internalId))));
  return rows[0] ? decodeJson(rows[0].data) : undefined;
}

/** The vendor's systems that are not deleted, oldest first. */
export async function listVendorSystems(scope: SimScope, vendorOrgNo: string): Promise<SimSystem[]> {
  const rows = await scope.db
    .select({ data: simSystems.data })
    .from(simSystems)
    .where(
      and(
        eq(simSystems.sandboxId, scope.sandboxId),
        eq(simSystems.vendorOrgNo, encodeText(vendorOrgNo)),
        eq(simSystems.isDeleted, false),
      ),
    )
    .orderBy(asc(sql`${simSystems.data}->>'created'`));
  return rows.map((r) => decodeJson(r.data));
}

/**
 * Systems that are not deleted and hold at least one of the client ids (Altinn removes a deleted system's
 * client rows), oldest first. `ignoreCase` compares as the PUT does, which lower-cases both sides.
 */
export async function liveSystemsHoldingClients(
  scope: SimScope,
  clientIds: readonly string[],
  opts: { ignoreCase: boolean },
): Promise<SimSystem[]> {
  if (clientIds.length === 0) return [];
  const wanted = (opts.ignoreCase ? clientIds.map((c) => c.toLowerCase()) : [...clientIds]).map(encodeText);
  const held = opts.ignoreCase ? sql`lower(c.v)` : sql`c.v`;
  const rows = await scope.db
    .select({ data: simSystems.data })
    .from(simSystems)
    .where(
      and(
        eq(simSystems.sandboxId, scope.sandboxId),
        eq(simSystems.isDeleted, false),
        // The outer row's column written out in full (drizzle leaves it unqualified in a one-table query).
        sql`exists (select 1 from jsonb_array_elements_text("sim_systems"."data"->'clientId') as c(v) where ${held} in ${wanted})`,
      ),
    )
    .orderBy(asc(sql`${simSystems.data}->>'created'`));
  return rows.map((r) => decodeJson(r.data));
}

/** The vendor's live systems that list the client id (how Maskinporten finds a system user's system). */
export async function vendorSystemsWithClient(
  scope: SimScope,
  vendorOrgNo: string,
  clientId: string,
): Promise<SimSystem[]> {
  const rows = await scope.db
    .select({ data: simSystems.data })
    .from(simSystems)
    .where(
      and(
        eq(simSystems.sandboxId, scope.sandboxId),
        eq(simSystems.vendorOrgNo, encodeText(vendorOrgNo)),
        eq(simSystems.isDeleted, false),
        sql`${simSystems.data}->'clientId' @> ${JSON.stringify([encodeText(clientId)])}::jsonb`,
      ),
    );
  return rows.map((r) => decodeJson(r.data));
}

/** Inserts or replaces the system (the columns are kept in step with the record). */
export async function putSystem(scope: SimScope, system: SimSystem): Promise<void> {
  const columns = {
    systemId: encodeText(system.id),
    vendorOrgNo: encodeText(system.vendorOrgNo),
    isDeleted: system.isDeleted,
    data: encodeJson(system),
  };
  await scope.db
    .insert(simSystems)
    .values({ sandboxId: scope.sandboxId, internalId: encodeText(system.internalId), ...columns })
    .onConflictDoUpdate({ target: [simSystems.sandboxId, simSystems.internalId], set: columns });
}
