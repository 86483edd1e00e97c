import "server-only";
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import { simSystems, simSystemUsers } from "@/lib/db/schema";
import type { SimSystemUser } from "../types";
import { decodeJson, encodeJson, encodeText } from "./codec";
import type { SimScope } from "./scope";

/** System users: by id, by the external key, by customer and system, and a system's users in creation order. */
const notDeleted = sql`(${simSystemUsers.data}->>'isDeleted')::boolean is not true`;

export async function getSystemUsers(scope: SimScope, ids: readonly string[]): Promise<SimSystemUser[]> {
  if (ids.length === 0) return [];
  const rows = await scope.db
    .select({ data: simSystemUsers.data })
    .from(simSystemUsers)
    .where(
      and(eq(simSystemUsers.sandboxId, scope.sandboxId), inArray(simSystemUsers.id, ids.map(encodeText))),
    );
  return rows.map((r) => decodeJson(r.data));
}

/**
 * The system users with these ids, each with whether its system is deleted, in one query (how Skatteetaten
 * checks the system user a token names).
 */
export async function getSystemUsersWithSystemState(
  scope: SimScope,
  ids: readonly string[],
): Promise<{ user: SimSystemUser; systemDeleted: boolean }[]> {
  if (ids.length === 0) return [];
  const rows = await scope.db
    .select({ data: simSystemUsers.data, systemDeleted: simSystems.isDeleted })
    .from(simSystemUsers)
    .leftJoin(
      simSystems,
      and(
        eq(simSystems.sandboxId, simSystemUsers.sandboxId),
        eq(simSystems.internalId, sql`${simSystemUsers.data}->>'systemInternalId'`),
      ),
    )
    .where(
      and(eq(simSystemUsers.sandboxId, scope.sandboxId), inArray(simSystemUsers.id, ids.map(encodeText))),
    );
  return rows.map((r) => ({ user: decodeJson(r.data), systemDeleted: r.systemDeleted === true }));
}

/** A system user (not deleted) for the external key; like Altinn's query it does not look at the vendor. */
export async function findSystemUserByKey(
  scope: SimScope,
  systemId: string,
  orgNo: string,
  externalRef: string,
): Promise<SimSystemUser | undefined> {
  const rows = await scope.db
    .select({ data: simSystemUsers.data })
    .from(simSystemUsers)
    .where(
      and(
        eq(simSystemUsers.sandboxId, scope.sandboxId),
        eq(simSystemUsers.systemId, encodeText(systemId)),
        eq(simSystemUsers.reporteeOrgNo, encodeText(orgNo)),
        eq(simSystemUsers.externalRef, encodeText(externalRef)),
        notDeleted,
      ),
    )
    .orderBy(asc(simSystemUsers.seq))
    .limit(1);
  return rows[0] ? decodeJson(rows[0].data) : undefined;
}

/** The customer's system users (not deleted) of any of the systems, oldest first. */
export async function customerSystemUsers(
  scope: SimScope,
  reporteeOrgNo: string,
  systemIds: readonly string[],
): Promise<SimSystemUser[]> {
  if (systemIds.length === 0) return [];
  const rows = await scope.db
    .select({ data: simSystemUsers.data })
    .from(simSystemUsers)
    .where(
      and(
        eq(simSystemUsers.sandboxId, scope.sandboxId),
        inArray(simSystemUsers.systemId, systemIds.map(encodeText)),
        eq(simSystemUsers.reporteeOrgNo, encodeText(reporteeOrgNo)),
        notDeleted,
      ),
    )
    .orderBy(asc(simSystemUsers.seq));
  return rows.map((r) => decodeJson(r.data));
}

/** Up to `limit` of the system's users (not deleted) after sequence number `afterSeq`, with their numbers. */
export async function listSystemUsersBySystem(
  scope: SimScope,
  systemId: string,
  afterSeq: number,
  limit: number,
): Promise<{ user: SimSystemUser; seq: number }[]> {
  const rows = await scope.db
    .select({ data: simSystemUsers.data, seq: simSystemUsers.seq })
    .from(simSystemUsers)
    .where(
      and(
        eq(simSystemUsers.sandboxId, scope.sandboxId),
        eq(simSystemUsers.systemId, encodeText(systemId)),
        gt(simSystemUsers.seq, afterSeq),
        notDeleted,
      ),
    )
    .orderBy(asc(simSystemUsers.seq))
    .limit(limit);
  return rows.map((r) => ({ user: decodeJson(r.data), seq: r.seq }));
}

/** Inserts or replaces the system user (the key columns never change after creation). */
export async function putSystemUser(scope: SimScope, u: SimSystemUser): Promise<void> {
  await scope.db
    .insert(simSystemUsers)
    .values({
      sandboxId: scope.sandboxId,
      id: encodeText(u.id),
      systemId: encodeText(u.systemId),
      reporteeOrgNo: encodeText(u.reporteeOrgNo),
      externalRef: encodeText(u.externalRef),
      data: encodeJson(u),
    })
    .onConflictDoUpdate({
      target: [simSystemUsers.sandboxId, simSystemUsers.id],
      set: { data: encodeJson(u) },
    });
}
